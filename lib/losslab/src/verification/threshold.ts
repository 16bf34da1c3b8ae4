/**
 * Verification accuracy at the best threshold t: the rule d(img1, img2) < t for a same-class
 * pair, d > t otherwise (for a similarity: s > t means same). Every cut between two consecutive distinct
 * scores is tried; t is the midpoint of that gap, or ±Infinity when the best is to call every pair
 * "different" or every pair "same". The best threshold is fitted on the pairs it is scored on, so on
 * held-out pairs the accuracy can only be lower.
 */
import { InputTypeError, describe } from "../validation";
import { groupScores, type VerificationInput } from "./scores";

export interface ThresholdResult {
  /** Distance: "same" when score < threshold; similarity: "same" when score > threshold. */
  threshold: number;
  /** Share of pairs judged correctly at that threshold. */
  accuracy: number;
  /** Same-class pairs judged "same", as a share of all same-class pairs (NaN if there is none). */
  truePositiveRate: number;
  /** Different-class pairs judged "different", as a share of them (NaN if there is none). */
  trueNegativeRate: number;
}

/** The threshold of highest accuracy (the first, i.e. the strictest, when several tie). */
export function bestThreshold(input: VerificationInput): ThresholdResult {
  const g = groupScores("bestThreshold", input);
  const total = g.totalSame + g.totalDifferent;
  let tp = 0;
  let fp = 0;
  let best = { cut: -1, correct: g.totalDifferent, tp: 0, fp: 0 };
  g.values.forEach((_, k) => {
    tp += g.same[k];
    fp += g.different[k];
    const correct = tp + (g.totalDifferent - fp);
    if (correct > best.correct) best = { cut: k, correct, tp, fp };
  });
  const last = g.values.length - 1;
  const beyond = g.kind === "distance" ? Infinity : -Infinity;
  let threshold: number;
  if (best.cut < 0) threshold = -beyond;
  else if (best.cut === last) threshold = beyond;
  else threshold = (g.values[best.cut] + g.values[best.cut + 1]) / 2;
  return {
    threshold,
    accuracy: best.correct / total,
    truePositiveRate: best.tp / g.totalSame,
    trueNegativeRate: (g.totalDifferent - best.fp) / g.totalDifferent,
  };
}

/**
 * The same measures at a threshold chosen beforehand, e.g. one fitted by `bestThreshold` on training
 * pairs and now applied to held-out pairs (the honest way to report verification accuracy).
 * Distance: "same" when score < threshold; similarity: when score > threshold.
 */
export function accuracyAtThreshold(input: VerificationInput, threshold: number): ThresholdResult {
  const fn = "accuracyAtThreshold";
  // ±Infinity is allowed: bestThreshold returns it when calling every pair alike is best
  if (typeof threshold !== "number" || Number.isNaN(threshold)) throw new InputTypeError(fn, "threshold", "a number", describe(threshold));
  const t = threshold;
  const g = groupScores(fn, input);
  let tp = 0;
  let tn = 0;
  g.values.forEach((v, k) => {
    const saysSame = g.kind === "distance" ? v < t : v > t;
    if (saysSame) tp += g.same[k];
    else tn += g.different[k];
  });
  return {
    threshold: t,
    accuracy: (tp + tn) / (g.totalSame + g.totalDifferent),
    truePositiveRate: tp / g.totalSame,
    trueNegativeRate: tn / g.totalDifferent,
  };
}
