import { type MinedTriplets, type MinerOptions } from "./types";
/**
 * What to do for a positive pair that has no semi-hard negative:
 * - "hard" (default, as TensorFlow Addons' `triplet_semihard_loss`): if some negatives are closer than
 *   the positive (D(a, n) ≤ D(a, p), hard ones), take the farthest of them, the mildest hard negative;
 *   if every negative is beyond the margin (the pair already satisfied), no triplet;
 * - "none": no triplet for that pair.
 */
export type SemiHardFallback = "hard" | "none";
export declare const SEMI_HARD_FALLBACKS: readonly SemiHardFallback[];
export interface SemiHardOptions extends MinerOptions {
    /** α, the triplet loss's margin (default 0.2, FaceNet's). */
    margin?: number;
    /** Default "hard". */
    fallback?: SemiHardFallback;
}
/**
 * One triplet per ordered positive pair (a, p), a ≠ p, with its closest semi-hard negative (ties to the
 * lowest index), or the fallback's negative. `candidates` is the number of ordered positive pairs.
 */
export declare function mineSemiHard(options: SemiHardOptions): MinedTriplets;
/**
 * TensorFlow Addons' `triplet_semihard_loss` mining, exactly: one triplet per ordered positive pair
 * (a, p), a ≠ p, with the closest negative farther than the positive (no margin cap), or, when no
 * negative is farther, the farthest negative of the anchor (ties to the lowest index). `candidates`
 * is the number of ordered positive pairs (equal to the number of triplets unless an anchor has no
 * negative at all: TFA then uses D(a, n) = 0, a batch of one class, and this miner gives no triplet).
 */
export declare function mineSemiHardTfa(options: MinerOptions): MinedTriplets;
//# sourceMappingURL=semi_hard.d.ts.map