/**
 * Angles between pairs of features, split into positive pairs (same class) and negative pairs
 * (different classes): the histograms of SphereFace's Figure 5, which builds them from two classes of
 * its subset. A margin loss should push the positive angles towards 0 and leave a gap before the
 * negative ones.
 */
import { ValueError } from "losslab";
import { checkOptions, checkInteger, describe, toLabels } from "losslab/internal";
import { checkRows, rawVectorAngle, unitVector } from "./vectors";

export interface PairAnglesOptions {
  features: ArrayLike<number>[];
  labels: ArrayLike<number>;
  /** Use only these classes (default: every class present). SphereFace's figure uses two. */
  classes?: number[];
}

export interface PairAngles {
  /** Angle of every pair i < j of the same class, radians. */
  positive: number[];
  /** Angle of every pair i < j of different classes, radians. */
  negative: number[];
}

/** Every pair's angle among the features of `classes` (all pairs: mind the n² for large sets). */
export function pairAngles(options: PairAnglesOptions): PairAngles {
  const fn = "pairAngles";
  checkOptions(fn, options, ["features", "labels", "classes?"]);
  const rows = checkRows(fn, "features", options.features);
  const labels = toLabels(fn, "labels", options.labels, rows.length, "features");
  let keep: Set<number> | null = null;
  if (options.classes !== undefined) {
    if (!Array.isArray(options.classes) || options.classes.length === 0) throw new ValueError(fn, "classes", "a non-empty array of class labels", describe(options.classes));
    keep = new Set(options.classes.map((c, i) => checkInteger(fn, `classes[${i}]`, c)));
    const missing = [...keep].filter((c) => !labels.includes(c));
    if (missing.length > 0) throw new ValueError(fn, "classes", "classes present in 'labels'", describe(missing));
  }
  const idx = Array.from(labels.keys()).filter((i) => keep === null || keep.has(labels[i]));
  const units = idx.map((i) => unitVector(rows[i]));
  const positive: number[] = [];
  const negative: number[] = [];
  for (let a = 0; a < idx.length; a++) {
    for (let b = a + 1; b < idx.length; b++) {
      (labels[idx[a]] === labels[idx[b]] ? positive : negative).push(rawVectorAngle(units[a], units[b]));
    }
  }
  return { positive, negative };
}
