/**
 * The margin heads as TensorFlow.js Layers: `tf.layers.Layer` subclasses, registered for
 * serialisation, that go into `tf.model` (or `tf.sequential`, for inference), train with `model.fit`,
 * and save and load with `model.save` / `tf.loadLayersModel`.
 *
 * A margin layer takes two inputs while training, `[features [B, d], labels [B] or [B, 1]]`: the
 * margin goes on each row's target class, so the layer must know it. Its output is then the margin
 * logits, to be trained with softmax cross-entropy against the same labels (for example
 * `compileSoftmaxCrossEntropy({ labels: "indices" })`). Outside training (`predict`, `evaluate`, or
 * when called on the features alone) it outputs the plain logits without margin: s·cos θ for CosFace
 * and ArcFace, ‖x‖·cos θ for modified softmax and A-Softmax, x·W for L-Softmax, as the heads'
 * `scores`. The maths is the heads' (`lib/losslab/src/heads`): each layer holds one head and lends it
 * its kernel, so both compute with the same variable.
 *
 *     const features = tf.input({ shape: [784] });
 *     const labels = tf.input({ shape: [1] });
 *     const embedding = tf.layers.dense({ units: 64, activation: "relu" }).apply(features);
 *     const logits = new ArcFaceLayer({ numClasses: 10 }).apply([embedding, labels]);
 *     const model = tf.model({ inputs: [features, labels], outputs: logits as tf.SymbolicTensor });
 *     model.compile({ optimizer: "adam", loss: compileSoftmaxCrossEntropy({ labels: "indices" }) });
 *     await model.fit([x, y], y, { epochs: 5 });
 *
 * L-Softmax and A-Softmax anneal λ from a large value down (the margin fades in); `MarginAnnealing`
 * is the callback that advances it once per batch. The layers' configuration carries the iteration
 * count, so a reloaded model resumes the schedule where it was saved.
 */
import * as tf from "../tf";
import { checkInteger, checkOptions, ShapeError, ValueError, describe, type OptionNames } from "../validation";
import type { ClassificationHead, HeadOptions } from "../heads/head";
import { ModifiedSoftmaxHead } from "../heads/modified_softmax_head";
import { ArcFaceHead, CosFaceHead, type ArcFaceHeadOptions, type CosineMarginHeadOptions } from "../heads/cosine_margin_heads";
import { NormFaceHead, type NormFaceHeadOptions } from "../heads/normface_head";
import type { AnnealedMarginHead, AnnealedMarginHeadOptions } from "../heads/annealed_margin_head";
import { LSoftmaxHead } from "../heads/l_softmax_head";
import { ASoftmaxHead } from "../heads/a_softmax_head";

/** The arguments every `tf.layers.Layer` takes (name, trainable, inputShape, …). */
export type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;
// and `customObjects`, which tfjs's deserialiser adds to the config it rebuilds a layer from
const LAYER_ARGS: OptionNames = ["name?", "trainable?", "inputShape?", "batchInputShape?", "batchSize?", "dtype?", "weights?", "inputDType?", "customObjects?"];

export interface MarginLayerArgs extends LayerArgs {
  /** C, the number of classes (an integer ≥ 2). */
  numClasses: number;
  /** Seed of the kernel's Glorot-uniform initialisation (the heads' seeded one). @default 0 */
  seed?: number;
}

/** The head's own options: everything of the layer's arguments but the Layer's and the sizes. */
type OwnOptions<H> = Omit<H, keyof HeadOptions>;

/** A config value tfjs-layers can write to JSON: plain numbers, strings, booleans and objects of them. */
function plain(value: unknown): tf.serialization.ConfigDictValue {
  return JSON.parse(JSON.stringify(value ?? null));
}

/** The shape of the features among a layer's input shapes. */
function featureShape(name: string, inputShape: tf.Shape | tf.Shape[]): tf.Shape {
  const shapes = Array.isArray(inputShape[0]) ? (inputShape as tf.Shape[]) : [inputShape as tf.Shape];
  if (shapes.length > 2) throw new ShapeError(name, "inputs", "[features] or [features, labels]", `${shapes.length} inputs`);
  return shapes[0];
}

/** What the margin layers share: one head, built on the first call with the features' width. */
export abstract class MarginLayer<O extends object = object> extends tf.layers.Layer {
  /** C, the number of classes. */
  readonly numClasses: number;
  /** Seed of the kernel's initialisation. */
  readonly seed: number;
  /** The head's own options (margin, scale, …) as given. */
  protected readonly headOptions: O;
  private headInstance?: ClassificationHead;
  /** A head of this layer's kind. */
  private readonly makeHead: (options: HeadOptions & O) => ClassificationHead;

  protected constructor(className: string, args: MarginLayerArgs & O, ownNames: OptionNames, makeHead: (options: HeadOptions & O) => ClassificationHead) {
    checkOptions(className, args, ["numClasses", "seed?", ...ownNames, ...LAYER_ARGS]);
    const own: Record<string, unknown> = {};
    const layerArgs: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(args)) {
      if (key === "numClasses" || key === "seed" || value === undefined) continue;
      if (ownNames.some((n) => n.replace(/\?$/, "") === key)) own[key] = value;
      else layerArgs[key] = value;
    }
    super(layerArgs as LayerArgs);
    this.numClasses = checkInteger(className, "numClasses", args.numClasses, { min: 2 });
    this.seed = checkInteger(className, "seed", args.seed ?? 0);
    this.headOptions = own as O;
    this.makeHead = makeHead;
    // every option is checked now, by the head itself on a one-feature probe, not at the first batch
    this.makeHead({ inputDim: 1, numClasses: this.numClasses, seed: this.seed, ...this.headOptions }).dispose();
  }

  /** The head computing this layer's logits (after `build`). */
  protected get head(): ClassificationHead {
    if (this.headInstance === undefined) {
      throw new ValueError(`${this.getClassName()}.head`, "this", "a built layer (apply it to an input first)", "a layer not built yet");
    }
    return this.headInstance;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const shape = featureShape(this.getClassName(), inputShape);
    const d = shape[shape.length - 1];
    if (shape.length !== 2 || d === null) {
      throw new ShapeError(this.getClassName(), "features", "a feature matrix [batch, d] with a known d", `shape [${shape.join(", ")}]`);
    }
    const head = this.makeHead({ inputDim: d, numClasses: this.numClasses, seed: this.seed, ...this.headOptions });
    const kernel = this.addWeight("kernel", [d, this.numClasses], "float32", tf.initializers.zeros());
    kernel.write(head.weights); // the head's seeded initialisation, the same on every backend
    // the head computes with the layer's variable from now on: its gradients and saved values are the layer's
    const mutable = head as unknown as { weights: tf.Variable };
    mutable.weights.dispose();
    mutable.weights = kernel.read() as tf.Variable;
    this.headInstance = head;
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return [featureShape(this.getClassName(), inputShape)[0], this.numClasses];
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }): tf.Tensor {
    return tf.tidy(() => {
      const list = Array.isArray(inputs) ? inputs : [inputs];
      const features = list[0] as tf.Tensor2D;
      if (list.length === 2 && kwargs.training === true) {
        return this.head.logits(features, tf.reshape(list[1], [-1]));
      }
      return this.head.scores(features);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    const own: tf.serialization.ConfigDict = {};
    for (const [key, value] of Object.entries(this.headOptions)) own[key] = plain(value);
    return { ...super.getConfig(), numClasses: this.numClasses, seed: this.seed, ...own };
  }
}

/** CosFace / AM-Softmax (Wang et al. 2018): s·(cos θ_y − m) on the target, s·cos θ elsewhere. With m = 0, NormFace. */
export class CosFaceLayer extends MarginLayer<OwnOptions<CosineMarginHeadOptions>> {
  static readonly className = "CosFaceLayer";

  constructor(args: MarginLayerArgs & OwnOptions<CosineMarginHeadOptions>) {
    super(CosFaceLayer.className, args, ["s?", "m?"], (options) => new CosFaceHead(options));
  }
}

/** NormFace (Wang et al. 2017): s·cos θ for every class, no margin (CosFace with m = 0); pml's NormalizedSoftmaxLoss with s = 1/temperature. */
export class NormFaceLayer extends MarginLayer<OwnOptions<NormFaceHeadOptions>> {
  static readonly className = "NormFaceLayer";

  constructor(args: MarginLayerArgs & OwnOptions<NormFaceHeadOptions>) {
    super(NormFaceLayer.className, args, ["s?"], (options) => new NormFaceHead(options));
  }
}

/** ArcFace (Deng et al. 2019): s·cos(θ_y + m) on the target (optionally only where cos θ_y > 0), s·cos θ elsewhere. */
export class ArcFaceLayer extends MarginLayer<OwnOptions<ArcFaceHeadOptions>> {
  static readonly className = "ArcFaceLayer";

  constructor(args: MarginLayerArgs & OwnOptions<ArcFaceHeadOptions>) {
    super(ArcFaceLayer.className, args, ["s?", "m?", "easyMargin?"], (options) => new ArcFaceHead(options));
  }
}

/** Modified softmax (SphereFace's baseline): unit class weights, ‖x‖·cos θ for every class, no margin. */
export class ModifiedSoftmaxLayer extends MarginLayer<object> {
  static readonly className = "ModifiedSoftmaxLayer";

  constructor(args: MarginLayerArgs) {
    super(ModifiedSoftmaxLayer.className, args, [], (options) => new ModifiedSoftmaxHead(options));
  }
}

type AnnealedOwn = OwnOptions<AnnealedMarginHeadOptions>;

/** L-Softmax and A-Softmax: an integer angular margin m, faded in by λ (see `MarginAnnealing`). */
export abstract class AnnealedMarginLayer extends MarginLayer<AnnealedOwn> {
  /** The current λ of the schedule. */
  get lambda(): number {
    return this.annealedHead.lambda;
  }

  /** Training steps counted so far. */
  get iteration(): number {
    return this.annealedHead.iteration;
  }

  /** Advances the λ schedule by one training step (what `MarginAnnealing` calls after each batch). */
  step(): void {
    this.annealedHead.step();
  }

  override getConfig(): tf.serialization.ConfigDict {
    // the iteration reached, so that a reloaded model resumes the schedule
    const iteration = this.built ? this.annealedHead.iteration : (this.headOptions.iteration ?? 0);
    return { ...super.getConfig(), iteration };
  }

  private get annealedHead(): AnnealedMarginHead {
    return this.head as AnnealedMarginHead;
  }
}

const ANNEALED_NAMES: OptionNames = ["m?", "annealing?", "iteration?"];

/** L-Softmax (Liu et al. 2016): ‖w‖‖x‖·ψ(θ_y) on the target, with ψ blended with cos θ by λ. */
export class LSoftmaxLayer extends AnnealedMarginLayer {
  static readonly className = "LSoftmaxLayer";

  constructor(args: MarginLayerArgs & AnnealedOwn) {
    super(LSoftmaxLayer.className, args, ANNEALED_NAMES, (options) => new LSoftmaxHead(options));
  }
}

/** A-Softmax / SphereFace (Liu et al. 2017): L-Softmax with unit class weights, ‖x‖·ψ(θ_y) on the target. */
export class ASoftmaxLayer extends AnnealedMarginLayer {
  static readonly className = "ASoftmaxLayer";

  constructor(args: MarginLayerArgs & AnnealedOwn) {
    super(ASoftmaxLayer.className, args, ANNEALED_NAMES, (options) => new ASoftmaxHead(options));
  }
}

/** The margin layers, by class name. */
export const MARGIN_LAYERS = [CosFaceLayer, NormFaceLayer, ArcFaceLayer, ModifiedSoftmaxLayer, LSoftmaxLayer, ASoftmaxLayer] as const;

/**
 * Registers the margin layers with tfjs's serialisation, so that `tf.loadLayersModel` can rebuild
 * them (under "losslab>ArcFaceLayer" and so on). Importing this module does it once; call it again
 * where a bundler may have dropped that import (the package is marked free of side effects). Idempotent.
 */
export function registerMarginLayers(): void {
  for (const layer of MARGIN_LAYERS) tf.serialization.registerClass(layer as unknown as tf.serialization.SerializableConstructor<tf.layers.Layer>, "losslab");
}
registerMarginLayers();

/**
 * The λ schedule of L-Softmax and A-Softmax as a `model.fit` callback: after each batch, every
 * annealed margin layer of the model (or the layers given) takes one step, as the heads' `step()`
 * does in a hand-written loop.
 */
export class MarginAnnealing extends tf.Callback {
  private readonly given?: readonly AnnealedMarginLayer[];

  constructor(layers?: readonly AnnealedMarginLayer[]) {
    super();
    if (layers !== undefined) {
      if (!Array.isArray(layers) || !layers.every((l) => l instanceof AnnealedMarginLayer)) {
        throw new ValueError("MarginAnnealing", "layers", "an array of LSoftmaxLayer or ASoftmaxLayer", describe(layers));
      }
      this.given = layers;
    }
  }

  /** The layers stepped: the given ones, else the model's L-Softmax and A-Softmax layers. */
  get layers(): readonly AnnealedMarginLayer[] {
    if (this.given !== undefined) return this.given;
    const found = (this.model?.layers ?? []).filter((l): l is AnnealedMarginLayer => l instanceof AnnealedMarginLayer);
    if (found.length === 0) {
      throw new ValueError("MarginAnnealing", "model", "a model with an LSoftmaxLayer or an ASoftmaxLayer", "a model with neither");
    }
    return found;
  }

  override async onTrainBegin(): Promise<void> {
    void this.layers; // a model without annealed layers is an error before the first batch
  }

  override async onBatchEnd(): Promise<void> {
    for (const layer of this.layers) layer.step();
  }
}
