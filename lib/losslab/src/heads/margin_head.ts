import type * as tf from "../tf";
import type { MarginTarget } from "../angular/margin_target";
import type { MarginLossFormulation } from "../backend/formulations";
import { ClassificationHead } from "./head";
import { fusedMarginLoss, usesHostLoss, type FusedMarginForm } from "./fused_margin_loss";
import { headMarginCrossEntropy, headMarginLogits, type LogitNorm } from "./margin_cross_entropy";

export interface MarginForm {
  /** cos θ [B, C] between each feature and each class weight. */
  cos: tf.Tensor2D;
  /** N: a number or a tensor broadcastable to [B, C]. */
  norm: LogitNorm;
  /** f, the margin on the target cosine. */
  target: MarginTarget;
}

/**
 * What the margin heads (A-Softmax, L-Softmax, CosFace, ArcFace) share: their logits are a norm times
 * the cosines with a margin f on the target cosine, zᵢⱼ = Nᵢⱼ Hᵢⱼ (see `margin_cross_entropy.ts`).
 * A head says what N, f and the cosines are (`marginForm`, as taped tensors, for `logits`) and the same
 * in the fused op's terms (`fusedForm`, for `loss`); this class turns them into the training logits and
 * into the loss, whose gradient is written out instead of taped op by op. How the loss is computed
 * (`marginLoss`) follows the active backend (`formulationFor`): both forms give the same values.
 */
export abstract class MarginHead extends ClassificationHead {
  /**
   * How `loss` computes the margin loss: "host" (`fusedMarginLoss`) or "tensor" (`marginCrossEntropy`
   * of the cosine op). Unset: the active backend's choice (`formulationFor().marginLoss`).
   */
  marginLoss: MarginLossFormulation | undefined = undefined;

  /** The cosines, the logit norm and the margin for a validated feature matrix x [B, d]. */
  protected abstract marginForm(x: tf.Tensor2D): MarginForm;

  /** The logit norm and the margin as `fusedMarginLoss` takes them. */
  protected abstract fusedForm(): FusedMarginForm;

  protected marginLogits(x: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Tensor2D {
    const { cos, norm, target } = this.marginForm(x);
    return headMarginLogits(cos, oneHot, target, norm);
  }

  protected override lossPerSample(x: tf.Tensor2D, y: tf.Tensor1D): tf.Tensor1D {
    if (usesHostLoss(this.marginLoss)) return fusedMarginLoss(x, this.weights, y.dataSync(), this.fusedForm());
    const { cos, norm, target } = this.marginForm(x);
    return headMarginCrossEntropy(cos, this.oneHotOf(y), target, norm);
  }
}
