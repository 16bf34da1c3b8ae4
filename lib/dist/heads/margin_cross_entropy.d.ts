/**
 * The logits and the loss of every margin head, in one form:
 *
 *   zᵢⱼ = Nᵢⱼ · Hᵢⱼ,   Hᵢⱼ = cos θᵢⱼ for j ≠ yᵢ,   H_{i,yᵢ} = f(cos θ_{i,yᵢ}),
 *   Lᵢ = log Σⱼ e^{zᵢⱼ} − z_{i,yᵢ},
 *
 * with N the logit norm (the scale s for CosFace and ArcFace, ‖x‖ for A-Softmax, ‖x‖‖wⱼ‖ for
 * L-Softmax) and f the margin on the target cosine (`MarginTarget`).
 *
 * `marginCrossEntropy` computes L as one fused op with its gradient in closed form. With
 * p = softmax(z) and g = (p − onehot)·dL:
 *
 *   ∂L/∂zᵢⱼ = gᵢⱼ,   ∂L/∂Nᵢⱼ = gᵢⱼ Hᵢⱼ,
 *   ∂L/∂cos θᵢⱼ = gᵢⱼ Nᵢⱼ for j ≠ yᵢ,   g_{i,yᵢ} N_{i,yᵢ} f'(cos θ_{i,yᵢ}) on the target.
 *
 * Why fused: taped, this is about 150 small ops forward and back, each costing ~0.1 ms on the wasm
 * backend however small its tensor, which made ArcFace's training step 40 % slower than softmax's
 * (issue 7's profile). Fused, nothing inside is taped. `marginLogits` builds the same z from taped
 * ops (with f as one `marginTargetOp`), for `head.logits` and for anyone differentiating the logits.
 */
import * as tf from "@tensorflow/tfjs";
import { type MarginTarget } from "../angular/margin_target";
/** The logit norm N: a number (fixed, no gradient) or a tensor broadcastable to [B, C]. */
export type LogitNorm = number | tf.Tensor;
/** The margin logits z = N ⊙ H [B, C], differentiable by TF.js's autograd; the inputs are checked. */
export declare function marginLogits(cos: tf.Tensor2D, oneHot: tf.Tensor2D, target: MarginTarget, norm: LogitNorm): tf.Tensor2D;
/** `marginLogits` without the checks, for the heads (their inputs are validated). */
export declare function headMarginLogits(cos: tf.Tensor2D, oneHot: tf.Tensor2D, target: MarginTarget, norm: LogitNorm): tf.Tensor2D;
/**
 * Per-sample softmax cross-entropy [B] of the margin logits z = N ⊙ H, fused, differentiable with
 * respect to `cos` and to a tensor `norm` (`oneHot` gets no gradient: labels are data). The inputs
 * are checked (see `checkMarginInputs`).
 */
export declare function marginCrossEntropy(cos: tf.Tensor2D, oneHot: tf.Tensor2D, target: MarginTarget, norm: LogitNorm): tf.Tensor1D;
/** `marginCrossEntropy` without the checks: the heads' training step (its inputs are validated). */
export declare function headMarginCrossEntropy(cos: tf.Tensor2D, oneHot: tf.Tensor2D, target: MarginTarget, norm: LogitNorm): tf.Tensor1D;
//# sourceMappingURL=margin_cross_entropy.d.ts.map