/**
 * What the losses of pytorch-metric-learning's design share: `loss.forward(embeddings, labels,
 * indicesTuple?)` checks its arguments, computes one or more sub-losses (per-element values with
 * their reduction type), reduces each with the loss's reducer and adds them (pml's
 * `MultipleReducers`). A batch with nothing to learn from gives a differentiable zero.
 */
import * as tf from "@tensorflow/tfjs";
import { DistanceMeasure } from "../../distances/measures";
import { type IndicesTuple, type IndicesTupleInput, type PairTuple, type TripletTuple } from "../../miners/indices_tuple";
import { Reducer, type LossTerm } from "../../reducers/reducers";
import { type OptionNames, type TensorInput } from "../../validation";
export interface MetricLossOptions {
    /** The measure the loss compares embeddings with (each loss has pml's default). */
    distance?: DistanceMeasure;
    /** How per-element losses become one number (each loss has pml's default). */
    reducer?: Reducer;
}
/** The checked inputs of one call. */
export interface LossBatch {
    embeddings: tf.Tensor2D;
    labels: Int32Array;
    /** The caller's indices tuple, checked and copied (undefined: the loss's default, all pairs or triplets). */
    tuple?: IndicesTuple;
}
export declare abstract class MetricLossFunction {
    readonly fn: string;
    readonly distance: DistanceMeasure;
    readonly reducer: Reducer;
    protected constructor(fn: string, options: MetricLossOptions, names: OptionNames, defaults: {
        distance: () => DistanceMeasure;
        reducer: () => Reducer;
    });
    /** Checks of the batch beyond shapes (e.g. labels as class indices); called before any computation. */
    protected checkBatch(_batch: LossBatch): void;
    /** The sub-losses of a checked batch; an empty list means nothing to learn from. */
    protected abstract terms(batch: LossBatch): LossTerm[];
    /** Tensors the zero loss of an empty batch must stay connected to (besides the embeddings). */
    protected parameters(): tf.Tensor[];
    /**
     * The loss of a batch: `embeddings` [N, d], one class label per row, and optionally the pairs or
     * triplets a miner chose (pml's `indices_tuple`; default: all of them).
     */
    forward(embeddings: TensorInput, labels: TensorInput | Int32Array, indicesTuple?: IndicesTupleInput): tf.Scalar;
}
/** The pairs of a batch: the caller's (triplets split into pairs) or every pair. */
export declare function pairsOf(batch: LossBatch): PairTuple;
/** The triplets of a batch: the caller's (pairs joined per anchor) or every valid triplet. */
export declare function tripletsOf(batch: LossBatch): TripletTuple;
/** pml's guard of its pair losses: with at most one entry in every list, the loss is zero. */
export declare function tooFewPairs(t: PairTuple): boolean;
/** mat[rows[k], cols[k]] for each k (differentiable, runs on wasm). */
export declare function entries(mat: tf.Tensor2D, rows: tf.Tensor1D, cols: tf.Tensor1D): tf.Tensor1D;
/** How many times each cell (rows[k], cols[k]) is listed: an [n, m] matrix of counts (a constant). */
export declare function cellCounts(rows: tf.Tensor1D, cols: tf.Tensor1D, n: number, m?: number): tf.Tensor2D;
/** 1 where a cell is listed at least once, else 0 (pml's `pos_mask[a1, p] = 1`). */
export declare function cellMask(rows: tf.Tensor1D, cols: tf.Tensor1D, n: number, m?: number): tf.Tensor2D;
/** The most negative float32, pml's `neg_inf` fill of masked-out entries. */
export declare const NEG_INF = -3.4028234663852886e+38;
/**
 * pml's `logsumexp(x, keep_mask, add_one, dim)`: log Σ exp over the entries kept by `mask` (0/1) along
 * `axis`, with an extra exp(0) term when `addOne`; 0 where a row keeps nothing. Keeps the axis.
 */
export declare function maskedLogSumExp(x: tf.Tensor2D, mask: tf.Tensor2D, addOne: boolean, axis: 0 | 1): tf.Tensor2D;
//# sourceMappingURL=base.d.ts.map