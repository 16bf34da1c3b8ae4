import * as tf from "../tf";

/**
 * Piecewise formulas pick their piece with comparisons (which interval θ lies in, which branch of a
 * margin applies). A comparison has no gradient in TensorFlow.js ("gradient function not found for
 * LessEqual"), and its answer is a constant of the piece anyway. `withoutGradient` computes such a
 * piece index off the gradient tape: its value is `f(x)`, its gradient with respect to `x` is zero.
 * (TensorFlow.js has no `stopGradient`; ops run inside a custom gradient's forward pass are not
 * recorded, which is what this relies on.) Internal to losslab.
 */
export function withoutGradient(x: tf.Tensor, f: (x: tf.Tensor) => tf.Tensor): tf.Tensor {
  const op = tf.customGrad((input: tf.Tensor | tf.GradSaveFunc) => ({
    value: f(input as tf.Tensor),
    gradFunc: (dy: tf.Tensor) => tf.zerosLike(input as tf.Tensor),
  }));
  return op(x);
}
