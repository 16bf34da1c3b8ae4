import * as tf from "../tf";
import { ShapeError, checkOptions, checkRange, checkRank, checkValues, describe, toTensor, type TensorInput } from "../validation";
import { checkReduction, type ReductionOption } from "./inputs";
import { reduceLoss } from "./reduction";

export interface TfaContrastiveLossOptions extends ReductionOption {
  /** 1 = similar pair, 0 = dissimilar (TFA's y_true). */
  labels: TensorInput;
  /** The pairs' distances d ≥ 0 (TFA's y_pred). */
  distances: TensorInput;
  /** m ≥ 0 (default 1). */
  margin?: number;
}

/**
 * TensorFlow Addons' `tfa.losses.contrastive_loss(y_true, y_pred, margin = 1)`, on distances:
 *
 *   L = y·d² + (1 − y)·max(m − d, 0)²     (y = 1 for a SIMILAR pair, TFA's convention)
 *
 * LABEL CONVENTION: here `labels` are 1 for a SIMILAR pair and 0 for a dissimilar one (TF Addons').
 * `contrastiveLoss` takes the opposite by default (y = 0 for a similar pair, Hadsell, Chopra & LeCun
 * 2006), or this one with `similarLabel: 1`. An error about the labels repeats the convention.
 *
 * `distances` are the pairs' distances d ≥ 0 (TFA's y_pred, e.g. `euclideanDistance(a, b)`). Reduction
 * "mean" (TFA's Keras default, SUM_OVER_BATCH_SIZE), "sum" or "none". For embeddings rather than
 * distances, see `contrastiveLoss`.
 */
export function tfaContrastiveLoss(options: TfaContrastiveLossOptions): tf.Tensor {
  const fn = "tfaContrastiveLoss";
  checkOptions(fn, options, ["labels", "distances", "margin?", "reduction?"]);
  const margin = checkRange(fn, "margin", options.margin ?? 1, { min: 0 });
  const reduction = checkReduction(fn, options.reduction);
  return tf.tidy(() => {
    const d = toTensor(fn, "distances", options.distances);
    checkRank(fn, "distances", d, 1);
    checkValues(fn, "distances", d, { min: 0, what: "distances, finite numbers >= 0" });
    const y = toTensor(fn, "labels", options.labels);
    if (y.rank !== 1 || y.shape[0] !== d.shape[0]) throw new ShapeError(fn, "labels", `${d.shape[0]} pair labels, one per distance`, describe(y));
    checkValues(fn, "labels", y, { min: 0, max: 1, integer: true, what: "pair labels 0 or 1: 1 = similar, 0 = dissimilar (TF Addons' convention; contrastiveLoss takes 0 = similar unless similarLabel: 1)" });
    const elements = tf.add(tf.mul(y, tf.square(d)), tf.mul(tf.sub(1, y), tf.square(tf.relu(tf.sub(margin, d)))));
    return reduceLoss(fn, elements, reduction);
  });
}
