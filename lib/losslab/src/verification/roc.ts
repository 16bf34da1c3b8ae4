/**
 * The ROC curve of pair verification and the area under it. Sweeping the threshold from "nothing is
 * the same" to "everything is", each point is (false positive rate, true positive rate). The AUC is the
 * probability that a random same-class pair scores as more similar than a random different-class pair,
 * ties counting one half (the Mann–Whitney statistic): 1 perfect, 0.5 chance.
 */
import { checkRange, ValueError } from "../validation";
import { groupScores, type VerificationInput } from "./scores";

export interface RocCurve {
  /** False positive rates, from 0 to 1. */
  fpr: number[];
  /** True positive rates, from 0 to 1. */
  tpr: number[];
  /** The threshold reached at each point (in the score's units; the first point, before any pair, is ±Infinity). */
  thresholds: number[];
  /** Area under the curve (trapezoids: a tied group is a straight segment, i.e. ties count ½). */
  auc: number;
}

/** The ROC curve of scored pairs; needs at least one same-class and one different-class pair. */
export function rocCurve(input: VerificationInput): RocCurve {
  return curveOf("rocCurve", input);
}

/** The ROC curve for the public function `fn` (rocCurve, rocAuc), whose name the errors carry. */
function curveOf(fn: string, input: VerificationInput): RocCurve {
  const g = groupScores(fn, input);
  if (g.totalSame === 0 || g.totalDifferent === 0) {
    throw new ValueError(fn, "isSame", "at least one same-class and one different-class pair",
      `${g.totalSame} same and ${g.totalDifferent} different`);
  }
  const fpr = [0];
  const tpr = [0];
  const thresholds = [g.kind === "distance" ? -Infinity : Infinity];
  let tp = 0;
  let fp = 0;
  let auc = 0;
  g.values.forEach((value, k) => {
    const prevTpr = tp / g.totalSame;
    tp += g.same[k];
    fp += g.different[k];
    const x = fp / g.totalDifferent;
    const y = tp / g.totalSame;
    auc += (x - fpr[fpr.length - 1]) * (y + prevTpr) / 2;
    fpr.push(x);
    tpr.push(y);
    thresholds.push(value);
  });
  return { fpr, tpr, thresholds, auc };
}

/** The area under the ROC curve of scored pairs (see `rocCurve`). */
export function rocAuc(input: VerificationInput): number {
  return curveOf("rocAuc", input).auc;
}

/**
 * TAR at a fixed FAR, the face-verification measure: the largest true positive rate (same-class pairs
 * accepted) among the ROC's thresholds whose false positive rate (different-class pairs accepted) is at
 * most `far`. With n different-class pairs, a FAR below 1/n can only be met by accepting no
 * different-class pair at all.
 */
export function tarAtFar(input: VerificationInput, far: number): number {
  const fn = "tarAtFar";
  const limit = checkRange(fn, "far", far, { min: 0, max: 1 });
  const curve = curveOf(fn, input);
  let best = 0;
  curve.fpr.forEach((x, k) => {
    if (x <= limit + 1e-12 && curve.tpr[k] > best) best = curve.tpr[k];
  });
  return best;
}
