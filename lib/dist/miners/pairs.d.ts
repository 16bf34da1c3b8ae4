/**
 * Pairs for a Siamese network, about half of them positive (same class), as the notes ask ("around
 * 50% true / −ve" per batch): with random pairs of a 10-class set only about 10% would be positive.
 */
import { type TensorInput } from "../validation";
import { type PairIndices, type SeedOrRng } from "./types";
export interface PairSampleOptions {
    /** Class labels of the samples to pair (a batch's, or a whole data set's). */
    labels: TensorInput | Int32Array;
    /** Number of pairs. */
    count: number;
    /** Share of positive pairs (default 0.5): round(count · positiveFraction) of them, the rest negative. */
    positiveFraction?: number;
    /** Seed or generator (default 0; pass an `Rng` to draw new pairs on every call). */
    seed?: SeedOrRng;
}
export interface SampledPairs extends PairIndices {
    /** 1 where the pair is of one class (positive), 0 otherwise. */
    same: Uint8Array;
    /**
     * The notes' contrastive label: **y = 0 for a similar pair, 1 for a dissimilar one** (1 − same), ready
     * for `contrastiveLoss({ ..., y })`.
     */
    y: Uint8Array;
}
/**
 * Random pairs (first[k], second[k]), first ≠ second, in random order. A positive pair: a sample drawn
 * uniformly among those whose class has another member, and another member of its class; a negative
 * pair: a sample and a uniformly drawn sample of another class. If one kind cannot be formed (one
 * class only: no negative; all classes singletons: no positive) every pair is of the other kind;
 * if neither can (fewer than two samples), no pair.
 */
export declare function samplePairs(options: PairSampleOptions): SampledPairs;
/**
 * The share of same-class pairs among all pairs i < j of `labels`: what random pairing would give
 * (about 10 % for ten balanced classes), against the 50 % `samplePairs` draws. NaN with fewer than 2 labels.
 */
export declare function sameClassPairShare(labels: TensorInput | Int32Array): number;
//# sourceMappingURL=pairs.d.ts.map