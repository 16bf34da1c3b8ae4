/**
 * Every loss of the library as a Keras-style loss for `model.compile({ loss })`: a function
 * `(yTrue, yPred) => Scalar` that tfjs-layers calls once per batch with the targets given to
 * `model.fit` and the model's output. Each factory takes the loss's own options (checked when the
 * factory is called, not at the first batch) and returns a function named after the loss, the name
 * tfjs-layers shows in its logs and `History`.
 *
 * Label forms:
 * - regression losses (MAE, MSE, Huber): targets of the output's shape;
 * - binary and multi-label cross-entropies, sigmoid focal: 0/1 targets of the output's shape;
 * - softmax cross-entropy and softmax focal: one-hot rows [B, C] (`labels: "one-hot"`, the default,
 *   as Keras' `categoricalCrossentropy`) or class indices (`labels: "indices"`, as Keras'
 *   `sparseCategoricalCrossentropy`);
 * - batch triplet and contrastive losses: yPred is the batch's embeddings [B, d] and yTrue its class
 *   labels, as indices or as one-hot rows [B, C].
 * Class indices come as [B] or [B, 1]. `model.fit` checks that targets have the output's declared
 * shape: a margin layer applied to `[features, labels]` declares its class axis unknown, so class
 * indices go to `model.fit` as they are; so does an embedding output ended by `EmbeddingOutput`
 * (which declares the width unknown). A plain embedding output [B, d] needs them as rows repeating
 * the index, `repeatLabels(labels, d)`, which the metric losses also take.
 * The classification losses take logits (the output of a layer without softmax), as
 * `tf.losses.softmaxCrossEntropy` does: keep the softmax out of the model.
 */
import * as tf from "../tf";
import { checkBoolean, checkInteger, checkOneOf, checkOptions, InputTypeError, ShapeError, describe, toTensor, type OptionNames, type TensorInput } from "../validation";
import { meanAbsoluteError } from "../losses/mean_absolute_error";
import { halfSquaredError, meanSquaredError } from "../losses/mean_squared_error";
import { huberLoss, type HuberOptions } from "../losses/huber";
import { binaryCrossEntropy, binaryCrossEntropyWithLogits } from "../losses/binary_cross_entropy";
import { softmaxCrossEntropy } from "../losses/softmax_cross_entropy";
import { multilabelCrossEntropy } from "../losses/multilabel_cross_entropy";
import { sigmoidFocalLoss, softmaxFocalLoss, type SigmoidFocalOptions, type SoftmaxFocalOptions } from "../losses/focal";
import { batchTripletLoss } from "../losses/triplet";
import { batchContrastiveLoss, type ContrastiveForm } from "../losses/contrastive";
import type { DistanceName } from "../distances/distance";
import type { MinerOptions, TripletIndices } from "../miners/types";
import { MetricLossFunction } from "../metric_learning/losses/base";
import { checkTargetsAgree } from "./layer_inputs";

/** A loss as `model.compile` takes it: targets and predictions of one batch to a scalar. */
export type CompileLoss = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Scalar;

/** How class labels come in yTrue: one-hot rows [B, C], or class indices [B] or [B, 1]. */
export type LabelForm = "one-hot" | "indices";
export const LABEL_FORMS: readonly LabelForm[] = ["one-hot", "indices"];

/** The loss function with its name (`fn.name`, which tfjs-layers uses to label it). */
function named(name: string, loss: CompileLoss): CompileLoss {
  Object.defineProperty(loss, "name", { value: name });
  return loss;
}

/** Checks a factory's options (an absent options object means all defaults). */
function factoryOptions<T extends object>(fn: string, options: T | undefined, names: OptionNames): T {
  const given = options ?? ({} as T);
  checkOptions(fn, given, names);
  return given;
}

/**
 * Class indices [B] from yTrue: indices [B] or [B, 1]; rows [B, k] that repeat one label (`repeatLabels`,
 * the form `model.fit` lets through: it checks targets against the output's shape); and, unless
 * `form` is "indices", one-hot rows [B, C]. Read on the CPU (a batch's labels are small).
 */
function classIndices(fn: string, yTrue: tf.Tensor, form: LabelForm | "any"): tf.Tensor1D {
  if (yTrue.rank === 1) return yTrue as tf.Tensor1D;
  if (yTrue.rank === 2 && yTrue.shape[1] === 1) return tf.reshape(yTrue, [-1]) as tf.Tensor1D;
  const expected = `class indices [B] or [B, 1], rows repeating one class index (repeatLabels)${form === "indices" ? "" : " or one-hot rows [B, C]"}`;
  if (yTrue.rank !== 2) throw new ShapeError(fn, "yTrue", expected, describe(yTrue));
  const rows = yTrue.arraySync() as number[][];
  return tf.tensor1d(
    rows.map((row, i) => {
      if (row.every((v) => v === row[0])) return row[0];
      const ones = row.filter((v) => v === 1).length;
      if (form !== "indices" && ones === 1 && row.every((v) => v === 0 || v === 1)) return row.indexOf(1);
      throw new ShapeError(fn, "yTrue", expected, `row ${i} [${row.join(", ")}]`);
    }),
  );
}

/**
 * Targets for `model.fit` from class labels: each label repeated `width` times, [B, width]. tfjs-layers
 * checks that targets have the model output's shape ([B, C] logits, [B, d] embeddings), so class
 * indices go in this form to the losses that take indices (the softmax ones with `labels: "indices"`,
 * the batch triplet and contrastive losses).
 */
export function repeatLabels(labels: TensorInput, width: number): tf.Tensor2D {
  const fn = "repeatLabels";
  const w = checkInteger(fn, "width", width, { min: 1 });
  return tf.tidy(() => {
    const y = toTensor(fn, "labels", labels);
    if (!(y.rank === 1 || (y.rank === 2 && y.shape[1] === 1))) throw new ShapeError(fn, "labels", "class labels [B] or [B, 1]", describe(y));
    return tf.tile(tf.reshape(y, [-1, 1]), [1, w]) as tf.Tensor2D;
  });
}

/** Keras-style mean absolute error: mean |yTrue − yPred| over all elements. */
export function compileMeanAbsoluteError(): CompileLoss {
  return named("meanAbsoluteError", (yTrue, yPred) => meanAbsoluteError({ labels: yTrue, predictions: yPred }) as tf.Scalar);
}

/** Keras-style mean squared error: mean (yTrue − yPred)² over all elements. */
export function compileMeanSquaredError(): CompileLoss {
  return named("meanSquaredError", (yTrue, yPred) => meanSquaredError({ labels: yTrue, predictions: yPred }) as tf.Scalar);
}

/** Keras-style half squared error: mean ½(yTrue − yPred)² (whose gradient is yPred − yTrue). */
export function compileHalfSquaredError(): CompileLoss {
  return named("halfSquaredError", (yTrue, yPred) => halfSquaredError({ labels: yTrue, predictions: yPred }) as tf.Scalar);
}

/** Keras-style Huber loss with threshold `delta` (default 1, as `tf.losses.huberLoss`). */
export function compileHuberLoss(options?: HuberOptions): CompileLoss {
  const fn = "compileHuberLoss";
  const { delta } = factoryOptions(fn, options, ["delta?"]);
  huberLoss({ labels: [0], predictions: [0], delta }).dispose(); // checks delta now, not at the first batch
  return named("huberLoss", (yTrue, yPred) => huberLoss({ labels: yTrue, predictions: yPred, delta }) as tf.Scalar);
}

/**
 * Keras-style binary cross-entropy of 0/1 targets: of logits (`fromLogits: true`, the default, the
 * stable form) or of probabilities in [0, 1] (`fromLogits: false`, after a sigmoid).
 */
export function compileBinaryCrossEntropy(options?: { fromLogits?: boolean }): CompileLoss {
  const fn = "compileBinaryCrossEntropy";
  const given = factoryOptions(fn, options, ["fromLogits?"]);
  const fromLogits = checkBoolean(fn, "fromLogits", given.fromLogits ?? true);
  return named("binaryCrossEntropy", (yTrue, yPred) =>
    (fromLogits ? binaryCrossEntropyWithLogits({ labels: yTrue, logits: yPred }) : binaryCrossEntropy({ labels: yTrue, predictions: yPred })) as tf.Scalar,
  );
}

/** Keras-style multi-label cross-entropy: 0/1 targets [B, C], logits [B, C] (one sigmoid a class). */
export function compileMultilabelCrossEntropy(): CompileLoss {
  return named("multilabelCrossEntropy", (yTrue, yPred) => multilabelCrossEntropy({ labels: yTrue, logits: yPred }) as tf.Scalar);
}

/** Keras-style sigmoid focal loss (γ default 2, α unset) of 0/1 targets and logits. */
export function compileSigmoidFocalLoss(options?: SigmoidFocalOptions): CompileLoss {
  const fn = "compileSigmoidFocalLoss";
  const { gamma, alpha } = factoryOptions(fn, options, ["gamma?", "alpha?"]);
  sigmoidFocalLoss({ labels: [1], logits: [0], gamma, alpha }).dispose();
  return named("sigmoidFocalLoss", (yTrue, yPred) => sigmoidFocalLoss({ labels: yTrue, logits: yPred, gamma, alpha }) as tf.Scalar);
}

/** The labels option of the softmax losses, checked. */
function labelForm(fn: string, value: unknown): LabelForm {
  return checkOneOf(fn, "labels", value ?? "one-hot", LABEL_FORMS);
}

/**
 * yTrue as the softmax losses take it: one-hot [B, C] as it is, class indices flattened to [B]. When
 * yPred is a margin layer's training output, the targets must be the labels that layer was given.
 */
function softmaxLabels(fn: string, yTrue: tf.Tensor, yPred: tf.Tensor, form: LabelForm): tf.Tensor {
  const labels = form === "one-hot" ? yTrue : classIndices(fn, yTrue, "indices");
  checkTargetsAgree(fn, yPred, () => (form === "indices" ? (labels as tf.Tensor1D) : (tf.argMax(yTrue, -1) as tf.Tensor1D)));
  return labels;
}

/**
 * Keras-style softmax cross-entropy of logits [B, C]: Keras' `categoricalCrossentropy` (one-hot
 * labels, the default) and `sparseCategoricalCrossentropy` (`labels: "indices"`), from logits.
 */
export function compileSoftmaxCrossEntropy(options?: { labels?: LabelForm }): CompileLoss {
  const fn = "compileSoftmaxCrossEntropy";
  const form = labelForm(fn, factoryOptions(fn, options, ["labels?"]).labels);
  return named("softmaxCrossEntropy", (yTrue, yPred) =>
    tf.tidy(() => softmaxCrossEntropy({ labels: softmaxLabels(fn, yTrue, yPred, form), logits: yPred }) as tf.Scalar),
  );
}

/** Keras-style softmax focal loss of logits [B, C] (γ default 2; α per class or one number); labels as above. */
export function compileSoftmaxFocalLoss(options?: SoftmaxFocalOptions & { labels?: LabelForm }): CompileLoss {
  const fn = "compileSoftmaxFocalLoss";
  const given = factoryOptions(fn, options, ["gamma?", "alpha?", "labels?"]);
  const form = labelForm(fn, given.labels);
  const { gamma, alpha } = given;
  return named("softmaxFocalLoss", (yTrue, yPred) =>
    tf.tidy(() => softmaxFocalLoss({ labels: softmaxLabels(fn, yTrue, yPred, form), logits: yPred, gamma, alpha }) as tf.Scalar),
  );
}

export interface CompileTripletOptions {
  /** α ≥ 0. @default 1 (TF Addons' TripletSemiHardLoss and TripletHardLoss) */
  margin?: number;
  /** D. @default "euclidean" (TF Addons' "L2"; "squaredEuclidean" is its "squared-L2", "cosine" its "angular") */
  distance?: DistanceName;
  /** Which triplets of each batch to train on, e.g. `mineBatchHard` or `mineSemiHard`. @default every valid triplet (batch-all) */
  miner?: (options: MinerOptions) => TripletIndices;
}

/**
 * Keras-style batch triplet loss: yPred the batch's embeddings [B, d], yTrue their class labels. The
 * triplets are mined in each batch (by `miner`, or all valid ones), so batches should hold several
 * samples of each class (shuffle, and a batch size well above the number of classes).
 *
 * Defaults are TF Addons' Keras triplet losses': margin 1 on the Euclidean distance (TFA's "L2").
 * With `miner: mineSemiHardTfa` it is TFA's `TripletSemiHardLoss`. (`batchTripletLoss` keeps FaceNet's
 * margin 0.2 on squared distances; pml-style `TripletMarginLoss` through `compileMetricLoss` has pml 3's
 * margin 0.2 on L2-normalised embeddings.)
 */
export function compileBatchTripletLoss(options?: CompileTripletOptions): CompileLoss {
  const fn = "compileBatchTripletLoss";
  const given = factoryOptions(fn, options, ["margin?", "distance?", "miner?"]);
  const { miner } = given;
  const margin = given.margin ?? 1;
  const distance = given.distance ?? "euclidean";
  if (miner !== undefined && typeof miner !== "function") throw new InputTypeError(fn, "miner", "a function (a miner such as mineBatchHard)", describe(miner));
  batchTripletLoss({ embeddings: [[0]], labels: [0], margin, distance }).dispose();
  return named("batchTripletLoss", (yTrue, yPred) =>
    tf.tidy(() => {
      const labels = classIndices(fn, yTrue, "any");
      const triplets = miner === undefined ? undefined : miner({ embeddings: yPred, labels, distance });
      return batchTripletLoss({ embeddings: yPred, labels, margin, distance, triplets }) as tf.Scalar;
    }),
  );
}

/** Keras-style batch contrastive loss over every pair of the batch: yPred embeddings [B, d], yTrue class labels. */
export function compileBatchContrastiveLoss(options?: { margin?: number; form?: ContrastiveForm }): CompileLoss {
  const fn = "compileBatchContrastiveLoss";
  const { margin, form } = factoryOptions(fn, options, ["margin?", "form?"]);
  batchContrastiveLoss({ embeddings: [[0], [1]], labels: [0, 1], margin, form }).dispose();
  return named("batchContrastiveLoss", (yTrue, yPred) =>
    tf.tidy(() => batchContrastiveLoss({ embeddings: yPred, labels: classIndices(fn, yTrue, "any"), margin, form }) as tf.Scalar),
  );
}

/**
 * The losses with trainable class vectors that have a layer (`ProxyAnchorLayer`, …, in loss_layers.ts;
 * named here, not imported, so that compileMetricLoss does not pull the layers into a bundle).
 */
export const LOSSES_WITH_LAYERS: readonly string[] = ["ProxyAnchorLoss", "SubCenterArcFaceLoss", "ProxyNCALoss", "SoftTripleLoss"];

/**
 * Any loss of pytorch-metric-learning's design (`loss.forward(embeddings, labels)`: `TripletMarginLoss`,
 * `ContrastiveLoss`, `MultiSimilarityLoss`, `CircleLoss`, `NTXentLoss`, `SupConLoss`, …) as a Keras-style
 * loss: yPred is the batch's embeddings [B, d] and yTrue their class indices, [B], [B, 1], or rows
 * repeating one index (`repeatLabels(labels, d)`). `model.fit` and `model.evaluate` check targets
 * against the model's declared output shape, so end the model in an `EmbeddingOutput` layer (or wrap
 * it: `withEmbeddingOutput(model)`), which declares the embeddings' width unknown: then `fit` takes
 * the class indices [B] or [B, 1] as they are. (`model.fitDataset` does not check targets against the
 * output, and takes them with or without it.) One-hot rows are refused (take `tf.argMax(y, 1)`), and so are losses with trainable weights
 * (`ProxyAnchorLoss`, `SubCenterArcFaceLoss`): `model.fit` trains the model's weights only, so their
 * class vectors would never move; use `ProxyAnchorLayer` / `SubCenterArcFaceLayer`, which own them.
 * The loss is computed in the batches `model.fit` makes: shuffle, with several samples of each class
 * a batch (or batches from `MPerClassSampler`).
 *
 *     const model = tf.sequential({ layers: [tf.layers.dense({ units: 8, inputShape: [20] }), new EmbeddingOutput()] }); // embeddings [B, 8]
 *     model.compile({ optimizer: "adam", loss: compileMetricLoss(new TripletMarginLoss({ margin: 0.1 })) });
 *     const x = tf.randomNormal([64, 20]);
 *     const y = tf.tensor1d(Array.from({ length: 64 }, (_, i) => i % 4)); // class indices [B]
 *     await model.fit(x, y, { epochs: 2, batchSize: 32 });
 *     tf.dispose([x, y]);
 */
export function compileMetricLoss(loss: MetricLossFunction): CompileLoss {
  const fn = "compileMetricLoss";
  if (!(loss instanceof MetricLossFunction)) {
    throw new InputTypeError(fn, "loss", "a loss of the metric-learning toolbox (TripletMarginLoss, ContrastiveLoss, …)", describe(loss));
  }
  const weights = Object.values(loss).filter((v) => v instanceof tf.Variable);
  if (weights.length > 0) {
    const name = loss.fn;
    const layer = LOSSES_WITH_LAYERS.includes(name) ? name.replace(/Loss$/, "Layer") : undefined;
    const instead = layer === undefined ? "train it in a loop of your own (optimizer.minimize over the model's and the loss's weights)" : `use ${layer} in the model instead`;
    throw new InputTypeError(fn, "loss", `a loss without trainable weights (model.fit would not train ${name}'s class vectors: ${instead})`, `${name}, which has trainable weights`);
  }
  return named(loss.fn, (yTrue, yPred) => tf.tidy(() => loss.forward(yPred, metricLabels(fn, yTrue))));
}

/** Class indices [B] from yTrue of a metric loss: [B], [B, 1] or rows repeating one index; one-hot refused. */
function metricLabels(fn: string, yTrue: tf.Tensor): tf.Tensor1D {
  const expected = "class indices [B] or [B, 1], or rows repeating one class index (repeatLabels); for one-hot rows take tf.argMax(y, 1)";
  if (yTrue.rank === 1) return yTrue as tf.Tensor1D;
  if (yTrue.rank !== 2) throw new ShapeError(fn, "yTrue", expected, describe(yTrue));
  if (yTrue.shape[1] === 1) return tf.reshape(yTrue, [-1]) as tf.Tensor1D;
  const rows = yTrue.arraySync() as number[][];
  return tf.tensor1d(
    rows.map((row, i) => {
      if (row.every((v) => v === row[0])) return row[0];
      throw new ShapeError(fn, "yTrue", expected, `row ${i} [${row.join(", ")}]${row.every((v) => v === 0 || v === 1) ? " (one-hot)" : ""}`);
    }),
  );
}
