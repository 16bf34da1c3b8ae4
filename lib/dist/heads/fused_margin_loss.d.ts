/**
 * The training loss of a margin head as one op from the features x [B, d] and the class weights
 * W [d, C], with the [B, C] part of the forward and backward pass computed on the host in float64.
 *
 * Every margin head's logits have the form zᵢⱼ = aᵢ bⱼ Hᵢⱼ with cos θᵢⱼ = x̂ᵢ·ŵⱼ, Hᵢⱼ = cos θᵢⱼ off
 * the target and f(cos θ_{i,yᵢ}) on it (`MarginTarget`), and the logit norm a·b:
 *
 *   CosFace, ArcFace   aᵢ = s,      bⱼ = 1
 *   A-Softmax          aᵢ = ‖xᵢ‖,   bⱼ = 1      (the modified softmax: f(c) = c)
 *   L-Softmax          aᵢ = ‖xᵢ‖,   bⱼ = ‖wⱼ‖
 *
 * with the norms floored as in `l2Norm` (‖v‖_ε = √max(‖v‖², ε)). The loss is Lᵢ = log Σⱼ e^{zᵢⱼ} − z_{i,yᵢ}.
 *
 * Why on the host: on the CPU-resident backends (tensorflow, wasm, cpu) a kernel costs 7–60 µs
 * however small its tensor (a [128, 2]·[2, 10] matmul 60 µs on tensorflow) and twice that when taped,
 * while reading a small tensor back costs about 4 µs. Written as tensor ops the margin loss and its
 * cosines were 60–80 kernels a step (29–81 more than the softmax head's); here they are 5 kernels
 * forward (‖xᵢ‖², ‖wⱼ‖², x·W) and 6 backward, everything of size [B, C] or smaller being plain loops.
 * With the intermediates held as JavaScript arrays in the op's closure, nothing but the inputs is saved
 * for the gradient: a tensor computed in a custom gradient's forward pass and saved would count as
 * leaked in the engine's per-kernel check (IS_TEST), and is no longer needed. (On a GPU backend the
 * readbacks would wait for the device: `formulationFor` keeps the composed tensor form there.)
 *
 * The gradient, with G = dL·(p − onehot), p = softmax(z), and per row q = Σⱼ (∂L/∂cos)ᵢⱼ cos θᵢⱼ:
 *
 *   ∂L/∂cos θᵢⱼ = Gᵢⱼ aᵢ bⱼ (times f'(c) on the target),  ∂L/∂aᵢ = Σⱼ Gᵢⱼ bⱼ Hᵢⱼ,  ∂L/∂bⱼ = Σᵢ Gᵢⱼ aᵢ Hᵢⱼ,
 *   ∂L/∂x = D·Wᵀ + x ⊙ κ,   ∂L/∂W = xᵀ·D + W ⊙ λ,   Dᵢⱼ = (∂L/∂cos θᵢⱼ)/(‖xᵢ‖‖wⱼ‖),
 *   κᵢ = [‖xᵢ‖² ≥ ε] (∂L/∂aᵢ − qᵢ/‖xᵢ‖)/‖xᵢ‖   (and λⱼ likewise for the columns),
 *
 * the derivative of x̂ = x/‖x‖_ε (its projection) and of the norms, both zero below the floor, as in
 * `l2Normalize`. Tests hold value and gradient to TF.js's autograd of the composed tensor formula and
 * to finite differences, at θ = 0 and π and for zero features and zero weight columns.
 */
import * as tf from "@tensorflow/tfjs";
import type { MarginTarget } from "../angular/margin_target";
import { type MarginLossFormulation } from "../backend/formulations";
export interface FusedMarginForm {
    /** aᵢ: a fixed scale s, or "featureNorm" for ‖xᵢ‖. */
    scale: number | "featureNorm";
    /** Whether bⱼ = ‖wⱼ‖ (L-Softmax) rather than 1. */
    weightNorm: boolean;
    /** f, the margin on the target cosine. */
    target: MarginTarget;
}
/** Whether a head's loss is computed by `fusedMarginLoss`: its own choice, else the active backend's. */
export declare function usesHostLoss(choice: MarginLossFormulation | undefined): boolean;
/**
 * Per-sample softmax cross-entropy [B] of the margin logits, differentiable with respect to `x` and
 * `w` (the labels are data). Inputs validated by the caller: x [B, d] and w [d, C] finite, labels
 * integers in [0, C).
 */
export declare function fusedMarginLoss(x: tf.Tensor2D, w: tf.Tensor2D, labels: ArrayLike<number>, form: FusedMarginForm): tf.Tensor1D;
//# sourceMappingURL=fused_margin_loss.d.ts.map