import type { MnistSet } from "../data/mnist";
import { type FeatureNet } from "../training/evaluate";
import { type PairScore } from "../verification/score_pairs";
import { type TensorInput } from "../validation";
/** Features (embeddings, or hand-made features) of a set with their class labels. */
export interface LabelledFeatures {
    features: TensorInput | number[][];
    labels: Int32Array | number[];
}
export interface VerifyPairsOptions {
    /** Where t is fitted (e.g. the training digits). */
    calibration: LabelledFeatures;
    /** Where accuracy and AUC are measured (held-out digits). */
    test: LabelledFeatures;
    /** How a pair is scored. @default "euclidean" */
    score?: PairScore;
    /** Pairs drawn from each set, half of them positive. @default 2000 */
    pairs?: number;
    /** @default 0 */
    seed?: number;
}
export interface PairVerification {
    score: PairScore;
    /** The threshold fitted on the calibration pairs (distance: "same" when d < t). */
    threshold: number;
    /** Accuracy on the calibration pairs at t (fitted there: optimistic). */
    calibrationAccuracy: number;
    /** Accuracy on the test pairs at that t. */
    accuracy: number;
    truePositiveRate: number;
    trueNegativeRate: number;
    /** Area under the ROC curve of the test pairs (needs no threshold). */
    auc: number;
    /** Test-pair scores of the positive (same digit) and negative pairs: the histograms. */
    positive: number[];
    negative: number[];
}
/** Fits t on the calibration pairs and measures accuracy at t, and the ROC AUC, on the test pairs. */
export declare function verifyPairs(options: VerifyPairsOptions): PairVerification;
/** `verifyPairs` on the embeddings of a trained network: t fitted on `calibration` digits, measured on `test` digits. */
export declare function verifyEmbedding(options: {
    net: FeatureNet;
    calibration: MnistSet;
    test: MnistSet;
    score?: PairScore;
    pairs?: number;
    seed?: number;
}): PairVerification;
//# sourceMappingURL=verify.d.ts.map