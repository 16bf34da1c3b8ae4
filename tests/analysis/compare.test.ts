import fc from "fast-check";
import { InputTypeError, ValueError } from "losslab";
import { compareMeasurements, formatMeasurement, summarize, tQuantile975 } from "losslab-course";

describe("summarize", () => {
  it("gives the mean, the sample standard deviation (n − 1) and s/√n", () => {
    const m = summarize([93, 94, 95]);
    expect(m.mean).toBe(94);
    expect(m.sd).toBeCloseTo(1, 12);
    expect(m.standardError).toBeCloseTo(1 / Math.sqrt(3), 12);
    expect(m.n).toBe(3);
  });
  it("has no spread for one value", () => {
    const m = summarize([5]);
    expect(m.mean).toBe(5);
    expect(m.sd).toBeNaN();
    expect(m.standardError).toBeNaN();
  });
  it("refuses an empty list and non-numbers", () => {
    expect(() => summarize([])).toThrow(/summarize/);
    expect(() => summarize([1, NaN])).toThrow(ValueError);
  });
});

describe("tQuantile975", () => {
  it("is Student's two-sided 95 % quantile at tabulated degrees of freedom, 1.96 at infinity", () => {
    expect(tQuantile975(1)).toBeCloseTo(12.706, 3);
    expect(tQuantile975(4)).toBeCloseTo(2.776, 3);
    expect(tQuantile975(9)).toBeCloseTo(2.262, 3);
    expect(tQuantile975(1e12)).toBe(1.96);
  });
  it("interpolates between them (ν = 11: 2.201; ν = 25: 2.060) and decreases", () => {
    expect(tQuantile975(11)).toBeCloseTo(2.201, 2);
    expect(tQuantile975(25)).toBeCloseTo(2.06, 2);
    for (let nu = 1; nu < 200; nu += 0.5) expect(tQuantile975(nu + 0.5)).toBeLessThanOrEqual(tQuantile975(nu));
  });
  it("refuses fewer than one degree of freedom", () => {
    expect(() => tQuantile975(0.5)).toThrow(ValueError);
  });
});

describe("formatMeasurement", () => {
  it("rounds the mean to the standard error's second significant digit", () => {
    expect(formatMeasurement([93, 94, 95], { unit: "%" })).toBe("94.00 ± 0.58%");
    expect(formatMeasurement([10, 20, 30], { unit: "°" })).toBe("20.0 ± 5.8°");
    expect(formatMeasurement([1, 2], { unit: "points", decimals: 1 })).toBe("1.5 ± 0.5 points");
  });
  it("says 1 seed instead of a ± it does not have", () => {
    expect(formatMeasurement([0.25])).toBe("0.25 (1 seed)");
  });
  it("accepts a summarize result and refuses unknown options", () => {
    expect(formatMeasurement(summarize([1, 3]))).toBe("2.0 ± 1.0");
    expect(() => formatMeasurement([1, 2], { units: "%" } as never)).toThrow(InputTypeError);
  });
});

describe("compareMeasurements", () => {
  it("computes the difference, Welch's standard error and degrees of freedom by hand", () => {
    // a: mean 94, s = 1; b: mean 91, s = 1; SE = √(1/3 + 1/3) = 0.8165; ν = (2/3)² / (2 · (1/3)²/2) = 4; t = 2.776
    const c = compareMeasurements([93, 94, 95], [90, 91, 92], { names: ["softmax", "ArcFace"], unit: "%", higherIsBetter: true });
    expect(c.difference).toBeCloseTo(3, 12);
    expect(c.standardError).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(c.dof).toBeCloseTo(4, 12);
    expect(c.threshold).toBeCloseTo(2.776, 3);
    expect(c.z).toBeCloseTo(3 / Math.sqrt(2 / 3), 12);
    expect(c.beyondNoise).toBe(true);
    expect(c.verdict).toBe("a better");
    expect(c.sentence).toBe("softmax ahead of ArcFace by 3.00 ± 0.82 points (3 seeds each)");
  });
  it("uses the Welch–Satterthwaite degrees of freedom for unequal spreads and counts", () => {
    // va = 1/3, vb = (20/3)/4 = 5/3; ν = 4 / ((1/9)/2 + (25/9)/3) = 4.0755
    const c = compareMeasurements([1, 2, 3], [1, 3, 5, 7], { names: ["a", "b"] });
    expect(c.standardError).toBeCloseTo(Math.sqrt(2), 12);
    expect(c.dof).toBeCloseTo(4 / (1 / 18 + 25 / 27), 10);
    expect(c.sentence).toBe("no difference beyond the noise between a and b (a minus b: −2.0 ± 1.4, 3 and 4 seeds)");
  });
  it("says no difference beyond the noise when |a − b| is within t standard errors", () => {
    const c = compareMeasurements([1, 2, 3], [1.5, 2.5, 3.5], { names: ["softmax", "ArcFace"], unit: "%", higherIsBetter: true });
    expect(c.beyondNoise).toBe(false);
    expect(c.verdict).toBe("no difference");
    expect(c.sentence).toBe("no difference beyond the noise between softmax and ArcFace (softmax minus ArcFace: −0.50 ± 0.82 points, 3 seeds each)");
  });
  it("with threshold 2 judges by two standard errors instead of t", () => {
    // difference 2, SE 0.8165: z = 2.45, above 2 but below t(4) = 2.776
    const a = [93, 94, 95];
    const b = [91, 92, 93];
    expect(compareMeasurements(a, b, { names: ["a", "b"] }).beyondNoise).toBe(false);
    const c = compareMeasurements(a, b, { names: ["a", "b"], threshold: 2 });
    expect(c.threshold).toBe(2);
    expect(c.beyondNoise).toBe(true);
    expect(c.verdict).toBe("a higher");
    expect(c.sentence).toBe("a higher than b by 2.00 ± 0.82 (3 seeds each)");
  });
  it("paired seeds use the standard error of the per-seed differences", () => {
    // differences 0.5, 0.4, 0.6: mean 0.5, s = 0.1, SE = 0.0577, ν = 2, t = 4.303
    const a = [1, 2, 3];
    const b = [0.5, 1.6, 2.4];
    const paired = compareMeasurements(a, b, { names: ["a", "b"], paired: true, higherIsBetter: true });
    expect(paired.standardError).toBeCloseTo(0.1 / Math.sqrt(3), 12);
    expect(paired.dof).toBe(2);
    expect(paired.beyondNoise).toBe(true);
    // unpaired: SE = √(1/3 + 0.91/3) = 0.798, the seed-to-seed spread hides the difference
    const independent = compareMeasurements(a, b, { names: ["a", "b"], higherIsBetter: true });
    expect(independent.standardError).toBeCloseTo(Math.sqrt(1 / 3 + 0.91 / 3), 12);
    expect(independent.beyondNoise).toBe(false);
    expect(() => compareMeasurements([1, 2], [1, 2, 3], { names: ["a", "b"], paired: true })).toThrow(ValueError);
  });
  it("reference: b is one exact value, the standard error is a's with n − 1 degrees of freedom", () => {
    // a: mean 0.94, s = 0.01, SE = 0.01/√3 = 0.00577, ν = 2, t = 4.303; 0.94 − 0.71 = 0.23 ≫ 4.303 · 0.00577
    const c = compareMeasurements([0.93, 0.94, 0.95], [0.71], { names: ["contrastive", "raw pixels"], higherIsBetter: true, reference: true });
    expect(c.standardError).toBeCloseTo(0.01 / Math.sqrt(3), 12);
    expect(c.dof).toBe(2);
    expect(c.threshold).toBeCloseTo(4.303, 3);
    expect(c.sentence).toBe("contrastive ahead of raw pixels by 0.2300 ± 0.0058 (3 seeds against a fixed value)");
    expect(compareMeasurements([0.7, 0.72, 0.74], [0.71], { names: ["a", "b"], reference: true }).verdict).toBe("no difference");
    expect(() => compareMeasurements([1, 2], [1, 2], { names: ["a", "b"], reference: true })).toThrow(ValueError);
  });
  it("lower is better: the smaller mean is ahead", () => {
    const c = compareMeasurements([5, 5.1, 4.9], [3, 3.1, 2.9], { names: ["softmax", "ArcFace"], unit: "°", higherIsBetter: false,
      what: "median intra-class angle" });
    expect(c.verdict).toBe("b better");
    expect(c.sentence).toBe("median intra-class angle: ArcFace ahead of softmax by 2.000 ± 0.082° (3 seeds each; lower is better)");
  });
  it("cannot judge from one seed", () => {
    const c = compareMeasurements([93], [90, 91], { names: ["softmax", "ArcFace"], unit: "%", higherIsBetter: true });
    expect(c.verdict).toBe("cannot judge");
    expect(c.beyondNoise).toBeUndefined();
    expect(c.standardError).toBeNaN();
    expect(c.sentence).toMatch(/^cannot judge softmax against ArcFace from one seed of softmax: no spread/);
    expect(c.sentence).toContain("softmax minus ArcFace: 2.50 points");
    expect(compareMeasurements([1], [2], { names: ["a", "b"] }).sentence).toMatch(/from one seed each/);
  });
  it("zero spread: any difference counts and the sentence says the seeds did not vary", () => {
    const c = compareMeasurements([2, 2, 2], [1, 1, 1], { names: ["a", "b"], higherIsBetter: true });
    expect(c.standardError).toBe(0);
    expect(c.z).toBe(Infinity);
    expect(c.beyondNoise).toBe(true);
    expect(c.sentence).toBe("a ahead of b by 1.00 (3 seeds each, no spread between seeds)");
    const same = compareMeasurements([1, 1], [1, 1], { names: ["a", "b"] });
    expect(same.beyondNoise).toBe(false);
    expect(same.sentence).toBe("no difference between a and b (identical over 2 seeds each)");
  });
  it("refuses bad options", () => {
    expect(() => compareMeasurements([1, 2], [1, 2], { names: ["a"] } as never)).toThrow(ValueError);
    expect(() => compareMeasurements([1, 2], [1, 2], { names: ["a", "b"], higherIsBeter: true } as never)).toThrow(/did you mean 'higherIsBetter'/);
    expect(() => compareMeasurements([1, 2], [1, 2], { names: ["a", "b"], threshold: 0 })).toThrow(ValueError);
    expect(() => compareMeasurements([], [1, 2], { names: ["a", "b"] })).toThrow(/compareMeasurements/);
  });
  it("the wording follows the numbers: swapping a and b flips the verdict, the sentence names the winner first", () => {
    const seeds = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 6 });
    fc.assert(fc.property(seeds, seeds, (a, b) => {
      const ab = compareMeasurements(a, b, { names: ["A", "B"], higherIsBetter: true });
      const ba = compareMeasurements(b, a, { names: ["B", "A"], higherIsBetter: true });
      expect(ab.beyondNoise).toBe(ba.beyondNoise);
      expect(ab.beyondNoise).toBe(Math.abs(ab.difference) > ab.threshold * ab.standardError && ab.difference !== 0);
      if (ab.beyondNoise) {
        const winner = ab.difference > 0 ? "A" : "B";
        expect(ab.sentence.startsWith(`${winner} ahead of`)).toBe(true);
        expect(ba.sentence.startsWith(`${winner} ahead of`)).toBe(true);
      } else {
        expect(ab.sentence).toMatch(/^no difference/);
      }
    }), { seed: 13, numRuns: 300 });
  });
});
