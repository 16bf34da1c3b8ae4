/**
 * Multi-label cross-entropy ("sigmoid cross-entropy"): each of the C classes (the last axis) is its own
 * yes/no question, with its own sigmoid, and the sample's loss adds up their binary cross-entropies:
 *
 *   ℓ = Σᵢ [max(zᵢ, 0) − zᵢ·tᵢ + log(1 + e^{−|zᵢ|})] = −Σᵢ [tᵢ log σ(zᵢ) + (1 − tᵢ) log(1 − σ(zᵢ))],
 *   ∂ℓ/∂zᵢ = σ(zᵢ) − tᵢ   (see `binaryCrossEntropyWithLogitsGradient`).
 *
 * The multi-label case (C = 3, label vectors such as [1 0 1] with several ones), against
 * the multi-class one where exactly one class is right and softmax cross-entropy applies.
 * One loss per sample (the sum over classes); the default reduction "mean" averages over samples.
 *
 * Conventions differ on the class sum: `torch.nn.MultiLabelSoftMarginLoss` averages over the classes
 * (it equals this loss / C), `torch.nn.BCEWithLogitsLoss(reduction="none")` summed over the last axis
 * equals it, and `tf.losses.sigmoidCrossEntropy` (mean over every entry) equals its mean / C.
 */
import * as tf from "../tf";
import { ShapeError, describe } from "../validation";
import { logitElements } from "./binary_cross_entropy";
import { LOGITS, checkLossOptions, checkReduction, elementwise, type LogitLossOptions } from "./inputs";
import { reduceLoss } from "./reduction";

/** Σ over the last axis of BCE from logits, per sample, then `reduction` (default "mean"). */
export function multilabelCrossEntropy(options: LogitLossOptions): tf.Tensor {
  const fn = "multilabelCrossEntropy";
  checkLossOptions(fn, "logits", options, [], true);
  const reduction = checkReduction(fn, options.reduction);
  return tf.tidy(() => {
    const { reduction: _reduction, ...tensors } = options;
    const perSample = elementwise(fn, LOGITS, tensors, (t, z) => {
      if (z.rank < 1) throw new ShapeError(fn, "logits", "a tensor of rank >= 1 (the classes on the last axis)", describe(z));
      return tf.sum(logitElements(t, z), -1);
    });
    return reduceLoss(fn, perSample, reduction);
  });
}
