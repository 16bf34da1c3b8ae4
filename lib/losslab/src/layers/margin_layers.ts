/**
 * The margin heads as TensorFlow.js Layers (file overview; each class's own comment is what ships).
 */
import * as tf from "../tf";
import { checkBoolean, checkInteger, checkOptions, ShapeError, ValueError, describe, type OptionNames } from "../validation";
import { LAYER_ARGS, asLayer, plain, labelledShapes, layerFeatures, layerLabels, recordLabels, type LabelledShapes } from "./layer_inputs";
import type { ClassificationHead, HeadOptions } from "../heads/head";
import { ModifiedSoftmaxHead } from "../heads/modified_softmax_head";
import { ArcFaceHead, CosFaceHead, type ArcFaceHeadOptions, type CosineMarginHeadOptions } from "../heads/cosine_margin_heads";
import { NormFaceHead, type NormFaceHeadOptions } from "../heads/normface_head";
import type { AnnealedMarginHead, AnnealedMarginHeadOptions } from "../heads/annealed_margin_head";
import { LSoftmaxHead } from "../heads/l_softmax_head";
import { ASoftmaxHead } from "../heads/a_softmax_head";

/** The arguments every `tf.layers.Layer` takes (name, trainable, inputShape, …). */
export type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;

export interface MarginLayerArgs extends LayerArgs {
  /** C, the number of classes (an integer ≥ 2). */
  numClasses: number;
  /** Seed of the kernel's Glorot-uniform initialisation (the heads' seeded one). @default 0 */
  seed?: number;
  /**
   * Take the features alone and compute the plain logits (no margin, no labels), for a prediction
   * model; such a layer refuses to train. @default false (inputs `[features, labels]`)
   */
  inference?: boolean;
}

/** The head's own options: everything of the layer's arguments but the Layer's and the sizes. */
type OwnOptions<H> = Omit<H, keyof HeadOptions>;

/**
 * What the margin layers share: a `tf.layers.Layer` holding one margin head (the heads' maths: each
 * layer lends its head its kernel [d, C], so both compute with the same variable), registered for
 * serialisation, that goes into `tf.model`, trains with `model.fit` and saves and loads with
 * `model.save` / `tf.loadLayersModel`.
 *
 * Inputs: `[features [B, d], labels [B] or [B, 1]]`. With `training: true` (as in `model.fit`) the
 * output is the margin logits, the margin on each row's target class, to be trained with softmax
 * cross-entropy against the same labels (`compileSoftmaxCrossEntropy({ labels: "indices" })`);
 * otherwise (`predict`, `evaluate`) the plain logits without margin, the labels unused: s·cos θ for
 * CosFace, ArcFace and NormFace, ‖x‖·cos θ for modified softmax and A-Softmax, x·W for L-Softmax.
 * A layer made with `inference: true` takes the features alone and gives the plain logits only; it
 * refuses to train (without labels it would train without its margin). A layer made without it
 * refuses the features alone.
 *
 * Applied to `[features, labels]`, the layer declares its output shape `[batch, null]` (its width is
 * numClasses): tfjs-layers checks `model.fit`'s targets against the declared output shape, and this
 * lets class-index targets [B] or [B, 1] through. The softmax compile losses check in each training
 * step that the targets are the labels the layer was given. Errors name the layer and the shapes as
 * given. `getConfig()` writes every hyperparameter with its value, defaults included, so a reloaded
 * model never depends on the library version's defaults. With class-index targets, measure accuracy
 * with `metrics: [tf.metrics.sparseCategoricalAccuracy]`: tfjs's "accuracy" reads an output of unknown
 * width as categorical and would take the targets for one-hot rows.
 *
 *     const features = tf.input({ shape: [20] });
 *     const labels = tf.input({ shape: [1] });
 *     const embedding = tf.layers.dense({ units: 16, activation: "relu" }).apply(features) as tf.SymbolicTensor;
 *     const logits = new ArcFaceLayer({ numClasses: 4, s: 16, m: 0.3 }).apply([embedding, labels]);
 *     const model = tf.model({ inputs: [features, labels], outputs: logits as tf.SymbolicTensor });
 *     model.compile({ optimizer: "adam", loss: compileSoftmaxCrossEntropy({ labels: "indices" }) });
 *     const x = tf.randomNormal([64, 20]);
 *     const y = tf.tensor1d(Array.from({ length: 64 }, (_, i) => i % 4)); // class indices [N]
 *     await model.fit([x, y], y, { epochs: 2, batchSize: 32 });
 *     const scores = model.predict([x, y]) as tf.Tensor; // plain logits s·cos θ [64, 4], the labels unused
 *     const embedder = tf.model({ inputs: features, outputs: embedding }); // embeddings for retrieval
 */
export abstract class MarginLayer<O extends object = object> extends tf.layers.Layer {
  /** C, the number of classes. */
  readonly numClasses: number;
  /** Seed of the kernel's initialisation. */
  readonly seed: number;
  /** Whether the layer takes the features alone and computes the plain logits only (it cannot train). */
  readonly inference: boolean;
  /** The head's own options (margin, scale, …), every one explicit: the values given, else the defaults. */
  protected readonly headOptions: O;
  private headInstance?: ClassificationHead;
  /**
   * Rebuilt from a config saved before the `inference` option existed: such a model may apply the
   * layer to the features alone, which then gives the plain logits as an inference layer does.
   */
  private fromOlderConfig = false;
  /** A head of this layer's kind. */
  private readonly makeHead: (options: HeadOptions & O) => ClassificationHead;

  protected constructor(className: string, args: MarginLayerArgs & O, ownNames: OptionNames, makeHead: (options: HeadOptions & O) => ClassificationHead) {
    checkOptions(className, args, ["numClasses", "seed?", "inference?", ...ownNames, ...LAYER_ARGS]);
    const own: Record<string, unknown> = {};
    const layerArgs: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(args)) {
      if (key === "numClasses" || key === "seed" || key === "inference" || value === undefined) continue;
      if (ownNames.some((n) => n.replace(/\?$/, "") === key)) own[key] = value;
      else layerArgs[key] = value;
    }
    super(layerArgs as LayerArgs);
    this.numClasses = checkInteger(className, "numClasses", args.numClasses, { min: 2 });
    this.seed = checkInteger(className, "seed", args.seed ?? 0);
    this.inference = checkBoolean(className, "inference", args.inference ?? false);
    // every option is checked now, by the head itself on a one-feature probe, not at the first batch;
    // the probe's values of the options not given are the defaults, written into the config
    const probe = asLayer(className, () => makeHead({ inputDim: 1, numClasses: this.numClasses, seed: this.seed, ...(own as O) }));
    for (const name of ownNames.map((n) => n.replace(/\?$/, ""))) {
      const resolved = (probe as unknown as Record<string, unknown>)[name];
      if (own[name] === undefined && resolved !== undefined) own[name] = resolved;
    }
    probe.dispose();
    this.headOptions = own as O;
    this.makeHead = makeHead;
  }

  /** The head computing this layer's logits (after `build`). */
  protected get head(): ClassificationHead {
    if (this.headInstance === undefined) {
      throw new ValueError(`${this.getClassName()}.head`, "this", "a built layer (apply it to an input first)", "a layer not built yet");
    }
    return this.headInstance;
  }

  /** The features' and labels' shapes, with the labels required unless the layer is an inference one. */
  private shapes(inputShape: tf.Shape | tf.Shape[]): LabelledShapes {
    const name = this.getClassName();
    const shapes = labelledShapes(name, inputShape);
    if (this.inference && shapes.labels !== undefined) {
      throw new ShapeError(name, "inputs", "the features alone (a layer made with inference: true takes no labels)", "[features, labels]");
    }
    if (!this.inference && !this.fromOlderConfig && shapes.labels === undefined) {
      throw new ShapeError(name, "inputs", "[features, labels]: the margin goes on each row's class (for the plain logits without labels, make the layer with inference: true)", "the features alone");
    }
    return shapes;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const shape = this.shapes(inputShape).features;
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
    const shapes = this.shapes(inputShape);
    // with labels: the class axis declared unknown, so that model.fit takes class-index targets
    return [shapes.features[0], shapes.labels === undefined ? this.numClasses : null];
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }): tf.Tensor {
    const name = this.getClassName();
    const list = Array.isArray(inputs) ? inputs : [inputs];
    this.shapes(list.map((t) => t.shape));
    const features = layerFeatures(name, list[0], this.head.inputDim);
    if (this.inference || list.length === 1) {
      if (kwargs.training === true) {
        throw new ValueError(name, "training", "a layer made without inference: true (an inference layer has no labels, so it would train without its margin)", "a training call");
      }
      return this.head.scores(features);
    }
    const labels = layerLabels(name, list[1], features.shape[0], this.numClasses);
    if (kwargs.training !== true) return this.head.scores(features);
    const logits = this.head.logits(features, labels);
    recordLabels(logits, name, labels);
    return logits;
  }

  override getConfig(): tf.serialization.ConfigDict {
    const own: tf.serialization.ConfigDict = {};
    for (const [key, value] of Object.entries(this.headOptions)) own[key] = plain(value);
    return { ...super.getConfig(), numClasses: this.numClasses, seed: this.seed, inference: this.inference, ...own };
  }

  /** The layer of a saved config; a config without `inference` (saved by an older losslab) may take the features alone. */
  static override fromConfig<T extends tf.serialization.Serializable>(cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict): T {
    const layer = new cls(config);
    if (config.inference === undefined) (layer as unknown as { fromOlderConfig: boolean }).fromOlderConfig = true;
    return layer;
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
 * The λ schedule of L-Softmax and A-Softmax (λ from a large value down, the margin fading in) as a
 * `model.fit` callback: after each batch, every annealed margin layer of the model (or the layers
 * given) takes one step, as the heads' `step()` does in a hand-written loop. The layers' config holds
 * the iteration reached, so a reloaded model resumes the schedule there.
 *
 *     const features = tf.input({ shape: [20] });
 *     const labels = tf.input({ shape: [1] });
 *     const sphereFace = new ASoftmaxLayer({ numClasses: 4, m: 4, annealing: SHORT_RUN_ANNEALING });
 *     const logits = sphereFace.apply([features, labels]) as tf.SymbolicTensor;
 *     const model = tf.model({ inputs: [features, labels], outputs: logits });
 *     model.compile({ optimizer: "adam", loss: compileSoftmaxCrossEntropy({ labels: "indices" }) });
 *     const x = tf.randomNormal([64, 20]);
 *     const y = tf.tensor1d(Array.from({ length: 64 }, (_, i) => i % 4));
 *     await model.fit([x, y], y, { epochs: 2, batchSize: 16, callbacks: [new MarginAnnealing()] });
 *     console.log(sphereFace.iteration, sphereFace.lambda); // 8 steps taken, λ lowered from 1000
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
