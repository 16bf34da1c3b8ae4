/**
 * L2 loss in its two forms, and its gradients, with respect to ŷ and, when ŷ = σ(z), to the logit z:
 *
 *   squared error (MSE):      ℓᵢ = (yᵢ − ŷᵢ)²,     ∂ℓᵢ/∂ŷᵢ = 2(ŷᵢ − yᵢ);
 *   half squared error:       ℓᵢ = ½(yᵢ − ŷᵢ)²,    ∂ℓᵢ/∂ŷᵢ = ŷᵢ − yᵢ;
 *   through a sigmoid:        ∂ℓᵢ/∂zᵢ = 2(σ(zᵢ) − yᵢ)·σ(zᵢ)(1 − σ(zᵢ)).
 *
 * L2 is often written ½(y − ŷ)² (the ½ cancels the 2 of the derivative; its mean is the cost J(θ)),
 * and also MSE = (1/m)Σ(y − ŷ)²: for y = 1, ŷ = 0.1 the latter gives
 * ℓ = 0.81 and ∂ℓ/∂ŷ = −1.8 (magnitude 1.8). The two names keep the forms apart.
 * Through a sigmoid the factor σ(1 − σ) ≤ ¼ makes the gradient vanish when the prediction is
 * confidently wrong (|z| large): the reason classification uses cross-entropy instead.
 *
 * `meanSquaredError` matches `torch.nn.MSELoss` / `torch.nn.functional.mse_loss` and
 * `tf.losses.meanSquaredError` (its default reduction, the sum over non-zero weights, is the mean
 * here). `halfSquaredError` is half of them; with reduction "sum" it is TensorFlow's `tf.nn.l2_loss`
 * of the residuals.
 */
import * as tf from "../tf";
import {
  LOGITS,
  REAL_PREDICTIONS,
  elementwise,
  elementwiseLoss,
  type LabelsAndLogits,
  type LabelsAndPredictions,
  type PredictionLossOptions,
} from "./inputs";

/** (y − ŷ)² per element, then `reduction` (default "mean": the MSE). */
export function meanSquaredError(options: PredictionLossOptions): tf.Tensor {
  return elementwiseLoss("meanSquaredError", REAL_PREDICTIONS, options, (y, yHat) => tf.squaredDifference(yHat, y));
}

/** ½(y − ŷ)² per element, the halved L2, then `reduction` (default "mean": half the MSE). */
export function halfSquaredError(options: PredictionLossOptions): tf.Tensor {
  return elementwiseLoss("halfSquaredError", REAL_PREDICTIONS, options, (y, yHat) => tf.mul(tf.squaredDifference(yHat, y), 0.5));
}

/** ∂ℓᵢ/∂ŷᵢ = 2(ŷᵢ − yᵢ) of the squared error per element (the gradient of the "sum"). */
export function meanSquaredErrorGradient(options: LabelsAndPredictions): tf.Tensor {
  return elementwise("meanSquaredErrorGradient", REAL_PREDICTIONS, options, (y, yHat) => tf.mul(tf.sub(yHat, y), 2));
}

/** ∂ℓᵢ/∂ŷᵢ = ŷᵢ − yᵢ of the half squared error per element (the gradient of the "sum"). */
export function halfSquaredErrorGradient(options: LabelsAndPredictions): tf.Tensor {
  return elementwise("halfSquaredErrorGradient", REAL_PREDICTIONS, options, (y, yHat) => tf.sub(yHat, y));
}

/**
 * ∂ℓᵢ/∂zᵢ = 2(σ(zᵢ) − yᵢ)·σ(zᵢ)(1 − σ(zᵢ)) of the squared error (yᵢ − σ(zᵢ))² per element, for
 * labels in [0, 1]: the gradient a logistic unit trained with MSE receives. It tends to 0 as |z| → ∞,
 * right or wrong. Written with σ(−z) for 1 − σ(z), so it is exactly 0 (not a rounding residue) there.
 */
export function meanSquaredErrorWithLogitsGradient(options: LabelsAndLogits): tf.Tensor {
  return elementwise("meanSquaredErrorWithLogitsGradient", LOGITS, options, (y, z) => {
    const p = tf.sigmoid(z);
    return tf.mul(tf.mul(tf.sub(p, y), 2), tf.mul(p, tf.sigmoid(tf.neg(z))));
  });
}
