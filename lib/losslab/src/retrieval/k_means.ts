import * as tf from "../tf";
import { Rng } from "../random/rng";
import { ValueError, checkInteger, checkOptions, toEmbeddings, type TensorInput } from "../validation";
import { blockSizeFor } from "./top_k";

export interface KMeansOptions {
  /** Rows to cluster [N, d]. */
  data: TensorInput;
  /** Number of clusters, 1 ≤ k ≤ N. */
  k: number;
  /** Seed of the starting centroids (default 0). */
  seed?: number;
  /** Most Lloyd iterations (default 20, faiss' and pml's). */
  iterations?: number;
  /** Rows per assignment block (default ⌊2²³ / k⌋). */
  blockSize?: number;
}

export interface KMeansResult {
  /** Cluster of each row, 0 … k − 1. */
  assignments: Int32Array;
  /** [k, d] the final centroids (the caller's to dispose). */
  centroids: tf.Tensor2D;
  /** Iterations run. */
  iterations: number;
}

/** Nearest centroid of each row: arg max of 2x·c − ‖c‖², block by block, read back. */
function assign(x: tf.Tensor2D, centroids: tf.Tensor2D, blockSize: number): Int32Array {
  const n = x.shape[0];
  const out = new Int32Array(n);
  const halfNorms = tf.tidy(() => tf.mul(tf.sum(tf.square(centroids), 1), 0.5));
  for (let start = 0; start < n; start += blockSize) {
    const size = Math.min(blockSize, n - start);
    const nearest = tf.tidy(() => tf.argMax(tf.sub(tf.matMul(tf.slice(x, [start, 0], [size, -1]), centroids, false, true), halfNorms), 1));
    out.set(nearest.dataSync(), start);
    nearest.dispose();
  }
  halfNorms.dispose();
  return out;
}

/**
 * Seeded k-means (Lloyd's algorithm) on the device, the clustering behind NMI and AMI in
 * pytorch-metric-learning's AccuracyCalculator (which runs faiss' k-means, 20 iterations, k = the
 * number of classes of the queries). As faiss: the k starting centroids are k distinct rows drawn at
 * random (here by losslab's seeded `Rng`, so a seed gives the same clusters on every backend up to
 * float32 ties), then each iteration assigns every row to its nearest centroid (squared Euclidean, in
 * blocks of rows: memory O(k·blockSize)) and moves each centroid to the mean of its rows; a centroid
 * left without rows stays where it was. Stops after `iterations` or when no assignment changes.
 * faiss' own draws differ, so cluster ids (and, for unclear clusterings, the clusters) differ from
 * pml's; NMI and AMI of clear clusterings agree.
 */
/**
 * Seeded k-means (Lloyd's algorithm, faiss' random start of k distinct rows): `assignments` (the
 * cluster of each row), the final `centroids` [k, d] (the caller's to dispose) and the iterations run
 * (at most `iterations`, default 20; fewer when no assignment changes). Assignment runs in blocks of
 * rows on the device, memory O(k·blockSize).
 */
export function kMeans(options: KMeansOptions): KMeansResult {
  const fn = "kMeans";
  checkOptions(fn, options, ["data", "k", "seed?", "iterations?", "blockSize?"]);
  const seed = checkInteger(fn, "seed", options.seed ?? 0);
  const maxIterations = checkInteger(fn, "iterations", options.iterations ?? 20, { min: 1 });
  const x = tf.tidy(() => toEmbeddings(fn, "data", options.data));
  try {
    const n = x.shape[0];
    if (n === 0) throw new ValueError(fn, "data", "at least one row", "an empty [0, d] matrix");
    const k = checkInteger(fn, "k", options.k, { min: 1, max: n });
    const blockSize = blockSizeFor(fn, options.blockSize, k);
    // k distinct starting rows: a partial Fisher–Yates shuffle of the row indices
    const rng = new Rng(seed);
    const rows = Int32Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = i + rng.int(n - i);
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    let centroids = tf.gather(x, rows.slice(0, k)) as tf.Tensor2D;
    let assignments = assign(x, centroids, blockSize);
    let iterations = 0;
    while (iterations < maxIterations) {
      iterations += 1;
      const previous = centroids;
      centroids = tf.tidy(() => {
        // per-cluster sums by scatterND, which adds rows sent to the same cluster (wasm has no UnsortedSegmentSum)
        const ids = tf.tensor2d(assignments, [n, 1], "int32");
        const sums = tf.scatterND(ids, x, [k, x.shape[1]]);
        const counts = tf.reshape(tf.scatterND(ids, tf.ones([n]), [k]), [k, 1]);
        // an empty cluster keeps its centroid
        return tf.where(tf.greater(counts, 0), tf.div(sums, tf.maximum(counts, 1)), previous) as tf.Tensor2D;
      });
      previous.dispose();
      const next = assign(x, centroids, blockSize);
      const changed = next.some((c, i) => c !== assignments[i]);
      assignments = next;
      if (!changed) break;
    }
    return { assignments, centroids, iterations };
  } finally {
    if (x !== options.data) x.dispose();
  }
}
