export interface BinaryMetrics {
    truePositives: number;
    falsePositives: number;
    falseNegatives: number;
    trueNegatives: number;
    /** TP / (TP + FN); 0 when the class has no sample. */
    recall: number;
    /** TP / (TP + FP); 0 when nothing is predicted positive. */
    precision: number;
    /** 2PR / (P + R); 0 when both are 0. */
    f1: number;
    accuracy: number;
}
/**
 * Metrics of the class `positive` (default 1) for probabilities p(positive | x): a sample is predicted
 * positive when its probability is ≥ `threshold` (default 0.5).
 */
export declare function binaryMetrics(labels: number[], probabilities: number[], opts?: {
    threshold?: number;
    positive?: number;
}): BinaryMetrics;
//# sourceMappingURL=metrics.d.ts.map