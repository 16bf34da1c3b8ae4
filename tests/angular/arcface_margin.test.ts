import { arcFaceMonotoneLimit, arcFaceTarget, arcFaceTargetFromCos, tf, InputTypeError, ValueError } from "losslab";

describe("ArcFace's target cos(θ + m) with insightface's fallback", () => {
  const m = 0.5;

  it("cos(θ + m) while θ + m < π, cos θ − m·sin m from θ = π − m on", () => {
    for (const theta of [0, 0.3, 1.2, 2.5, Math.PI - m - 1e-6]) expect(arcFaceTarget(theta, { m })).toBeCloseTo(Math.cos(theta + m), 12);
    for (const theta of [Math.PI - m + 1e-6, 2.9, Math.PI]) expect(arcFaceTarget(theta, { m })).toBeCloseTo(Math.cos(theta) - m * Math.sin(m), 12);
  });

  it("the fallback is discontinuous at θ = π − m: it drops from −1 to −cos m − m·sin m (about m²/2 lower)", () => {
    const t = Math.PI - m;
    const before = arcFaceTarget(t - 1e-9, { m });
    const after = arcFaceTarget(t + 1e-9, { m });
    expect(before).toBeCloseTo(-1, 8);
    expect(after).toBeCloseTo(-Math.cos(m) - m * Math.sin(m), 8);
    expect(before - after).toBeCloseTo(0.1173, 4); // m = 0.5
  });

  it("never increases with θ for m up to 2.331 rad; beyond, the fallback jumps up (m = 3)", () => {
    const m3 = 3;
    expect(arcFaceTarget(Math.PI - m3 + 1e-9, { m: m3 }) - arcFaceTarget(Math.PI - m3 - 1e-9, { m: m3 })).toBeCloseTo(-Math.cos(3) - 3 * Math.sin(3) + 1, 6);
    expect(-Math.cos(3) - 3 * Math.sin(3)).toBeGreaterThan(-1);
    for (const mm of [0, 0.2, 0.5, 1, 2, 2.33]) {
      let previous = Infinity;
      for (let i = 0; i <= 1000; i++) {
        const v = arcFaceTarget((i * Math.PI) / 1000, { m: mm });
        expect(v).toBeLessThanOrEqual(previous + 1e-12);
        previous = v;
      }
    }
  });

  it("easy margin: cos(θ + m) for θ < 90°, cos θ beyond; m = 0 gives cos θ", () => {
    expect(arcFaceTarget(1.0, { m, easyMargin: true })).toBeCloseTo(Math.cos(1.5), 12);
    expect(arcFaceTarget(2.0, { m, easyMargin: true })).toBeCloseTo(Math.cos(2.0), 12);
    for (const theta of [0, 1, 3]) expect(arcFaceTarget(theta, { m: 0 })).toBeCloseTo(Math.cos(theta), 12);
  });

  it("tensor version: same values from cosines, finite gradients at c = ±1 in both branches", () => {
    const thetas = Array.from({ length: 64 }, (_, i) => (i * Math.PI) / 63);
    for (const easyMargin of [false, true]) {
      const got = arcFaceTargetFromCos(thetas.map(Math.cos), { m, easyMargin }).dataSync();
      // float32 cosines: θ is resolved to about 6e-8/sin θ, hence the looser bound at the ends
      thetas.forEach((t, i) => expect(Math.abs(got[i] - arcFaceTarget(t, { m, easyMargin }))).toBeLessThan(5e-4));
      const g = tf.grad((c: tf.Tensor) => tf.sum(arcFaceTargetFromCos(c, { m, easyMargin })))(tf.tensor1d([1, -1, 0.3])).dataSync();
      expect(Array.from(g).every(Number.isFinite)).toBe(true);
    }
    // at c = −1 the fallback applies: slope 1
    const g = tf.grad((c: tf.Tensor) => tf.sum(arcFaceTargetFromCos(c, { m })))(tf.tensor1d([-1])).dataSync();
    expect(g[0]).toBeCloseTo(1, 6);
  });

  it("rejects m outside [0, π) and a non-boolean easyMargin", () => {
    expect(() => arcFaceTarget(1, { m: Math.PI })).toThrow("losslab.arcFaceTarget: argument 'm' must be a number >= 0 and < 3.14159");
    expect(() => arcFaceTargetFromCos([0.5], { m: -0.1 })).toThrow(ValueError);
    expect(() => arcFaceTarget(1, { easyMargin: "yes" as never })).toThrow(InputTypeError);
  });
});

describe("arcFaceMonotoneLimit", () => {
  it("is the root of cos m + m·sin m = 1 (about 2.3311 rad): below it the jump at π − m goes down, above it up", () => {
    const limit = arcFaceMonotoneLimit();
    expect(limit).toBeCloseTo(2.3311, 4);
    expect(Math.cos(limit) + limit * Math.sin(limit)).toBeCloseTo(1, 12);
    const jump = (m: number) => arcFaceTarget(Math.PI - m, { m }) - arcFaceTarget(Math.PI - m - 1e-9, { m });
    expect(jump(limit - 0.01)).toBeLessThan(0);
    expect(jump(limit + 0.01)).toBeGreaterThan(0);
  });
});
