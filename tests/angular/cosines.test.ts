import * as fc from "fast-check";
import { angles, cosines, l2Normalize, Rng, tf, ShapeError } from "losslab";

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

describe("the gradient of cosines (one fused op) equals TF.js's autograd of matMul(l2Normalize(x), l2Normalize(W, { axis: 0 }))", () => {
  /** Gradients of Σ U ⊙ cos(x, W) with respect to x and W, through `f`. */
  function grads(f: (x: tf.Tensor, w: tf.Tensor) => tf.Tensor, x: number[][], W: number[][], U: number[][]): [number[][], number[][]] {
    return tf.tidy(() => {
      const u = tf.tensor2d(U);
      const [gx, gw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(f(a, b), u)))([tf.tensor2d(x), tf.tensor2d(W)]);
      return [gx.arraySync() as number[][], gw.arraySync() as number[][]];
    });
  }
  const fused = (a: tf.Tensor, b: tf.Tensor) => cosines(a, b);
  const taped = (a: tf.Tensor, b: tf.Tensor) => tf.matMul(l2Normalize(a) as tf.Tensor2D, l2Normalize(b, { axis: 0 }) as tf.Tensor2D);

  /**
   * Largest |a − b| within each vector (a row of x, a column of W), relative to the scale of that
   * vector's gradient: Σ|upstream| / ‖v‖_ε (the size of dv̂/‖v‖ before its radial part is projected
   * out, which float32 cancels only to its rounding), or its largest |b|, or 1.
   */
  function worstDeviation(a: number[][], b: number[][], v: number[][], U: number[][], byColumn: boolean): number {
    const columns = (m: number[][]) => m[0].map((_, j) => m.map((r) => r[j]));
    const [got, want, vectors, ups] = byColumn ? [columns(a), columns(b), columns(v), columns(U)] : [a, b, v, U];
    return Math.max(
      ...want.map((r, i) => {
        const norm = Math.max(Math.hypot(...vectors[i]), 1e-6);
        const scale = Math.max(1, ...r.map(Math.abs), ups[i].reduce((acc, u) => acc + Math.abs(u), 0) / norm);
        return Math.max(...r.map((value, k) => Math.abs(got[i][k] - value))) / scale;
      }),
    );
  }

  function compare(x: number[][], W: number[][], U: number[][]) {
    const [fx, fw] = grads(fused, x, W, U);
    const [tx, tw] = grads(taped, x, W, U);
    expect([...fx.flat(), ...fw.flat()].every(Number.isFinite)).toBe(true);
    expect(worstDeviation(fx, tx, x, U, false)).toBeLessThan(1e-5);
    expect(worstDeviation(fw, tw, W, U, true)).toBeLessThan(1e-5);
  }

  it("zero, tiny (below the norm's floor) and ordinary feature rows and weight columns", () => {
    // row 1 and column 2 are zero; row 2 and column 0 have squared norms 1e-14 < ε = 1e-12, where the
    // normalisation's norm is the constant √ε (its gradient then has no radial part)
    const x = [
      [0.5, -1.5, 2],
      [0, 0, 0],
      [1e-7, 0, -1e-7],
      [3, 0.25, -0.75],
    ];
    const W = [
      [1e-7, 0.4, 0, -1],
      [0, -2, 0, 0.3],
      [-1e-7, 0.7, 0, 0.9],
    ];
    const U = [
      [1, -2, 0.5, 3],
      [0.25, 1.5, -1, 2],
      [-0.75, 0.5, 2, 1],
      [2, -1, 0.3, -0.4],
    ];
    compare(x, W, U);
    // exactly what autograd gives at the zero row: dŷ/√ε (scale 1e6), zero cosines
    const [fx] = grads(fused, x, W, U);
    expect(Math.max(...fx[1].map(Math.abs))).toBeGreaterThan(1e5);
    expect(Array.from(cosines(x, W).dataSync()).filter((_, k) => k >= 4 && k < 8)).toEqual([0, 0, 0, 0]);
  });

  it("property: seeded random shapes, scales and upstream gradients, with a zeroed row or column now and then", () => {
    fc.assert(
      fc.property(
        fc.record({
          B: fc.integer({ min: 1, max: 6 }),
          d: fc.integer({ min: 1, max: 5 }),
          C: fc.integer({ min: 1, max: 6 }),
          std: fc.constantFrom(0.01, 1, 30),
          zeroRow: fc.boolean(),
          zeroColumn: fc.boolean(),
          seed: fc.integer({ min: 0, max: 2 ** 30 }),
        }),
        ({ B, d, C, std, zeroRow, zeroColumn, seed }) => {
          const rng = new Rng(seed);
          const matrix = (rows: number, cols: number, s: number) => Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.fround(rng.normal(0, s))));
          const x = matrix(B, d, std);
          const W = matrix(d, C, 1);
          const U = matrix(B, C, 2);
          if (zeroRow) x[rng.int(B)].fill(0);
          if (zeroColumn) {
            const j = rng.int(C);
            W.forEach((row) => (row[j] = 0));
          }
          compare(x, W, U);
        },
      ),
      { seed: 7, numRuns: 40 },
    );
  });
});
