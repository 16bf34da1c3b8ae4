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
import * as tf from "@tensorflow/tfjs";
import { type LabelsAndPredictions, type PredictionLossOptions } from "./inputs";
export interface HuberOptions {
    /** The residual at which the loss turns from quadratic to linear; a number > 0. @default 1 */
    delta?: number;
}
/** Huber's ℓ per element, then `reduction` (default "mean"). */
export declare function huberLoss(options: PredictionLossOptions & HuberOptions): tf.Tensor;
/** ∂ℓᵢ/∂ŷᵢ = clip(ŷᵢ − yᵢ, −δ, δ) per element (the gradient of the "sum"). */
export declare function huberLossGradient(options: LabelsAndPredictions & HuberOptions): tf.Tensor;
//# sourceMappingURL=huber.d.ts.map