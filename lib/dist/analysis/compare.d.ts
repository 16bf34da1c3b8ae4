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
export declare function summarize(values: ArrayLike<number>): Measurement;
/**
 * t₀.₉₇₅ of Student's t with ν (possibly fractional, ≥ 1) degrees of freedom: the table above,
 * interpolated linearly in 1/ν (exact at the tabulated ν, within 0.01 between them), 1.96 as ν → ∞.
 */
export declare function tQuantile975(dof: number): number;
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
export declare function formatMeasurement(values: ArrayLike<number> | Measurement, options?: FormatMeasurementOptions): string;
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
export declare function compareMeasurements(a: ArrayLike<number>, b: ArrayLike<number>, options: CompareOptions): Comparison;
//# sourceMappingURL=compare.d.ts.map