/**
 * What the margin heads (A-Softmax, L-Softmax, CosFace, ArcFace) share: their logits are a norm times
 * the cosines with a margin f on the target cosine, zᵢⱼ = Nᵢⱼ Hᵢⱼ (see `margin_cross_entropy.ts`).
 * A head says what N, f and the cosines are (`marginForm`); this class turns them into the training
 * logits and into the fused loss, whose gradient is written out instead of taped op by op.
 */
import type * as tf from "../tf";
import type { MarginTarget } from "../angular/margin_target";
import { ClassificationHead } from "./head";
import { headMarginCrossEntropy, headMarginLogits, type LogitNorm } from "./margin_cross_entropy";

export interface MarginForm {
  /** cos θ [B, C] between each feature and each class weight. */
  cos: tf.Tensor2D;
  /** N: a number or a tensor broadcastable to [B, C]. */
  norm: LogitNorm;
  /** f, the margin on the target cosine. */
  target: MarginTarget;
}

export abstract class MarginHead extends ClassificationHead {
  /** The cosines, the logit norm and the margin for a validated feature matrix x [B, d]. */
  protected abstract marginForm(x: tf.Tensor2D): MarginForm;

  protected marginLogits(x: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Tensor2D {
    const { cos, norm, target } = this.marginForm(x);
    return headMarginLogits(cos, oneHot, target, norm);
  }

  protected override lossPerSample(x: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Tensor1D {
    const { cos, norm, target } = this.marginForm(x);
    return headMarginCrossEntropy(cos, oneHot, target, norm);
  }
}
