/**
 * The plain softmax classifier: logits zⱼ = wⱼ·x + bⱼ = ‖wⱼ‖‖x‖cos θⱼ + bⱼ, no margin. Its binary
 * boundary (W₁ − W₂)·x + b₁ − b₂ = 0 depends on the weight norms and the biases as much as on the
 * angles (lesson 05). The bias starts at 0 unless `bias` is given.
 */
import * as tf from "@tensorflow/tfjs";
import type { TensorInput } from "../validation";
import { ClassificationHead, type HeadOptions } from "./head";
export interface SoftmaxHeadOptions extends HeadOptions {
    /** Initial bias [C]. @default zeros */
    bias?: TensorInput;
}
export declare class SoftmaxHead extends ClassificationHead {
    /** b [C]. */
    readonly bias: tf.Variable<tf.Rank.R1>;
    constructor(options: SoftmaxHeadOptions);
    get trainableVariables(): tf.Variable[];
    protected plainLogits(x: tf.Tensor2D): tf.Tensor2D;
    protected marginLogits(x: tf.Tensor2D): tf.Tensor2D;
}
//# sourceMappingURL=softmax_head.d.ts.map