/** CosFace's lower bound on s for `numClasses` classes and a target probability P (0 < P < 1). */
export declare function cosFaceScaleLowerBound(numClasses: number, targetProbability: number): number;
/**
 * The largest target-class probability a normalised softmax with scale s can give over C classes:
 * e^s / (e^s + (C − 1)·e^{−s/(C−1)}) (class centres as a regular simplex, the feature on its centre).
 * The inverse of `cosFaceScaleLowerBound`.
 */
export declare function normalizedSoftmaxMaxProbability(numClasses: number, scale: number): number;
//# sourceMappingURL=scale_lower_bound.d.ts.map