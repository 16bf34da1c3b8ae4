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
exports.huberLossGradient = exports.huberLoss = void 0;
/**
 * Huber loss with threshold δ > 0, for the residual r = ŷ − y:
 *
 *   ℓ = ½r²              if |r| ≤ δ,          ∂ℓ/∂ŷ = r              if |r| ≤ δ,
 *   ℓ = δ(|r| − ½δ)      otherwise;           ∂ℓ/∂ŷ = δ·sign(r)      otherwise (clip(r, −δ, δ)).
 *
 * "Near the origin close to L2, away from it close to L1" (the notes): quadratic up to |r| = δ, then
 * linear with the slope the quadratic had there, so an outlier pulls with force δ at most. Limits:
 * for δ ≥ |r| it is exactly ½r², the half squared error; as δ → 0, ℓ/δ → |r|, the absolute error.
 * Computed as ½q² + δ(|r| − q) with q = min(|r|, δ), which stays exact for residuals of 1e6 and more.
 *
 * Default δ = 1, as in PyTorch and TensorFlow. Matches `torch.nn.HuberLoss(delta=δ)` and
 * `tf.losses.huberLoss(labels, predictions, weights, delta)` (its default reduction is the mean here).
 * Not to be confused with `torch.nn.SmoothL1Loss(beta=δ)`, which is this loss divided by δ.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const inputs_1 = require("./inputs");
/** Huber's own option, besides labels, predictions and reduction. */
const HUBER_OPTIONS = ["delta?"];
/** Huber's ℓ per element, then `reduction` (default "mean"). */
function huberLoss(options) {
    (0, inputs_1.checkLossOptions)("huberLoss", "predictions", options, HUBER_OPTIONS, true);
    const delta = (0, validation_1.checkRange)("huberLoss", "delta", options.delta ?? 1, { min: 0, minOpen: true });
    return (0, inputs_1.elementwiseLoss)("huberLoss", inputs_1.REAL_PREDICTIONS, options, (y, yHat) => {
        const absR = tf.abs(tf.sub(yHat, y));
        const q = tf.minimum(absR, delta);
        return tf.add(tf.mul(tf.square(q), 0.5), tf.mul(tf.sub(absR, q), delta));
    }, HUBER_OPTIONS);
}
exports.huberLoss = huberLoss;
/** ∂ℓᵢ/∂ŷᵢ = clip(ŷᵢ − yᵢ, −δ, δ) per element (the gradient of the "sum"). */
function huberLossGradient(options) {
    (0, inputs_1.checkLossOptions)("huberLossGradient", "predictions", options, HUBER_OPTIONS, false);
    const delta = (0, validation_1.checkRange)("huberLossGradient", "delta", options.delta ?? 1, { min: 0, minOpen: true });
    return (0, inputs_1.elementwise)("huberLossGradient", inputs_1.REAL_PREDICTIONS, options, (y, yHat) => tf.clipByValue(tf.sub(yHat, y), -delta, delta), HUBER_OPTIONS);
}
exports.huberLossGradient = huberLossGradient;
//# sourceMappingURL=huber.js.map