/**
 * The sigmoid (logistic) function, the "squashing function":
 *
 *   σ(z) = 1 / (1 + e^{−z}),   σ′(z) = σ(z)·(1 − σ(z)),   1 − σ(z) = σ(−z).
 *
 * Written as 1/(1 + e^x) it is that is σ(−x), the mirror image; the form above is the one
 * every library uses. It squashes each score on its own into (0, 1): one independent yes/no
 * probability per class, which is why multi-label classification uses it.
 *
 * Matches `torch.sigmoid` and `tf.sigmoid` (which computes it here: for z = −1000, e^{1000} overflows
 * to Infinity and σ rounds to exactly 0, never NaN).
 */
import * as tf from "../tf";
import { toFiniteTensor, type TensorInput } from "../validation";

/** σ(z) elementwise; `logits`: any non-empty tensor-like of finite numbers. */
export function sigmoid(logits: TensorInput): tf.Tensor {
  return tf.tidy(() => tf.sigmoid(toFiniteTensor("sigmoid", "logits", logits)));
}
