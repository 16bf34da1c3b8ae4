/**
 * The textbook log-softmax, log(e^{sᵢ} / Σⱼ e^{sⱼ}), computed exactly as written, for lesson 03's
 * comparison with the stable `logSoftmax`. Do not train with it: e^{1000} overflows float32 (and
 * float64) to Infinity, Infinity/Infinity is NaN, and e^{−1000} underflows to 0, whose log is −Infinity.
 */
import * as tf from "@tensorflow/tfjs";
import { type TensorInput } from "losslab";
import { toFiniteTensor } from "losslab/internal";

/** log(exp(s) / sum(exp(s))) along the last axis, with no shift: overflows for large logits. */
export function naiveLogSoftmax(logits: TensorInput): tf.Tensor {
  return tf.tidy(() => {
    const s = toFiniteTensor("naiveLogSoftmax", "logits", logits);
    const e = tf.exp(s);
    return tf.log(tf.div(e, tf.sum(e, -1, true)));
  });
}
