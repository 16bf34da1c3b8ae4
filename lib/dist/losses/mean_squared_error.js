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
exports.meanSquaredErrorWithLogitsGradient = exports.halfSquaredErrorGradient = exports.meanSquaredErrorGradient = exports.halfSquaredError = exports.meanSquaredError = void 0;
/**
 * L2 loss in its two forms, and its gradients, with respect to ŷ and, when ŷ = σ(z), to the logit z:
 *
 *   squared error (MSE):      ℓᵢ = (yᵢ − ŷᵢ)²,     ∂ℓᵢ/∂ŷᵢ = 2(ŷᵢ − yᵢ);
 *   half squared error:       ℓᵢ = ½(yᵢ − ŷᵢ)²,    ∂ℓᵢ/∂ŷᵢ = ŷᵢ − yᵢ;
 *   through a sigmoid:        ∂ℓᵢ/∂zᵢ = 2(σ(zᵢ) − yᵢ)·σ(zᵢ)(1 − σ(zᵢ)).
 *
 * The notes write L2 = ½(y − ŷ)² (the ½ cancels the 2 of the derivative; the mean of it is the cost J(θ)
 * of lesson 00) and, in the worked example, MSE = (1/m)Σ(y − ŷ)²: for y = 1, ŷ = 0.1 the latter gives
 * ℓ = 0.81 and ∂ℓ/∂ŷ = −1.8 (the notes quote the magnitude 1.8). The two names keep the forms apart.
 * Through a sigmoid the factor σ(1 − σ) ≤ ¼ makes the gradient vanish when the prediction is
 * confidently wrong (|z| large): the reason classification uses cross-entropy instead.
 *
 * `meanSquaredError` matches `torch.nn.MSELoss` / `torch.nn.functional.mse_loss` and
 * `tf.losses.meanSquaredError` (its default reduction, the sum over non-zero weights, is the mean
 * here). `halfSquaredError` is half of them; with reduction "sum" it is TensorFlow's `tf.nn.l2_loss`
 * of the residuals.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const inputs_1 = require("./inputs");
/** (y − ŷ)² per element, then `reduction` (default "mean": the MSE). */
function meanSquaredError(options) {
    return (0, inputs_1.elementwiseLoss)("meanSquaredError", inputs_1.REAL_PREDICTIONS, options, (y, yHat) => tf.squaredDifference(yHat, y));
}
exports.meanSquaredError = meanSquaredError;
/** ½(y − ŷ)² per element, the notes' L2, then `reduction` (default "mean": half the MSE). */
function halfSquaredError(options) {
    return (0, inputs_1.elementwiseLoss)("halfSquaredError", inputs_1.REAL_PREDICTIONS, options, (y, yHat) => tf.mul(tf.squaredDifference(yHat, y), 0.5));
}
exports.halfSquaredError = halfSquaredError;
/** ∂ℓᵢ/∂ŷᵢ = 2(ŷᵢ − yᵢ) of the squared error per element (the gradient of the "sum"). */
function meanSquaredErrorGradient(options) {
    return (0, inputs_1.elementwise)("meanSquaredErrorGradient", inputs_1.REAL_PREDICTIONS, options, (y, yHat) => tf.mul(tf.sub(yHat, y), 2));
}
exports.meanSquaredErrorGradient = meanSquaredErrorGradient;
/** ∂ℓᵢ/∂ŷᵢ = ŷᵢ − yᵢ of the half squared error per element (the gradient of the "sum"). */
function halfSquaredErrorGradient(options) {
    return (0, inputs_1.elementwise)("halfSquaredErrorGradient", inputs_1.REAL_PREDICTIONS, options, (y, yHat) => tf.sub(yHat, y));
}
exports.halfSquaredErrorGradient = halfSquaredErrorGradient;
/**
 * ∂ℓᵢ/∂zᵢ = 2(σ(zᵢ) − yᵢ)·σ(zᵢ)(1 − σ(zᵢ)) of the squared error (yᵢ − σ(zᵢ))² per element, for
 * labels in [0, 1]: the gradient a logistic unit trained with MSE receives. It tends to 0 as |z| → ∞,
 * right or wrong. Written with σ(−z) for 1 − σ(z), so it is exactly 0 (not a rounding residue) there.
 */
function meanSquaredErrorWithLogitsGradient(options) {
    return (0, inputs_1.elementwise)("meanSquaredErrorWithLogitsGradient", inputs_1.LOGITS, options, (y, z) => {
        const p = tf.sigmoid(z);
        return tf.mul(tf.mul(tf.sub(p, y), 2), tf.mul(p, tf.sigmoid(tf.neg(z))));
    });
}
exports.meanSquaredErrorWithLogitsGradient = meanSquaredErrorWithLogitsGradient;
//# sourceMappingURL=mean_squared_error.js.map