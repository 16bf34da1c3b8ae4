import { l2Norm, l2Normalize, tf, ValueError, InputTypeError } from "losslab";

// float32 results against float64 loops: relative 1e-6 of the values' scale
const close = (a: number, b: number, rel = 1e-6) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));

describe("l2Norm and l2Normalize", () => {
  const rows = [
    [3, 4, 0],
    [-1, 2, 2],
    [0, 0, 0],
    [1e-3, 0, 0],
  ];

  it("rows: the exact norm and unit vector, and the zero vector for a zero row", () => {
    const norms = l2Norm(rows).dataSync();
    const units = l2Normalize(rows).arraySync() as number[][];
    rows.forEach((r, i) => {
      const n = Math.hypot(...r);
      expect(close(norms[i], n === 0 ? 1e-6 : n)).toBe(true); // √ε = 1e-6 at the zero vector
      r.forEach((v, k) => expect(close(units[i][k], n === 0 ? 0 : v / n)).toBe(true));
    });
  });

  it("columns (axis 0) for weights [d, C], and keepDims", () => {
    const W = [
      [3, 0],
      [4, -2],
    ];
    expect(Array.from(l2Norm(W, { axis: 0 }).dataSync())).toEqual([5, 2]);
    expect(l2Norm(W, { axis: 0, keepDims: true }).shape).toEqual([1, 2]);
    const units = l2Normalize(W, { axis: 0 }).arraySync() as number[][];
    expect(close(units[0][0], 0.6) && close(units[1][0], 0.8) && close(units[1][1], -1)).toBe(true);
  });

  it("finite gradients at the zero vector: 0 for the norm, I/√ε for the unit vector", () => {
    const zero = tf.zeros([1, 3]);
    const gNorm = tf.grad((x: tf.Tensor) => tf.sum(l2Norm(x)))(zero).dataSync();
    expect(Array.from(gNorm)).toEqual([0, 0, 0]);
    const v = tf.tensor2d([[1, -2, 0.5]]);
    const gUnit = tf.grad((x: tf.Tensor) => tf.sum(tf.mul(l2Normalize(x), v)))(zero).dataSync();
    gUnit.forEach((g, k) => expect(close(g, [1, -2, 0.5][k] * 1e6)).toBe(true));
  });

  it("gradient of the unit vector away from 0 matches the analytic (I − x̂x̂ᵀ)/‖x‖", () => {
    const x = [2, -1, 2]; // ‖x‖ = 3
    const v = [0.3, 0.7, -0.2];
    const g = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(l2Normalize(t), v)))(tf.tensor1d(x)).dataSync();
    const u = x.map((c) => c / 3);
    const uv = u.reduce((s, c, k) => s + c * v[k], 0);
    g.forEach((gk, k) => expect(close(gk, (v[k] - u[k] * uv) / 3)).toBe(true));
  });

  it("rejects a bad axis, epsilon or input", () => {
    expect(() => l2Normalize([[1, 2]], { axis: 2 })).toThrow("losslab.l2Normalize: argument 'axis' must be an integer >= -2 and <= 1, but got 2.");
    expect(() => l2Norm([1, 2], { epsilon: 0 })).toThrow(ValueError);
    expect(() => l2Norm("x" as never)).toThrow(InputTypeError);
  });
});
