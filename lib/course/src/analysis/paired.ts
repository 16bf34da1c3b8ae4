/**
 * Two methods measured on the same seeds, compared seed by seed (lesson 09, the Omniglot experiment).
 * Within a seed both methods saw the same data split, the same pairs and the same initial weights, so
 * the seed's noise cancels in the per-seed difference dₖ = aₖ − bₖ; the comparison is a statement about
 * those n differences alone.
 *
 * - mean difference d̄ = Σ dₖ / n, sample standard deviation s_d (divisor n − 1), standard error s_d/√n;
 * - the 95 % confidence interval d̄ ± t₀.₉₇₅(n − 1) · s_d/√n, with the **exact** quantile of Student's t
 *   (`studentTQuantile`: the t distribution's CDF from the regularised incomplete beta function, inverted
 *   numerically; t₀.₉₇₅ = 12.706 for 1 degree of freedom, 4.303 for 2, 2.776 for 4, → 1.960);
 * - the two-sided p-value of the paired t-test, 2 · P(T_{n−1} > |d̄| / (s_d/√n));
 * - the **minimum detectable effect** of the design: the smallest true mean difference that a two-sided
 *   paired t-test at level α = 0.05 detects with power 1 − β = 0.8, from the observed s_d and n:
 *
 *       MDE = (t_{1−α/2}(n − 1) + t_{1−β}(n − 1)) · s_d / √n
 *
 *   (the usual central-t approximation of the power equation; the exact non-central-t answer is a little
 *   larger for very few seeds: with n = 3 this formula's MDE has power 0.77 rather than 0.80).
 *
 * "Distinguishable" means the 95 % interval excludes zero (equivalently p < 0.05). A difference inside
 * the interval is not evidence of equality: the MDE says how large a difference this design could have
 * seen. `pairedSentence` words a comparison from these numbers only, so a lesson's text cannot
 * contradict its table.
 */
import { ValueError } from "losslab";
import { checkBoolean, checkInteger, checkNumber, checkNumberArray, checkOptions, checkRange, describe } from "losslab/internal";

// ---------------------------------------------------------------------------------------------------
// Student's t distribution

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; relative error below 1e-14). */
function logGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

/** The regularised incomplete beta function I_x(a, b), 0 ≤ x ≤ 1. */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(x, a, b)) / a : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** P(T > |t|) for Student's t with ν degrees of freedom (one tail), accurate far into the tail. */
function tailProbability(t: number, dof: number): number {
  return 0.5 * incompleteBeta(dof / (dof + t * t), dof / 2, 0.5);
}

/** The CDF of Student's t with `dof` > 0 degrees of freedom at `t`. */
export function studentTCdf(t: number, dof: number): number {
  const fn = "studentTCdf";
  const x = checkNumber(fn, "t", t);
  const nu = checkRange(fn, "dof", dof, { min: 0, minOpen: true });
  const tail = tailProbability(x, nu);
  return x >= 0 ? 1 - tail : tail;
}

/**
 * The p-quantile of Student's t with `dof` > 0 degrees of freedom: the t with P(T ≤ t) = p, found by
 * bisection on the CDF's tail (to a relative 1e-12). `studentTQuantile(0.975, 2)` = 4.3027.
 */
export function studentTQuantile(p: number, dof: number): number {
  const fn = "studentTQuantile";
  const q = checkRange(fn, "p", p, { min: 0, max: 1, minOpen: true, maxOpen: true });
  const nu = checkRange(fn, "dof", dof, { min: 0, minOpen: true });
  if (q === 0.5) return 0;
  const tail = q > 0.5 ? 1 - q : q; // the one-tail probability beyond |t|
  let lo = 0;
  let hi = 1;
  while (tailProbability(hi, nu) > tail) {
    hi *= 2;
    if (hi > 1e300) break;
  }
  for (let i = 0; i < 2000 && hi - lo > 1e-12 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (tailProbability(mid, nu) > tail) lo = mid;
    else hi = mid;
  }
  const t = 0.5 * (lo + hi);
  return q > 0.5 ? t : -t;
}

// ---------------------------------------------------------------------------------------------------
// Paired comparison

export interface PairedOptions {
  /** The two methods' names, as a sentence uses them: ["CosFace", "softmax"] for CosFace − softmax. */
  names: [string, string];
  /** Confidence level of the interval. @default 0.95 */
  confidence?: number;
  /** Level α of the two-sided test the minimum detectable effect is for. @default 0.05 */
  alpha?: number;
  /** Power 1 − β of that test. @default 0.8 */
  power?: number;
}

export interface PairedComparison {
  /** [a, b]: every number is about a − b. */
  names: [string, string];
  /** Seeds (pairs). */
  n: number;
  /** aₖ − bₖ, one per seed. */
  differences: number[];
  /** d̄, the mean of the differences (= mean(a) − mean(b)). */
  mean: number;
  /** s_d, their sample standard deviation (n − 1). */
  sd: number;
  /** s_d / √n. */
  standardError: number;
  /** n − 1. */
  dof: number;
  confidence: number;
  /** t_{(1+confidence)/2}(n − 1), exact. */
  tCritical: number;
  /** d̄ ∓ tCritical · standardError. */
  interval: [number, number];
  /** d̄ / standardError (±Infinity with zero spread and a difference, 0 with neither). */
  t: number;
  /** Two-sided p-value of the paired t-test (0 with zero spread and a difference, 1 with no difference). */
  pValue: number;
  alpha: number;
  power: number;
  /** (t_{1−α/2}(n − 1) + t_{power}(n − 1)) · s_d/√n: see the module comment. */
  minimumDetectableEffect: number;
  /** Whether the interval excludes zero. */
  distinguishable: boolean;
}

/**
 * Compares per-seed values `a` and `b` (seed k of one with seed k of the other; at least 2 seeds): the
 * difference a − b with its interval, p-value and the design's minimum detectable effect.
 */
export function pairedComparison(a: ArrayLike<number>, b: ArrayLike<number>, options: PairedOptions): PairedComparison {
  const fn = "pairedComparison";
  checkOptions(fn, options, ["names", "confidence?", "alpha?", "power?"]);
  const names = checkNames(fn, options.names);
  const confidence = options.confidence === undefined ? 0.95 : checkRange(fn, "confidence", options.confidence, { min: 0, max: 1, minOpen: true, maxOpen: true });
  const alpha = options.alpha === undefined ? 0.05 : checkRange(fn, "alpha", options.alpha, { min: 0, max: 1, minOpen: true, maxOpen: true });
  const power = options.power === undefined ? 0.8 : checkRange(fn, "power", options.power, { min: 0, max: 1, minOpen: true, maxOpen: true });
  const va = checkNumberArray(fn, "a", a, { minLength: 2 });
  const vb = checkNumberArray(fn, "b", b, { minLength: 2 });
  if (va.length !== vb.length) throw new ValueError(fn, "b", `one value per seed of 'a' (${va.length} values)`, `${vb.length} values`);
  const n = va.length;
  const differences = va.map((x, k) => x - vb[k]);
  const mean = differences.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(differences.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  const standardError = sd / Math.sqrt(n);
  const dof = n - 1;
  const tCritical = studentTQuantile((1 + confidence) / 2, dof);
  const interval: [number, number] = [mean - tCritical * standardError, mean + tCritical * standardError];
  let t: number;
  let pValue: number;
  if (standardError > 0) {
    t = mean / standardError;
    pValue = Math.min(1, 2 * tailProbability(t, dof));
  } else {
    t = mean === 0 ? 0 : Math.sign(mean) * Infinity;
    pValue = mean === 0 ? 1 : 0;
  }
  const minimumDetectableEffect = (studentTQuantile(1 - alpha / 2, dof) + studentTQuantile(power, dof)) * standardError;
  const distinguishable = interval[0] > 0 || interval[1] < 0;
  return { names, n, differences, mean, sd, standardError, dof, confidence, tCritical, interval, t, pValue, alpha, power,
           minimumDetectableEffect, distinguishable };
}

function checkNames(fn: string, names: unknown): [string, string] {
  if (!Array.isArray(names) || names.length !== 2 || names.some((s) => typeof s !== "string" || s === "")) {
    throw new ValueError(fn, "names", "two non-empty names [a, b]", describe(names));
  }
  return [names[0], names[1]];
}

export interface PairedSentenceOptions {
  /** Unit of the differences: "points" (of a percentage), "°", "" … @default "" */
  unit?: string;
  /** Decimals of the numbers; by default those giving the standard error 2 significant digits. */
  decimals?: number;
  /** true: larger is better (accuracy, AUC); false: smaller is better (error); left out: "higher"/"lower". */
  higherIsBetter?: boolean;
}

function signed(x: number, decimals: number): string {
  const r = Number(x.toFixed(decimals));
  const text = Math.abs(r).toFixed(decimals);
  return r > 0 ? `+${text}` : r < 0 ? `−${text}` : text;
}

function withUnit(text: string, unit: string): string {
  if (unit === "") return text;
  return unit === "°" || unit === "%" ? `${text}${unit}` : `${text} ${unit}`;
}

/** The decimals that give `x` two significant digits (2 when x is 0 or not finite). */
function decimalsFor(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 2;
  return Math.max(0, Math.min(6, 1 - Math.floor(Math.log10(x))));
}

/**
 * One sentence from a `pairedComparison`:
 * "CosFace − softmax: +1.2 points [−0.4, +2.8], not distinguishable; this design detects about 2.5 (5 seeds)",
 * "ArcFace − softmax: −3.1 points [−5.0, −1.2], ArcFace behind (5 seeds)". With `higherIsBetter`
 * a distinguishable difference says who is ahead; without it, "higher"/"lower".
 */
export function pairedSentence(comparison: PairedComparison, options: PairedSentenceOptions = {}): string {
  const fn = "pairedSentence";
  checkOptions(fn, options, ["unit?", "decimals?", "higherIsBetter?"]);
  const c = comparison as PairedComparison | undefined;
  if (typeof c !== "object" || c === null || !Array.isArray(c.interval) || !Array.isArray(c.names) || typeof c.mean !== "number") {
    throw new ValueError(fn, "comparison", "a result of pairedComparison", describe(comparison));
  }
  const unit = options.unit === undefined ? "" : options.unit;
  if (typeof unit !== "string") throw new ValueError(fn, "unit", "a string", describe(unit));
  const decimals = options.decimals === undefined ? decimalsFor(c.standardError > 0 ? c.standardError : Math.abs(c.mean) / 10)
    : checkInteger(fn, "decimals", options.decimals, { min: 0, max: 10 });
  const higherIsBetter = options.higherIsBetter === undefined ? undefined : checkBoolean(fn, "higherIsBetter", options.higherIsBetter);
  const [a, b] = c.names;
  const level = Math.round(100 * c.confidence);
  const range = `[${signed(c.interval[0], decimals)}, ${signed(c.interval[1], decimals)}]`;
  const head = `${a} − ${b}: ${withUnit(signed(c.mean, decimals), unit)} ${range}${level === 95 ? "" : ` (${level} %)`}`;
  const seeds = `${c.n} seeds`;
  if (!c.distinguishable) {
    const mde = withUnit(Math.abs(c.minimumDetectableEffect).toFixed(decimals), unit);
    return `${head}, not distinguishable; this design detects about ${mde} (${seeds})`;
  }
  const up = c.mean > 0;
  const verdict = higherIsBetter === undefined ? `${a} ${up ? "higher" : "lower"}` : `${a} ${up === higherIsBetter ? "ahead" : "behind"}`;
  return `${head}, ${verdict} (${seeds})`;
}

export interface PairedRowOptions {
  /** Unit appended to the difference column's name: "points", "°" … @default "" */
  unit?: string;
  /** Decimals of the numbers. @default 3 */
  decimals?: number;
}

/**
 * One table row (for `table`, or Markdown) of a `pairedComparison`: the comparison, the mean difference,
 * its interval, the seeds, p, whether the interval excludes zero, and the design's minimum detectable
 * effect; the same numbers as the forest plot's hover text.
 */
export function pairedRow(comparison: PairedComparison, options: PairedRowOptions = {}): Record<string, string> {
  const fn = "pairedRow";
  checkOptions(fn, options, ["unit?", "decimals?"]);
  const c = comparison as PairedComparison | undefined;
  if (typeof c !== "object" || c === null || !Array.isArray(c.interval) || !Array.isArray(c.names) || typeof c.mean !== "number") {
    throw new ValueError(fn, "comparison", "a result of pairedComparison", describe(comparison));
  }
  const unit = options.unit === undefined ? "" : options.unit;
  if (typeof unit !== "string") throw new ValueError(fn, "unit", "a string", describe(unit));
  const decimals = options.decimals === undefined ? 3 : checkInteger(fn, "decimals", options.decimals, { min: 0, max: 10 });
  const u = unit === "" ? "" : ` (${unit})`;
  return {
    comparison: `${c.names[0]} − ${c.names[1]}`,
    [`mean difference${u}`]: signed(c.mean, decimals),
    [`${Math.round(100 * c.confidence)} % interval`]: `[${signed(c.interval[0], decimals)}, ${signed(c.interval[1], decimals)}]`,
    seeds: String(c.n),
    p: c.pValue.toPrecision(2),
    "interval excludes 0": c.distinguishable ? "yes" : "no",
    [`detectable difference (power ${c.power})${u}`]: Math.abs(c.minimumDetectableEffect).toFixed(decimals),
  };
}

export interface MeanInterval {
  /** Values that were numbers (null and NaN, a metric a seed did not produce, are left out). */
  n: number;
  mean: number;
  /** The t interval mean ∓ t_{(1+confidence)/2}(n − 1) · s/√n; [mean, mean] for one value (no spread to judge). */
  interval: [number, number];
}

/**
 * Mean of per-seed values with its Student-t confidence interval (exact quantile, n − 1 degrees of
 * freedom), for tables that show "mean [lo, hi]" over seeds. Nulls and NaN are left out; none left is
 * an error.
 */
export function meanInterval(values: ArrayLike<number | null>, options: { confidence?: number } = {}): MeanInterval {
  const fn = "meanInterval";
  checkOptions(fn, options, ["confidence?"]);
  const confidence = options.confidence === undefined ? 0.95 : checkRange(fn, "confidence", options.confidence, { min: 0, max: 1, minOpen: true, maxOpen: true });
  if (!Array.isArray(values) && !ArrayBuffer.isView(values)) throw new ValueError(fn, "values", "an array of numbers (null for a missing value)", describe(values));
  const v = Array.from(values as ArrayLike<number | null>).filter((x): x is number => typeof x === "number" && !Number.isNaN(x));
  if (v.length === 0) throw new ValueError(fn, "values", "at least one number", describe(values));
  checkNumberArray(fn, "values", v);
  const n = v.length;
  const mean = v.reduce((s, x) => s + x, 0) / n;
  if (n < 2) return { n, mean, interval: [mean, mean] };
  const se = Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1)) / Math.sqrt(n);
  const t = studentTQuantile((1 + confidence) / 2, n - 1);
  return { n, mean, interval: [mean - t * se, mean + t * se] };
}

/** "12.3 [10.1, 14.5]" (or "12.3 (1 seed)") of `meanInterval`, scaled (100 for fractions as %) and rounded. */
export function formatMeanInterval(values: ArrayLike<number | null>, options: { scale?: number; decimals?: number } = {}): string {
  const fn = "formatMeanInterval";
  checkOptions(fn, options, ["scale?", "decimals?"]);
  const scale = options.scale === undefined ? 1 : checkRange(fn, "scale", options.scale, { min: 0, minOpen: true });
  const decimals = options.decimals === undefined ? 1 : checkInteger(fn, "decimals", options.decimals, { min: 0, max: 10 });
  const m = meanInterval(values);
  const f = (x: number) => (scale * x).toFixed(decimals).replace(/^-/, "−");
  return m.n < 2 ? `${f(m.mean)} (1 seed)` : `${f(m.mean)} [${f(m.interval[0])}, ${f(m.interval[1])}]`;
}
