/**
 * √x with a usable gradient at 0. The plain derivative 1/(2√x) is infinite at x = 0, so a pair of
 * identical embeddings would turn every gradient in the batch into NaN (0·∞). Here the gradient at
 * x = 0 is 0 (the sub-gradient TensorFlow Addons' pairwise distance also uses), and 1/(2√x) elsewhere.
 */
import * as tf from "../tf";
import { checkValues, toTensor, type TensorInput } from "../validation";

const safeSqrtOp = tf.customGrad((x: tf.Tensor | tf.GradSaveFunc, save: tf.Tensor | tf.GradSaveFunc) => {
  const root = tf.sqrt(tf.relu(x as tf.Tensor));
  (save as tf.GradSaveFunc)([root]);
  return {
    value: root,
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [r] = saved;
      const positive = tf.greater(r, 0);
      // divide by 1 where r = 0 so the unused branch holds no Infinity
      return tf.where(positive, tf.div(dy, tf.mul(tf.where(positive, r, tf.onesLike(r)), 2)), tf.zerosLike(dy));
    },
  };
});

/**
 * Element-wise √x (x < 0, from rounding, is read as 0: a documented clamp); the gradient at 0 is 0.
 * NaN and infinite values are refused (a value check).
 */
export function safeSqrt(x: TensorInput): tf.Tensor {
  return tf.tidy(() => {
    const t = toTensor("safeSqrt", "x", x);
    checkValues("safeSqrt", "x", t);
    return safeSqrtOp(t);
  });
}

/** `safeSqrt` without the checks, for tensors computed from validated inputs (distances in a training step). */
export function safeSqrtOf(x: tf.Tensor): tf.Tensor {
  return safeSqrtOp(x);
}
