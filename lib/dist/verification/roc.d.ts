import { type VerificationInput } from "./scores";
export interface RocCurve {
    /** False positive rates, from 0 to 1. */
    fpr: number[];
    /** True positive rates, from 0 to 1. */
    tpr: number[];
    /** The threshold reached at each point (in the score's units; the first point, before any pair, is ±Infinity). */
    thresholds: number[];
    /** Area under the curve (trapezoids: a tied group is a straight segment, i.e. ties count ½). */
    auc: number;
}
/** The ROC curve of scored pairs; needs at least one same-class and one different-class pair. */
export declare function rocCurve(input: VerificationInput): RocCurve;
/** The area under the ROC curve of scored pairs (see `rocCurve`). */
export declare function rocAuc(input: VerificationInput): number;
/**
 * TAR at a fixed FAR, the face-verification measure: the largest true positive rate (same-class pairs
 * accepted) among the ROC's thresholds whose false positive rate (different-class pairs accepted) is at
 * most `far`. With n different-class pairs, a FAR below 1/n can only be met by accepting no
 * different-class pair at all.
 */
export declare function tarAtFar(input: VerificationInput, far: number): number;
//# sourceMappingURL=roc.d.ts.map