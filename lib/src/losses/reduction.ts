/**
 * The one reduction step every loss ends in: per-element (per-sample, per-pair, per-triplet) losses
 * in, one number (or the elements themselves) out. Losses compute elements; this decides how they
 * are combined, like `computeWeightedLoss` in tf.losses and the reducers of pytorch-metric-learning.
 */
import * as tf from "@tensorflow/tfjs";
import { checkOneOf, checkSameShape } from "../validation";

/** "none": the per-element losses; "mean": their average; "sum": their total. */
export type Reduction = "none" | "mean" | "sum";
export const REDUCTIONS: readonly Reduction[] = ["none", "mean", "sum"];

/**
 * Reduces per-element losses. With `weights` (same shape), "mean" is the weighted sum divided by
 * the number of elements, as in PyTorch. An empty input reduces to a differentiable zero (not NaN),
 * so a batch with nothing to learn from does not break training.
 */
export function reduceLoss(fn: string, elements: tf.Tensor, reduction: Reduction, weights?: tf.Tensor): tf.Tensor {
  checkOneOf(fn, "reduction", reduction, REDUCTIONS);
  if (weights !== undefined) checkSameShape(fn, "losses", elements, "weights", weights);
  return tf.tidy(() => {
    const weighted = weights === undefined ? elements : tf.mul(elements, weights);
    if (reduction === "none") return weighted.clone();
    if (elements.size === 0) return tf.mul(tf.sum(weighted), 0);
    return reduction === "sum" ? tf.sum(weighted) : tf.mean(weighted);
  });
}
