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
import * as tf from "@tensorflow/tfjs";
import { type LabelsAndPredictions, type PredictionLossOptions } from "./inputs";
/** |y − ŷ| per element, then `reduction` (default "mean"). */
export declare function meanAbsoluteError(options: PredictionLossOptions): tf.Tensor;
/** ∂ℓᵢ/∂ŷᵢ = sign(ŷᵢ − yᵢ) per element (the gradient of the "sum"; divide by the count for "mean"). */
export declare function meanAbsoluteErrorGradient(options: LabelsAndPredictions): tf.Tensor;
//# sourceMappingURL=mean_absolute_error.d.ts.map