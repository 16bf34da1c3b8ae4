/**
 * Softmax cross-entropy ("softmax loss", categorical cross-entropy) of one sample with scores s over
 * C classes (the last axis) and targets t (one-hot, or a probability vector):
 *
 *   ℓ = −Σᵢ tᵢ log f(s)ᵢ,     f = softmax;     for a one-hot t with positive class p: ℓ = −log f(s)_p;
 *   ∂ℓ/∂sᵢ = f(s)ᵢ·Σⱼ tⱼ − tᵢ,   so for one-hot t:  ∂ℓ/∂s_p = f(s)_p − 1  and  ∂ℓ/∂s_n = f(s)_n (n ≠ p).
 *
 * The form "CE = −log(e^{s_p} / Σⱼ e^{s_j})" with the two derivatives above: the positive score is
 * pushed up by 1 − f(s)_p, every negative one pushed down by its own probability.
 * Computed from log-softmax (log-sum-exp), never from log(softmax): logits of ±1000 give finite
 * losses (0 or 2000) and gradients.
 *
 * `labels` are either class indices (shape of `logits` without the last axis, integers in [0, C − 1])
 * or per-class targets of the shape of `logits` (one-hot rows or probabilities, values in [0, 1]).
 * One loss per sample; the default reduction "mean" averages over the samples.
 *
 * Matches `torch.nn.CrossEntropyLoss` / `torch.nn.functional.cross_entropy` with index or probability
 * targets (no `weight`, `ignore_index` or `label_smoothing`); PyTorch puts the classes on axis 1
 * ([N, C, d₁, …]), losslab on the last axis ([…, C]), as TensorFlow does. Matches
 * `tf.losses.softmaxCrossEntropy(onehotLabels, logits)` (one-hot targets only there; its default
 * reduction is the mean here); TensorFlow's `tf.nn.sparse_softmax_cross_entropy_with_logits` for indices.
 */
import * as tf from "../tf";
import { stableLogSoftmax } from "../activations/softmax";
import { checkLossOptions, checkReduction, toClassTargets, type LabelsAndLogits, type LogitLossOptions } from "./inputs";
import { reduceLoss } from "./reduction";
import type { OptionNames } from "../validation";

/** −Σᵢ tᵢ log softmax(s)ᵢ per sample (classes on the last axis), then `reduction` (default "mean"). */
export function softmaxCrossEntropy(options: LogitLossOptions): tf.Tensor {
  return softmaxLoss("softmaxCrossEntropy", options, [], (targets, logProbs) => tf.neg(tf.sum(tf.mul(targets, logProbs), -1)));
}

/**
 * ∂ℓ/∂s = softmax(s)·Σⱼ tⱼ − t per sample, the shape of `logits` (the gradient of the "sum"; divide by
 * the number of samples for "mean"). With class indices or one-hot targets: f(s)_p − 1 at the positive
 * class p, f(s)_n at every other class n.
 */
export function softmaxCrossEntropyGradient(options: LabelsAndLogits): tf.Tensor {
  const fn = "softmaxCrossEntropyGradient";
  checkLossOptions(fn, "logits", options, [], false);
  return tf.tidy(() => {
    const { logits: s, targets } = toClassTargets(fn, options.labels, options.logits);
    const probs = tf.exp(stableLogSoftmax(s, s.rank - 1));
    return tf.sub(tf.mul(probs, tf.sum(targets, -1, true)), targets);
  });
}

/**
 * The frame of a loss on softmax probabilities: checks (the reduction's first), per-class targets and
 * log-probabilities along the last axis, the per-sample losses `f` makes of them, one reduction.
 */
export function softmaxLoss(
  fn: string,
  options: LogitLossOptions,
  extra: OptionNames,
  f: (targets: tf.Tensor, logProbs: tf.Tensor) => tf.Tensor,
): tf.Tensor {
  checkLossOptions(fn, "logits", options, extra, true);
  const reduction = checkReduction(fn, options.reduction);
  return tf.tidy(() => {
    const { logits, targets } = toClassTargets(fn, options.labels, options.logits);
    return reduceLoss(fn, f(targets, stableLogSoftmax(logits, logits.rank - 1)), reduction);
  });
}
