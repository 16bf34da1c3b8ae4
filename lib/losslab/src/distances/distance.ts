/**
 * Distances between matching rows of two embedding matrices [N, d] → [N]: the D(·,·) of the
 * contrastive and triplet losses. Like pytorch-metric-learning's `distances/`, a loss or a miner takes
 * the distance by name, so one formula serves all three.
 *
 * - squared Euclidean ‖a − b‖²: D(A, P) = ‖x_a − x_p‖² of the triplet loss and the contrastive loss;
 * - Euclidean ‖a − b‖, through `safeSqrt` (gradient 0, not NaN, for identical rows);
 * - cosine distance 1 − cos(a, b) in [0, 2]; a zero vector has cosine 0 with everything (distance 1):
 *   squared norms are clamped at ε = 1e-12 (norms at 1e-6), as PyTorch's `cosine_similarity` does.
 */
import * as tf from "../tf";
import { checkOneOf, checkPairedEmbeddings, toEmbeddings, type TensorInput } from "../validation";
import { safeSqrtOf } from "./safe_sqrt";

export type DistanceName = "euclidean" | "squaredEuclidean" | "cosine";
export const DISTANCES: readonly DistanceName[] = ["euclidean", "squaredEuclidean", "cosine"];

/** Clamp of squared norms in the cosine: rows shorter than √ε = 1e-6 count as that long. */
export const COSINE_EPSILON = 1e-12;

/** Rows scaled to unit length (a zero row stays zero). No checks: for validated tensors. */
export function unitRows(x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.mul(x, tf.rsqrt(tf.maximum(tf.sum(tf.square(x), 1, true), COSINE_EPSILON))));
}

/** The row-wise distance of validated [N, d] tensors, without checks (used by losses and miners). */
export function rowDistance(name: DistanceName, a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor1D {
  // the name only (no tensor read): an unknown one must not fall through to squared Euclidean
  checkOneOf("rowDistance", "name", name, DISTANCES);
  return tf.tidy(() => {
    if (name === "cosine") return tf.sub(1, tf.sum(tf.mul(unitRows(a), unitRows(b)), 1)) as tf.Tensor1D;
    const squared = tf.sum(tf.square(tf.sub(a, b)), 1) as tf.Tensor1D;
    return name === "euclidean" ? (safeSqrtOf(squared) as tf.Tensor1D) : squared;
  });
}

function rowwise(fn: string, name: DistanceName | "similarity", a: TensorInput, b: TensorInput): tf.Tensor1D {
  return tf.tidy(() => {
    const ta = toEmbeddings(fn, "a", a);
    const tb = toEmbeddings(fn, "b", b);
    checkPairedEmbeddings(fn, "a", ta, "b", tb);
    if (name === "similarity") return tf.sub(1, rowDistance("cosine", ta, tb));
    return rowDistance(name, ta, tb);
  });
}

/** ‖aᵢ − bᵢ‖ for each row i of two [N, d] matrices; gradient 0 where the rows are equal. */
export function euclideanDistance(a: TensorInput, b: TensorInput): tf.Tensor1D {
  return rowwise("euclideanDistance", "euclidean", a, b);
}

/** ‖aᵢ − bᵢ‖² for each row i of two [N, d] matrices (the triplet loss's D). */
export function squaredEuclideanDistance(a: TensorInput, b: TensorInput): tf.Tensor1D {
  return rowwise("squaredEuclideanDistance", "squaredEuclidean", a, b);
}

/** 1 − cos(aᵢ, bᵢ) for each row i, in [0, 2]; 1 when either row is zero. */
export function cosineDistance(a: TensorInput, b: TensorInput): tf.Tensor1D {
  return rowwise("cosineDistance", "cosine", a, b);
}

/** cos(aᵢ, bᵢ) = aᵢ·bᵢ / (‖aᵢ‖‖bᵢ‖) for each row i, in [−1, 1]; 0 when either row is zero. */
export function cosineSimilarity(a: TensorInput, b: TensorInput): tf.Tensor1D {
  return rowwise("cosineSimilarity", "similarity", a, b);
}

/** The row-wise distance chosen by name: `distance(a, b, "cosine")`. */
export function distance(a: TensorInput, b: TensorInput, name: DistanceName = "squaredEuclidean"): tf.Tensor1D {
  checkOneOf("distance", "name", name, DISTANCES);
  return rowwise("distance", name, a, b);
}
