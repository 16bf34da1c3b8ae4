/**
 * A margin as a function of the target cosine: the target logit of a margin head is its scale times
 * f(cos θ_y), and f is given with its derivative in closed form,
 *
 *   CosFace  f(c) = c − m                        f'(c) = 1
 *   ArcFace  f(c) = cos(arccos c + m)            f'(c) = sin(θ + m)/sin θ     (see arcface_margin.ts)
 *   L-/A-Softmax f(c) = (λc + ψ(c))/(1 + λ)      f'(c) = (λ + ψ'(c))/(1 + λ)  (see psi.ts)
 *
 * Why the derivative by hand: automatic differentiation records every small op of f on the tape and
 * replays it backwards, about 0.1 ms per op on the wasm backend, which made ArcFace's step 40 %
 * slower than softmax's. With f' known, `marginTargetOp` is one tape entry, and the fused
 * `marginCrossEntropy` of the heads never tapes f at all. Tests hold f' to TF.js's autograd of the
 * plain formula and to finite differences. Both methods run inside custom gradients, where nothing
 * is taped: they need not be differentiable themselves.
 */
import * as tf from "@tensorflow/tfjs";

export interface MarginTarget {
  /** f(c), element-wise, for cosines c (any shape). */
  value(c: tf.Tensor): tf.Tensor;
  /** f(c) and f'(c) together (they share most of their work); f' finite everywhere, including c = ±1. */
  valueAndSlope(c: tf.Tensor): { value: tf.Tensor; slope: tf.Tensor };
}

/** f as a differentiable op: value f(c), gradient dy · f'(c). */
export function marginTargetOp(target: MarginTarget): (c: tf.Tensor) => tf.Tensor {
  return tf.customGrad((c: tf.Tensor | tf.GradSaveFunc, save: tf.Tensor | tf.GradSaveFunc) => {
    (save as tf.GradSaveFunc)([c as tf.Tensor]);
    return {
      value: target.value(c as tf.Tensor),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.mul(dy, target.valueAndSlope(saved[0]).slope),
    };
  }) as (c: tf.Tensor) => tf.Tensor;
}

/** CosFace / AM-Softmax: f(c) = c − m, f'(c) = 1. */
export function cosFaceMarginTarget(m: number): MarginTarget {
  const value = (c: tf.Tensor) => tf.sub(c, m);
  return { value, valueAndSlope: (c) => ({ value: value(c), slope: tf.onesLike(c) }) };
}
