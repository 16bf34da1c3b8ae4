/**
 * Reducers, pytorch-metric-learning's `pml.reducers`: a loss computes one value per element (sample,
 * pair or triplet) and a reducer turns them into the number that is minimised. Every reducer here is
 * computed on the device (a masked mean, not a filtered copy), so reducing reads nothing back.
 *
 * - `new MeanReducer()`, `new SumReducer()`;
 * - `new AvgNonZeroReducer()`: the mean over the losses > 0 (pml's default for the contrastive and
 *   triplet losses: easy pairs and triplets, which give 0, do not dilute the mean); 0 if none;
 * - `new ThresholdReducer({ low, high })`: the mean over low < loss < high (either bound optional);
 * - `new PerAnchorReducer({ reducer })`: pair losses averaged per anchor first (anchors without pairs
 *   give 0), then the inner reducer over the N anchors;
 * - `new DivisorReducer()`: the sum divided by a divisor the loss supplies (ProxyAnchor's).
 */
import * as tf from "@tensorflow/tfjs";
/** What the per-element losses are losses of: pml's reduction types. */
export type ReductionType = "element" | "posPair" | "negPair" | "triplet";
/** One sub-loss handed to a reducer (pml's loss dictionary entry). */
export interface LossTerm {
    /** Per-element losses [K]. */
    losses: tf.Tensor1D;
    type: ReductionType;
    /** For pairs and triplets: the anchor row of each loss (int32 [K]). */
    anchors?: tf.Tensor1D;
    /** Rows of the batch: the number of anchors a per-anchor reduction averages over. */
    batchSize: number;
    /** For `DivisorReducer`: what the sum is divided by. */
    divisor?: number;
    /**
     * 0/1 per loss [K]: only the 1s count (a miner's mask over every pair or triplet, in place of a list
     * of indices; the reduced value is that of the losses kept, listed).
     */
    mask?: tf.Tensor1D;
}
export declare abstract class Reducer {
    abstract readonly name: string;
    /** The reduced loss, a scalar; a differentiable zero (connected to `connect`) when nothing counts. */
    reduce(term: LossTerm, ...connect: tf.Tensor[]): tf.Scalar;
    protected abstract reduceNonEmpty(term: LossTerm, connect: tf.Tensor[]): tf.Scalar;
}
export declare class MeanReducer extends Reducer {
    readonly name = "MeanReducer";
    constructor(options?: Record<string, never>);
    protected reduceNonEmpty(term: LossTerm): tf.Scalar;
}
export declare class SumReducer extends Reducer {
    readonly name = "SumReducer";
    constructor(options?: Record<string, never>);
    protected reduceNonEmpty(term: LossTerm): tf.Scalar;
}
export interface ThresholdReducerOptions {
    /** Losses ≤ low are left out. */
    low?: number;
    /** Losses ≥ high are left out. */
    high?: number;
}
export declare class ThresholdReducer extends Reducer {
    readonly name: string;
    readonly low?: number;
    readonly high?: number;
    constructor(options: ThresholdReducerOptions);
    protected reduceNonEmpty(term: LossTerm): tf.Scalar;
}
export declare class AvgNonZeroReducer extends ThresholdReducer {
    readonly name = "AvgNonZeroReducer";
    constructor(options?: Record<string, never>);
}
export declare class DivisorReducer extends Reducer {
    readonly name = "DivisorReducer";
    constructor(options?: Record<string, never>);
    protected reduceNonEmpty(term: LossTerm, connect: tf.Tensor[]): tf.Scalar;
}
export interface PerAnchorReducerOptions {
    /** Reduces the per-anchor means (default `new MeanReducer()`). */
    reducer?: Reducer;
}
export declare class PerAnchorReducer extends Reducer {
    readonly name = "PerAnchorReducer";
    readonly inner: Reducer;
    constructor(options?: PerAnchorReducerOptions);
    protected reduceNonEmpty(term: LossTerm, connect: tf.Tensor[]): tf.Scalar;
}
/** A reducer option: an instance, or the default's. */
export declare function toReducer(fn: string, arg: string, value: unknown, fallback: () => Reducer): Reducer;
//# sourceMappingURL=reducers.d.ts.map