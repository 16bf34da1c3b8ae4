import { angles, cosines, Rng, tf, ShapeError } from "losslab";

describe("cosines and angles between features [B, d] and class weights [d, C]", () => {
  it("match float64 loops on seeded random inputs (relative 1e-6)", () => {
    const rng = new Rng(3);
    const x = Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => Math.fround(rng.normal(0, 2))));
    const W = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => Math.fround(rng.normal())));
    const cos = cosines(x, W).arraySync();
    const theta = angles(x, W).arraySync();
    x.forEach((xi, i) =>
      W[0].forEach((_, j) => {
        const dot = xi.reduce((s, v, k) => s + v * W[k][j], 0);
        const c = dot / (Math.hypot(...xi) * Math.hypot(...W.map((r) => r[j])));
        expect(Math.abs(cos[i][j] - c)).toBeLessThan(1e-6);
        // θ from a float32 cosine: error ≈ 6e-8 / sin θ
        expect(Math.abs(theta[i][j] - Math.acos(c))).toBeLessThan(1e-6 / Math.max(0.01, Math.sin(Math.acos(c))));
      }),
    );
  });

  it("aligned and anti-aligned features: θ = 0 and π, with finite gradients", () => {
    const W = [
      [1, 0],
      [0, 1],
    ];
    const x = [
      [2.5, 0],
      [0, -3],
    ];
    const theta = angles(x, W).arraySync();
    expect(theta[0][0]).toBe(0);
    expect(Math.abs(theta[1][1] - Math.PI)).toBeLessThan(3e-7);
    const [gx, gw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(angles(a, b)))([tf.tensor2d(x), tf.tensor2d(W)]);
    expect([...gx.dataSync(), ...gw.dataSync()].every(Number.isFinite)).toBe(true);
  });

  it("a zero feature vector gives cos θ = 0 (θ = π/2) and finite gradients", () => {
    const W = [[1, -1], [2, 0.5]];
    expect(Array.from(cosines([[0, 0]], W).dataSync())).toEqual([0, 0]);
    const g = tf.grad((a: tf.Tensor) => tf.sum(angles(a, W)))(tf.zeros([1, 2])).dataSync();
    expect(Array.from(g).every(Number.isFinite)).toBe(true);
  });

  it("rejects mismatched shapes, naming the argument", () => {
    expect(() => cosines([[1, 2, 3]], [[1], [2]])).toThrow(ShapeError);
    expect(() => cosines([[1, 2, 3]], [[1], [2]])).toThrow("losslab.cosines: argument 'weights' must be a matrix [d, C] with d = 3 rows");
    expect(() => angles([1, 2], [[1], [2]])).toThrow("losslab.angles: argument 'features' must be a tensor of rank 2");
  });
});
