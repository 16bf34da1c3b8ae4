/**
 * Seeded toy classification data: Gaussian clouds, one per class, in any dimension. Lesson 02 trains
 * logistic regression on two 1-D clouds; lesson 03 makes the classes imbalanced (a rare class of a
 * few dozen points among a thousand) to compare cross-entropy and focal loss.
 */
import { Rng } from "losslab";
import { ShapeError } from "losslab";
import { checkOptions, checkInteger, checkNumberArray, checkRange } from "losslab/internal";

export interface GaussianClassesOptions {
  /** Points per class: counts[c] points get the label c. */
  counts: number[];
  /** The centre of each class (one point of dimension d per class). */
  means: number[][];
  /** Standard deviation of every coordinate, one for all classes or one per class. @default 1 */
  std?: number | number[];
  /** @default 0 */
  seed?: number;
}

export interface LabelledPoints {
  /** Points [n][d]. */
  x: number[][];
  /** Class labels 0…C−1, one per point. */
  y: number[];
}

/** counts[c] points drawn from N(means[c], std²·I) for every class c, in a seeded random order. */
export function gaussianClasses(opts: GaussianClassesOptions): LabelledPoints {
  const fn = "gaussianClasses";
  checkOptions(fn, opts, ["counts", "means", "std?", "seed?"]);
  const counts = checkNumberArray(fn, "counts", opts.counts);
  counts.forEach((c, i) => checkInteger(fn, `counts[${i}]`, c, { min: 0 }));
  if (!Array.isArray(opts.means) || opts.means.length !== counts.length) {
    throw new ShapeError(fn, "means", `one centre per class (${counts.length})`, `${Array.isArray(opts.means) ? opts.means.length : "no"} centres`);
  }
  const means = opts.means.map((m, i) => checkNumberArray(fn, `means[${i}]`, m));
  const d = means[0].length;
  means.forEach((m, i) => {
    if (m.length !== d) throw new ShapeError(fn, `means[${i}]`, `a point of dimension ${d}, like means[0]`, `dimension ${m.length}`);
  });
  const std = opts.std ?? 1;
  const stds = Array.isArray(std) ? checkNumberArray(fn, "std", std) : counts.map(() => std);
  if (stds.length !== counts.length) throw new ShapeError(fn, "std", `a number or one per class (${counts.length})`, `${stds.length} numbers`);
  stds.forEach((s, i) => checkRange(fn, `std[${i}]`, s, { min: 0 }));
  const rng = new Rng(checkInteger(fn, "seed", opts.seed ?? 0));
  const points: { x: number[]; y: number }[] = [];
  counts.forEach((count, c) => {
    for (let k = 0; k < count; k++) points.push({ x: means[c].map((m) => rng.normal(m, stds[c])), y: c });
  });
  const shuffled = rng.shuffle(points);
  return { x: shuffled.map((p) => p.x), y: shuffled.map((p) => p.y) };
}
