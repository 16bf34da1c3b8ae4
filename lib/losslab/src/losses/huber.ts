/**
 * Huber loss with threshold δ > 0, for the residual r = ŷ − y:
 *
 *   ℓ = ½r²              if |r| ≤ δ,          ∂ℓ/∂ŷ = r              if |r| ≤ δ,
 *   ℓ = δ(|r| − ½δ)      otherwise;           ∂ℓ/∂ŷ = δ·sign(r)      otherwise (clip(r, −δ, δ)).
 *
 * "Near the origin close to L2, away from it close to L1" : quadratic up to |r| = δ, then
 * linear with the slope the quadratic had there, so an outlier pulls with force δ at most. Limits:
 * for δ ≥ |r| it is exactly ½r², the half squared error; as δ → 0, ℓ/δ → |r|, the absolute error.
 * Computed as ½q² + δ(|r| − q) with q = min(|r|, δ), which stays exact for residuals of 1e6 and more.
 *
 * Default δ = 1, as in PyTorch and TensorFlow. Matches `torch.nn.HuberLoss(delta=δ)` and
 * `tf.losses.huberLoss(labels, predictions, weights, delta)` (its default reduction is the mean here).
 * Not to be confused with `torch.nn.SmoothL1Loss(beta=δ)`, which is this loss divided by δ.
 */
import * as tf from "../tf";
import { checkRange } from "../validation";
import { REAL_PREDICTIONS, checkLossOptions, elementwise, elementwiseLoss, type LabelsAndPredictions, type PredictionLossOptions } from "./inputs";

/** Huber's own option, besides labels, predictions and reduction. */
const HUBER_OPTIONS = ["delta?"];

export interface HuberOptions {
  /** The residual at which the loss turns from quadratic to linear; a number > 0. @default 1 */
  delta?: number;
}

/** Huber's ℓ per element, then `reduction` (default "mean"). */
export function huberLoss(options: PredictionLossOptions & HuberOptions): tf.Tensor {
  checkLossOptions("huberLoss", "predictions", options, HUBER_OPTIONS, true);
  const delta = checkRange("huberLoss", "delta", options.delta ?? 1, { min: 0, minOpen: true });
  return elementwiseLoss("huberLoss", REAL_PREDICTIONS, options, (y, yHat) => {
    const absR = tf.abs(tf.sub(yHat, y));
    const q = tf.minimum(absR, delta);
    return tf.add(tf.mul(tf.square(q), 0.5), tf.mul(tf.sub(absR, q), delta));
  }, HUBER_OPTIONS);
}

/** ∂ℓᵢ/∂ŷᵢ = clip(ŷᵢ − yᵢ, −δ, δ) per element (the gradient of the "sum"). */
export function huberLossGradient(options: LabelsAndPredictions & HuberOptions): tf.Tensor {
  checkLossOptions("huberLossGradient", "predictions", options, HUBER_OPTIONS, false);
  const delta = checkRange("huberLossGradient", "delta", options.delta ?? 1, { min: 0, minOpen: true });
  return elementwise("huberLossGradient", REAL_PREDICTIONS, options, (y, yHat) => tf.clipByValue(tf.sub(yHat, y), -delta, delta), HUBER_OPTIONS);
}
