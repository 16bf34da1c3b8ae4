import * as tf from "../tf";
import type { TensorInput } from "../validation";
import { ClassificationHead, checkHeadOptions, initialVariable, type HeadOptions } from "./head";

const SOFTMAX_OPTIONS = ["bias?"];

export interface SoftmaxHeadOptions extends HeadOptions {
  /** Initial bias [C]. @default zeros */
  bias?: TensorInput;
}

/**
 * The plain softmax classifier: logits zⱼ = wⱼ·x + bⱼ = ‖wⱼ‖‖x‖cos θⱼ + bⱼ, no margin. Its binary
 * boundary (W₁ − W₂)·x + b₁ − b₂ = 0 depends on the weight norms and the biases as much as on the
 * angles. The bias starts at 0 unless `bias` is given.
 */
export class SoftmaxHead extends ClassificationHead {
  /** b [C]. */
  readonly bias: tf.Variable<tf.Rank.R1>;

  constructor(options: SoftmaxHeadOptions) {
    checkHeadOptions("SoftmaxHead", options, SOFTMAX_OPTIONS);
    super("SoftmaxHead", options, SOFTMAX_OPTIONS);
    try {
      this.bias = initialVariable(this.name, "bias", options.bias, [this.numClasses], () => tf.zeros([this.numClasses])) as tf.Variable<tf.Rank.R1>;
    } catch (e) {
      // a bad bias must not leave the weights variable behind
      this.weights.dispose();
      throw e;
    }
  }

  override get trainableVariables(): tf.Variable[] {
    return [this.weights, this.bias];
  }

  protected plainLogits(x: tf.Tensor2D): tf.Tensor2D {
    return tf.add(tf.matMul(x, this.weights), this.bias);
  }

  protected marginLogits(x: tf.Tensor2D): tf.Tensor2D {
    return this.plainLogits(x);
  }
}
