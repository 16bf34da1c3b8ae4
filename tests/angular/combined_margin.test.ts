import { arcFaceTarget, combinedMarginFromCos, combinedMarginMonotoneLimit, combinedMarginTarget, tf, ValueError, InputTypeError } from "losslab";

describe("ArcFace's combined margin cos(m₁θ + m₂) − m₃", () => {
  const thetas = Array.from({ length: 31 }, (_, i) => (i * Math.PI) / 30);

  it("reduces to softmax on the sphere, ArcFace (before its fallback), CosFace and SphereFace's cos(mθ)", () => {
    for (const t of thetas) {
      expect(combinedMarginTarget(t)).toBeCloseTo(Math.cos(t), 12);
      if (t < Math.PI - 0.5) expect(combinedMarginTarget(t, { m2: 0.5 })).toBeCloseTo(arcFaceTarget(t, { m: 0.5 }), 12);
      expect(combinedMarginTarget(t, { m3: 0.35 })).toBeCloseTo(Math.cos(t) - 0.35, 12);
      expect(combinedMarginTarget(t, { m1: 4 })).toBeCloseTo(Math.cos(4 * t), 12);
    }
  });

  it("the paper's CM1 (1, 0.3, 0.2) and CM2 (0.9, 0.4, 0.15) at 60°", () => {
    expect(combinedMarginTarget(Math.PI / 3, { m1: 1, m2: 0.3, m3: 0.2 })).toBeCloseTo(Math.cos(Math.PI / 3 + 0.3) - 0.2, 14);
    expect(combinedMarginTarget(Math.PI / 3, { m1: 0.9, m2: 0.4, m3: 0.15 })).toBeCloseTo(Math.cos(0.9 * Math.PI / 3 + 0.4) - 0.15, 14);
    expect(combinedMarginMonotoneLimit({ m1: 1, m2: 0.3 })).toBeCloseTo(Math.PI - 0.3, 14);
    expect(combinedMarginMonotoneLimit({ m1: 2, m2: 0.5 })).toBeCloseTo((Math.PI - 0.5) / 2, 14);
  });

  it("tensor version: the scalar's values from cosines, and autograd's slope matches finite differences", () => {
    const options = { m1: 1.5, m2: 0.3, m3: 0.2 };
    const inner = thetas.slice(1, -1);
    const got = combinedMarginFromCos(inner.map(Math.cos), options).dataSync();
    inner.forEach((t, i) => expect(Math.abs(got[i] - combinedMarginTarget(t, options))).toBeLessThan(2e-4));
    const cs = [-0.8, -0.2, 0.1, 0.6, 0.9];
    const grad = tf.grad((c: tf.Tensor) => tf.sum(combinedMarginFromCos(c, options)))(tf.tensor1d(cs)).dataSync();
    const f = (c: number) => combinedMarginTarget(Math.acos(c), options);
    cs.forEach((c, i) => expect(grad[i]).toBeCloseTo((f(c + 1e-5) - f(c - 1e-5)) / 2e-5, 2));
    const edges = tf.grad((c: tf.Tensor) => tf.sum(combinedMarginFromCos(c, options)))(tf.tensor1d([1, -1])).dataSync();
    expect(Array.from(edges).every(Number.isFinite)).toBe(true);
  });

  it("refuses m₁ ≤ 0, m₂ outside [0, π), m₃ outside [0, 2], misspelt options, cosines outside [−1, 1], and leaks nothing", () => {
    expect(() => combinedMarginTarget(1, { m1: 0 })).toThrow("losslab.combinedMarginTarget: argument 'm1' must be a number > 0");
    expect(() => combinedMarginTarget(1, { m2: Math.PI })).toThrow(ValueError);
    expect(() => combinedMarginTarget(1, { m3: 3 })).toThrow("argument 'm3'");
    expect(() => combinedMarginTarget(1, { m4: 1 } as never)).toThrow("m4");
    expect(() => combinedMarginTarget("1" as never)).toThrow(InputTypeError);
    const before = tf.memory().numTensors;
    expect(() => combinedMarginFromCos([0.5, 1.5])).toThrow("argument 'cos'");
    expect(tf.memory().numTensors).toBe(before);
  });
});
