/**
 * Where a classifier's loss comes from. Focal loss's argument (Lin et al. 2017) is that under
 * cross-entropy the many well-classified ("easy") examples, each with a small loss, add up to most of
 * the total and drown the few hard ones; the factor (1 − p_t)^γ takes their share away. This measures
 * that share for a model, under the sigmoid focal loss with any γ (γ = 0: cross-entropy).
 */
import * as tf from "@tensorflow/tfjs";
import { sigmoidFocalLoss } from "losslab";
import { checkOptions, checkRange } from "losslab/internal";
import { logisticLogits, type LogisticModel } from "./logistic_regression";
import type { LabelledPoints } from "./toy_data";

export interface LossShare {
  /** Points with p_t > threshold: the model gives their own class more than `threshold`. */
  wellClassified: number;
  /** Their share of the total loss, in [0, 1]. */
  share: number;
  /** The total loss (sum over the points). */
  total: number;
}

/** The share of the total (sum) loss that comes from well-classified points (p_t > threshold, default 0.5). */
export function wellClassifiedLossShare(
  data: LabelledPoints,
  model: LogisticModel,
  opts: { gamma: number; alpha?: number; threshold?: number },
): LossShare {
  const fn = "wellClassifiedLossShare";
  checkOptions(fn, opts, ["gamma", "alpha?", "threshold?"]);
  const threshold = checkRange(fn, "threshold", opts.threshold ?? 0.5, { min: 0, max: 1 });
  const z = logisticLogits(model, data.x);
  const losses = tf.tidy(() =>
    Array.from(sigmoidFocalLoss({ labels: data.y, logits: z, gamma: opts.gamma, alpha: opts.alpha, reduction: "none" }).dataSync()),
  );
  const probabilities = tf.tidy(() => Array.from(tf.sigmoid(z).dataSync()));
  const easy = data.y.map((t, i) => (t === 1 ? probabilities[i] : 1 - probabilities[i]) > threshold);
  const total = losses.reduce((s, v) => s + v, 0);
  const fromEasy = losses.reduce((s, v, i) => s + (easy[i] ? v : 0), 0);
  return { wellClassified: easy.filter(Boolean).length, share: total > 0 ? fromEasy / total : 0, total };
}
