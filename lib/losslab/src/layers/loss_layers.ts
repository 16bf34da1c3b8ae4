/**
 * The losses with trainable class vectors (pytorch-metric-learning's `ProxyAnchorLoss`,
 * `SubCenterArcFaceLoss`, `ProxyNCALoss`, `SoftTripleLoss`) as TensorFlow.js Layers, so that `model.fit` trains their class vectors
 * with the network and `model.save` / `tf.loadLayersModel` keep them.
 */
import * as tf from "../tf";
import { checkInteger, checkOptions, ShapeError, ValueError, type OptionNames } from "../validation";
import type { MetricLossFunction } from "../metric_learning/losses/base";
import { ProxyAnchorLoss, type ProxyAnchorLossSettings } from "../metric_learning/losses/proxy_losses";
import { SubCenterArcFaceLoss, type SubCenterArcFaceLossSettings } from "../metric_learning/losses/margin_softmax_losses";
import { ProxyNCALoss, SoftTripleLoss, type ProxyNCALossSettings, type SoftTripleLossSettings } from "../metric_learning/losses/class_center_losses";
import { LAYER_ARGS, asLayer, plain, checkTargetsAgree, labelledShapes, layerFeatures, layerLabels, recordLabels } from "./layer_inputs";
import type { CompileLoss } from "./compile_losses";
import type { LayerArgs } from "./margin_layers";


/** The arguments every loss layer takes. */
export interface LossLayerArgs extends LayerArgs {
  /** C, the number of classes (an integer ≥ 1). */
  numClasses: number;
  /** Seed of the class vectors' random start (the loss's seeded one). @default 0 */
  seed?: number;
}

/** The size options a loss layer sets itself (from its input) and the starting values it owns as a weight. */
type LayerSet = "numClasses" | "embeddingSize" | "seed" | "distance" | "reducer" | "proxies" | "weights" | "weightRegularizer" | "weightRegWeight" | "embeddingRegularizer" | "embeddingRegWeight";

/** The one trainable variable of a loss, with the property that holds it. */
function classVectorsOf(loss: MetricLossFunction): [string, tf.Variable] {
  const found = Object.entries(loss).filter(([, v]) => v instanceof tf.Variable) as [string, tf.Variable][];
  if (found.length !== 1) throw new Error(`losslab: ${loss.fn} holds ${found.length} variables, a loss layer takes a loss with one`);
  return found[0];
}

/**
 * A loss with trainable class vectors as a `tf.layers.Layer`. Inputs `[embeddings [B, d], labels [B]
 * or [B, 1]]` (the labels are required: the loss needs them, in training and in `evaluate`); the
 * layer's weight is the loss's class-vector variable, created on the first call with the embeddings'
 * width d, so `model.fit` trains it and `model.save` stores it. The output [B, 1] is the batch's loss
 * on every row; compile the model with `compileLayerLoss()`, which takes its mean and checks that the
 * targets are the labels given to the layer. For inference, a model of the inputs to the embeddings
 * shares the trained weights: `tf.model({ inputs: features, outputs: embedding })`.
 *
 * The config holds every hyperparameter with its value (the defaults written out), so a reloaded
 * model computes the same loss whatever the library's defaults become.
 */
export abstract class ClassVectorLossLayer<O extends object = object> extends tf.layers.Layer {
  /** C, the number of classes. */
  readonly numClasses: number;
  /** Seed of the class vectors' random start. */
  readonly seed: number;
  /** The loss's own options, every one explicit (given values, else the defaults). */
  protected readonly lossOptions: O;
  private lossInstance?: MetricLossFunction;
  private readonly makeLoss: (options: { numClasses: number; embeddingSize: number; seed: number } & O) => MetricLossFunction;

  /**
   * `alternatives` maps an option to the one it replaces (`marginDegrees` → `margin`): when it is
   * given, the other one's default is not written into the config.
   */
  protected constructor(
    className: string,
    args: LossLayerArgs & O,
    ownNames: OptionNames,
    makeLoss: (options: { numClasses: number; embeddingSize: number; seed: number } & O) => MetricLossFunction,
    alternatives: Record<string, string> = {},
  ) {
    checkOptions(className, args, ["numClasses", "seed?", ...ownNames, ...LAYER_ARGS]);
    const own: Record<string, unknown> = {};
    const layerArgs: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(args)) {
      if (key === "numClasses" || key === "seed" || value === undefined) continue;
      if (ownNames.some((n) => n.replace(/\?$/, "") === key)) own[key] = value;
      else layerArgs[key] = value;
    }
    super(layerArgs as LayerArgs);
    this.numClasses = checkInteger(className, "numClasses", args.numClasses, { min: 1 });
    this.seed = checkInteger(className, "seed", args.seed ?? 0);
    // the options are checked now, by the loss itself on a one-wide probe, and its defaults read back
    const probe = asLayer(className, () => makeLoss({ numClasses: this.numClasses, embeddingSize: 1, seed: this.seed, ...(own as O) }));
    const replaced = new Set(Object.entries(alternatives).filter(([given]) => own[given] !== undefined).map(([, other]) => other));
    for (const name of ownNames.map((n) => n.replace(/\?$/, ""))) {
      const resolved = (probe as unknown as Record<string, unknown>)[name];
      if (own[name] === undefined && !replaced.has(name) && resolved !== undefined) own[name] = resolved;
    }
    classVectorsOf(probe)[1].dispose();
    this.lossOptions = own as O;
    this.makeLoss = makeLoss;
  }

  /** The loss this layer computes (after `build`), its class vectors the layer's weight. */
  get loss(): MetricLossFunction {
    if (this.lossInstance === undefined) {
      throw new ValueError(`${this.getClassName()}.loss`, "this", "a built layer (apply it to an input first)", "a layer not built yet");
    }
    return this.lossInstance;
  }

  /** The embeddings' shape, with the labels input required. */
  private featureShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const name = this.getClassName();
    const shapes = labelledShapes(name, inputShape);
    if (shapes.labels === undefined) {
      throw new ShapeError(name, "inputs", "[embeddings, labels]: the loss needs each row's class", "the embeddings alone");
    }
    return shapes.features;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const shape = this.featureShape(inputShape);
    const d = shape[shape.length - 1];
    if (shape.length !== 2 || d === null) {
      throw new ShapeError(this.getClassName(), "embeddings", "an embedding matrix [batch, d] with a known d", `shape [${shape.join(", ")}]`);
    }
    const loss = this.makeLoss({ numClasses: this.numClasses, embeddingSize: d, seed: this.seed, ...this.lossOptions });
    const [key, variable] = classVectorsOf(loss);
    const weight = this.addWeight(key, variable.shape, "float32", tf.initializers.zeros());
    weight.write(variable); // the loss's seeded start, the same on every backend
    // the loss computes with the layer's variable from now on: its gradients and saved values are the layer's
    variable.dispose();
    (loss as unknown as Record<string, tf.Variable>)[key] = weight.read() as tf.Variable;
    this.lossInstance = loss;
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return [this.featureShape(inputShape)[0], 1];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const name = this.getClassName();
    const list = Array.isArray(inputs) ? inputs : [inputs];
    this.featureShape(list.map((t) => t.shape));
    const embeddings = layerFeatures(name, list[0], (this.loss as unknown as { embeddingSize: number }).embeddingSize);
    const labels = layerLabels(name, list[1], embeddings.shape[0], this.numClasses);
    const out = tf.tidy(() => tf.mul(tf.ones([embeddings.shape[0], 1]), this.loss.forward(embeddings, labels)));
    recordLabels(out, name, labels);
    return out;
  }

  override getConfig(): tf.serialization.ConfigDict {
    const own: tf.serialization.ConfigDict = {};
    for (const [key, value] of Object.entries(this.lossOptions)) own[key] = plain(value);
    return { ...super.getConfig(), numClasses: this.numClasses, seed: this.seed, ...own };
  }
}

type OwnOptions<S> = Omit<S, LayerSet>;

/**
 * `ProxyAnchorLoss` (Kim et al., "Proxy Anchor Loss for Deep Metric Learning", CVPR 2020) as a layer:
 * its proxies [C, d] are the layer's weight `proxies`. With s = cos(x, proxy),
 * (1/|C⁺|)·Σ_{c ∈ C⁺} log(1 + Σ_{x of c} e^{−α(s − δ)}) + (1/C)·Σ_c log(1 + Σ_{x not of c} e^{α(s + δ)}).
 *
 *     const features = tf.input({ shape: [20] });
 *     const labels = tf.input({ shape: [1] });
 *     const embedding = tf.layers.dense({ units: 8 }).apply(features) as tf.SymbolicTensor;
 *     const loss = new ProxyAnchorLayer({ numClasses: 4, margin: 0.1, alpha: 32 }).apply([embedding, labels]);
 *     const model = tf.model({ inputs: [features, labels], outputs: loss as tf.SymbolicTensor });
 *     model.compile({ optimizer: tf.train.adam(0.01), loss: compileLayerLoss() });
 *     const x = tf.randomNormal([64, 20]);
 *     const y = tf.tensor1d(Array.from({ length: 64 }, (_, i) => i % 4));
 *     await model.fit([x, y], y, { epochs: 2, batchSize: 32 });
 *     const embedder = tf.model({ inputs: features, outputs: embedding }); // for retrieval
 */
export class ProxyAnchorLayer extends ClassVectorLossLayer<OwnOptions<ProxyAnchorLossSettings>> {
  static readonly className = "ProxyAnchorLayer";

  constructor(args: LossLayerArgs & OwnOptions<ProxyAnchorLossSettings>) {
    super(ProxyAnchorLayer.className, args, ["margin?", "alpha?"], (options) => new ProxyAnchorLoss(options));
  }
}

/**
 * `SubCenterArcFaceLoss` (Deng et al., "Sub-center ArcFace", ECCV 2020) as a layer: its weight `W`
 * [d, C·K] holds K sub-centres a class; a sample's cosine to a class is its largest to the class's
 * sub-centres, the target logit s·cos(θ + m), softmax cross-entropy.
 */
export class SubCenterArcFaceLayer extends ClassVectorLossLayer<OwnOptions<SubCenterArcFaceLossSettings>> {
  static readonly className = "SubCenterArcFaceLayer";

  constructor(args: LossLayerArgs & OwnOptions<SubCenterArcFaceLossSettings>) {
    super(SubCenterArcFaceLayer.className, args, ["margin?", "marginDegrees?", "scale?", "subCenters?"], (options) => new SubCenterArcFaceLoss(options), {
      marginDegrees: "margin",
    });
  }
}

/**
 * `ProxyNCALoss` (Movshovitz-Attias et al., "No Fuss Distance Metric Learning using Proxies", ICCV
 * 2017) as a layer: its proxies [C, d] are the layer's weight `proxies`; per sample
 * −log softmax(softmaxScale · S)_{own class} over the proxies, S = −‖x̂ − p̂‖² (normalised rows).
 */
export class ProxyNCALayer extends ClassVectorLossLayer<OwnOptions<ProxyNCALossSettings>> {
  static readonly className = "ProxyNCALayer";

  constructor(args: LossLayerArgs & OwnOptions<ProxyNCALossSettings>) {
    super(ProxyNCALayer.className, args, ["softmaxScale?"], (options) => new ProxyNCALoss(options));
  }
}

/**
 * `SoftTripleLoss` (Qian et al., "SoftTriple Loss: Deep Metric Learning Without Triplet Sampling",
 * ICCV 2019) as a layer: its K centres a class, `W` [d, C·K], are the layer's weight; per class
 * S_c = Σ_k softmax_k(s_ck/γ)·s_ck, cross-entropy of la·(S − margin on the own class).
 */
export class SoftTripleLayer extends ClassVectorLossLayer<OwnOptions<SoftTripleLossSettings>> {
  static readonly className = "SoftTripleLayer";

  constructor(args: LossLayerArgs & OwnOptions<SoftTripleLossSettings>) {
    super(SoftTripleLayer.className, args, ["centersPerClass?", "la?", "gamma?", "margin?"], (options) => new SoftTripleLoss(options));
  }
}

/** The loss layers. */
export const LOSS_LAYERS = [ProxyAnchorLayer, SubCenterArcFaceLayer, ProxyNCALayer, SoftTripleLayer] as const;

/**
 * Registers the loss layers with tfjs's serialisation (under "losslab>ProxyAnchorLayer", …), so that
 * `tf.loadLayersModel` rebuilds them. Importing this module does it once. Idempotent.
 */
export function registerLossLayers(): void {
  for (const layer of LOSS_LAYERS) tf.serialization.registerClass(layer as unknown as tf.serialization.SerializableConstructor<tf.layers.Layer>, "losslab");
}
registerLossLayers();

/**
 * The Keras-style loss of a model whose output is a loss layer's (`ProxyAnchorLayer`, …): the mean of
 * that output. The targets are the class indices [B] or [B, 1] given to the layer's labels input as
 * well; they are checked to be the same labels in each training step.
 */
export function compileLayerLoss(): CompileLoss {
  const fn = "compileLayerLoss";
  const loss: CompileLoss = (yTrue, yPred) =>
    tf.tidy(() => {
      if (!(yTrue.rank === 1 || (yTrue.rank === 2 && yTrue.shape[1] === 1))) {
        throw new ShapeError(fn, "yTrue", "class indices [B] or [B, 1], the labels given to the loss layer", `shape [${yTrue.shape.join(", ")}]`);
      }
      checkTargetsAgree(fn, yPred, () => tf.reshape(yTrue, [-1]) as tf.Tensor1D);
      return tf.mean(yPred) as tf.Scalar;
    });
  Object.defineProperty(loss, "name", { value: "layerLoss" });
  return loss;
}
