/**
 * Binary cross-entropy (BCE), for a label y ∈ [0, 1] (usually 0 or 1) and a predicted probability
 * ŷ = σ(z) of the class "1":
 *
 *   from probabilities:  ℓ = −[y·log ŷ + (1 − y)·log(1 − ŷ)],        ∂ℓ/∂ŷ = (ŷ − y) / (ŷ(1 − ŷ));
 *   from logits z:       ℓ = max(z, 0) − z·y + log(1 + e^{−|z|}),     ∂ℓ/∂z = σ(z) − y.
 *
 * CE with C′ = 2 classes, −t₁ log s₁ − (1 − t₁) log(1 − s₁). Worked example, y = 1, ŷ = 0.1: ℓ = −ln 0.1 ≈ 2.3 and
 * ∂ℓ/∂ŷ = −10 (magnitude 10). Through the sigmoid the 1/(ŷ(1 − ŷ)) cancels σ′
 * and ∂ℓ/∂z = ŷ − y: the more wrong the prediction, the larger the step, unlike MSE.
 *
 * Numerics:
 * - from probabilities: each log is clamped at −100 (`BCE_LOG_FLOOR`), as PyTorch does, so ŷ = 0 or 1
 *   costs at most 100 instead of Infinity; the gradient uses PyTorch's backward formula with the
 *   denominator clamped at 1e-12 (`BCE_GRADIENT_EPSILON`), so it is finite (±1e12 at worst) at 0 and 1.
 *   Prefer the logits form whenever z is at hand: it needs no clamp.
 * - from logits: the form above equals z − z·y + log(1 + e^{−z}) = −y log σ(z) − (1−y) log σ(−z) and
 *   never exponentiates a positive number: z = ±1000 gives 1000 or 0, no overflow. Its gradient is
 *   given in closed form (autodiff of |z| and max(z, 0) would be wrong at z = 0).
 *
 * `binaryCrossEntropy` matches `torch.nn.BCELoss` (same clamp at −100). TensorFlow differs at the
 * edges: `tf.losses.logLoss` adds ε = 1e-7 inside both logs and Keras' `BinaryCrossentropy` clips ŷ
 * to [1e-7, 1 − 1e-7] (16.1 at most instead of 100).
 * `binaryCrossEntropyWithLogits` matches `torch.nn.BCEWithLogitsLoss` (without `pos_weight`) and
 * `tf.losses.sigmoidCrossEntropy(labels, logits)` (label smoothing 0; its default reduction is the
 * mean here), which use the same stable form.
 */
import * as tf from "../tf";
import { withDerivative } from "../activations/custom_gradient";
import {
  LOGITS,
  PROBABILITIES,
  elementwise,
  elementwiseLoss,
  type LabelsAndLogits,
  type LabelsAndPredictions,
  type LogitLossOptions,
  type PredictionLossOptions,
} from "./inputs";

/** The lowest value a log may take in `binaryCrossEntropy` (PyTorch's BCELoss clamp). */
export const BCE_LOG_FLOOR = -100;
/** The least denominator ŷ(1 − ŷ) in the gradient of `binaryCrossEntropy` (PyTorch's backward). */
export const BCE_GRADIENT_EPSILON = 1e-12;

/** −[y·log ŷ + (1 − y)·log(1 − ŷ)] per element, logs clamped at −100, then `reduction` (default "mean"). */
export function binaryCrossEntropy(options: PredictionLossOptions): tf.Tensor {
  return elementwiseLoss("binaryCrossEntropy", PROBABILITIES, options, (y, p) =>
    withDerivative(p, [y], probabilityElements, probabilityDerivative),
  );
}

/** max(z, 0) − z·y + log(1 + e^{−|z|}) per element, then `reduction` (default "mean"). */
export function binaryCrossEntropyWithLogits(options: LogitLossOptions): tf.Tensor {
  return elementwiseLoss("binaryCrossEntropyWithLogits", LOGITS, options, logitElements);
}

/** ∂ℓᵢ/∂ŷᵢ = (ŷᵢ − yᵢ) / max(ŷᵢ(1 − ŷᵢ), 1e-12) per element (the gradient of the "sum"). */
export function binaryCrossEntropyGradient(options: LabelsAndPredictions): tf.Tensor {
  return elementwise("binaryCrossEntropyGradient", PROBABILITIES, options, (y, p) => probabilityDerivative(p, y));
}

/** ∂ℓᵢ/∂zᵢ = σ(zᵢ) − yᵢ per element (the gradient of the "sum"). */
export function binaryCrossEntropyWithLogitsGradient(options: LabelsAndLogits): tf.Tensor {
  return elementwise("binaryCrossEntropyWithLogitsGradient", LOGITS, options, (y, z) => logitDerivative(z, y));
}

/** y·min(−log ŷ, 100) + (1 − y)·min(−log(1 − ŷ), 100): the logs clamped at −100, no −0 for a perfect prediction. */
function probabilityElements(p: tf.Tensor, y: tf.Tensor): tf.Tensor {
  const negLogP = tf.minimum(tf.neg(tf.log(p)), -BCE_LOG_FLOOR);
  const negLog1mP = tf.minimum(tf.neg(tf.log(tf.sub(1, p))), -BCE_LOG_FLOOR);
  return tf.add(tf.mul(y, negLogP), tf.mul(tf.sub(1, y), negLog1mP));
}

function probabilityDerivative(p: tf.Tensor, y: tf.Tensor): tf.Tensor {
  return tf.div(tf.sub(p, y), tf.maximum(tf.mul(p, tf.sub(1, p)), BCE_GRADIENT_EPSILON));
}

function logitDerivative(z: tf.Tensor, y: tf.Tensor): tf.Tensor {
  return tf.sub(tf.sigmoid(z), y);
}

/** max(z, 0) − z·y + log(1 + e^{−|z|}), the stable value of BCE from logits, without a custom gradient. */
export function logitCrossEntropyValues(z: tf.Tensor, y: tf.Tensor): tf.Tensor {
  return tf.add(tf.sub(tf.relu(z), tf.mul(z, y)), tf.log1p(tf.exp(tf.neg(tf.abs(z)))));
}

/**
 * BCE from logits per element, with its closed-form gradient σ(z) − y with respect to z; for the
 * losses built on it (multi-label cross-entropy). Expects checked tensors.
 */
export function logitElements(y: tf.Tensor, z: tf.Tensor): tf.Tensor {
  return withDerivative(z, [y], logitCrossEntropyValues, logitDerivative);
}
