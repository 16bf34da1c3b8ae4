/**
 * How compact and how separated trained features are, measured by angles (lessons 05–09):
 *
 * - a class's **centre** is the direction of the mean of its unit features, c_k = unit(Σ x̂ᵢ);
 * - **intra-class angle** of a feature: its angle to its own class's centre; `intraMean` averages it
 *   over all features (small = compact classes);
 * - **inter-class angle**: the angle between two class centres; `interMean` averages it over all pairs
 *   of classes, `interMin` is the closest pair (large = separated classes).
 *
 * With the class weights (`weights`, one row a class), `weightMean` is the mean angle between each
 * feature and its own class's weight vector wᵧ, the θᵧ that the margin losses act on (ArcFace reports
 * the same pair of numbers: "intra-class" to the class centre and "inter-class" between centres).
 * Angles are in radians.
 */
import { ShapeError, ValueError } from "losslab";
import { checkOptions, describe, toLabels } from "losslab/internal";
import { checkRows, rawVectorAngle, unitVector } from "./vectors";

export interface AngleStatisticsOptions {
  /** Feature rows (any width d). */
  features: ArrayLike<number>[];
  /** The class of each row. */
  labels: ArrayLike<number>;
  /** Class weight vectors, one row per class label 0, 1, … (each of width d), e.g. a head's Wᵀ. */
  weights?: ArrayLike<number>[];
}

export interface ClassAngles {
  label: number;
  count: number;
  /** Unit vector of the class's mean direction. */
  centre: number[];
  /** Mean angle between the class's features and its centre. */
  intraMean: number;
  /** The largest such angle (the class's angular radius). */
  intraMax: number;
  /** The class whose centre is closest, and that angle (NaN and −1 with a single class). */
  nearestClass: number;
  nearestAngle: number;
  /** Mean angle between the class's features and its weight vector (NaN without `weights`). */
  weightMean: number;
}

export interface AngleStatistics {
  /** One entry per class present, in increasing label order. */
  classes: ClassAngles[];
  /** Mean intra-class angle over all features. */
  intraMean: number;
  /** Median intra-class angle over all features (a few misclassified outliers move the mean, not this). */
  intraMedian: number;
  /** Mean angle between the centres of two different classes, over all pairs of classes. */
  interMean: number;
  /** The smallest angle between two class centres, and the pair. */
  interMin: number;
  interMinPair: [number, number];
  /** Mean angle between each feature and its class weight (NaN without `weights`). */
  weightMean: number;
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const h = Math.floor(v.length / 2);
  return v.length % 2 ? v[h] : (v[h - 1] + v[h]) / 2;
}

/** Intra- and inter-class angles of a set of features (see the module comment). */
export function angleStatistics(options: AngleStatisticsOptions): AngleStatistics {
  const fn = "angleStatistics";
  checkOptions(fn, options, ["features", "labels", "weights?"]);
  const rows = checkRows(fn, "features", options.features);
  const labels = toLabels(fn, "labels", options.labels, rows.length, "features");
  const d = rows[0].length;
  const weights = options.weights === undefined ? undefined : checkRows(fn, "weights", options.weights);
  if (weights && weights[0].length !== d) throw new ShapeError(fn, "weights", `rows of length ${d}, as the features`, `length ${weights[0].length}`);
  const present = [...new Set(labels)].sort((a, b) => a - b);
  if (weights && present[present.length - 1] >= weights.length) {
    throw new ValueError(fn, "labels", `class labels below the number of weight rows (${weights.length})`, describe(present[present.length - 1]));
  }
  const units = rows.map(unitVector);
  const members = new Map<number, number[]>(present.map((c) => [c, []]));
  labels.forEach((c, i) => members.get(c)!.push(i));
  const centres = present.map((c) => {
    const sum = new Array<number>(d).fill(0);
    for (const i of members.get(c)!) units[i].forEach((v, k) => (sum[k] += v));
    return unitVector(sum);
  });
  let interSum = 0;
  let interCount = 0;
  let interMin = NaN;
  let interMinPair: [number, number] = [-1, -1];
  const nearest = present.map(() => ({ cls: -1, angle: NaN }));
  for (let a = 0; a < present.length; a++) {
    for (let b = a + 1; b < present.length; b++) {
      const angle = rawVectorAngle(centres[a], centres[b]);
      interSum += angle;
      interCount += 1;
      if (!(angle >= interMin)) [interMin, interMinPair] = [angle, [present[a], present[b]]];
      for (const [i, j] of [[a, b], [b, a]]) if (!(angle >= nearest[i].angle)) nearest[i] = { cls: present[j], angle };
    }
  }
  let intraTotal = 0;
  let weightTotal = 0;
  const allIntra: number[] = [];
  const classes = present.map((c, k) => {
    const idx = members.get(c)!;
    const intra = idx.map((i) => rawVectorAngle(units[i], centres[k]));
    const toWeight = weights ? idx.map((i) => rawVectorAngle(units[i], weights[c])) : [];
    intraTotal += intra.reduce((s, v) => s + v, 0);
    allIntra.push(...intra);
    weightTotal += toWeight.reduce((s, v) => s + v, 0);
    return {
      label: c,
      count: idx.length,
      centre: centres[k],
      intraMean: intra.reduce((s, v) => s + v, 0) / idx.length,
      intraMax: Math.max(...intra),
      nearestClass: nearest[k].cls,
      nearestAngle: nearest[k].angle,
      weightMean: weights ? toWeight.reduce((s, v) => s + v, 0) / idx.length : NaN,
    };
  });
  return {
    classes,
    intraMean: intraTotal / rows.length,
    intraMedian: median(allIntra),
    interMean: interCount > 0 ? interSum / interCount : NaN,
    interMin,
    interMinPair,
    weightMean: weights ? weightTotal / rows.length : NaN,
  };
}
