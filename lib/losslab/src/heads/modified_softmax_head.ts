/**
 * Modified softmax (introduced in the SphereFace paper): weights normalised, bias zero, so zⱼ = ‖x‖cos θⱼ and the
 * binary boundary is ‖x‖(cos θ₁ − cos θ₂) = 0, the angle bisector. No margin: the logits used in
 * training and for prediction are the same.
 */
import * as tf from "../tf";
import { ClassificationHead, type HeadOptions } from "./head";

export class ModifiedSoftmaxHead extends ClassificationHead {
  constructor(options: HeadOptions) {
    super("ModifiedSoftmaxHead", options);
  }

  protected plainLogits(x: tf.Tensor2D): tf.Tensor2D {
    return tf.matMul(x, this.unitWeights());
  }

  protected marginLogits(x: tf.Tensor2D): tf.Tensor2D {
    return this.plainLogits(x);
  }
}
