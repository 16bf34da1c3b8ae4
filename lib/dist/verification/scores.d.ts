import { type TensorInput } from "../validation";
export type ScoreKind = "distance" | "similarity";
export declare const SCORE_KINDS: readonly ScoreKind[];
export interface VerificationInput {
    /** One score per pair. */
    scores: TensorInput | ArrayLike<number>;
    /** 1 (or true) where the pair is of one class, 0 (false) where not. */
    isSame: TensorInput | ArrayLike<number | boolean>;
    /** Default "distance": a small score means "same". */
    kind?: ScoreKind;
}
/** Pairs grouped by tied score, from the most "same"-looking score to the least. */
export interface ScoreGroups {
    /** Score of each group, in the input's units, ordered from most to least similar. */
    values: number[];
    /** Same-class and different-class pairs in each group. */
    same: number[];
    different: number[];
    totalSame: number;
    totalDifferent: number;
    kind: ScoreKind;
}
/** Checks the input and sorts it into tied groups. */
export declare function groupScores(fn: string, input: VerificationInput): ScoreGroups;
//# sourceMappingURL=scores.d.ts.map