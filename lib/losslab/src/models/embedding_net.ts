import * as tf from "../tf";
import { Rng } from "../random/rng";
import { checkInteger, checkOneOf, checkOptions, checkRank, ShapeError, describe, InputTypeError, toTensor, type TensorInput } from "../validation";
import { fastDense, plainDense } from "./dense";
import type { DenseFormulation } from "../backend/formulations";
import type { Trainable } from "./train";

export interface EmbeddingNetOptions {
  /** Input size (default 784, a 28×28 digit). */
  inputSize?: number;
  /** Hidden layer sizes (default [256, 128]). */
  hidden?: number[];
  /** d, the embedding size (default 2; 3 for features on a sphere). */
  embeddingSize?: number;
  /** Seed of the initial weights (default 0). */
  seed?: number;
  /** Use `fastDense` (default true); false uses TensorFlow.js's own matMul and add, for reference. */
  fast?: boolean;
  /**
   * How `fastDense` writes its products with a transposed factor (default: the fastest on the active
   * backend, `formulationFor`): "explicitTranspose" or "transposeFlags".
   */
  dense?: DenseFormulation;
  /**
   * Compute the gradient with respect to the input x (default false: training never uses it, and it
   * costs as much as the first layer's weight gradient, about a fifth of a step). **With false,
   * `tf.grad` with respect to the input gives zeros**: set true for saliency maps or adversarial inputs.
   */
  inputGradient?: boolean;
}

/**
 * An embedding (feature) network: a multilayer perceptron 784-256-128-d, ReLU after each hidden
 * layer, a linear last layer giving the embedding f(x) ∈ ℝᵈ (d = 2 or 3 can be drawn). Trained with
 * contrastive and triplet losses, or with a classification head (softmax, L-Softmax, A-Softmax,
 * CosFace, ArcFace) on top of it.
 *
 * Built from TensorFlow.js core ops and variables, no layers API, so a training loop sees every
 * operation; dense layers use `fastDense`. Weights start from Glorot-uniform draws of losslab's seeded
 * `Rng` (Keras's default initialiser: U(−l, l), l = √(6 / (fan_in + fan_out))), biases at 0.
 */
export class EmbeddingNet implements Trainable {
  /** Layer sizes, input first: [784, 256, 128, d] by default. */
  readonly sizes: number[];
  readonly weights: tf.Variable[];
  readonly biases: tf.Variable[];
  private readonly dense: (x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D, first: boolean) => tf.Tensor2D;

  constructor(options: EmbeddingNetOptions = {}) {
    const fn = "EmbeddingNet";
    checkOptions(fn, options, ["inputSize?", "hidden?", "embeddingSize?", "seed?", "fast?", "dense?", "inputGradient?"]);
    const inputSize = checkInteger(fn, "inputSize", options.inputSize ?? 784, { min: 1 });
    const hidden = options.hidden ?? [256, 128];
    if (!Array.isArray(hidden)) throw new InputTypeError(fn, "hidden", "an array of layer sizes", describe(hidden));
    hidden.forEach((h, i) => checkInteger(fn, `hidden[${i}]`, h, { min: 1 }));
    const d = checkInteger(fn, "embeddingSize", options.embeddingSize ?? 2, { min: 1 });
    const rng = new Rng(checkInteger(fn, "seed", options.seed ?? 0));
    this.sizes = [inputSize, ...hidden, d];
    const inputGradient = options.inputGradient === true;
    const formulation = options.dense === undefined ? undefined : checkOneOf(fn, "dense", options.dense, ["explicitTranspose", "transposeFlags"] as const);
    this.dense = options.fast === false
      ? (x, w, b) => plainDense(x, w, b)
      : (x, w, b, first) => fastDense(x, w, b, { inputGradient: inputGradient || !first, formulation });
    this.weights = [];
    this.biases = [];
    for (let k = 0; k + 1 < this.sizes.length; k++) {
      const [fanIn, fanOut] = [this.sizes[k], this.sizes[k + 1]];
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      const w = Float32Array.from({ length: fanIn * fanOut }, () => rng.uniform(-limit, limit));
      // tidy frees the initial tensors; the variables hold their own copies and survive it
      this.weights.push(tf.tidy(() => tf.variable(tf.tensor2d(w, [fanIn, fanOut]), true)));
      this.biases.push(tf.tidy(() => tf.variable(tf.zeros([fanOut]), true)));
    }
  }

  /** d, the size of an embedding. */
  get embeddingSize(): number {
    return this.sizes[this.sizes.length - 1];
  }

  /** Weights and biases, layer by layer. */
  get variables(): tf.Variable[] {
    return this.weights.flatMap((w, k) => [w, this.biases[k]]);
  }

  /** Number of learned numbers: 784·256 + 256 + 256·128 + 128 + 128·d + d by default. */
  get parameterCount(): number {
    return this.variables.reduce((s, v) => s + v.size, 0);
  }

  /** The embeddings [N, d] of inputs [N, inputSize] (differentiable; for training loops). */
  apply(x: tf.Tensor2D): tf.Tensor2D {
    if (x.rank !== 2 || x.shape[1] !== this.sizes[0]) {
      throw new ShapeError("EmbeddingNet.apply", "x", `a matrix [N, ${this.sizes[0]}]`, describe(x));
    }
    return tf.tidy(() => {
      let h = x;
      const last = this.weights.length - 1;
      this.weights.forEach((w, k) => {
        const z = this.dense(h, w as tf.Tensor2D, this.biases[k] as tf.Tensor1D, k === 0);
        h = k < last ? tf.relu(z) : z;
      });
      return h;
    });
  }

  /** Embeddings of many inputs, computed in chunks of `batchSize` rows (default 1000), no gradient. */
  embed(x: TensorInput, options: { batchSize?: number } = {}): tf.Tensor2D {
    const fn = "EmbeddingNet.embed";
    checkOptions(fn, options, ["batchSize?"]);
    const batchSize = checkInteger(fn, "batchSize", options.batchSize ?? 1000, { min: 1 });
    return tf.tidy(() => {
      const t = toTensor(fn, "x", x);
      checkRank(fn, "x", t, 2);
      const n = t.shape[0];
      if (n <= batchSize) return this.apply(t as tf.Tensor2D);
      const parts: tf.Tensor2D[] = [];
      for (let start = 0; start < n; start += batchSize) {
        const size = Math.min(batchSize, n - start);
        parts.push(this.apply(tf.slice(t, [start, 0], [size, -1]) as tf.Tensor2D));
      }
      return tf.concat(parts, 0);
    });
  }

  /** Frees the variables. */
  dispose(): void {
    this.variables.forEach((v) => v.dispose());
  }
}
