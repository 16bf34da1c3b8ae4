import fc from "fast-check";
import { InputTypeError, ValueError } from "losslab";
import { formatMeanInterval, meanInterval, pairedComparison, pairedRow, pairedSentence, studentTCdf, studentTQuantile } from "losslab-course";

// Reference values from scipy 1.17.1: stats.t.ppf(q, df), 2 * stats.t.sf(t, df), stats.t.cdf(t, df).
const T_PPF: [number, number, number][] = [
  // [q, df, quantile]
  [0.975, 1, 12.706204736174694], [0.975, 2, 4.302652729749462], [0.975, 3, 3.1824463052837078],
  [0.975, 4, 2.7764451051977934], [0.975, 5, 2.5705818356363146], [0.975, 9, 2.262157162798205],
  [0.975, 19, 2.0930240544083087], [0.975, 29, 2.045229642132703], [0.975, 100, 1.9839715185235518],
  [0.8, 1, 1.3763819204711738], [0.8, 2, 1.0606601717798214], [0.8, 4, 0.9409645772351816],
  [0.8, 9, 0.8834038596855346], [0.995, 2, 9.924843200918287], [0.995, 4, 4.604094871349992],
  [0.995, 1, 63.656741162871526],
];

describe("studentTQuantile", () => {
  it.each(T_PPF)("t_%s with %s degrees of freedom agrees with scipy to 1e-9 (relative)", (q, df, expected) => {
    expect(Math.abs(studentTQuantile(q, df) - expected) / expected).toBeLessThan(1e-9);
    expect(Math.abs(studentTQuantile(1 - q, df) + expected) / expected).toBeLessThan(1e-9);
  });
  it("is 0 at the median and tends to the normal quantile 1.959964 for many degrees of freedom", () => {
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959964, 5);
  });
  it("inverts the CDF (property, fixed seed)", () => {
    fc.assert(fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.5, max: 200, noNaN: true }), (q, df) => {
      expect(studentTCdf(studentTQuantile(q, df), df)).toBeCloseTo(q, 9);
    }), { seed: 23, numRuns: 200 });
  });
  it("refuses probabilities outside (0, 1) and degrees of freedom <= 0, naming the argument", () => {
    expect(() => studentTQuantile(1, 3)).toThrow(/studentTQuantile.*'p'/);
    expect(() => studentTQuantile(0, 3)).toThrow(ValueError);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/studentTQuantile.*'dof'/);
    expect(() => studentTQuantile("0.9" as unknown as number, 2)).toThrow(InputTypeError);
  });
});

describe("studentTCdf", () => {
  it("agrees with scipy's CDF and two-sided tail", () => {
    expect(studentTCdf(-1.3, 7)).toBeCloseTo(0.11738391769618862, 12);
    expect(2 * (1 - studentTCdf(2, 5))).toBeCloseTo(0.10193947882985835, 12);
    expect(2 * (1 - studentTCdf(0.5, 2))).toBeCloseTo(0.6666666666666667, 12);
    expect(studentTCdf(0, 4)).toBe(0.5);
  });
  it("is the Cauchy CDF with one degree of freedom (closed form)", () => {
    for (const t of [-20, -1, 0.3, 4]) expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
  });
  it("refuses a non-finite t", () => {
    expect(() => studentTCdf(NaN, 2)).toThrow(/studentTCdf.*'t'/);
  });
});

/** The paired statistics by plain loops, written out again for the test. */
function plainPaired(a: number[], b: number[]) {
  const n = a.length;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += a[k] - b[k];
  const mean = sum / n;
  let ss = 0;
  for (let k = 0; k < n; k++) ss += (a[k] - b[k] - mean) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  return { mean, sd, se: sd / Math.sqrt(n) };
}

describe("pairedComparison", () => {
  const a = [0.91, 0.88, 0.93, 0.90, 0.87];
  const b = [0.89, 0.89, 0.90, 0.88, 0.86];

  it("gives scipy's ttest_rel statistic and p-value and the plain-loop mean, sd and standard error", () => {
    const c = pairedComparison(a, b, { names: ["A", "B"] });
    const p = plainPaired(a, b);
    expect(c.n).toBe(5);
    expect(c.dof).toBe(4);
    expect(c.mean).toBeCloseTo(0.014, 12);
    expect(c.sd).toBeCloseTo(0.015165750888103114, 12);
    expect(c.standardError).toBeCloseTo(0.006782329983125273, 12);
    expect(c.mean).toBeCloseTo(p.mean, 14);
    expect(c.standardError).toBeCloseTo(p.se, 14);
    // scipy.stats.ttest_rel(a, b): statistic 2.06418738616856, pvalue 0.10793882229227654
    expect(c.t).toBeCloseTo(2.06418738616856, 9);
    expect(c.pValue).toBeCloseTo(0.10793882229227654, 9);
  });

  it("builds the 95 % interval with t₀.₉₇₅(4) = 2.776, not 1.96, and the MDE from t₀.₉₇₅ + t₀.₈", () => {
    const c = pairedComparison(a, b, { names: ["A", "B"] });
    const se = 0.006782329983125273;
    expect(c.tCritical).toBeCloseTo(2.7764451051977934, 9);
    expect(c.interval[0]).toBeCloseTo(0.014 - 2.7764451051977934 * se, 10);
    expect(c.interval[1]).toBeCloseTo(0.014 + 2.7764451051977934 * se, 10);
    expect(c.distinguishable).toBe(false); // p = 0.108 > 0.05
    expect(c.minimumDetectableEffect).toBeCloseTo((2.7764451051977934 + 0.9409645772351816) * se, 10);
  });

  it("says the interval excludes zero exactly when p < 0.05 (property, fixed seed)", () => {
    const values = fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 12 });
    fc.assert(fc.property(values, fc.double({ min: -3, max: 3, noNaN: true }), (x, shift) => {
      const y = x.map((v, k) => v + shift + 0.3 * Math.sin(7 * k));
      const c = pairedComparison(y, x, { names: ["y", "x"] });
      if (!(c.standardError > 1e-9) || Math.abs(c.pValue - 0.05) < 1e-9) return;
      expect(c.distinguishable).toBe(c.pValue < 0.05);
      expect(c.interval[0] <= c.mean && c.mean <= c.interval[1]).toBe(true);
    }), { seed: 9, numRuns: 200 });
  });

  it("uses the requested confidence, α and power", () => {
    const c = pairedComparison([1, 2, 4], [0, 0, 1], { names: ["A", "B"], confidence: 0.99, alpha: 0.01, power: 0.9 });
    expect(c.tCritical).toBeCloseTo(9.924843200918287, 9);
    expect(c.minimumDetectableEffect).toBeCloseTo((9.924843200918287 + studentTQuantile(0.9, 2)) * c.standardError, 10);
  });

  it("handles seeds that agree exactly: zero spread, a difference is distinguishable, none is not", () => {
    const same = pairedComparison([3, 4, 5], [1, 2, 3], { names: ["A", "B"] });
    expect(same.standardError).toBe(0);
    expect(same.t).toBe(Infinity);
    expect(same.pValue).toBe(0);
    expect(same.distinguishable).toBe(true);
    const none = pairedComparison([1, 2], [1, 2], { names: ["A", "B"] });
    expect(none.pValue).toBe(1);
    expect(none.distinguishable).toBe(false);
  });

  it("refuses unpaired, single-seed and non-finite input and misspelt options, naming the argument", () => {
    expect(() => pairedComparison([1, 2, 3], [1, 2], { names: ["A", "B"] })).toThrow(/pairedComparison.*'b'.*3 values/);
    expect(() => pairedComparison([1], [2], { names: ["A", "B"] })).toThrow(/pairedComparison.*'a'.*at least 2/);
    expect(() => pairedComparison([1, NaN], [2, 3], { names: ["A", "B"] })).toThrow(/'a\[1\]'/);
    expect(() => pairedComparison([1, 2], [2, 3], { names: ["A"] } as never)).toThrow(/'names'/);
    expect(() => pairedComparison([1, 2], [2, 3], { names: ["A", "B"], confidance: 0.9 } as never)).toThrow(/did you mean 'confidence'/);
    expect(() => pairedComparison([1, 2], [2, 3], { names: ["A", "B"], power: 1 })).toThrow(/'power'/);
  });
});

describe("pairedSentence", () => {
  it("words an indistinguishable difference with its interval and the design's MDE", () => {
    const c = pairedComparison([81.0, 83.5, 80.2, 84.0, 82.1], [80.5, 81.0, 80.9, 82.0, 80.4], { names: ["CosFace", "softmax"] });
    const s = pairedSentence(c, { unit: "points", decimals: 1 });
    const f = (x: number) => (x < 0 ? `−${Math.abs(x).toFixed(1)}` : `+${x.toFixed(1)}`);
    expect(c.distinguishable).toBe(false);
    expect(s).toBe(`CosFace − softmax: ${f(c.mean)} points [${f(c.interval[0])}, ${f(c.interval[1])}], not distinguishable; ` +
      `this design detects about ${c.minimumDetectableEffect.toFixed(1)} points (5 seeds)`);
  });

  it("says who is ahead or behind for a distinguishable difference, following higherIsBetter", () => {
    const c = pairedComparison([70, 71, 69, 72], [75, 75.5, 74, 76.8], { names: ["ArcFace", "softmax"] });
    expect(c.distinguishable).toBe(true);
    expect(pairedSentence(c, { unit: "points", decimals: 1, higherIsBetter: true })).toMatch(/^ArcFace − softmax: −4\.8 points \[−5\.2, −4\.4\], ArcFace behind \(4 seeds\)$/);
    expect(pairedSentence(c, { unit: "points", decimals: 1, higherIsBetter: false })).toMatch(/ArcFace ahead/);
    expect(pairedSentence(c, { decimals: 1 })).toMatch(/ArcFace lower/);
  });

  it("chooses decimals giving the standard error (0.074) two significant digits and keeps a unit of degrees attached", () => {
    const c = pairedComparison([10.123, 10.456, 10.2], [10, 10.1, 10.05], { names: ["a", "b"] });
    expect(pairedSentence(c, { unit: "°" })).toMatch(/^a − b: \+0\.210° \[−0\.107, \+0\.526\], not distinguishable; this design detects about 0\.395° \(3 seeds\)$/);
  });

  it("refuses what is not a comparison and misspelt options", () => {
    expect(() => pairedSentence({} as never)).toThrow(/pairedSentence.*'comparison'/);
    const c = pairedComparison([1, 2], [0, 0.5], { names: ["a", "b"] });
    expect(() => pairedSentence(c, { units: "°" } as never)).toThrow(/did you mean 'unit'/);
  });
});

describe("pairedRow", () => {
  it("gives the comparison's numbers as table cells", () => {
    const c = pairedComparison([0.91, 0.88, 0.93, 0.90, 0.87], [0.89, 0.89, 0.90, 0.88, 0.86], { names: ["A", "B"] });
    expect(pairedRow(c, { unit: "AUC" })).toEqual({
      comparison: "A − B",
      "mean difference (AUC)": "+0.014",
      "95 % interval": `[${c.interval[0] < 0 ? "−" : "+"}${Math.abs(c.interval[0]).toFixed(3)}, +${c.interval[1].toFixed(3)}]`,
      seeds: "5",
      p: "0.11",
      "interval excludes 0": "no",
      "detectable difference (power 0.8) (AUC)": ((2.7764451051977934 + 0.9409645772351816) * 0.006782329983125273).toFixed(3),
    });
  });
  it("refuses what is not a comparison", () => {
    expect(() => pairedRow([1, 2] as never)).toThrow(/pairedRow.*'comparison'/);
  });
});

describe("meanInterval and formatMeanInterval", () => {
  it("is the mean ∓ t₀.₉₇₅(n − 1)·s/√n (scipy's t.interval), nulls left out", () => {
    // scipy: stats.t.interval(0.95, 4, loc=mean, scale=sem) of [0.91, 0.88, 0.93, 0.90, 0.87]
    const v = [0.91, null, 0.88, 0.93, 0.90, 0.87];
    const m = meanInterval(v);
    const sem = Math.sqrt([0.91, 0.88, 0.93, 0.90, 0.87].reduce((s, x) => s + (x - 0.898) ** 2, 0) / 4) / Math.sqrt(5);
    expect(m.n).toBe(5);
    expect(m.mean).toBeCloseTo(0.898, 12);
    expect(m.interval[0]).toBeCloseTo(0.898 - 2.7764451051977934 * sem, 10);
    expect(m.interval[1]).toBeCloseTo(0.898 + 2.7764451051977934 * sem, 10);
    expect(formatMeanInterval(v, { scale: 100 })).toBe(`89.8 [${(100 * m.interval[0]).toFixed(1)}, ${(100 * m.interval[1]).toFixed(1)}]`);
  });
  it("says one seed has no interval; refuses no numbers at all", () => {
    expect(meanInterval([3, null])).toEqual({ n: 1, mean: 3, interval: [3, 3] });
    expect(formatMeanInterval([-3.25], { decimals: 2 })).toBe("−3.25 (1 seed)");
    expect(() => meanInterval([null, NaN])).toThrow(/meanInterval.*'values'/);
    expect(() => meanInterval("1" as never)).toThrow(/meanInterval.*'values'/);
  });
});
