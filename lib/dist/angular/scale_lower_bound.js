"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalizedSoftmaxMaxProbability = exports.cosFaceScaleLowerBound = void 0;
/**
 * The smallest scale s at which a normalised softmax can reach a target probability (Wang et al.,
 * "CosFace: Large Margin Cosine Loss", CVPR 2018, eq. 6; NormFace, Wang et al. 2017, makes the same
 * argument). With features and class weights on the unit sphere, the logits are s·cos θ_j. The best
 * the network can do for C classes is to put its class centres as far apart as possible; the
 * posterior of the target class is then at most e^s / (e^s + (C − 1)·e^{−s/(C−1)}), and asking it to
 * be at least P gives
 *
 *   s ≥ (C − 1)/C · ln((C − 1)·P / (1 − P)).
 *
 * Below this s the loss cannot fall below −ln P however well the features are placed: the scale,
 * not the features, limits the training.
 */
const validation_1 = require("../validation");
/** CosFace's lower bound on s for `numClasses` classes and a target probability P (0 < P < 1). */
function cosFaceScaleLowerBound(numClasses, targetProbability) {
    const fn = "cosFaceScaleLowerBound";
    const c = (0, validation_1.checkInteger)(fn, "numClasses", numClasses, { min: 2 });
    const p = (0, validation_1.checkRange)(fn, "targetProbability", targetProbability, { min: 0, max: 1, minOpen: true, maxOpen: true });
    if (p <= 1 / c) {
        // at P ≤ 1/C the bound is ≤ 0: any s reaches it (s = 0 already gives 1/C); a negative "bound" would mislead
        throw new validation_1.ValueError(fn, "targetProbability", `a probability above chance, 1/${c} = ${(1 / c).toPrecision(4)}`, String(p));
    }
    return ((c - 1) / c) * Math.log(((c - 1) * p) / (1 - p));
}
exports.cosFaceScaleLowerBound = cosFaceScaleLowerBound;
/**
 * The largest target-class probability a normalised softmax with scale s can give over C classes:
 * e^s / (e^s + (C − 1)·e^{−s/(C−1)}) (class centres as a regular simplex, the feature on its centre).
 * The inverse of `cosFaceScaleLowerBound`.
 */
function normalizedSoftmaxMaxProbability(numClasses, scale) {
    const fn = "normalizedSoftmaxMaxProbability";
    const c = (0, validation_1.checkInteger)(fn, "numClasses", numClasses, { min: 2 });
    const s = (0, validation_1.checkRange)(fn, "scale", scale, { min: 0 });
    // e^s / (e^s + (C−1) e^{−s/(C−1)}) = 1 / (1 + (C−1) e^{−s·C/(C−1)}), stable for large s
    return 1 / (1 + (c - 1) * Math.exp((-s * c) / (c - 1)));
}
exports.normalizedSoftmaxMaxProbability = normalizedSoftmaxMaxProbability;
//# sourceMappingURL=scale_lower_bound.js.map