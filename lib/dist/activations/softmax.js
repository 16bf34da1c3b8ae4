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
exports.stableLogSoftmax = exports.softmax = exports.logSoftmax = void 0;
/**
 * Softmax and log-softmax over one axis (the last by default: the classes):
 *
 *   f(s)ᵢ = e^{sᵢ} / Σⱼ e^{sⱼ},     log f(s)ᵢ = sᵢ − m − log Σⱼ e^{sⱼ − m},   m = maxⱼ sⱼ.
 *
 * "Softmax is not a loss function" (the notes): it turns C scores into C probabilities that add up
 * to 1, and cross-entropy is the loss taken on them. Subtracting the largest score m first (the
 * log-sum-exp trick) changes nothing mathematically and keeps every exponent ≤ 0: logits of ±1000
 * give [1, 0] and [0, −2000] instead of Infinity/Infinity = NaN.
 *
 * The gradient of log-softmax is given in closed form, ∂/∂s of Σᵢ dyᵢ·log f(s)ᵢ = dy − f(s)·Σᵢ dyᵢ,
 * so it is exact and finite at any logits.
 *
 * Matches `torch.softmax` / `torch.log_softmax` with `dim` = `axis` and `tf.softmax` / `tf.logSoftmax`
 * (which in TensorFlow.js work on the last axis only).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const custom_gradient_1 = require("../losses/custom_gradient");
const validation_1 = require("../validation");
/** log f(s) along `axis`, by log-sum-exp: exact and finite for any finite logits. */
function logSoftmax(logits, options = {}) {
    const { axis = -1 } = (0, validation_1.checkOptions)("logSoftmax", options, ["axis?"]);
    return tf.tidy(() => {
        const s = (0, validation_1.toFiniteTensor)("logSoftmax", "logits", logits);
        return stableLogSoftmax(s, checkAxis("logSoftmax", s, axis));
    });
}
exports.logSoftmax = logSoftmax;
/** f(s) along `axis`: probabilities in [0, 1] that add up to 1, computed as exp(log f(s)). */
function softmax(logits, options = {}) {
    const { axis = -1 } = (0, validation_1.checkOptions)("softmax", options, ["axis?"]);
    return tf.tidy(() => {
        const s = (0, validation_1.toFiniteTensor)("softmax", "logits", logits);
        return tf.exp(stableLogSoftmax(s, checkAxis("softmax", s, axis)));
    });
}
exports.softmax = softmax;
/** Log-softmax of a checked tensor along a checked, non-negative axis (shared with the losses). */
function stableLogSoftmax(s, axis) {
    const op = (0, custom_gradient_1.unaryCustomGrad)((x, save) => {
        const shifted = tf.sub(x, tf.max(x, axis, true));
        const value = tf.sub(shifted, tf.log(tf.sum(tf.exp(shifted), axis, true)));
        save([value]);
        return {
            value,
            gradFunc: (dy, [saved]) => tf.sub(dy, tf.mul(tf.exp(saved), tf.sum(dy, axis, true))),
        };
    });
    return op(s);
}
exports.stableLogSoftmax = stableLogSoftmax;
/** The axis as a non-negative index into a tensor of rank >= 1 (a scalar has no classes to spread over). */
function checkAxis(fn, s, axis) {
    if (s.rank < 1)
        throw new validation_1.ShapeError(fn, "logits", "a tensor of rank >= 1", (0, validation_1.describe)(s));
    const a = (0, validation_1.checkInteger)(fn, "axis", axis, { min: -s.rank, max: s.rank - 1 });
    return a < 0 ? a + s.rank : a;
}
//# sourceMappingURL=softmax.js.map