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
 * The notes' FL = −Σᵢ (1 − sᵢ)^γ tᵢ log sᵢ with C = 2 is both. The focusing parameter γ ≥ 0 defaults
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
import * as tf from "@tensorflow/tfjs";
import { type LogitLossOptions } from "./inputs";
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
export declare function sigmoidFocalLoss(options: LogitLossOptions & SigmoidFocalOptions): tf.Tensor;
/** −Σᵢ αᵢ tᵢ (1 − pᵢ)^γ log pᵢ per sample, p = softmax(s) on the last axis, then `reduction` (default "mean"). */
export declare function softmaxFocalLoss(options: LogitLossOptions & SoftmaxFocalOptions): tf.Tensor;
//# sourceMappingURL=focal.d.ts.map