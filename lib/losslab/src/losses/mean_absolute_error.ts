/**
 * L1 loss, the mean absolute error (MAE; the "Manhattan distance"):
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
import * as tf from "../tf";
import { REAL_PREDICTIONS, elementwise, elementwiseLoss, type LabelsAndPredictions, type PredictionLossOptions } from "./inputs";

/** |y − ŷ| per element, then `reduction` (default "mean"). */
export function meanAbsoluteError(options: PredictionLossOptions): tf.Tensor {
  return elementwiseLoss("meanAbsoluteError", REAL_PREDICTIONS, options, (y, yHat) => {
    // |r| as r·sign(r): the same value, and autodiff gives sign(r), 0 at r = 0 (tf.abs's gradient is −1 there)
    const r = tf.sub(yHat, y);
    return tf.mul(r, tf.sign(r));
  });
}

/** ∂ℓᵢ/∂ŷᵢ = sign(ŷᵢ − yᵢ) per element (the gradient of the "sum"; divide by the count for "mean"). */
export function meanAbsoluteErrorGradient(options: LabelsAndPredictions): tf.Tensor {
  return elementwise("meanAbsoluteErrorGradient", REAL_PREDICTIONS, options, (y, yHat) => tf.sign(tf.sub(yHat, y)));
}
