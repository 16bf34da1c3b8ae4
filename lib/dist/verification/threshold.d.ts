import { type VerificationInput } from "./scores";
export interface ThresholdResult {
    /** Distance: "same" when score < threshold; similarity: "same" when score > threshold. */
    threshold: number;
    /** Share of pairs judged correctly at that threshold. */
    accuracy: number;
    /** Same-class pairs judged "same", as a share of all same-class pairs (NaN if there is none). */
    truePositiveRate: number;
    /** Different-class pairs judged "different", as a share of them (NaN if there is none). */
    trueNegativeRate: number;
}
/** The threshold of highest accuracy (the first, i.e. the strictest, when several tie). */
export declare function bestThreshold(input: VerificationInput): ThresholdResult;
/**
 * The same measures at a threshold chosen beforehand, e.g. one fitted by `bestThreshold` on training
 * pairs and now applied to held-out pairs (the honest way to report verification accuracy).
 * Distance: "same" when score < threshold; similarity: when score > threshold.
 */
export declare function accuracyAtThreshold(input: VerificationInput, threshold: number): ThresholdResult;
//# sourceMappingURL=threshold.d.ts.map