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
exports.nothingToLearn = exports.differentiableZero = exports.reduceLoss = exports.REDUCTIONS = void 0;
/**
 * The one reduction step every loss ends in: per-element (per-sample, per-pair, per-triplet) losses
 * in, one number (or the elements themselves) out. Losses compute elements; this decides how they
 * are combined, like `computeWeightedLoss` in tf.losses and the reducers of pytorch-metric-learning.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
exports.REDUCTIONS = ["none", "mean", "sum"];
/**
 * Reduces per-element losses. With `weights` (same shape), "mean" is the weighted sum divided by
 * the number of elements, as in PyTorch. An empty input reduces to a differentiable zero (not NaN),
 * so a batch with nothing to learn from does not break training. Plain arrays are accepted (and
 * converted); an empty one is decided here, not by a kernel (wasm's mean of an empty array read
 * uninitialised memory).
 */
function reduceLoss(fn, elements, reduction, weights) {
    (0, validation_1.checkOneOf)(fn, "reduction", reduction, exports.REDUCTIONS);
    return tf.tidy(() => {
        const values = (0, validation_1.toTensor)(fn, "losses", elements);
        const w = weights === undefined ? undefined : (0, validation_1.toTensor)(fn, "weights", weights);
        if (w !== undefined)
            (0, validation_1.checkSameShape)(fn, "losses", values, "weights", w);
        const weighted = w === undefined ? values : tf.mul(values, w);
        if (reduction === "none")
            return weighted.clone();
        if (values.size === 0)
            return differentiableZero(weighted);
        return reduction === "sum" ? tf.sum(weighted) : tf.mean(weighted);
    });
}
exports.reduceLoss = reduceLoss;
/**
 * A scalar 0 whose gradient with respect to each of `tensors` is zero (of its shape), so a loss over
 * nothing still trains. Built without any kernel that reduces over an empty axis: on the wasm backend
 * those (sum, mean, a matMul with an inner size 0) read uninitialised memory. The values are appended
 * to one zero and summed, so an empty tensor contributes nothing and a non-empty one is multiplied by 0.
 */
function differentiableZero(...tensors) {
    return tf.tidy(() => {
        const flat = tensors.map((t) => tf.reshape(t, [-1]));
        // + 0 turns the −0 of a negative sum times 0 into +0
        return tf.add(tf.mul(tf.sum(tf.concat([...flat, tf.zeros([1])])), 0), 0);
    });
}
exports.differentiableZero = differentiableZero;
/**
 * The loss of a batch with no pair or triplet to learn from: no elements for "none", else a
 * differentiable zero connected to `inputs`. Decided before any distance matrix is built, whose
 * gradient over an empty batch TF.js cannot take (a broadcast of shape [1, 1, 0, 1]).
 */
function nothingToLearn(reduction, ...inputs) {
    return reduction === "none" ? tf.zeros([0]) : differentiableZero(...inputs);
}
exports.nothingToLearn = nothingToLearn;
//# sourceMappingURL=reduction.js.map