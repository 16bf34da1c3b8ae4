/**
 * An elementwise function given with its derivative in closed form, for the places where automatic
 * differentiation of the numerically stable form would be wrong or not finite: |z| and max(z, 0) at
 * z = 0 in binary cross-entropy with logits, the clamped log at p = 0 in binary cross-entropy, and
 * (1 − p)^γ with γ < 1 at p = 1 in the focal losses.
 */
import * as tf from "../tf";

/**
 * y = f(x, ...constants), elementwise, whose gradient is dy · derivative(x, ...constants) with respect
 * to `x` only: the constants (the labels) are treated as fixed targets and receive no gradient.
 */
export function withDerivative(
  x: tf.Tensor,
  constants: tf.Tensor[],
  f: (x: tf.Tensor, ...constants: tf.Tensor[]) => tf.Tensor,
  derivative: (x: tf.Tensor, ...constants: tf.Tensor[]) => tf.Tensor,
): tf.Tensor {
  return unaryCustomGrad((input, save) => {
    save([input, ...constants]);
    return {
      value: f(input, ...constants),
      gradFunc: (dy, saved) => tf.mul(dy, derivative(saved[0], ...saved.slice(1))),
    };
  })(x);
}

/** `tf.customGrad` for a function of one tensor, typed as such (tf types its argument list loosely). */
export function unaryCustomGrad(
  f: (x: tf.Tensor, save: tf.GradSaveFunc) => { value: tf.Tensor; gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.Tensor },
): (x: tf.Tensor) => tf.Tensor {
  return tf.customGrad(f as Parameters<typeof tf.customGrad>[0]);
}
