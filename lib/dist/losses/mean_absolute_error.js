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
exports.meanAbsoluteErrorGradient = exports.meanAbsoluteError = void 0;
/**
 * L1 loss, the mean absolute error (MAE; the notes' "Manhattan distance"):
 *
 *   ℓᵢ = |yᵢ − ŷᵢ|,                 ∂ℓᵢ/∂ŷᵢ = sign(ŷᵢ − yᵢ)   (0 at ŷᵢ = yᵢ).
 *
 * Every residual pulls with the same force 1, however far off it is: an outlier cannot take over
 * the fit, but the gradient does not shrink near the optimum either.
 *
 * Matches `torch.nn.L1Loss` / `torch.nn.functional.l1_loss` (same reductions; its gradient at a zero
 * residual is also 0) and `tf.losses.absoluteDifference` (whose default reduction, the sum over
 * non-zero weights, is the mean here). Keras' `MeanAbsoluteError` first averages over the last axis:
 * the same "mean", different "none".
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const inputs_1 = require("./inputs");
/** |y − ŷ| per element, then `reduction` (default "mean"). */
function meanAbsoluteError(options) {
    return (0, inputs_1.elementwiseLoss)("meanAbsoluteError", inputs_1.REAL_PREDICTIONS, options, (y, yHat) => {
        // |r| as r·sign(r): the same value, and autodiff gives sign(r), 0 at r = 0 (tf.abs's gradient is −1 there)
        const r = tf.sub(yHat, y);
        return tf.mul(r, tf.sign(r));
    });
}
exports.meanAbsoluteError = meanAbsoluteError;
/** ∂ℓᵢ/∂ŷᵢ = sign(ŷᵢ − yᵢ) per element (the gradient of the "sum"; divide by the count for "mean"). */
function meanAbsoluteErrorGradient(options) {
    return (0, inputs_1.elementwise)("meanAbsoluteErrorGradient", inputs_1.REAL_PREDICTIONS, options, (y, yHat) => tf.sign(tf.sub(yHat, y)));
}
exports.meanAbsoluteErrorGradient = meanAbsoluteErrorGradient;
//# sourceMappingURL=mean_absolute_error.js.map