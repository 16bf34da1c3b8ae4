"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.softmaxLoss = exports.softmaxCrossEntropyGradient = exports.softmaxCrossEntropy = void 0;
/**
 * Softmax cross-entropy ("softmax loss", categorical cross-entropy) of one sample with scores s over
 * C classes (the last axis) and targets t (one-hot, or a probability vector):
 *
 *   ℓ = −Σᵢ tᵢ log f(s)ᵢ,     f = softmax;     for a one-hot t with positive class p: ℓ = −log f(s)_p;
 *   ∂ℓ/∂sᵢ = f(s)ᵢ·Σⱼ tⱼ − tᵢ,   so for one-hot t:  ∂ℓ/∂s_p = f(s)_p − 1  and  ∂ℓ/∂s_n = f(s)_n (n ≠ p).
 *
 * The notes' "CE = −log(e^{s_p} / Σⱼ e^{s_j})" with the two derivatives above: the positive score is
 * pushed up by 1 − f(s)_p, every negative one pushed down by its own probability.
 * Computed from log-softmax (log-sum-exp), never from log(softmax): logits of ±1000 give finite
 * losses (0 or 2000) and gradients.
 *
 * `labels` are either class indices (shape of `logits` without the last axis, integers in [0, C − 1])
 * or per-class targets of the shape of `logits` (one-hot rows or probabilities, values in [0, 1]).
 * One loss per sample; the default reduction "mean" averages over the samples.
 *
 * Matches `torch.nn.CrossEntropyLoss` / `torch.nn.functional.cross_entropy` with index or probability
 * targets (no `weight`, `ignore_index` or `label_smoothing`); PyTorch puts the classes on axis 1
 * ([N, C, d₁, …]), losslab on the last axis ([…, C]), as TensorFlow does. Matches
 * `tf.losses.softmaxCrossEntropy(onehotLabels, logits)` (one-hot targets only there; its default
 * reduction is the mean here); TensorFlow's `tf.nn.sparse_softmax_cross_entropy_with_logits` for indices.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const softmax_1 = require("../activations/softmax");
const inputs_1 = require("./inputs");
const reduction_1 = require("./reduction");
/** −Σᵢ tᵢ log softmax(s)ᵢ per sample (classes on the last axis), then `reduction` (default "mean"). */
function softmaxCrossEntropy(options) {
    return softmaxLoss("softmaxCrossEntropy", options, [], (targets, logProbs) => tf.neg(tf.sum(tf.mul(targets, logProbs), -1)));
}
exports.softmaxCrossEntropy = softmaxCrossEntropy;
/**
 * ∂ℓ/∂s = softmax(s)·Σⱼ tⱼ − t per sample, the shape of `logits` (the gradient of the "sum"; divide by
 * the number of samples for "mean"). With class indices or one-hot targets: f(s)_p − 1 at the positive
 * class p, f(s)_n at every other class n.
 */
function softmaxCrossEntropyGradient(options) {
    const fn = "softmaxCrossEntropyGradient";
    (0, inputs_1.checkLossOptions)(fn, "logits", options, [], false);
    return tf.tidy(() => {
        const { logits: s, targets } = (0, inputs_1.toClassTargets)(fn, options.labels, options.logits);
        const probs = tf.exp((0, softmax_1.stableLogSoftmax)(s, s.rank - 1));
        return tf.sub(tf.mul(probs, tf.sum(targets, -1, true)), targets);
    });
}
exports.softmaxCrossEntropyGradient = softmaxCrossEntropyGradient;
/**
 * The frame of a loss on softmax probabilities: checks (the reduction's first), per-class targets and
 * log-probabilities along the last axis, the per-sample losses `f` makes of them, one reduction.
 */
function softmaxLoss(fn, options, extra, f) {
    (0, inputs_1.checkLossOptions)(fn, "logits", options, extra, true);
    const reduction = (0, inputs_1.checkReduction)(fn, options.reduction);
    return tf.tidy(() => {
        const { logits, targets } = (0, inputs_1.toClassTargets)(fn, options.labels, options.logits);
        return (0, reduction_1.reduceLoss)(fn, f(targets, (0, softmax_1.stableLogSoftmax)(logits, logits.rank - 1)), reduction);
    });
}
exports.softmaxLoss = softmaxLoss;
//# sourceMappingURL=softmax_cross_entropy.js.map