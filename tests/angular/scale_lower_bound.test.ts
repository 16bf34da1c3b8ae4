import { cosFaceScaleLowerBound, normalizedSoftmaxMaxProbability, tf, ValueError, InputTypeError } from "losslab";

/** C unit vectors at equal angles (a regular simplex): eᵢ − 1/C, normalised. Independent of the library's formula. */
function simplex(c: number): number[][] {
  return Array.from({ length: c }, (_, i) => {
    const v = Array.from({ length: c }, (_, j) => (i === j ? 1 : 0) - 1 / c);
    const n = Math.hypot(...v);
    return v.map((x) => x / n);
  });
}

/** tf.softmax of s·cos between class 0's centre and every centre: the best posterior at scale s. */
function posteriorOnSimplex(c: number, s: number): number {
  const w = simplex(c);
  const logits = w.map((wj) => s * wj.reduce((acc, x, k) => acc + x * w[0][k], 0));
  return tf.tidy(() => tf.softmax(tf.tensor1d(logits)).dataSync()[0]);
}

describe("CosFace's lower bound on the scale s", () => {
  it("s = (C−1)/C · ln((C−1)P/(1−P)): at that s, softmax over a regular simplex of C centres gives exactly P", () => {
    for (const c of [2, 3, 10, 100, 1000]) {
      for (const p of [0.5, 0.9, 0.99, 0.999]) {
        if (p <= 1 / c) continue;
        const s = cosFaceScaleLowerBound(c, p);
        expect(Math.abs(posteriorOnSimplex(c, s) - p)).toBeLessThan(2e-5); // float32 softmax over up to 1000 classes
        expect(normalizedSoftmaxMaxProbability(c, s)).toBeCloseTo(p, 10);
        // below the bound the best posterior is lower than P
        expect(posteriorOnSimplex(c, 0.9 * s)).toBeLessThan(p);
      }
    }
  });

  it("two classes: s = ½·ln(P/(1−P)) (posterior σ(2s)); the bound grows with C as ln C", () => {
    expect(cosFaceScaleLowerBound(2, 0.9)).toBeCloseTo(0.5 * Math.log(9), 12);
    const big = cosFaceScaleLowerBound(1e6, 0.9);
    expect(big).toBeCloseTo(Math.log(0.9 * (1e6 - 1) / 0.1) * (1 - 1e-6), 8);
    expect(cosFaceScaleLowerBound(10, 0.99)).toBeLessThan(cosFaceScaleLowerBound(100, 0.99));
    // the paper's practice (s = 64 for ~10⁴–10⁵ identities) is far above the bound
    expect(cosFaceScaleLowerBound(85742, 0.99)).toBeLessThan(64);
  });

  it("extreme inputs stay finite: P → 1 and a huge scale", () => {
    expect(Number.isFinite(cosFaceScaleLowerBound(10, 1 - 1e-15))).toBe(true);
    expect(normalizedSoftmaxMaxProbability(10, 1e4)).toBe(1);
    expect(normalizedSoftmaxMaxProbability(10, 0)).toBeCloseTo(0.1, 12);
  });

  it("refuses P at or below chance, P outside (0, 1), fewer than two classes, a negative scale", () => {
    expect(() => cosFaceScaleLowerBound(10, 0.1)).toThrow("losslab.cosFaceScaleLowerBound: argument 'targetProbability' must be a probability above chance, 1/10");
    expect(() => cosFaceScaleLowerBound(10, 1)).toThrow(ValueError);
    expect(() => cosFaceScaleLowerBound(1, 0.9)).toThrow("argument 'numClasses'");
    expect(() => cosFaceScaleLowerBound(2.5, 0.9)).toThrow(ValueError);
    expect(() => cosFaceScaleLowerBound("10" as never, 0.9)).toThrow(InputTypeError);
    expect(() => normalizedSoftmaxMaxProbability(10, -1)).toThrow("argument 'scale'");
  });
});
