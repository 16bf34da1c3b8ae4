/**
 * Counts of values in equal bins, computed here rather than by Plotly so that a figure of thousands
 * of pair angles carries a few dozen bar heights instead of every value.
 */
import { ValueError } from "losslab";
import { checkInteger, checkNumber, checkOptions, checkRange, describe } from "losslab/internal";

export interface HistogramOptions {
  /** Number of bins. @default 30 */
  bins?: number;
  /** The range covered; values outside it are left out. @default the values' min and max */
  min?: number;
  max?: number;
}

export interface Histogram {
  /** bins + 1 bin edges. */
  edges: number[];
  /** The middle of each bin. */
  centres: number[];
  counts: number[];
  /** counts / (total · bin width): integrates to 1 over the range (0s when there are no values). */
  density: number[];
  /** Values counted (inside the range). */
  total: number;
}

/** Equal-width histogram of `values`; the last bin includes its upper edge. */
export function histogram(values: ArrayLike<number>, options: HistogramOptions = {}): Histogram {
  const fn = "histogram";
  checkOptions(fn, options, ["bins?", "min?", "max?"]);
  const bins = checkInteger(fn, "bins", options.bins ?? 30, { min: 1 });
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = checkNumber(fn, `values[${i}]`, values[i]);
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const min = options.min === undefined ? (values.length ? lo : 0) : checkNumber(fn, "min", options.min);
  let max = options.max === undefined ? (values.length ? hi : 1) : checkNumber(fn, "max", options.max);
  if (max < min) throw new ValueError(fn, "max", `a number ≥ min (${min})`, describe(max));
  if (max === min) max = min + 1;
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, k) => min + k * width);
  const counts = new Array<number>(bins).fill(0);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min || v > max) continue;
    counts[Math.min(bins - 1, Math.floor((v - min) / width))] += 1;
    total += 1;
  }
  return {
    edges,
    centres: edges.slice(0, -1).map((e) => e + width / 2),
    counts,
    density: counts.map((c) => (total > 0 ? c / (total * width) : 0)),
    total,
  };
}

/** The q-quantile of `values` (0 ≤ q ≤ 1), linearly interpolated between order statistics (NaN when empty). */
export function quantile(values: ArrayLike<number>, q: number): number {
  checkRange("quantile", "q", q, { min: 0, max: 1 });
  const v = Array.from(values, (x, i) => checkNumber("quantile", `values[${i}]`, x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const pos = q * (v.length - 1);
  const lo = Math.floor(pos);
  return lo + 1 < v.length ? v[lo] + (pos - lo) * (v[lo + 1] - v[lo]) : v[lo];
}
