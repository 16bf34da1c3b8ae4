import * as tf from "../tf";
import { Rng } from "../random/rng";
import {
  checkBoolean,
  checkInteger,
  checkOptionalOptions,
  checkOptions,
  checkRange,
  checkRank,
  describe,
  ShapeError,
  ValueError,
  toTensor,
  type TensorInput,
} from "../validation";
import type { Trainable } from "./train";
import { batchNormTraining } from "../backend/batch_norm_training";

/** The fields of tf.layers' BatchNormalization that its training step reads and writes. */
type BatchNormFields = { gamma: tf.LayerVariable; beta: tf.LayerVariable; movingMean: tf.LayerVariable; movingVariance: tf.LayerVariable; momentum: number; epsilon: number };

/**
 * A tf.layers BatchNormalization whose training-mode step on the native backend is
 * `batchNormTraining` (TensorFlow's fused kernels: one forward, one backward, instead of about ten
 * full-size kernels for tf.moments, tf.batchNorm and their gradients), with the same moving-average
 * update; inference, the other backends, saving and loading are the layer's own (it stays a
 * BatchNormalization). Same values to float32 rounding (tests/models/conv4.test.ts).
 */
function fusedWhenTraining(layer: tf.layers.Layer): tf.layers.Layer {
  const own = layer.call.bind(layer);
  layer.call = (inputs, kwargs) => {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    if (kwargs?.training !== true || tf.getBackend() !== "tensorflow" || x.rank !== 4) return own(inputs, kwargs);
    const bn = layer as unknown as BatchNormFields;
    return tf.tidy(() => {
      const { y, mean, variance } = batchNormTraining(x as tf.Tensor4D, bn.gamma.read() as tf.Tensor1D, bn.beta.read() as tf.Tensor1D, bn.epsilon);
      // tf.layers' update: moving ← moving − (moving − batch)·(1 − momentum)
      for (const [moving, batch] of [[bn.movingMean, mean], [bn.movingVariance, variance]] as const) {
        tf.tidy(() => {
          const old = moving.read();
          moving.write(tf.sub(old, tf.mul(tf.sub(old, batch), 1 - bn.momentum)));
        });
      }
      return y;
    });
  };
  return layer;
}

/** Affine augmentation: the largest rotation (degrees), relative scale change and relative shift. */
export interface Conv4Augmentation {
  /** Largest rotation, degrees (default 10). */
  rotation?: number;
  /** Largest relative change of scale: the scale is drawn from [1 − scale, 1 + scale] (default 0.1). */
  scale?: number;
  /** Largest shift as a fraction of the image size, on each axis (default 0.1). */
  shift?: number;
  /** Value read where the map points outside the image (default 0). */
  fillValue?: number;
}

export interface Conv4Options {
  /** Side S of the square input images (default 28). At least 16, so that four pools leave a 1×1 map. */
  imageSize?: number;
  /** Channels C of the input images (default 1). */
  channels?: number;
  /** Filters of every convolution (default 64, the literature's). */
  filters?: number;
  /** Size of the embedding (default: the flattened output of the fourth block; otherwise a final dense layer). */
  embeddingSize?: number;
  /** Seed of the initial weights and of the augmentation's draws (default 0). */
  seed?: number;
  /** Batch norm's momentum of the moving averages (default 0.9). */
  batchNormMomentum?: number;
  /** Affine augmentation in training mode (default off); `true` takes the defaults. */
  augmentation?: boolean | Conv4Augmentation;
}

const MAX_IMAGE_SIZE = 512;
const MAX_FILTERS = 4096;
const MAX_EMBEDDING = 65536;

/** The side of the feature map after four 2×2 "valid" pools of an S×S image. */
export function conv4OutputSide(imageSize: number): number {
  let side = imageSize;
  for (let k = 0; k < 4; k++) side = Math.floor(side / 2);
  return side;
}

/**
 * Conv-4, the embedding network of the few-shot literature (Vinyals et al. 2016, "Matching Networks";
 * Snell et al. 2017, "Prototypical Networks"): four blocks of [conv 3×3 "same", batch norm, ReLU,
 * max-pool 2], then the flattened feature map as the embedding. On 28×28 inputs the map after four
 * pools ("valid", floor) is 1×1, so the embedding has `filters` numbers (64 by default). When
 * `embeddingSize` differs from that flattened size, a final linear (dense) layer maps to it.
 *
 * Built as a `tf.layers` model (`model`: input [B, S, S, C], output [B, d]) so it saves and loads
 * with `model.save` / `tf.loadLayersModel`, and wrapped as a `Trainable` so `train` drives it:
 * `apply(x)` takes flat rows [B, S²·C] (row-major S×S×C), as the training loop hands them over.
 *
 * - Batch norm: in training mode (`training`, default true) each batch is normalised by its own
 *   statistics and the moving averages are updated; in inference mode (`embed`, or
 *   `apply(x, { training: false })`) the moving averages are used. Momentum 0.9 by default
 *   (PyTorch's BatchNorm2d default, momentum 0.1 in its convention; Keras's default is 0.99).
 * - Augmentation (`augmentation`, off by default; only in training mode): each image gets a random
 *   affine map about its centre, a rotation in ±`rotation` degrees, a scale in [1 − `scale`, 1 + `scale`]
 *   and a shift in ±`shift`·S pixels on each axis, drawn from losslab's seeded `Rng`; the warp is a
 *   bilinear resampling done on the device (one batched gather, a multiply and a sum; the sampling
 *   positions and weights are computed on the host). Points that fall outside the image read
 *   `fillValue` (default 0, the background of images stored as ink = 1). `tf.image.transform` would do
 *   the same, but tfjs-node has no kernel for it.
 * - Backends: trains on tensorflow (tfjs-node) and cpu. tfjs-backend-wasm 4.22 has no
 *   Conv2DBackpropFilter kernel, so on wasm a Conv-4 computes embeddings but cannot be trained.
 * - Initial weights: Glorot-uniform kernels (Keras's default) seeded from `seed`, biases 0, batch
 *   norm γ = 1, β = 0.
 */
export class Conv4 implements Trainable {
  /** The layers model: input [B, S, S, C], output [B, d]. */
  readonly model: tf.LayersModel;
  readonly imageSize: number;
  readonly channels: number;
  readonly filters: number;
  readonly embeddingSize: number;
  /** The augmentation in use, or null. */
  readonly augmentation: Readonly<Required<Conv4Augmentation>> | null;
  /** Mode of `apply`: training (batch statistics, moving averages updated, augmentation) or inference. */
  training = true;
  private readonly rng: Rng;
  private disposed = false;

  constructor(options: Conv4Options = {}) {
    const fn = "Conv4";
    checkOptions(fn, options, ["imageSize?", "channels?", "filters?", "embeddingSize?", "seed?", "batchNormMomentum?", "augmentation?"]);
    this.imageSize = checkInteger(fn, "imageSize", options.imageSize ?? 28, { min: 16, max: MAX_IMAGE_SIZE });
    this.channels = checkInteger(fn, "channels", options.channels ?? 1, { min: 1, max: 16 });
    this.filters = checkInteger(fn, "filters", options.filters ?? 64, { min: 1, max: MAX_FILTERS });
    const side = conv4OutputSide(this.imageSize);
    const flat = side * side * this.filters;
    this.embeddingSize = checkInteger(fn, "embeddingSize", options.embeddingSize ?? flat, { min: 1, max: MAX_EMBEDDING });
    const seed = checkInteger(fn, "seed", options.seed ?? 0, { min: 0, max: 2 ** 31 - 1 });
    const momentum = checkRange(fn, "batchNormMomentum", options.batchNormMomentum ?? 0.9, { min: 0, max: 1, maxOpen: true });
    this.augmentation = readAugmentation(fn, options.augmentation);
    this.rng = new Rng(seed);
    // each layer's initialiser gets a seed of its own, derived from `seed` (tfjs's seeded initialisers are
    // deterministic on every backend: they draw on the host)
    let k = 0;
    const glorot = () => tf.initializers.glorotUniform({ seed: seed * 8 + k++ });
    const input = tf.input({ shape: [this.imageSize, this.imageSize, this.channels], name: "conv4_input" });
    let h: tf.SymbolicTensor = input;
    for (let block = 1; block <= 4; block++) {
      h = tf.layers.conv2d({ filters: this.filters, kernelSize: 3, padding: "same", kernelInitializer: glorot(), name: `conv4_conv${block}` }).apply(h) as tf.SymbolicTensor;
      h = fusedWhenTraining(tf.layers.batchNormalization({ momentum, epsilon: 1e-5, name: `conv4_bn${block}` })).apply(h) as tf.SymbolicTensor;
      h = tf.layers.reLU({ name: `conv4_relu${block}` }).apply(h) as tf.SymbolicTensor;
      h = tf.layers.maxPooling2d({ poolSize: 2, strides: 2, padding: "valid", name: `conv4_pool${block}` }).apply(h) as tf.SymbolicTensor;
    }
    h = tf.layers.flatten({ name: "conv4_flatten" }).apply(h) as tf.SymbolicTensor;
    if (this.embeddingSize !== flat) {
      h = tf.layers.dense({ units: this.embeddingSize, kernelInitializer: glorot(), name: "conv4_embedding" }).apply(h) as tf.SymbolicTensor;
    }
    this.model = tf.model({ inputs: input, outputs: h, name: "conv4" });
  }

  /** Size of an input row: S²·C. */
  get inputSize(): number {
    return this.imageSize * this.imageSize * this.channels;
  }

  /** The trainable weights (kernels, biases, batch norm's γ and β); the moving averages are not among them. */
  get variables(): tf.Variable[] {
    this.checkAlive("Conv4.variables");
    return this.model.trainableWeights.map((w) => w.read() as tf.Variable);
  }

  /** Number of learned numbers. */
  get parameterCount(): number {
    return this.model.countParams();
  }

  /**
   * Embeddings [B, d] of flat inputs [B, S²·C] (differentiable; for training loops). Training mode
   * (the `training` property, or `options.training`) augments and uses batch statistics.
   */
  apply(x: tf.Tensor2D, options: { training?: boolean } = {}): tf.Tensor2D {
    const fn = "Conv4.apply";
    this.checkAlive(fn);
    checkOptions(fn, options, ["training?"]);
    const training = checkBoolean(fn, "training", options.training ?? this.training);
    if (!(x instanceof tf.Tensor) || x.rank !== 2 || x.shape[1] !== this.inputSize) {
      throw new ShapeError(fn, "x", `a matrix [B, ${this.inputSize}] (rows of ${this.imageSize}×${this.imageSize}×${this.channels} images)`, describe(x));
    }
    if (x.shape[0] === 0) throw new ShapeError(fn, "x", "at least one row", describe(x));
    return tf.tidy(() => {
      let images = tf.reshape(x, [x.shape[0], this.imageSize, this.imageSize, this.channels]) as tf.Tensor4D;
      if (training && this.augmentation) images = this.augment(images);
      return this.model.apply(images, { training }) as tf.Tensor2D;
    });
  }

  /** Embeddings of many flat inputs [N, S²·C] in inference mode, in chunks of `batchSize` rows (default 500), no gradient. */
  embed(x: TensorInput, options: { batchSize?: number } = {}): tf.Tensor2D {
    const fn = "Conv4.embed";
    this.checkAlive(fn);
    checkOptions(fn, options, ["batchSize?"]);
    const batchSize = checkInteger(fn, "batchSize", options.batchSize ?? 500, { min: 1 });
    return tf.tidy(() => {
      const t = toTensor(fn, "x", x);
      checkRank(fn, "x", t, 2);
      if (t.shape[1] !== this.inputSize) throw new ShapeError(fn, "x", `a matrix [N, ${this.inputSize}]`, describe(t));
      const n = t.shape[0];
      if (n === 0) return tf.zeros([0, this.embeddingSize]) as tf.Tensor2D;
      const parts: tf.Tensor2D[] = [];
      for (let start = 0; start < n; start += batchSize) {
        const size = Math.min(batchSize, n - start);
        parts.push(this.apply(tf.slice(t, [start, 0], [size, -1]) as tf.Tensor2D, { training: false }));
      }
      return parts.length === 1 ? parts[0] : tf.concat(parts, 0);
    });
  }

  /** The layers model's configuration (`model.getConfig()`) and the wrapper's options. */
  getConfig(): { imageSize: number; channels: number; filters: number; embeddingSize: number; augmentation: Required<Conv4Augmentation> | null; model: tf.serialization.ConfigDict } {
    this.checkAlive("Conv4.getConfig");
    return {
      imageSize: this.imageSize,
      channels: this.channels,
      filters: this.filters,
      embeddingSize: this.embeddingSize,
      augmentation: this.augmentation ? { ...this.augmentation } : null,
      model: this.model.getConfig() as tf.serialization.ConfigDict,
    };
  }

  /**
   * Images [B, S, S, C] warped by one random affine map each (rotation, scale and shift about the
   * centre; bilinear; `fillValue` outside). The draws come from the network's seeded `Rng`.
   */
  augment(images: tf.Tensor4D): tf.Tensor4D {
    const fn = "Conv4.augment";
    this.checkAlive(fn);
    checkRank(fn, "images", images, 4);
    const [b, s, s2, c] = images.shape;
    if (s !== this.imageSize || s2 !== this.imageSize || c !== this.channels) {
      throw new ShapeError(fn, "images", `a tensor [B, ${this.imageSize}, ${this.imageSize}, ${this.channels}]`, describe(images));
    }
    const aug = this.augmentation ?? { rotation: 0, scale: 0, shift: 0, fillValue: 0 };
    const { indices, weights, fill } = affineSampling(b, s, aug, this.rng);
    return tf.tidy(() => {
      // one gather over all the batch's pixels (indices carry the image's offset; gather with batchDims
      // gives wrong rows after the first image on wasm)
      const flat = tf.reshape(images, [b * s * s, c]);
      const idx = tf.tensor1d(indices, "int32");
      const gathered = tf.reshape(tf.gather(flat, idx, 0), [b, s * s, 4, c]);
      const w = tf.tensor4d(weights, [b, s * s, 4, 1]);
      let out = tf.sum(tf.mul(gathered, w), 2);
      if (aug.fillValue !== 0) out = tf.add(out, tf.mul(tf.tensor3d(fill, [b, s * s, 1]), aug.fillValue));
      return tf.reshape(out, [b, s, s, c]) as tf.Tensor4D;
    });
  }

  /** Frees the model's weights; the network cannot be used afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.model.dispose();
  }

  private checkAlive(fn: string): void {
    if (this.disposed) throw new ValueError(fn, "this", "a network that has not been disposed", "a disposed Conv4 (dispose() was called)");
  }
}

function readAugmentation(fn: string, value: unknown): Required<Conv4Augmentation> | null {
  if (value === undefined || value === false) return null;
  const given = value === true ? {} : checkOptionalOptions(fn, value as Conv4Augmentation, ["rotation?", "scale?", "shift?", "fillValue?"], "augmentation")!;
  return Object.freeze({
    rotation: checkRange(fn, "augmentation.rotation", given.rotation ?? 10, { min: 0, max: 180 }),
    scale: checkRange(fn, "augmentation.scale", given.scale ?? 0.1, { min: 0, max: 1, maxOpen: true }),
    shift: checkRange(fn, "augmentation.shift", given.shift ?? 0.1, { min: 0, max: 1 }),
    fillValue: checkRange(fn, "augmentation.fillValue", given.fillValue ?? 0, {}),
  });
}

/**
 * Bilinear sampling positions of `count` random affine maps of an S×S image: for each output pixel,
 * the four input pixels around the point it comes from (row-major indices into the batch's B·S·S pixels) and their weights
 * (0 for corners outside the image), plus the weight left for the fill value.
 */
export function affineSampling(count: number, s: number, aug: Required<Conv4Augmentation>, rng: Rng): { indices: Int32Array; weights: Float32Array; fill: Float32Array } {
  const indices = new Int32Array(count * s * s * 4);
  const weights = new Float32Array(count * s * s * 4);
  const fill = new Float32Array(count * s * s);
  const centre = (s - 1) / 2;
  for (let n = 0; n < count; n++) {
    const angle = (rng.uniform(-aug.rotation, aug.rotation) * Math.PI) / 180;
    const scale = rng.uniform(1 - aug.scale, 1 + aug.scale);
    const tx = rng.uniform(-aug.shift, aug.shift) * s;
    const ty = rng.uniform(-aug.shift, aug.shift) * s;
    // output point p comes from input point q = R(−θ)(p − c − t)/scale + c
    const cos = Math.cos(angle) / scale;
    const sin = Math.sin(angle) / scale;
    for (let row = 0; row < s; row++) {
      for (let col = 0; col < s; col++) {
        const dx = col - centre - tx;
        const dy = row - centre - ty;
        const x = cos * dx + sin * dy + centre;
        const y = -sin * dx + cos * dy + centre;
        const x0 = Math.floor(x);
        const y0 = Math.floor(y);
        const fx = x - x0;
        const fy = y - y0;
        const at = ((n * s + row) * s + col) * 4;
        let inside = 0;
        for (let k = 0; k < 4; k++) {
          const r = y0 + (k >> 1);
          const q = x0 + (k & 1);
          if (r >= 0 && r < s && q >= 0 && q < s) {
            const w = (k >> 1 ? fy : 1 - fy) * (k & 1 ? fx : 1 - fx);
            indices[at + k] = (n * s + r) * s + q;
            weights[at + k] = w;
            inside += w;
          }
        }
        fill[(n * s + row) * s + col] = 1 - inside;
      }
    }
  }
  return { indices, weights, fill };
}
