import { type DistanceName } from "../distances/distance";
import type { LabelledBatch, PairIndices } from "../miners/types";
import type { ScoreKind } from "./scores";
/**
 * A distance by name, the cosine similarity, or "manhattan", the L1 distance Σ|aᵢ − bᵢ| of the notes'
 * traditional pipeline (hand-made features compared with the L1 norm); it is for scoring only, no loss uses it.
 */
export type PairScore = DistanceName | "cosineSimilarity" | "manhattan";
export declare const PAIR_SCORES: readonly PairScore[];
export interface ScorePairsOptions extends LabelledBatch {
    /** The pairs to score (e.g. from `samplePairs`). */
    pairs: PairIndices;
    /** Default "cosineSimilarity" (lesson 09's); or a distance name. */
    score?: PairScore;
}
export interface ScoredPairs {
    scores: Float32Array;
    isSame: Uint8Array;
    kind: ScoreKind;
}
/** Scores each pair; the result goes straight into `rocAuc`, `rocCurve` and `bestThreshold`. */
export declare function scorePairs(options: ScorePairsOptions): ScoredPairs;
//# sourceMappingURL=score_pairs.d.ts.map