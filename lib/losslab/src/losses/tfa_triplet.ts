/**
 * TensorFlow Addons' `triplet_semihard_loss` and `triplet_hard_loss`, computed as TFA computes them:
 * masked minima and maxima of the batch's distance matrix, all on the device (nothing read back).
 *
 * - semi-hard: for every positive pair (a, p), a ≠ p, the closest negative with D(a, n) > D(a, p), or
 *   the anchor's farthest negative when none is farther (D = 0 for an anchor without negatives);
 *   loss = Σ max(margin + D(a, p) − D(a, n), 0) / (number of positive pairs);
 * - hard: per anchor, the farthest positive and the closest negative (0 for an anchor without
 *   positives, TFA's masked maximum), loss = mean over all N anchors of max(d⁺ − d⁻ + margin, 0), or
 *   log(1 + e^{d⁺ − d⁻}) with `soft`.
 *
 * `distanceMetric` takes TFA's names and default: "L2" (the default) is the Euclidean distance ‖a − b‖
 * (TFA's `pairwise_distance(squared=False)`, gradient 0 at identical rows), "squared-L2" the squared
 * Euclidean distance, "angular" 1 − cos. (losslab before 0.2 named them "L_1" for the Euclidean and
 * "L_2", its default, for the squared distance; those names are refused with the TFA name to use.)
 * Margin 1.0 by default, TFA's.
 */
import * as tf from "../tf";
import { withoutGradient } from "../angular/no_gradient";
import { distanceMatrix } from "../distances/pairwise";
import { labelMasks } from "../miners/triplet_margin_miner";
import { ValueError, checkBoolean, checkOneOf, checkOptions, checkRange, describe, toEmbeddings, toLabels, type TensorInput } from "../validation";
import { differentiableZero } from "./reduction";

export type TfaDistanceMetric = "L2" | "squared-L2" | "angular";
export const TFA_DISTANCE_METRICS: readonly TfaDistanceMetric[] = ["L2", "squared-L2", "angular"];
const TFA_DISTANCE = { L2: "euclidean", "squared-L2": "squaredEuclidean", angular: "cosine" } as const;
/** losslab's former names, refused with the TFA name meaning the same distance. */
const FORMER_NAMES: Record<string, TfaDistanceMetric> = { L_2: "squared-L2", L_1: "L2" };

/** TFA's distance name; a former losslab name is refused with the one to use instead. */
export function checkTfaDistanceMetric(fn: string, value: unknown): TfaDistanceMetric {
  if (typeof value === "string" && value in FORMER_NAMES) {
    const instead = FORMER_NAMES[value];
    const meaning = instead === "L2" ? "the Euclidean distance" : "the squared Euclidean distance";
    throw new ValueError(fn, "distanceMetric", `one of TF Addons' names "L2" (Euclidean, the default), "squared-L2", "angular" (did you mean "${instead}"? losslab's former ${describe(value)} meant ${meaning})`, describe(value));
  }
  return checkOneOf(fn, "distanceMetric", value, TFA_DISTANCE_METRICS);
}

export interface TfaTripletOptions {
  embeddings: TensorInput;
  labels: TensorInput | Int32Array;
  /** Default 1 (TFA's). */
  margin?: number;
  /** "L2" (Euclidean, the default, TFA's), "squared-L2" or "angular". */
  distanceMetric?: TfaDistanceMetric;
}

/** TFA's _masked_minimum / _masked_maximum along axis 1 (keep dims): the extreme over mask = 1, or the row's opposite extreme + 0 when empty. */
function maskedMinimum(data: tf.Tensor2D, mask: tf.Tensor2D): tf.Tensor2D {
  const axisMax = tf.max(data, 1, true);
  return tf.add(tf.min(tf.mul(tf.sub(data, axisMax), mask), 1, true), axisMax) as tf.Tensor2D;
}

function maskedMaximum(data: tf.Tensor2D, mask: tf.Tensor2D): tf.Tensor2D {
  const axisMin = tf.min(data, 1, true);
  return tf.add(tf.max(tf.mul(tf.sub(data, axisMin), mask), 1, true), axisMin) as tf.Tensor2D;
}

function hasPositivePair(y: Int32Array): boolean {
  return new Set(y).size < y.length;
}

function prepare(fn: string, options: TfaTripletOptions, extra: string[] = []) {
  checkOptions(fn, options, ["embeddings", "labels", "margin?", "distanceMetric?", ...extra]);
  const margin = checkRange(fn, "margin", options.margin ?? 1, { min: 0 });
  const metric = checkTfaDistanceMetric(fn, options.distanceMetric ?? "L2");
  return { margin, distance: TFA_DISTANCE[metric] };
}

/** TFA's `triplet_semihard_loss` (tfa.losses.TripletSemiHardLoss). */
export function tfaTripletSemiHardLoss(options: TfaTripletOptions): tf.Scalar {
  const fn = "tfaTripletSemiHardLoss";
  const { margin, distance } = prepare(fn, options);
  return tf.tidy(() => {
    const e = toEmbeddings(fn, "embeddings", options.embeddings);
    const n = e.shape[0];
    const y = toLabels(fn, "labels", options.labels, n);
    const { positives, negatives } = labelMasks(y);
    // TFA divides by the number of positive pairs (NaN when there is none); a batch without any is a zero here
    if (!hasPositivePair(y)) return differentiableZero(e);
    const pdist = distanceMatrix(distance, e);
    // row a·n + p of the tile holds D(a', ·) against D(a, p): mask[p·n + a, k] = negative(a, k) and D(a, k) > D(a, p)
    const tile = tf.tile(pdist, [n, 1]) as tf.Tensor2D;
    // which negatives are farther, and whether any is, are constants of the gradient (comparisons have none)
    const fartherOf = (d: tf.Tensor) => tf.mul(tf.tile(negatives, [n, 1]), tf.cast(tf.greater(tf.tile(d, [n, 1]), tf.reshape(tf.transpose(d), [-1, 1])), "float32"));
    const farther = withoutGradient(pdist, fartherOf);
    const anyFarther = withoutGradient(pdist, (d) => tf.transpose(tf.reshape(tf.cast(tf.greater(tf.sum(fartherOf(d), 1), 0), "float32"), [n, n])));
    const outside = tf.transpose(tf.reshape(maskedMinimum(tile, farther as tf.Tensor2D), [n, n]));
    const inside = tf.tile(maskedMaximum(pdist, negatives), [1, n]);
    const semiHard = tf.add(tf.mul(anyFarther, outside), tf.mul(tf.sub(1, anyFarther), inside));
    const lossMat = tf.add(tf.sub(pdist, semiHard), margin);
    return tf.div(tf.sum(tf.relu(tf.mul(lossMat, positives))), tf.sum(positives)) as tf.Scalar;
  });
}

/** TFA's `triplet_hard_loss` (tfa.losses.TripletHardLoss). */
export function tfaTripletHardLoss(options: TfaTripletOptions & { soft?: boolean }): tf.Scalar {
  const fn = "tfaTripletHardLoss";
  const { margin, distance } = prepare(fn, options, ["soft?"]);
  const soft = checkBoolean(fn, "soft", options.soft ?? false);
  return tf.tidy(() => {
    const e = toEmbeddings(fn, "embeddings", options.embeddings);
    const n = e.shape[0];
    const y = toLabels(fn, "labels", options.labels, n);
    if (n === 0) return differentiableZero(e);
    const pdist = distanceMatrix(distance, e);
    const { positives, negatives } = labelMasks(y);
    const gap = tf.sub(maskedMaximum(pdist, positives), maskedMinimum(pdist, negatives));
    return tf.mean(soft ? tf.log1p(tf.exp(gap)) : tf.relu(tf.add(gap, margin))) as tf.Scalar;
  });
}
