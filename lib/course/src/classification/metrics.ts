/**
 * How a binary classifier does on one class (the "positive" one, usually the rare one): the confusion
 * counts at a threshold, recall (the share of the class that is found), precision (the share of the
 * alarms that are right) and their harmonic mean F1. Accuracy is there to show how little it says on
 * imbalanced data: predicting "never the rare class" scores the majority's share.
 */
import { checkNumber, checkOptions, checkNumberArray, checkRange, checkSameLength } from "losslab/internal";

export interface BinaryMetrics {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  /** TP / (TP + FN); 0 when the class has no sample. */
  recall: number;
  /** TP / (TP + FP); 0 when nothing is predicted positive. */
  precision: number;
  /** 2PR / (P + R); 0 when both are 0. */
  f1: number;
  accuracy: number;
}

/**
 * Metrics of the class `positive` (default 1) for probabilities p(positive | x): a sample is predicted
 * positive when its probability is ≥ `threshold` (default 0.5).
 */
export function binaryMetrics(
  labels: number[],
  probabilities: number[],
  opts: { threshold?: number; positive?: number } = {},
): BinaryMetrics {
  const fn = "binaryMetrics";
  checkNumberArray(fn, "labels", labels);
  checkNumberArray(fn, "probabilities", probabilities);
  checkSameLength(fn, "labels", labels, "probabilities", probabilities);
  checkOptions(fn, opts, ["threshold?", "positive?"]);
  const threshold = checkRange(fn, "threshold", opts.threshold ?? 0.5, { min: 0, max: 1 });
  const positive = checkNumber(fn, "positive", opts.positive ?? 1);
  let tp = 0;
  let fp = 0;
  let fn_ = 0;
  let tn = 0;
  labels.forEach((label, i) => {
    const predicted = probabilities[i] >= threshold;
    const actual = label === positive;
    if (predicted && actual) tp += 1;
    else if (predicted) fp += 1;
    else if (actual) fn_ += 1;
    else tn += 1;
  });
  const recall = tp + fn_ > 0 ? tp / (tp + fn_) : 0;
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn_, trueNegatives: tn, recall, precision, f1, accuracy: (tp + tn) / labels.length };
}
