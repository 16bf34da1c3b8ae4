/**
 * Every valid triplet of a batch, and batch-all mining (Hermans, Beyer & Leibe 2017, "In Defense of
 * the Triplet Loss for Person Re-Identification"): the valid triplets that still violate the margin.
 */
import { type TensorInput } from "../validation";
import { type MinedTriplets, type MinerOptions, type TripletIndices } from "./types";
/**
 * All (a, p, n) with labels[a] = labels[p], a ≠ p and labels[n] ≠ labels[a], ordered by a, then p,
 * then n. A batch of one class, or of singletons only, has none.
 */
export declare function allTriplets(labels: TensorInput | Int32Array): TripletIndices;
/**
 * Batch-all: the valid triplets with a positive loss, D(a, p) − D(a, n) + α > 0; easy triplets, which
 * would add zeros, are left out, so a "mean" reduction averages over the triplets that teach
 * something (Hermans et al.'s BA+, pytorch-metric-learning's AvgNonZeroReducer).
 * `candidates` is the number of valid triplets.
 */
export declare function mineBatchAll(options: MinerOptions & {
    margin?: number;
}): MinedTriplets;
//# sourceMappingURL=batch_all.d.ts.map