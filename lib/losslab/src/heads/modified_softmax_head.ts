import * as tf from "../tf";
import type { MarginTarget } from "../angular/margin_target";
import type { MarginLossFormulation } from "../backend/formulations";
import { ClassificationHead, type HeadOptions } from "./head";
import { fusedMarginLoss, usesHostLoss } from "./fused_margin_loss";

/** f(c) = c: no margin. */
const NO_MARGIN: MarginTarget = { value: (c) => c, slope: () => 1 };

/**
 * Modified softmax (introduced in the SphereFace paper): weights normalised, bias zero, so zⱼ = ‖x‖cos θⱼ and the
 * binary boundary is ‖x‖(cos θ₁ − cos θ₂) = 0, the angle bisector. No margin: the logits used in
 * training and for prediction are the same. Its training loss is A-Softmax's without the margin
 * (f(c) = c), so on the backends where the margin heads compute their loss on the host
 * (`formulationFor().marginLoss`) it does too, with `fusedMarginLoss`.
 */
export class ModifiedSoftmaxHead extends ClassificationHead {
  /** How `loss` is computed, as for the margin heads (`MarginHead.marginLoss`). */
  marginLoss: MarginLossFormulation | undefined = undefined;

  constructor(options: HeadOptions) {
    super("ModifiedSoftmaxHead", options);
  }

  protected plainLogits(x: tf.Tensor2D): tf.Tensor2D {
    return tf.matMul(x, this.unitWeights());
  }

  protected marginLogits(x: tf.Tensor2D): tf.Tensor2D {
    return this.plainLogits(x);
  }

  protected override lossPerSample(x: tf.Tensor2D, y: tf.Tensor1D): tf.Tensor1D {
    if (!usesHostLoss(this.marginLoss)) return super.lossPerSample(x, y);
    return fusedMarginLoss(x, this.weights, y.dataSync(), { scale: "featureNorm", weightNorm: false, target: NO_MARGIN });
  }
}
