/**
 * Comparing measured results with their uncertainty, and wording the verdict (lessons 04–09, the
 * capstone): every sentence of the course that says one loss did better than another is built here
 * from the per-seed numbers, so the text cannot claim what the table does not show.
 *
 * - `summarize(values)`: mean, sample standard deviation (n − 1) and standard error s/√n over seeds.
 * - `compareMeasurements(a, b, { names })`: the difference of the means a − b and its standard error.
 *   Independent seeds (the default) use Welch's form √(s_a²/n_a + s_b²/n_b), with the
 *   Welch–Satterthwaite degrees of freedom ν = (s_a²/n_a + s_b²/n_b)² / ((s_a²/n_a)²/(n_a − 1) +
 *   (s_b²/n_b)²/(n_b − 1)). `paired: true` (a and b trained on the same seeds, seed k of a against
 *   seed k of b) uses the standard error of the per-seed differences, ν = n − 1. `reference: true` takes
 *   `b` as one exact number with no seed noise (a deterministic baseline: raw pixels compared with L1):
 *   the standard error is a's, ν = n_a − 1.
 *
 * **The rule for "beyond the noise"**: |a − b| > t · SE(a − b), where t is the two-sided 95 % quantile
 * of Student's t with ν degrees of freedom (t = 2.78 for ν = 4, 2.26 for ν = 9, → 1.96 for many seeds);
 * `threshold: 2` replaces t by a fixed 2 standard errors. With one seed on either side there is no
 * spread to compare the difference with, and the verdict is "cannot judge". With zero spread on both
 * sides (identical results over the seeds) any non-zero difference is beyond the noise, and the
 * sentence says that the seeds did not vary.
 */
import { ValueError } from "losslab";
import { checkBoolean, checkNumberArray, checkOptions, checkRange, checkInteger, describe } from "losslab/internal";

/** Mean and spread of one result over seeds. */
export interface Measurement {
  values: number[];
  n: number;
  mean: number;
  /** Sample standard deviation (divisor n − 1); NaN for one value. */
  sd: number;
  /** sd/√n; NaN for one value. */
  standardError: number;
}

/** Mean, sample standard deviation and standard error of per-seed values. */
export function summarize(values: ArrayLike<number>): Measurement {
  const v = checkNumberArray("summarize", "values", values);
  const n = v.length;
  const mean = v.reduce((s, x) => s + x, 0) / n;
  const sd = n < 2 ? NaN : Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  return { values: v, n: n, mean: mean, sd: sd, standardError: sd / Math.sqrt(n) };
}

/** Two-sided 95 % quantiles of Student's t (t₀.₉₇₅) at these degrees of freedom; ∞ → 1.96. */
const T975: readonly [number, number][] = [
  [1, 12.706], [2, 4.303], [3, 3.182], [4, 2.776], [5, 2.571], [6, 2.447], [7, 2.365], [8, 2.306], [9, 2.262],
  [10, 2.228], [12, 2.179], [15, 2.131], [20, 2.086], [30, 2.042], [60, 2.0], [120, 1.98],
];

/**
 * t₀.₉₇₅ of Student's t with ν (possibly fractional, ≥ 1) degrees of freedom: the table above,
 * interpolated linearly in 1/ν (exact at the tabulated ν, within 0.01 between them), 1.96 as ν → ∞.
 */
export function tQuantile975(dof: number): number {
  const nu = checkRange("tQuantile975", "dof", dof, { min: 1 });
  if (!Number.isFinite(nu) || nu >= 1e9) return 1.96;
  const points: [number, number][] = [...T975, [Infinity, 1.96]];
  for (let i = 0; i < points.length - 1; i++) {
    const [d0, t0] = points[i];
    const [d1, t1] = points[i + 1];
    if (nu >= d0 && nu <= d1) {
      const x0 = 1 / d0;
      const x1 = d1 === Infinity ? 0 : 1 / d1;
      const x = 1 / nu;
      return t0 + ((x - x0) / (x1 - x0)) * (t1 - t0);
    }
  }
  return 1.96;
}

function decimalsFor(se: number, significant: number): number {
  if (!(se > 0) || !Number.isFinite(se)) return 2;
  return Math.max(0, Math.min(6, significant - 1 - Math.floor(Math.log10(se))));
}

function withUnit(text: string, unit: string): string {
  if (unit === "") return text;
  return unit === "°" || unit === "%" ? `${text}${unit}` : `${text} ${unit}`;
}

export interface FormatMeasurementOptions {
  /** Appended to the numbers: "%", "°", "points" (a space before words). @default "" */
  unit?: string;
  /** Decimals; by default those that give the standard error 2 significant digits. */
  decimals?: number;
}

/**
 * "93.24 ± 0.41 %"-style text for per-seed values (or a `summarize` result): the mean with one
 * standard error, rounded to the standard error's second significant digit; one value alone is
 * printed with "(1 seed)" instead of a ± it does not have.
 */
export function formatMeasurement(values: ArrayLike<number> | Measurement, options: FormatMeasurementOptions = {}): string {
  const fn = "formatMeasurement";
  checkOptions(fn, options, ["unit?", "decimals?"]);
  const m = isMeasurement(values) ? values : summarize(values);
  const unit = unitOption(fn, options.unit);
  const decimals = options.decimals === undefined ? decimalsFor(m.standardError, 2)
    : checkInteger(fn, "decimals", options.decimals, { min: 0, max: 10 });
  if (m.n < 2) return `${withUnit(m.mean.toFixed(decimals).replace(/^-/, "−"), unit)} (1 seed)`;
  return withUnit(`${m.mean.toFixed(decimals).replace(/^-/, "−")} ± ${m.standardError.toFixed(decimals)}`, unit);
}

function isMeasurement(v: unknown): v is Measurement {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v) && "standardError" in v;
}

function unitOption(fn: string, unit: unknown): string {
  if (unit === undefined) return "";
  if (typeof unit !== "string") throw new ValueError(fn, "unit", "a string", describe(unit));
  return unit;
}

export interface CompareOptions {
  /** The two results' names, as the sentence uses them: ["softmax", "ArcFace"]. */
  names: [string, string];
  /** Unit of the values, for the text: "%" (the difference is then in "points"), "°", "" … @default "" */
  unit?: string;
  /** true: larger is better (accuracy, AUC) and the sentence says who is "ahead"; false: smaller is better
   *  (error, intra-class angle); left out: neither, the sentence says "higher"/"lower". */
  higherIsBetter?: boolean;
  /** What was measured, to open the sentence: "test accuracy". */
  what?: string;
  /** Seed k of a and seed k of b belong together (same data split and initialisation): SE of the per-seed differences. @default false */
  paired?: boolean;
  /** `b` is a single value without seed noise (a deterministic baseline). @default false */
  reference?: boolean;
  /** Fixed number of standard errors instead of Student's t at 95 % (see the module comment). */
  threshold?: number;
  /** Decimals of the numbers in the sentence; by default 2 significant digits of the difference's SE. */
  decimals?: number;
}

export type Verdict = "a better" | "b better" | "a higher" | "b higher" | "no difference" | "cannot judge";

export interface Comparison {
  a: Measurement;
  b: Measurement;
  /** mean(a) − mean(b) (with `paired`, the mean of the per-seed differences, the same number). */
  difference: number;
  /** Its standard error (NaN with one seed on a side). */
  standardError: number;
  /** Degrees of freedom of that standard error (NaN with one seed). */
  dof: number;
  /** The multiple of the standard error the difference must exceed (t₀.₉₇₅(ν), or `threshold`). */
  threshold: number;
  /** difference / standardError (±Infinity with zero spread and a difference, NaN when it cannot be judged). */
  z: number;
  /** Whether |difference| > threshold · standardError; undefined when it cannot be judged. */
  beyondNoise: boolean | undefined;
  verdict: Verdict;
  /** The verdict in words, with the numbers. */
  sentence: string;
}

/**
 * Compares per-seed results `a` and `b` (e.g. test accuracies of softmax and ArcFace over the same
 * seeds) and words the verdict: "softmax ahead of ArcFace by 2.1 ± 0.7 points (3 seeds each)",
 * "no difference beyond the noise between softmax and ArcFace (softmax minus ArcFace: 0.3 ± 0.8 points, 3 seeds each)".
 */
export function compareMeasurements(a: ArrayLike<number>, b: ArrayLike<number>, options: CompareOptions): Comparison {
  const fn = "compareMeasurements";
  checkOptions(fn, options, ["names", "unit?", "higherIsBetter?", "what?", "paired?", "reference?", "threshold?", "decimals?"]);
  const names = options.names as unknown;
  if (!Array.isArray(names) || names.length !== 2 || names.some((s) => typeof s !== "string" || s === "")) {
    throw new ValueError(fn, "names", "two non-empty names [a, b]", describe(names));
  }
  const [nameA, nameB] = names as [string, string];
  const unit = unitOption(fn, options.unit);
  const diffUnit = unit === "%" ? "points" : unit;
  const higherIsBetter = options.higherIsBetter === undefined ? undefined : checkBoolean(fn, "higherIsBetter", options.higherIsBetter);
  const paired = options.paired === undefined ? false : checkBoolean(fn, "paired", options.paired);
  const reference = options.reference === undefined ? false : checkBoolean(fn, "reference", options.reference);
  const fixed = options.threshold === undefined ? undefined : checkRange(fn, "threshold", options.threshold, { min: 0, minOpen: true });
  if (options.what !== undefined && typeof options.what !== "string") throw new ValueError(fn, "what", "a string", describe(options.what));
  const ma = summarize(checkNumberArray(fn, "a", a));
  const mb = summarize(checkNumberArray(fn, "b", b));
  if (reference && (mb.n !== 1 || paired)) {
    throw new ValueError(fn, "b", "one exact value when 'reference' is true (and not 'paired')", `${mb.n} values${paired ? ", paired" : ""}`);
  }
  if (paired && ma.n !== mb.n) {
    throw new ValueError(fn, "b", `as many values as 'a' (${ma.n}) when paired`, `${mb.n} values`);
  }
  const difference = ma.mean - mb.mean;
  let standardError: number;
  let dof: number;
  if (reference) {
    standardError = ma.standardError;
    dof = ma.n - 1;
  } else if (paired) {
    const d = summarize(ma.values.map((x, i) => x - mb.values[i]));
    standardError = d.standardError;
    dof = d.n - 1;
  } else {
    const va = ma.sd ** 2 / ma.n;
    const vb = mb.sd ** 2 / mb.n;
    standardError = Math.sqrt(va + vb);
    const denominator = va ** 2 / (ma.n - 1) + vb ** 2 / (mb.n - 1);
    dof = ma.n < 2 || mb.n < 2 ? NaN : denominator > 0 ? (va + vb) ** 2 / denominator : ma.n + mb.n - 2;
  }
  const judgeable = ma.n >= 2 && (mb.n >= 2 || reference);
  const threshold = fixed ?? (judgeable ? tQuantile975(Math.max(1, dof)) : NaN);
  const z = !judgeable ? NaN : standardError > 0 ? difference / standardError : difference === 0 ? 0 : Math.sign(difference) * Infinity;
  const beyondNoise = judgeable ? Math.abs(difference) > threshold * standardError && difference !== 0 : undefined;

  const decimals = options.decimals === undefined
    ? decimalsFor(judgeable && standardError > 0 ? standardError : Math.abs(difference) / 10, 2)
    : checkInteger(fn, "decimals", options.decimals, { min: 0, max: 10 });
  const num = (x: number) => x.toFixed(decimals).replace(/^-/, "−");
  const seeds = reference ? `${ma.n} seeds against a fixed value` : ma.n === mb.n ? `${ma.n} seed${ma.n === 1 ? "" : "s"} each` : `${ma.n} and ${mb.n} seeds`;
  const noSpread = judgeable && standardError === 0;
  const diffText = noSpread ? withUnit(num(difference), diffUnit) : withUnit(`${num(difference)} ± ${num(standardError)}`, diffUnit);
  const prefix = options.what ? `${options.what}: ` : "";

  let verdict: Verdict;
  let sentence: string;
  if (!judgeable) {
    verdict = "cannot judge";
    const single = ma.n < 2 && mb.n < 2 ? "one seed each" : `one seed of ${ma.n < 2 ? nameA : nameB}`;
    sentence = `${prefix}cannot judge ${nameA} against ${nameB} from ${single}: no spread to compare the difference ` +
      `with (${nameA} minus ${nameB}: ${withUnit(num(difference), diffUnit)})`;
  } else if (!beyondNoise) {
    verdict = "no difference";
    sentence = noSpread
      ? `${prefix}no difference between ${nameA} and ${nameB} (identical over ${seeds})`
      : `${prefix}no difference beyond the noise between ${nameA} and ${nameB} (${nameA} minus ${nameB}: ${diffText}, ${seeds})`;
  } else {
    const aFirst = difference > 0;
    const [top, bottom] = aFirst ? [nameA, nameB] : [nameB, nameA];
    const gap = noSpread ? withUnit(num(Math.abs(difference)), diffUnit)
      : withUnit(`${num(Math.abs(difference))} ± ${num(standardError)}`, diffUnit);
    const spread = noSpread ? `${seeds}, no spread between seeds` : `${seeds}`;
    if (higherIsBetter === undefined) {
      verdict = aFirst ? "a higher" : "b higher";
      sentence = `${prefix}${top} higher than ${bottom} by ${gap} (${spread})`;
    } else {
      const aBetter = aFirst === higherIsBetter;
      verdict = aBetter ? "a better" : "b better";
      const [winner, loser] = aBetter ? [nameA, nameB] : [nameB, nameA];
      sentence = `${prefix}${winner} ahead of ${loser} by ${gap} (${spread}${higherIsBetter ? "" : "; lower is better"})`;
    }
  }
  return { a: ma, b: mb, difference: difference, standardError: standardError, dof: dof, threshold: threshold, z: z,
           beyondNoise: beyondNoise, verdict: verdict, sentence: sentence };
}
