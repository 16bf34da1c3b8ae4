/**
 * The numbers the explorables measure live, in plain float64 JavaScript on values read back from the
 * model (no DOM, no tensors), with the course's definitions (lessons 05-09):
 *
 * - a class's **centre** is the direction of the mean of its unit features, c_k = unit(Σ x̂ᵢ);
 * - **intra-class angle** of a feature: its angle to its own class's centre; `intraMean` averages it
 *   over all features (small = compact classes);
 * - **inter-class angle**: the angle between two class centres; `interMin` is the closest pair
 *   (large = separated classes), `interMean` the mean over all pairs.
 *
 * Angles in degrees (what a page shows). A zero feature has no direction and is left out.
 */

export interface AngleSummary {
  /** Mean angle between each feature and its class centre, degrees. */
  intraMean: number;
  /** Smallest angle between two class centres, degrees, and the pair. */
  interMin: number;
  interMinPair: [number, number];
  /** Mean angle between class centres over all pairs, degrees. */
  interMean: number;
  /** Unit centre of each class (NaN entries for a class with no feature). */
  centres: Float64Array[];
}

const DEG = 180 / Math.PI;

/** The angle in degrees between two unit vectors (the cosine clamped to [−1, 1]). */
export function unitAngle(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  for (let k = 0; k < a.length; k++) dot += a[k] * b[k];
  return Math.acos(Math.max(-1, Math.min(1, dot))) * DEG;
}

/** Row i of a row-major matrix as a float64 unit vector, or null when its norm is 0 (or not finite). */
export function unitRow(values: ArrayLike<number>, dim: number, i: number): Float64Array | null {
  const v = new Float64Array(dim);
  let n2 = 0;
  for (let k = 0; k < dim; k++) {
    v[k] = values[i * dim + k];
    n2 += v[k] * v[k];
  }
  const n = Math.sqrt(n2);
  if (!(n > 0) || !Number.isFinite(n)) return null;
  for (let k = 0; k < dim; k++) v[k] /= n;
  return v;
}

/** Intra- and inter-class angles of features [count, dim] with labels 0 … classes−1. */
export function angleSummary(features: ArrayLike<number>, dim: number, labels: ArrayLike<number>, classes: number): AngleSummary {
  const count = labels.length;
  if (features.length !== count * dim) throw new Error(`angleSummary: ${features.length} feature values for ${count} labels of width ${dim}`);
  const units: (Float64Array | null)[] = [];
  const sums = Array.from({ length: classes }, () => new Float64Array(dim));
  for (let i = 0; i < count; i++) {
    const u = unitRow(features, dim, i);
    units.push(u);
    const c = labels[i];
    if (!(c >= 0 && c < classes)) throw new Error(`angleSummary: label ${c} at ${i} is not in 0…${classes - 1}`);
    if (u) for (let k = 0; k < dim; k++) sums[c][k] += u[k];
  }
  const centres = sums.map((s) => unitRow(s, dim, 0) ?? new Float64Array(dim).fill(NaN));
  let intra = 0;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const u = units[i];
    if (!u || Number.isNaN(centres[labels[i]][0])) continue;
    intra += unitAngle(u, centres[labels[i]]);
    n++;
  }
  let interMin = Infinity;
  let interMinPair: [number, number] = [-1, -1];
  let interSum = 0;
  let pairs = 0;
  for (let a = 0; a < classes; a++) {
    for (let b = a + 1; b < classes; b++) {
      if (Number.isNaN(centres[a][0]) || Number.isNaN(centres[b][0])) continue;
      const angle = unitAngle(centres[a], centres[b]);
      interSum += angle;
      pairs++;
      if (angle < interMin) {
        interMin = angle;
        interMinPair = [a, b];
      }
    }
  }
  return {
    intraMean: n ? intra / n : NaN,
    interMin: pairs ? interMin : NaN,
    interMinPair,
    interMean: pairs ? interSum / pairs : NaN,
    centres,
  };
}

/** Share of rows predicted right. */
export function accuracy(predicted: ArrayLike<number>, labels: ArrayLike<number>): number {
  if (predicted.length !== labels.length) throw new Error(`accuracy: ${predicted.length} predictions for ${labels.length} labels`);
  let right = 0;
  for (let i = 0; i < labels.length; i++) if (predicted[i] === labels[i]) right++;
  return labels.length ? right / labels.length : NaN;
}

/** Recall of one class: of its rows, the share predicted as it (NaN when it has none). */
export function recall(predicted: ArrayLike<number>, labels: ArrayLike<number>, positive: number): number {
  if (predicted.length !== labels.length) throw new Error(`recall: ${predicted.length} predictions for ${labels.length} labels`);
  let found = 0;
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== positive) continue;
    total++;
    if (predicted[i] === positive) found++;
  }
  return total ? found / total : NaN;
}

/** Index of the largest of each row of a row-major [rows, cols] matrix. */
export function argmaxRows(values: ArrayLike<number>, cols: number): Int32Array {
  const rows = values.length / cols;
  const out = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let j = 1; j < cols; j++) if (values[i * cols + j] > values[i * cols + best]) best = j;
    out[i] = best;
  }
  return out;
}
