import * as fc from "fast-check";
import { ACOS_EPSILON, safeAcos, tf, ValueError } from "losslab";

describe("safeAcos", () => {
  it("values: arccos of the clamped cosine, exact at ±1 and for float32 overshoot", () => {
    const c = [-1.0000001, -1, -0.5, 0, 0.3, 0.999, 1, 1.0000001];
    const theta = safeAcos(c).dataSync();
    c.forEach((v, i) => expect(Math.abs(theta[i] - Math.acos(Math.max(-1, Math.min(1, v))))).toBeLessThan(1e-6));
    expect(theta[6]).toBe(0);
    expect(theta[7]).toBe(0);
    expect(Math.abs(theta[1] - Math.PI)).toBeLessThan(3e-7); // π in float32
  });

  it("gradient: −1/√(1 − c²) wherever 1 − c² ≥ ε (property test, fixed seed)", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.9995, max: 0.9995, noNaN: true }), (c) => {
        const cf = Math.fround(c);
        const g = tf.grad((t: tf.Tensor) => safeAcos(t))(tf.scalar(cf)).dataSync()[0];
        const exact = -1 / Math.sqrt(1 - cf * cf);
        expect(Math.abs(g - exact)).toBeLessThan(2e-5 * Math.abs(exact));
      }),
      { seed: 11, numRuns: 100 },
    );
  });

  it("gradient is finite and bounded by 1/√ε = 1000 at c = ±1 and beyond", () => {
    const g = tf.grad((t: tf.Tensor) => tf.sum(safeAcos(t)))(tf.tensor1d([-1.0000001, -1, 1, 1.0000001])).dataSync();
    g.forEach((v) => expect(Math.abs(v + 1 / Math.sqrt(ACOS_EPSILON))).toBeLessThan(1e-2));
  });

  it("no NaN leaks through the branch a tf.where discards (0·∞ would be NaN)", () => {
    const c = tf.tensor1d([1, -1, 0.2]);
    const g = tf.grad((t: tf.Tensor) => tf.sum(tf.where(tf.tensor1d([false, false, true], "bool"), tf.cos(tf.add(safeAcos(t), 0.5)), t)))(c).dataSync();
    expect(Array.from(g).every(Number.isFinite)).toBe(true);
    expect(g[0]).toBe(1);
  });

  it("epsilon option, and its check", () => {
    const g = tf.grad((t: tf.Tensor) => safeAcos(t, { epsilon: 1e-4 }))(tf.scalar(1)).dataSync()[0];
    expect(Math.abs(g + 100)).toBeLessThan(1e-3);
    expect(() => safeAcos(0.5, { epsilon: 0 })).toThrow(ValueError);
    expect(() => safeAcos(0.5, { epsilon: 0 })).toThrow("losslab.safeAcos: argument 'epsilon' must be a number > 0 and <= 1, but got 0.");
  });
});
