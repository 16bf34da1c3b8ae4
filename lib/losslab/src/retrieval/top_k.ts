/**
 * The k nearest references of every query, computed in blocks of queries on the device: for each
 * block of B queries the [B, M] scores against the M references, the query itself left out when the
 * queries are their own references, and `tf.topk`; the block's tensors are freed before the next.
 * Memory is O(B·M) whatever the number of queries Q (the full [Q, M] matrix is never built), so 60,000
 * queries against 60,000 references at B = 139 hold about 33 MB of scores at a time.
 *
 * Scores are similarities as they are, distances negated (larger is nearer); ties go to the lower
 * reference index, as `tf.topk` orders them.
 */
import * as tf from "../tf";
import type { DistanceMeasure } from "../distances/measures";
import { checkInteger } from "../validation";

/** Default score elements per block: B = max(1, ⌊2²³ / M⌋) queries (32 MB of float32 scores). */
export const RETRIEVAL_BLOCK_ELEMENTS = 2 ** 23;

/** Queries per block: `blockSize` if given (checked), else ⌊RETRIEVAL_BLOCK_ELEMENTS / M⌋, at least 1. */
export function blockSizeFor(fn: string, blockSize: unknown, references: number): number {
  if (blockSize !== undefined) return checkInteger(fn, "blockSize", blockSize, { min: 1 });
  return Math.max(1, Math.floor(RETRIEVAL_BLOCK_ELEMENTS / Math.max(references, 1)));
}

export interface NeighbourBlocks {
  /** Validated query embeddings [Q, d]. */
  query: tf.Tensor2D;
  /** Validated reference embeddings [M, d]; the queries themselves when `selfIncluded`. */
  reference: tf.Tensor2D;
  /** The queries are the references: query i never has itself (reference i) as a neighbour. */
  selfIncluded: boolean;
  distance: DistanceMeasure;
  /** Neighbours per query, 1 ≤ k ≤ M (− 1 when selfIncluded). */
  k: number;
  blockSize: number;
}

/**
 * Calls `visit(start, indices, scores)` for each block of queries [start, start + B): `indices` [B, k]
 * int32 reference rows nearest first, `scores` [B, k]. Both are freed after `visit` returns (it runs in
 * a `tf.tidy`): read them back or `tf.keep` what must outlive the block.
 */
export function forEachNeighbourBlock(spec: NeighbourBlocks, visit: (start: number, indices: tf.Tensor2D, scores: tf.Tensor2D) => void): void {
  const { query, reference, selfIncluded, distance, k, blockSize } = spec;
  const [q, m] = [query.shape[0], reference.shape[0]];
  for (let start = 0; start < q; start += blockSize) {
    const size = Math.min(blockSize, q - start);
    tf.tidy(() => {
      const block = tf.slice(query, [start, 0], [size, -1]);
      const mat = distance.matrix(block, reference);
      const score = distance.isInverted ? mat : tf.neg(mat);
      if (!selfIncluded) {
        const { values, indices } = tf.topk(score, k);
        visit(start, indices as tf.Tensor2D, values as tf.Tensor2D);
        return;
      }
      // the k best other references: the k + 1 best, less the query itself where it is among them (the
      // same k, in the same order, as masking it out of the [B, M] scores, without four more passes over them)
      const { values, indices } = tf.topk(score, Math.min(k + 1, m));
      const self = tf.cast(tf.equal(indices, tf.reshape(tf.range(start, start + size, 1, "int32"), [size, 1])), "int32");
      // p = the position of the query in its row (k + 1 when absent); output j comes from j, or j + 1 from p on
      const before = tf.sum(tf.sub(1, tf.cumsum(self, 1)), 1, true);
      const j = tf.reshape(tf.range(0, k, 1, "int32"), [1, k]);
      const width = indices.shape[1];
      const source = tf.add(j, tf.cast(tf.greaterEqual(j, before), "int32"));
      // flat positions row·width + source (wasm's gather with batch dimensions reads wrong rows)
      const flat = tf.reshape(tf.add(source, tf.mul(tf.reshape(tf.range(0, size, 1, "int32"), [size, 1]), tf.scalar(width, "int32"))), [-1]);
      const pick = (t: tf.Tensor) => tf.reshape(tf.gather(tf.reshape(t, [-1]), flat), [size, k]) as tf.Tensor2D;
      visit(start, pick(indices), pick(values));
    });
  }
}
