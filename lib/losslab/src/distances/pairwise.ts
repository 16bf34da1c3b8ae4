/**
 * The distance matrix of a batch: entry (i, j) is D(aᵢ, bⱼ), for every pair at once. Miners read it to
 * pick pairs and triplets, batch losses gather their D(A, P) and D(A, N) from it, and a histogram of
 * positive vs negative distances starts from it.
 *
 * Squared Euclidean is computed exactly, from the differences aᵢ − bⱼ, when the [N, M, d] block of
 * differences has at most `EXACT_PAIRWISE_LIMIT` elements (typical training batches).
 * Larger sets use the expansion ‖a‖² + ‖b‖² − 2a·b (one matrix product, as TensorFlow Addons'
 * `pairwise_distance`), clamped at 0: its absolute error is about 1e-7·(‖a‖² + ‖b‖²) in float32, so two
 * equal rows may come out a hair apart. The diagonal of a batch against itself is exactly 0.
 */
import * as tf from "../tf";
import { checkOneOf, checkOptions, ShapeError, describe, toEmbeddings, type TensorInput } from "../validation";
import { DISTANCES, unitRows, type DistanceName } from "./distance";
import { safeSqrtOf } from "./safe_sqrt";

/** Largest N·M·d computed from explicit differences (4M float32 values, 16 MB). */
export const EXACT_PAIRWISE_LIMIT = 4 * 1024 * 1024;

export interface PairwiseOptions {
  /** A second matrix [M, d]: distances from each row of the first to each of this one. Default: the first (self-distances). */
  other?: TensorInput;
  /** Default "squaredEuclidean" (the triplet loss's D). */
  distance?: DistanceName;
}

function squaredMatrix(a: tf.Tensor2D, b: tf.Tensor2D, exactLimit: number): tf.Tensor2D {
  const [n, d] = a.shape;
  if (n * b.shape[0] * d <= exactLimit) {
    const diff = tf.sub(tf.expandDims(a, 1), tf.expandDims(b, 0));
    return tf.sum(tf.square(diff), 2) as tf.Tensor2D;
  }
  const na = tf.sum(tf.square(a), 1, true);
  const nb = tf.reshape(tf.sum(tf.square(b), 1), [1, -1]);
  return tf.relu(tf.sub(tf.add(na, nb), tf.mul(tf.matMul(a, tf.transpose(b)), 2))) as tf.Tensor2D;
}

/**
 * The distance matrix of validated embeddings, differentiable (no checks; used by miners and batch
 * losses). Without `b`, the batch against itself, diagonal exactly 0.
 */
export function distanceMatrix(name: DistanceName, a: tf.Tensor2D, b?: tf.Tensor2D, exactLimit = EXACT_PAIRWISE_LIMIT): tf.Tensor2D {
  checkOneOf("distanceMatrix", "name", name, DISTANCES);
  return tf.tidy(() => {
    const other = b ?? a;
    let d: tf.Tensor2D;
    if (name === "cosine") {
      d = tf.clipByValue(tf.sub(1, tf.matMul(unitRows(a), tf.transpose(unitRows(other)))), 0, 2) as tf.Tensor2D;
    } else {
      const sq = squaredMatrix(a, other, exactLimit);
      d = name === "euclidean" ? (safeSqrtOf(sq) as tf.Tensor2D) : sq;
    }
    if (b !== undefined || a.shape[0] === 0) return d;
    return tf.mul(d, tf.sub(1, tf.eye(a.shape[0]))) as tf.Tensor2D;
  });
}

/** All distances between the rows of `a` [N, d] (and of `other` [M, d]): an [N, N] (or [N, M]) matrix. */
export function pairwiseDistances(a: TensorInput, options: PairwiseOptions = {}): tf.Tensor2D {
  const fn = "pairwiseDistances";
  checkOptions(fn, options, ["distance?", "other?"]);
  const name = checkOneOf(fn, "distance", options.distance ?? "squaredEuclidean", DISTANCES);
  return tf.tidy(() => {
    const ta = toEmbeddings(fn, "a", a);
    if (options.other === undefined) return distanceMatrix(name, ta);
    const tb = toEmbeddings(fn, "other", options.other);
    if (tb.shape[1] !== ta.shape[1]) {
      throw new ShapeError(fn, "other", `embeddings of the same size d = ${ta.shape[1]} as 'a'`, describe(tb));
    }
    return distanceMatrix(name, ta, tb);
  });
}
