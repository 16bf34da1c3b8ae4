/**
 * The one reduction step every loss ends in: per-element (per-sample, per-pair, per-triplet) losses
 * in, one number (or the elements themselves) out. Losses compute elements; this decides how they
 * are combined, like `computeWeightedLoss` in tf.losses and the reducers of pytorch-metric-learning.
 */
import * as tf from "../tf";
import { checkOneOf, checkSameShape, toTensor, type TensorInput } from "../validation";

/** "none": the per-element losses; "mean": their average; "sum": their total. */
export type Reduction = "none" | "mean" | "sum";
export const REDUCTIONS: readonly Reduction[] = ["none", "mean", "sum"];

/**
 * Reduces per-element losses. With `weights` (same shape), "mean" is the weighted sum divided by
 * the number of elements, as in PyTorch. An empty input reduces to a differentiable zero (not NaN),
 * so a batch with nothing to learn from does not break training. Plain arrays are accepted (and
 * converted); an empty one is decided here, not by a kernel (wasm's mean of an empty array read
 * uninitialised memory).
 */
export function reduceLoss(fn: string, elements: TensorInput, reduction: Reduction, weights?: TensorInput): tf.Tensor {
  checkOneOf(fn, "reduction", reduction, REDUCTIONS);
  return tf.tidy(() => {
    const values = toTensor(fn, "losses", elements);
    const w = weights === undefined ? undefined : toTensor(fn, "weights", weights);
    if (w !== undefined) checkSameShape(fn, "losses", values, "weights", w);
    const weighted = w === undefined ? values : tf.mul(values, w);
    if (reduction === "none") return weighted.clone();
    if (values.size === 0) return differentiableZero(weighted);
    return reduction === "sum" ? tf.sum(weighted) : tf.mean(weighted);
  });
}

/**
 * A scalar 0 whose gradient with respect to each of `tensors` is zero (of its shape), so a loss over
 * nothing still trains. Built without any kernel that reduces over an empty axis: on the wasm backend
 * those (sum, mean, a matMul with an inner size 0) read uninitialised memory. The values are appended
 * to one zero and summed, so an empty tensor contributes nothing and a non-empty one is multiplied by 0.
 */
export function differentiableZero(...tensors: tf.Tensor[]): tf.Scalar {
  return tf.tidy(() => {
    const flat = tensors.map((t) => tf.reshape(t, [-1]));
    // + 0 turns the −0 of a negative sum times 0 into +0
    return tf.add(tf.mul(tf.sum(tf.concat([...flat, tf.zeros([1])])), 0), 0) as tf.Scalar;
  });
}

/**
 * The loss of a batch with no pair or triplet to learn from: no elements for "none", else a
 * differentiable zero connected to `inputs`. Decided before any distance matrix is built, whose
 * gradient over an empty batch TF.js cannot take (a broadcast of shape [1, 1, 0, 1]).
 */
export function nothingToLearn(reduction: Reduction, ...inputs: tf.Tensor[]): tf.Tensor {
  return reduction === "none" ? tf.zeros([0]) : differentiableZero(...inputs);
}
