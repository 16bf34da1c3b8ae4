import * as fc from "fast-check";
import { chebyshevCos, psi, psiInterval, psiPieces, psiOfCos, psiOfTheta, tf, ValueError } from "losslab";

const deg = (d: number) => (d * Math.PI) / 180;

describe("ψ(θ) = (−1)ᵏ cos(mθ) − 2k on [kπ/m, (k+1)π/m]", () => {
  it("follows the piecewise definition and the notes' table of ranges (1, −1), (−1, −3), (−3, −5)", () => {
    for (let m = 1; m <= 6; m++) {
      for (let k = 0; k < m; k++) {
        const lo = (k * Math.PI) / m;
        const hi = ((k + 1) * Math.PI) / m;
        // the piece's end values: 1 − 2k at its start, −1 − 2k at its end
        expect(psi(lo, m)).toBeCloseTo(1 - 2 * k, 12);
        expect(psi(hi, m)).toBeCloseTo(-1 - 2 * k, 12);
        const mid = (lo + hi) / 2 + 0.1 / m;
        expect(psiInterval(mid, m)).toBe(k);
        expect(psi(mid, m)).toBeCloseTo((-1) ** k * Math.cos(m * mid) - 2 * k, 14);
      }
    }
    expect(psi(Math.PI, 3)).toBeCloseTo(-5, 12);
    // m = 1: no margin, ψ = cos θ
    for (const t of [0, 0.4, 1.5, 3]) expect(psi(t, 1)).toBe(Math.cos(t));
  });

  it("is continuous and strictly decreasing on [0, π] for m = 1…6 (property test, fixed seed)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0, max: Math.PI, noNaN: true }),
        fc.double({ min: 0, max: Math.PI, noNaN: true }),
        (m, a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          if (hi - lo > 1e-9) expect(psi(lo, m)).toBeGreaterThan(psi(hi, m));
        },
      ),
      { seed: 2016, numRuns: 500 },
    );
    // continuity at every joint kπ/m: left and right limits agree
    for (let m = 1; m <= 6; m++) {
      for (let k = 1; k < m; k++) {
        const t = (k * Math.PI) / m;
        expect(Math.abs(psi(t - 1e-9, m) - psi(t + 1e-9, m))).toBeLessThan(1e-8);
      }
    }
  });

  it("tensor versions agree with the plain one (float32, 1e-5), over θ and over cos θ", () => {
    const thetas = Array.from({ length: 181 }, (_, i) => deg(i));
    for (let m = 1; m <= 6; m++) {
      const fromTheta = psiOfTheta(thetas, m).dataSync();
      const fromCos = psiOfCos(thetas.map(Math.cos), m).dataSync();
      thetas.forEach((t, i) => {
        expect(Math.abs(fromTheta[i] - psi(t, m))).toBeLessThan(1e-5);
        expect(Math.abs(fromCos[i] - psi(t, m))).toBeLessThan(2e-5);
      });
    }
  });

  it("chebyshevCos(c, m) = cos(m·arccos c)", () => {
    const c = [-1, -0.7, -0.1, 0, 0.35, 0.9, 1];
    for (let m = 0; m <= 6; m++) {
      const t = chebyshevCos(c, m).dataSync();
      c.forEach((v, i) => expect(Math.abs(t[i] - Math.cos(m * Math.acos(v)))).toBeLessThan(1e-5));
    }
  });

  it("gradients: dψ/dθ = −(−1)ᵏ m sin(mθ) and dψ/dc against float64 finite differences", () => {
    const thetas = [0.05, 0.4, 0.9, 1.3, 2.0, 2.7, 3.1];
    for (let m = 1; m <= 6; m++) {
      const gt = tf.grad((t: tf.Tensor) => tf.sum(psiOfTheta(t, m)))(tf.tensor1d(thetas)).dataSync();
      const cs = thetas.map((t) => Math.fround(Math.cos(t)));
      const gc = tf.grad((t: tf.Tensor) => tf.sum(psiOfCos(t, m)))(tf.tensor1d(cs)).dataSync();
      thetas.forEach((t, i) => {
        const k = psiInterval(t, m);
        expect(Math.abs(gt[i] + (-1) ** k * m * Math.sin(m * t))).toBeLessThan(1e-5 * m);
        const h = 1e-7;
        const fd = (psi(Math.acos(cs[i] + h), m) - psi(Math.acos(cs[i] - h), m)) / (2 * h);
        expect(Math.abs(gc[i] - fd)).toBeLessThan(1e-4 * Math.max(1, Math.abs(fd)));
      });
    }
  });

  it("dψ/dc is finite at c = ±1 (θ = 0 and π): m² at both ends", () => {
    for (let m = 1; m <= 6; m++) {
      const g = tf.grad((t: tf.Tensor) => tf.sum(psiOfCos(t, m)))(tf.tensor1d([1, -1])).dataSync();
      expect(g[0]).toBeCloseTo(m * m, 4);
      expect(g[1]).toBeCloseTo(m * m, 4);
    }
  });

  it("rejects a non-integer m or an angle outside [0, π]", () => {
    expect(() => psi(1, 2.5)).toThrow("losslab.psi: argument 'm' must be an integer >= 1 and <= 1000, but got 2.5.");
    expect(() => psi(4, 2)).toThrow(ValueError);
    expect(() => psi(-0.1, 2)).toThrow("losslab.psi: argument 'theta' must be a number >= 0 and <= 3.14159");
    expect(() => psiOfCos([0.5], 0)).toThrow(ValueError);
  });

  it("psiPieces lists the m pieces: piece k runs from 1 − 2k to −1 − 2k (the notes' table (1, −1), (−1, −3), (−3, −5))", () => {
    const pieces = psiPieces(4);
    expect(pieces.map((p) => p.k)).toEqual([0, 1, 2, 3]);
    pieces.forEach((p, k) => {
      expect(p.from).toBeCloseTo((k * Math.PI) / 4, 15);
      expect(p.to).toBeCloseTo(((k + 1) * Math.PI) / 4, 15);
      expect(p.start).toBeCloseTo(1 - 2 * k, 12);
      expect(p.end).toBeCloseTo(-1 - 2 * k, 12);
      expect(psi(p.from + 1e-9, 4)).toBeCloseTo(p.start, 7);
      expect(psi(p.to - 1e-9, 4)).toBeCloseTo(p.end, 7);
    });
    expect(pieces[3].to).toBe(Math.PI);
    expect(() => psiPieces(0)).toThrow(ValueError);
  });
});
