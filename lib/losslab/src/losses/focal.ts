/**
 * Focal loss (Lin, Goyal, Girshick, He, Dollár, "Focal Loss for Dense Object Detection", ICCV 2017):
 * cross-entropy with each term scaled by (1 − p_t)^γ, p_t the probability given to the right answer.
 * Well-classified examples (p_t near 1) are down-weighted, hard ones keep almost their whole loss,
 * so a flood of easy examples (background, a majority class) no longer dominates training.
 *
 *   sigmoid form, per element (binary or multi-label; σ per class):
 *     p = σ(z),  1 − p_t = t(1 − p) + (1 − t)p,  α_t = αt + (1 − α)(1 − t),
 *     ℓ = α_t (1 − p_t)^γ · BCE(z, t)         (for t = 1: −α(1 − p)^γ log p);
 *   softmax form, per sample (multi-class; classes on the last axis, targets t one-hot or probabilities):
 *     p = softmax(s),  ℓ = −Σᵢ αᵢ tᵢ (1 − pᵢ)^γ log pᵢ.
 *
 * The form FL = −Σᵢ (1 − sᵢ)^γ tᵢ log sᵢ with C = 2 is both. The focusing parameter γ ≥ 0 defaults
 * to 2, the paper's choice; γ = 0 gives back cross-entropy exactly (`binaryCrossEntropyWithLogits`,
 * `softmaxCrossEntropy`). The balancing weight α is optional and off by default (α_t = 1), so that
 * γ = 0 is plain cross-entropy; the paper pairs γ = 2 with α = 0.25 (weight of the positive class).
 *
 * Numerics: everything is computed from logits (BCE's stable form, log-softmax), with 1 − p as
 * σ(∓z) or −expm1(log p), never 1 − p itself; the gradients are given in closed form, because
 * autodiff of (1 − p)^γ at p = 1 is ∞·0 = NaN for γ < 1. Finite values and gradients at logits ±1000.
 *
 * `sigmoidFocalLoss` matches `torchvision.ops.sigmoid_focal_loss(inputs, targets, alpha, gamma)`, but
 * torchvision's defaults differ: α = 0.25 (α = −1 switches it off, as leaving α out does here) and
 * reduction "none" (here "mean", over all elements as there). TensorFlow: Keras'
 * `BinaryFocalCrossentropy(apply_class_balancing, alpha, gamma, from_logits=True)`, which first
 * averages over the last axis. `softmaxFocalLoss` has no PyTorch built-in; it matches the usual
 * definition `F.nll_loss((1 − p)^γ · log p, target, weight=α, reduction="none")` (kornia's
 * `focal_loss` with a scalar α) and Keras' `CategoricalFocalCrossentropy` (default α = 0.25 there).
 * With per-class α, PyTorch's weighted "mean" divides by Σ α_{target}; here "mean" divides by the
 * number of samples.
 */
import * as tf from "../tf";
import { ShapeError, checkRange, describe, toFiniteTensor } from "../validation";
import { logitCrossEntropyValues } from "./binary_cross_entropy";
import { withDerivative } from "../activations/custom_gradient";
import { LOGITS, checkLossOptions, elementwiseLoss, type LogitLossOptions } from "./inputs";
import { softmaxLoss } from "./softmax_cross_entropy";

/** The focal losses' own options, besides labels, logits and reduction. */
const FOCAL_OPTIONS = ["gamma?", "alpha?"];

export interface SigmoidFocalOptions {
  /** Focusing parameter γ ≥ 0; 0 gives binary cross-entropy. @default 2 (Lin et al. 2017) */
  gamma?: number;
  /** Weight α ∈ [0, 1] of the positive class, 1 − α of the negative. @default undefined (no weighting) */
  alpha?: number;
}

export interface SoftmaxFocalOptions {
  /** Focusing parameter γ ≥ 0; 0 gives softmax cross-entropy. @default 2 (Lin et al. 2017) */
  gamma?: number;
  /**
   * Class weights: one number ≥ 0 for every class, or one per class (length C).
   * @default undefined (no weighting)
   */
  alpha?: number | number[] | tf.Tensor1D;
}

/** α_t (1 − p_t)^γ BCE(z, t) per element, p = σ(z), then `reduction` (default "mean"). */
export function sigmoidFocalLoss(options: LogitLossOptions & SigmoidFocalOptions): tf.Tensor {
  const fn = "sigmoidFocalLoss";
  checkLossOptions(fn, "logits", options, FOCAL_OPTIONS, true);
  const gamma = checkGamma(fn, options.gamma);
  const alpha = options.alpha === undefined ? undefined : checkRange(fn, "alpha", options.alpha, { min: 0, max: 1 });
  return elementwiseLoss(fn, LOGITS, options, (t, z) => {
    const alphaT = alpha === undefined ? tf.onesLike(t) : tf.add(tf.mul(t, alpha), tf.mul(tf.sub(1, t), 1 - alpha));
    const value = (x: tf.Tensor, y: tf.Tensor, a: tf.Tensor) =>
      tf.mul(tf.mul(a, tf.pow(oneMinusPt(x, y), gamma)), logitCrossEntropyValues(x, y));
    // d/dz: α_t (1 − p_t)^γ [γ(1 − 2t)·σ(z)σ(−z)/(1 − p_t)·BCE + σ(z) − t]; the ratio is bounded by 1
    // and only taken where 1 − p_t > 0 (where it is 0, the whole first term is 0 as well)
    const derivative = (x: tf.Tensor, y: tf.Tensor, a: tf.Tensor) => {
      const p = tf.sigmoid(x);
      const q = oneMinusPt(x, y);
      const ratio = tf.where(tf.greater(q, 0), tf.div(tf.mul(p, tf.sigmoid(tf.neg(x))), q), tf.zerosLike(q));
      const focusing = tf.mul(tf.mul(tf.mul(ratio, tf.sub(1, tf.mul(y, 2))), logitCrossEntropyValues(x, y)), gamma);
      return tf.mul(tf.mul(a, tf.pow(q, gamma)), tf.add(focusing, tf.sub(p, y)));
    };
    return withDerivative(z, [t, alphaT], value, derivative);
  }, FOCAL_OPTIONS);
}

/** −Σᵢ αᵢ tᵢ (1 − pᵢ)^γ log pᵢ per sample, p = softmax(s) on the last axis, then `reduction` (default "mean"). */
export function softmaxFocalLoss(options: LogitLossOptions & SoftmaxFocalOptions): tf.Tensor {
  const fn = "softmaxFocalLoss";
  checkLossOptions(fn, "logits", options, FOCAL_OPTIONS, true);
  const gamma = checkGamma(fn, options.gamma);
  return softmaxLoss(fn, options, FOCAL_OPTIONS, (targets, logProbs) => {
    const weights = options.alpha === undefined ? targets : tf.mul(targets, classWeights(fn, options.alpha, targets.shape));
    // with u = 1 − p = −expm1(log p): ℓᵢ = −wᵢ u^γ log pᵢ and dℓᵢ/d log pᵢ = −wᵢ u^γ (1 − γ p log p / u),
    // where log p / u → −1 as u → 0
    const value = (lp: tf.Tensor, w: tf.Tensor) => tf.neg(tf.mul(tf.mul(w, tf.pow(tf.neg(tf.expm1(lp)), gamma)), lp));
    const derivative = (lp: tf.Tensor, w: tf.Tensor) => {
      const u = tf.neg(tf.expm1(lp));
      const ratio = tf.where(tf.greater(u, 0), tf.div(lp, u), tf.fill(u.shape, -1));
      const focusing = tf.sub(1, tf.mul(tf.mul(tf.exp(lp), ratio), gamma));
      return tf.neg(tf.mul(tf.mul(w, tf.pow(u, gamma)), focusing));
    };
    return tf.sum(withDerivative(logProbs, [weights], value, derivative), -1);
  });
}

/** 1 − p_t = t·σ(−z) + (1 − t)·σ(z), with no cancellation. */
function oneMinusPt(z: tf.Tensor, t: tf.Tensor): tf.Tensor {
  return tf.add(tf.mul(t, tf.sigmoid(tf.neg(z))), tf.mul(tf.sub(1, t), tf.sigmoid(z)));
}

function checkGamma(fn: string, gamma: unknown): number {
  return checkRange(fn, "gamma", gamma ?? 2, { min: 0 });
}

/** α as a scalar or a vector over the classes (the last axis of `shape`), each value finite and ≥ 0. */
function classWeights(fn: string, alpha: unknown, shape: number[]): tf.Tensor {
  const a = toFiniteTensor(fn, "alpha", alpha, { min: 0 });
  const numClasses = shape[shape.length - 1];
  if (a.rank > 1 || (a.rank === 1 && a.size !== numClasses)) {
    throw new ShapeError(fn, "alpha", `a number or one weight per class (length ${numClasses})`, describe(a));
  }
  return a;
}
