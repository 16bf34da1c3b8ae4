/**
 * Softmax and log-softmax over one axis (the last by default: the classes):
 *
 *   f(s)ᵢ = e^{sᵢ} / Σⱼ e^{sⱼ},     log f(s)ᵢ = sᵢ − m − log Σⱼ e^{sⱼ − m},   m = maxⱼ sⱼ.
 *
 * Softmax is not a loss function: it turns C scores into C probabilities that add up
 * to 1, and cross-entropy is the loss taken on them. Subtracting the largest score m first (the
 * log-sum-exp trick) changes nothing mathematically and keeps every exponent ≤ 0: logits of ±1000
 * give [1, 0] and [0, −2000] instead of Infinity/Infinity = NaN.
 *
 * The gradient of log-softmax is given in closed form, ∂/∂s of Σᵢ dyᵢ·log f(s)ᵢ = dy − f(s)·Σᵢ dyᵢ,
 * so it is exact and finite at any logits.
 *
 * Matches `torch.softmax` / `torch.log_softmax` with `dim` = `axis` and `tf.softmax` / `tf.logSoftmax`
 * (which in TensorFlow.js work on the last axis only).
 */
import * as tf from "../tf";
import { unaryCustomGrad } from "./custom_gradient";
import { ShapeError, checkInteger, checkOptions, describe, toFiniteTensor, type TensorInput } from "../validation";

export interface SoftmaxOptions {
  /** The axis the probabilities add up along; negative counts from the end. @default -1 (the last axis) */
  axis?: number;
}

/** log f(s) along `axis`, by log-sum-exp: exact and finite for any finite logits. */
export function logSoftmax(logits: TensorInput, options: SoftmaxOptions = {}): tf.Tensor {
  const { axis = -1 } = checkOptions("logSoftmax", options, ["axis?"]);
  return tf.tidy(() => {
    const s = toFiniteTensor("logSoftmax", "logits", logits);
    return stableLogSoftmax(s, checkAxis("logSoftmax", s, axis));
  });
}

/** f(s) along `axis`: probabilities in [0, 1] that add up to 1, computed as exp(log f(s)). */
export function softmax(logits: TensorInput, options: SoftmaxOptions = {}): tf.Tensor {
  const { axis = -1 } = checkOptions("softmax", options, ["axis?"]);
  return tf.tidy(() => {
    const s = toFiniteTensor("softmax", "logits", logits);
    return tf.exp(stableLogSoftmax(s, checkAxis("softmax", s, axis)));
  });
}

/** Log-softmax of a checked tensor along a checked, non-negative axis (shared with the losses). */
export function stableLogSoftmax(s: tf.Tensor, axis: number): tf.Tensor {
  const op = unaryCustomGrad((x, save) => {
    const shifted = tf.sub(x, tf.max(x, axis, true));
    const value = tf.sub(shifted, tf.log(tf.sum(tf.exp(shifted), axis, true)));
    save([value]);
    return {
      value,
      gradFunc: (dy, [saved]) => tf.sub(dy, tf.mul(tf.exp(saved), tf.sum(dy, axis, true))),
    };
  });
  return op(s);
}

/** The axis as a non-negative index into a tensor of rank >= 1 (a scalar has no classes to spread over). */
function checkAxis(fn: string, s: tf.Tensor, axis: number): number {
  if (s.rank < 1) throw new ShapeError(fn, "logits", "a tensor of rank >= 1", describe(s));
  const a = checkInteger(fn, "axis", axis, { min: -s.rank, max: s.rank - 1 });
  return a < 0 ? a + s.rank : a;
}
