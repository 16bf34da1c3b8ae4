/**
 * Modified softmax (introduced in the SphereFace paper): weights normalised, bias zero, so zⱼ = ‖x‖cos θⱼ and the
 * binary boundary is ‖x‖(cos θ₁ − cos θ₂) = 0, the angle bisector. No margin: the logits used in
 * training and for prediction are the same. Its training loss is A-Softmax's without the margin
 * (f(c) = c), so on the backends where the margin heads compute their loss on the host
 * (`formulationFor().marginLoss`) it does too, with `fusedMarginLoss`.
 */
import * as tf from "@tensorflow/tfjs";
import type { MarginLossFormulation } from "../backend/formulations";
import { ClassificationHead, type HeadOptions } from "./head";
export declare class ModifiedSoftmaxHead extends ClassificationHead {
    /** How `loss` is computed, as for the margin heads (`MarginHead.marginLoss`). */
    marginLoss: MarginLossFormulation | undefined;
    constructor(options: HeadOptions);
    protected plainLogits(x: tf.Tensor2D): tf.Tensor2D;
    protected marginLogits(x: tf.Tensor2D): tf.Tensor2D;
    protected lossPerSample(x: tf.Tensor2D, y: tf.Tensor1D): tf.Tensor1D;
}
//# sourceMappingURL=modified_softmax_head.d.ts.map