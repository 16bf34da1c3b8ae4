import * as tf from "../../tf";
import { DistanceMeasure, toMeasure } from "../../distances/measures";
import { isPairTuple, allPairsIndices, tripletsToPairs, pairsToTriplets, allTripletsIndices, toIndicesTuple, type IndicesTuple, type IndicesTupleInput, type PairTuple, type TripletTuple } from "../../miners/indices_tuple";
import { Reducer, toReducer, type LossTerm } from "../../reducers/reducers";
import { gatherRows } from "../../models/gather_rows";
import { BaseRegularizer, toRegularizer } from "../../regularizers/regularizers";
import { checkReferences } from "../../miners/base_miner";
import { InputTypeError, checkOptions, checkRange, describe, type OptionNames, type TensorInput } from "../../validation";

export interface MetricLossOptions {
  /** The measure the loss compares embeddings with (each loss has pml's default). */
  distance?: DistanceMeasure;
  /** How per-element losses become one number (each loss has pml's default). */
  reducer?: Reducer;
  /** A regularizer of the batch's embeddings, added to the loss (pml's `embedding_regularizer`; default none). */
  embeddingRegularizer?: BaseRegularizer;
  /** Its weight (default 1). */
  embeddingRegWeight?: number;
}

/** The checked inputs of one call. */
export interface LossBatch {
  embeddings: tf.Tensor2D;
  labels: Int32Array;
  /** The caller's indices tuple, checked and copied (undefined: the loss's default, all pairs or triplets). */
  tuple?: IndicesTuple;
  /**
   * Reference embeddings [M, d] and their labels (pml's `ref_emb`/`ref_labels`, e.g. a
   * `CrossBatchMemory` bank): anchors are rows of the batch, positives and negatives rows of these.
   */
  ref?: { embeddings: tf.Tensor2D; labels: Int32Array };
}

/**
 * What the losses of pytorch-metric-learning's design share: `loss.forward(embeddings, labels,
 * indicesTuple?)` checks its arguments, computes one or more sub-losses (per-element values with
 * their reduction type), reduces each with the loss's reducer and adds them (pml's
 * `MultipleReducers`). A batch with nothing to learn from gives a differentiable zero.
 */
export abstract class MetricLossFunction {
  readonly distance: DistanceMeasure;
  readonly reducer: Reducer;
  readonly embeddingRegularizer?: BaseRegularizer;
  readonly embeddingRegWeight: number;

  protected constructor(readonly fn: string, options: MetricLossOptions, names: OptionNames, defaults: { distance: () => DistanceMeasure; reducer: () => Reducer }) {
    checkOptions(fn, options, ["distance?", "reducer?", "embeddingRegularizer?", "embeddingRegWeight?", ...names]);
    this.distance = toMeasure(fn, options.distance, defaults.distance);
    this.reducer = toReducer(fn, "reducer", options.reducer, defaults.reducer);
    this.embeddingRegularizer = toRegularizer(fn, "embeddingRegularizer", options.embeddingRegularizer);
    this.embeddingRegWeight = checkRange(fn, "embeddingRegWeight", options.embeddingRegWeight ?? 1, {});
  }

  /**
   * Sub-losses that are already one number (pml's "already_reduced": a weight regularizer, MarginLoss's
   * β term), added after the reduction.
   */
  protected reducedTerms(_batch: LossBatch): tf.Scalar[] {
    return [];
  }

  /** Checks of the batch beyond shapes (e.g. labels as class indices); called before any computation. */
  protected checkBatch(_batch: LossBatch): void {}

  /** The sub-losses of a checked batch; an empty list means nothing to learn from. */
  protected abstract terms(batch: LossBatch): LossTerm[];

  /**
   * Whether the loss takes reference embeddings (pml's losses that `CrossBatchMemory` supports); the
   * others refuse `refEmbeddings`, as pml's `ref_not_supported`.
   */
  get acceptsReferences(): boolean {
    return false;
  }

  /** Tensors the zero loss of an empty batch must stay connected to (besides the embeddings). */
  protected parameters(): tf.Tensor[] {
    return [];
  }

  /**
   * The loss of a batch: `embeddings` [N, d], one class label per row, and optionally the pairs or
   * triplets a miner chose (pml's `indices_tuple`; default: all of them), and reference embeddings
   * [M, d] with their labels (pml's `ref_emb`/`ref_labels`; then pairs are (batch row, reference
   * row), the tuple's positives and negatives index the references, and i = j is a pair too).
   */
  forward(embeddings: TensorInput, labels: TensorInput | Int32Array, indicesTuple?: IndicesTupleInput, refEmbeddings?: TensorInput, refLabels?: TensorInput | Int32Array): tf.Scalar {
    const fn = this.fn;
    return tf.tidy(() => {
      const { e, y, r, ry, self } = checkReferences(fn, embeddings, labels, refEmbeddings, refLabels);
      if (!self && !this.acceptsReferences) throw new InputTypeError(fn, "refEmbeddings", "no reference embeddings (this loss compares the batch with itself or its class vectors, as in pml)", describe(refEmbeddings));
      const tuple = indicesTuple === undefined ? undefined : toIndicesTuple(fn, indicesTuple, e.shape[0], r.shape[0]);
      const batch: LossBatch = { embeddings: e, labels: y, tuple, ref: self ? undefined : { embeddings: r, labels: ry } };
      this.checkBatch(batch);
      const terms = this.terms(batch);
      const connect = [e, ...(self ? [] : [r]), ...this.parameters()];
      const reduced = terms.map((t) => this.reducer.reduce({ ...t, labels: y }, ...connect));
      if (reduced.length === 0) reduced.push(this.reducer.reduce({ losses: tf.zeros([0]) as tf.Tensor1D, type: "element", batchSize: 0 }, ...connect));
      reduced.push(...this.reducedTerms(batch));
      if (this.embeddingRegularizer !== undefined) reduced.push(tf.mul(this.embeddingRegularizer.compute(e), this.embeddingRegWeight) as tf.Scalar);
      return (reduced.length === 1 ? reduced[0] : tf.addN(reduced)) as tf.Scalar;
    });
  }
}

/** The [N, M] matrix of a batch against its references (the batch itself without any). */
export function matrixOf(loss: MetricLossFunction, batch: LossBatch): tf.Tensor2D {
  return loss.distance.matrix(batch.embeddings, batch.ref?.embeddings);
}

/** The number of reference rows M (N without references). */
export function refRows(batch: LossBatch): number {
  return batch.ref === undefined ? batch.labels.length : batch.ref.labels.length;
}

/** The pairs of a batch: the caller's (triplets split into pairs) or every pair. */
export function pairsOf(batch: LossBatch): PairTuple {
  if (batch.tuple === undefined) return allPairsIndices(batch.labels, batch.ref?.labels);
  return isPairTuple(batch.tuple) ? batch.tuple : tripletsToPairs(batch.tuple);
}

/** The triplets of a batch: the caller's (pairs joined per anchor) or every valid triplet. */
export function tripletsOf(batch: LossBatch): TripletTuple {
  if (batch.tuple === undefined) return allTripletsIndices(batch.labels, batch.ref?.labels);
  return isPairTuple(batch.tuple) ? pairsToTriplets(batch.tuple) : batch.tuple;
}

/** pml's guard of its pair losses: with at most one entry in every list, the loss is zero. */
export function tooFewPairs(t: PairTuple): boolean {
  return [t.a1, t.p, t.a2, t.n].every((x) => x.shape[0] <= 1);
}

/** mat[rows[k], cols[k]] for each k (differentiable, runs on wasm). */
export function entries(mat: tf.Tensor2D, rows: tf.Tensor1D, cols: tf.Tensor1D): tf.Tensor1D {
  const flatIndex = tf.add(tf.mul(rows, tf.scalar(mat.shape[1], "int32")), cols) as tf.Tensor1D;
  return gatherRows(tf.reshape(mat, [-1]) as tf.Tensor1D, flatIndex);
}

/** How many times each cell (rows[k], cols[k]) is listed: an [n, m] matrix of counts (a constant). */
export function cellCounts(rows: tf.Tensor1D, cols: tf.Tensor1D, n: number, m = n): tf.Tensor2D {
  if (rows.shape[0] === 0) return tf.zeros([n, m]);
  return tf.scatterND(tf.stack([rows, cols], 1), tf.ones([rows.shape[0]]), [n, m]) as tf.Tensor2D;
}

/** 1 where a cell is listed at least once, else 0 (pml's `pos_mask[a1, p] = 1`). */
export function cellMask(rows: tf.Tensor1D, cols: tf.Tensor1D, n: number, m = n): tf.Tensor2D {
  return tf.minimum(cellCounts(rows, cols, n, m), 1) as tf.Tensor2D;
}

/** The most negative float32, pml's `neg_inf` fill of masked-out entries. */
export const NEG_INF = -3.4028234663852886e38;

/**
 * pml's `logsumexp(x, keep_mask, add_one, dim)`: log Σ exp over the entries kept by `mask` (0/1) along
 * `axis`, with an extra exp(0) term when `addOne`; 0 where a row keeps nothing. Keeps the axis.
 */
export function maskedLogSumExp(x: tf.Tensor2D, mask: tf.Tensor2D, addOne: boolean, axis: 0 | 1): tf.Tensor2D {
  const kept = tf.greater(mask, 0);
  let masked: tf.Tensor2D = tf.where(kept, x, tf.fill(x.shape, NEG_INF)) as tf.Tensor2D;
  if (addOne) {
    const zerosShape: [number, number] = axis === 1 ? [x.shape[0], 1] : [1, x.shape[1]];
    masked = tf.concat([masked, tf.zeros(zerosShape)], axis);
  }
  const out = tf.logSumExp(masked, axis, true) as tf.Tensor2D;
  const any = tf.greater(tf.sum(mask, axis, true), 0);
  return tf.where(any, out, tf.zerosLike(out)) as tf.Tensor2D;
}
