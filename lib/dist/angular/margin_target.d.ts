/**
 * A margin as a function of the target cosine: the target logit of a margin head is its norm times
 * f(cos θ_y), and f is given with its derivative in closed form, as two functions of one number,
 *
 *   CosFace  f(c) = c − m                        f'(c) = 1
 *   ArcFace  f(c) = cos(arccos c + m)            f'(c) = sin(θ + m)/sin θ     (see arcface_margin.ts)
 *   L-/A-Softmax f(c) = (λc + ψ(c))/(1 + λ)      f'(c) = (λ + ψ'(c))/(1 + λ)  (see psi.ts)
 *
 * Why scalar functions and a hand-written derivative: f only ever sees one cosine per sample (the
 * target's), a few hundred numbers, but as tensor ops it was a dozen (ArcFace) to forty (ψ) small
 * ops, each costing ~0.03 ms on the wasm backend and ~0.1 ms more when taped for autograd; that made
 * ArcFace's training step 40 % slower than softmax's. `evaluateTarget` reads the cosines once and
 * computes f and f' in float64 JavaScript. (On the wasm, cpu and tensorflow backends the read is a
 * copy; on a GPU backend it would wait for the GPU.) Tests hold f' to TF.js's autograd of the tensor
 * formula and to finite differences.
 */
import * as tf from "@tensorflow/tfjs";
export interface MarginTarget {
    /** f(c) for one cosine c. */
    value(c: number): number;
    /** f'(c): finite everywhere, including c = ±1. */
    slope(c: number): number;
}
/** f (and f' when asked) element-wise over a tensor of cosines, as float32 tensors of its shape. */
export declare function evaluateTarget(target: MarginTarget, cos: tf.Tensor, withSlope: true): {
    value: tf.Tensor;
    slope: tf.Tensor;
};
export declare function evaluateTarget(target: MarginTarget, cos: tf.Tensor, withSlope?: false): {
    value: tf.Tensor;
};
/** f as a differentiable op on tensors of cosines: value f(c), gradient dy · f'(c). */
export declare function marginTargetOp(target: MarginTarget): (c: tf.Tensor) => tf.Tensor;
/** CosFace / AM-Softmax: f(c) = c − m, f'(c) = 1. */
export declare function cosFaceMarginTarget(m: number): MarginTarget;
//# sourceMappingURL=margin_target.d.ts.map