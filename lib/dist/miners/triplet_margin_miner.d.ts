/**
 * pytorch-metric-learning's `TripletMarginMiner({ margin = 0.2, typeOfTriplets = "all" })`, computed as
 * a mask on the device. With t = d_an − d_ap (d_ap − d_an for a similarity), of every valid triplet:
 * - "all": t ≤ margin (the triplets that violate the margin);
 * - "hard": t ≤ 0 (the negative is no farther than the positive);
 * - "semihard": 0 < t ≤ margin;
 * - "easy": t > margin.
 * Default distance `LpDistance()` (normalised embeddings), pml's.
 *
 * `mask` gives the [N, N, N] 0/1 tensor of kept (a, p, n) without reading anything back; `mine`
 * reads it back once and returns the triplets as an indices tuple, ordered by a, p, n as pml's.
 */
import * as tf from "@tensorflow/tfjs";
import { DistanceMeasure } from "../distances/measures";
import { type TensorInput } from "../validation";
import type { TripletTuple } from "./indices_tuple";
export type TypeOfTriplets = "all" | "hard" | "semihard" | "easy";
export declare const TYPES_OF_TRIPLETS: readonly TypeOfTriplets[];
export interface TripletMarginMinerOptions {
    /** Default 0.2 (pml's). */
    margin?: number;
    /** Default "all". */
    typeOfTriplets?: TypeOfTriplets;
    /** Default `new LpDistance()`. */
    distance?: DistanceMeasure;
}
/** [N, N] 0/1: same label and another row (positives), other label (negatives). Labels are host data. */
export declare function labelMasks(labels: Int32Array): {
    positives: tf.Tensor2D;
    negatives: tf.Tensor2D;
};
/** [N, N, N] 0/1 of valid triplets (a, p, n): positives[a, p] · negatives[a, n]. */
export declare function validTripletMask(labels: Int32Array): tf.Tensor3D;
export declare class TripletMarginMiner {
    readonly margin: number;
    readonly typeOfTriplets: TypeOfTriplets;
    readonly distance: DistanceMeasure;
    constructor(options?: TripletMarginMinerOptions);
    /** The kept triplets as an [N, N, N] 0/1 tensor (entry [a, p, n]); nothing is read back. */
    mask(embeddings: TensorInput, labels: TensorInput | Int32Array): tf.Tensor3D;
    /** The kept triplets (one read-back of the mask), ordered by anchor, positive, negative. */
    mine(embeddings: TensorInput, labels: TensorInput | Int32Array): TripletTuple;
}
//# sourceMappingURL=triplet_margin_miner.d.ts.map