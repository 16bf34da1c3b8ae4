/**
 * The triplet loss (Schroff, Kalenichenko & Philbin 2015, FaceNet):
 *
 *   L(A, P, N) = max(D(A, P) − D(A, N) + α, 0),   J = Σᵢ L(Aⁱ, Pⁱ, Nⁱ)
 *
 * with D(A, P) = ‖x_a − x_p‖² (squared Euclidean, FaceNet's). An anchor should be closer
 * to its positive than to its negative by at least the margin α; triplets that already are ("easy"
 * triplets) give exactly 0 and no gradient.
 *
 * Options: `distance` "euclidean" (plain ‖x_a − x_p‖, as Hermans et al. 2017 and PyTorch's
 * `TripletMarginLoss`) or "cosine"; `reduction` "sum" is the total J, "mean" (default) divides it by
 * the number of triplets so the learning rate does not depend on the batch size. With no triplet at all
 * the loss is a differentiable zero.
 *
 * Two entry points: `tripletLoss` on three matrices of embeddings (row i of each forms a triplet), and
 * `batchTripletLoss` on one batch with class labels and the triplets a miner chose (default: all valid).
 */
import * as tf from "../tf";
import { DISTANCES, rowDistance, type DistanceName } from "../distances/distance";
import { distanceMatrix } from "../distances/pairwise";
import { allTriplets } from "../miners/batch_all";
import { gatherRows } from "../models/gather_rows";
import { DEFAULT_TRIPLET_MARGIN, type LabelledBatch, type TripletIndices } from "../miners/types";
import {
  checkOneOf,
  checkObject,
  checkOptions,
  checkPairedEmbeddings,
  checkRange,
  checkSameCount,
  toEmbeddings,
  toIndices,
  toLabels,
  ValueError,
  type TensorInput,
} from "../validation";
import { checkReduction, type ReductionOption } from "./inputs";
import { nothingToLearn, reduceLoss, type Reduction } from "./reduction";

interface TripletLossSettings extends ReductionOption {
  /** α ≥ 0 (default 0.2, FaceNet's). */
  margin?: number;
  /** D; default "squaredEuclidean" (FaceNet's). */
  distance?: DistanceName;
  /** "sum" is the total J; "none" gives one loss per triplet. @default "mean" */
  reduction?: Reduction;
}

export interface TripletLossOptions extends TripletLossSettings {
  /** x_a, [N, d]. */
  anchors: TensorInput;
  /** x_p, [N, d]: same class as the anchor of the same row. */
  positives: TensorInput;
  /** x_n, [N, d]: another class. */
  negatives: TensorInput;
}

export interface BatchTripletLossOptions extends TripletLossSettings, LabelledBatch {
  /** Rows forming the triplets, from a miner. Default: every valid triplet of the batch (`allTriplets`). */
  triplets?: TripletIndices;
}

function settings(fn: string, options: TripletLossSettings) {
  return {
    margin: checkRange(fn, "margin", options.margin ?? DEFAULT_TRIPLET_MARGIN, { min: 0 }),
    distance: checkOneOf(fn, "distance", options.distance ?? "squaredEuclidean", DISTANCES),
    reduction: checkReduction(fn, options.reduction),
  };
}

/** max(D(A, P) − D(A, N) + α, 0) for each row, then the reduction. */
function hinge(fn: string, dap: tf.Tensor, dan: tf.Tensor, margin: number, reduction: Reduction): tf.Tensor {
  return reduceLoss(fn, tf.relu(tf.add(tf.sub(dap, dan), margin)), reduction);
}

/** The triplet loss of explicit triplets: row i of `anchors`, `positives`, `negatives` is one triplet. */
export function tripletLoss(options: TripletLossOptions): tf.Tensor {
  const fn = "tripletLoss";
  checkOptions(fn, options, ["anchors", "positives", "negatives", "margin?", "distance?", "reduction?"]);
  const { margin, distance, reduction } = settings(fn, options);
  return tf.tidy(() => {
    const a = toEmbeddings(fn, "anchors", options.anchors);
    const p = toEmbeddings(fn, "positives", options.positives);
    const n = toEmbeddings(fn, "negatives", options.negatives);
    checkPairedEmbeddings(fn, "anchors", a, "positives", p);
    checkPairedEmbeddings(fn, "anchors", a, "negatives", n);
    return hinge(fn, rowDistance(distance, a, p), rowDistance(distance, a, n), margin, reduction);
  });
}

/** Triplet indices checked against a batch of n rows with labels y: valid triplets only. */
function checkTriplets(fn: string, t: unknown, y: Int32Array): TripletIndices {
  checkObject(fn, t, "triplets", "an object { anchors, positives, negatives }");
  const raw = t as TripletIndices;
  const n = y.length;
  const anchors = toIndices(fn, "triplets.anchors", raw.anchors, n);
  const positives = toIndices(fn, "triplets.positives", raw.positives, n);
  const negatives = toIndices(fn, "triplets.negatives", raw.negatives, n);
  checkSameCount(fn, "triplets.anchors", anchors, "triplets.positives", positives);
  checkSameCount(fn, "triplets.anchors", anchors, "triplets.negatives", negatives);
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k];
    const p = positives[k];
    const q = negatives[k];
    if (y[p] !== y[a] || p === a || y[q] === y[a]) {
      throw new ValueError(fn, "triplets", "valid triplets (positive: same label, other row; negative: other label)",
        `(${a}, ${p}, ${q}) with labels (${y[a]}, ${y[p]}, ${y[q]}) at index [${k}]`);
    }
  }
  return { anchors, positives, negatives };
}

/**
 * The triplet loss of a batch: D(A, P) and D(A, N) read from the batch's distance matrix at the
 * triplets' rows (so each pair's distance is computed once however many triplets share it).
 */
export function batchTripletLoss(options: BatchTripletLossOptions): tf.Tensor {
  const fn = "batchTripletLoss";
  checkOptions(fn, options, ["embeddings", "labels", "triplets?", "margin?", "distance?", "reduction?"]);
  const { margin, distance, reduction } = settings(fn, options);
  return tf.tidy(() => {
    const e = toEmbeddings(fn, "embeddings", options.embeddings);
    const n = e.shape[0];
    const y = toLabels(fn, "labels", options.labels, n);
    const t = options.triplets === undefined ? allTriplets(y) : checkTriplets(fn, options.triplets, y);
    if (t.anchors.length === 0) return nothingToLearn(reduction, e);
    const flat = tf.reshape(distanceMatrix(distance, e), [-1]);
    const at = (rows: Int32Array, cols: Int32Array) => gatherRows(flat, rows.map((r, k) => r * n + cols[k]));
    return hinge(fn, at(t.anchors, t.positives), at(t.anchors, t.negatives), margin, reduction);
  });
}
