import * as tf from "../tf";
import { CosineSimilarity, toMeasure, type DistanceMeasure } from "../distances/measures";
import { ShapeError, checkInteger, checkOptions, describe, toEmbeddings, type TensorInput } from "../validation";
import { blockSizeFor, forEachNeighbourBlock } from "./top_k";

export interface SearchOptions {
  /** Default `new CosineSimilarity()`. */
  distance?: DistanceMeasure;
  /** Queries per block (default ⌊2²³ / M⌋, at least 1); the results do not depend on it. */
  blockSize?: number;
}

export interface SearchResult {
  /** [Q, k] int32: the rows of `references` nearest each query, nearest first. */
  indices: tf.Tensor2D;
  /** [Q, k] the similarities of those rows, for a similarity measure (`isInverted`). */
  similarities?: tf.Tensor2D;
  /** [Q, k] their distances, for a distance measure. */
  distances?: tf.Tensor2D;
}

/**
 * `search(queries, references, k)`: the k nearest references of each query, for applications
 * (similar-item lookup, face identification against a gallery), in blocks of queries on the device
 * (memory O(M·blockSize), see `top_k.ts`).
 *
 * Returns `indices` [Q, k] (int32 rows of `references`, nearest first; ties to the lower row) and, by
 * the measure's kind, `similarities` [Q, k] (default `CosineSimilarity`, larger is nearer) or
 * `distances` [Q, k] (e.g. `new LpDistance()`, smaller is nearer). The tensors are the caller's to
 * dispose.
 *
 *     const { indices, similarities } = search(queryEmbeddings, galleryEmbeddings, 5);
 */
/**
 * The k nearest `references` [M, d] of each of the `queries` [Q, d], nearest first, computed in blocks
 * of queries on the device (memory O(M·blockSize)): `{ indices, similarities }` for a similarity
 * measure (default `CosineSimilarity`), `{ indices, distances }` for a distance; [Q, k] tensors the
 * caller disposes. Ties go to the lower reference row.
 *
 *     const { indices, similarities } = search(queryEmbeddings, galleryEmbeddings, 5);
 */
export function search(queries: TensorInput, references: TensorInput, k: number, options: SearchOptions = {}): SearchResult {
  const fn = "search";
  checkOptions(fn, options, ["distance?", "blockSize?"]);
  const distance = toMeasure(fn, options.distance, () => new CosineSimilarity());
  const parts: { indices: tf.Tensor[]; scores: tf.Tensor[] } = { indices: [], scores: [] };
  try {
    return tf.tidy(() => {
      const q = toEmbeddings(fn, "queries", queries);
      const r = toEmbeddings(fn, "references", references);
      if (r.shape[1] !== q.shape[1]) throw new ShapeError(fn, "references", `embeddings of the same size d = ${q.shape[1]} as 'queries'`, describe(r));
      const count = checkInteger(fn, "k", k, { min: 1, max: Math.max(r.shape[0], 1) });
      if (r.shape[0] === 0) throw new ShapeError(fn, "references", "at least one reference embedding", describe(r));
      const blockSize = blockSizeFor(fn, options.blockSize, r.shape[0]);
      forEachNeighbourBlock({ query: q, reference: r, selfIncluded: false, distance, k: count, blockSize }, (_start, indices, scores) => {
        parts.indices.push(tf.keep(indices));
        parts.scores.push(tf.keep(scores));
      });
      const indices = (q.shape[0] === 0 ? tf.zeros([0, count], "int32") : tf.concat(parts.indices, 0)) as tf.Tensor2D;
      const scores = (q.shape[0] === 0 ? tf.zeros([0, count]) : tf.concat(parts.scores, 0)) as tf.Tensor2D;
      return distance.isInverted ? { indices, similarities: scores } : { indices, distances: tf.neg(scores) as tf.Tensor2D };
    });
  } finally {
    tf.dispose([...parts.indices, ...parts.scores]);
  }
}
