import type { Rng } from "../random/rng";
import { type MinedTriplets, type MinerOptions, type SeedOrRng, type TripletIndices } from "./types";
/**
 * Where a triplet stands for margin α, from its two distances:
 * - "easy": D(A, N) ≥ D(A, P) + α, the loss is already 0;
 * - "semiHard": D(A, P) < D(A, N) < D(A, P) + α, the band the notes' rule keeps;
 * - "hard": D(A, N) ≤ D(A, P), the negative is no farther than the positive (the notes' "outliers").
 */
export type TripletCategory = "easy" | "semiHard" | "hard";
/** The categories in words, for tables. */
export declare const TRIPLET_CATEGORY_LABELS: Record<TripletCategory, string>;
/** The category of one triplet (no checks: a hot path; see `TripletCategory`). */
export declare function tripletCategory(dap: number, dan: number, margin: number): TripletCategory;
/** The notes' two conditions, ① D(A, N) − D(A, P) < α and ② D(A, N) > D(A, P): the triplet is semi-hard. */
export declare function keptByNotesRule(dap: number, dan: number, margin: number): boolean;
export interface RandomTripletOptions extends MinerOptions {
    /** How many random triplets to draw (default 1000, the notes'). */
    count?: number;
    /** α (default 0.2). */
    margin?: number;
    /** Seed or generator of the draws (default 0; pass an `Rng` to draw new triplets on every call). */
    seed?: SeedOrRng;
}
/**
 * `count` valid triplets drawn uniformly: an anchor among the samples that have both a positive and a
 * negative, then one of its positives and one of its negatives. None if no sample has both.
 * (The draw reads labels only, so the same seed gives the same triplets whatever the embeddings.)
 */
export declare function drawRandomTriplets(labels: Int32Array, count: number, rng: Rng): TripletIndices;
/** The kept triplets; `candidates` is the number drawn (0 if the batch has no valid triplet at all). */
export declare function mineRandomTriplets(options: RandomTripletOptions): MinedTriplets & {
    drawn: MinedTriplets;
};
//# sourceMappingURL=random_triplets.d.ts.map