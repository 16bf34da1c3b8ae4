// MarginTarget: f(c) and f'(c) in closed form for CosFace, ArcFace and L-/A-Softmax's ψ, and the op
// marginTargetOp that turns them into one differentiable op. Every slope is held to an independent
// reference: float64 central differences of the scalar functions (arcFaceTarget, psi on Math.acos),
// TF.js's autograd of the plain formula, or the derivative written out in float64.
import * as fc from "fast-check";
import {
  arcFaceMarginTarget,
  arcFaceTarget,
  cosFaceMarginTarget,
  evaluateTarget,
  marginTargetOp,
  psi,
  psiMarginTarget,
  psiOfCos,
  psiSlopeOfCos,
  tf,
  ValueError,
  type MarginTarget,
} from "losslab";

const f32 = Math.fround;
const finite = (a: ArrayLike<number>) => Array.from(a).every(Number.isFinite);

/** f(c) and f'(c) of a target at float32 cosines, through evaluateTarget (tensors in, tensors out; disposed). */
function evaluate(target: MarginTarget, cs: number[]): { value: Float32Array; both: Float32Array; slope: Float32Array } {
  return tf.tidy(() => {
    const c = tf.tensor1d(cs);
    const { value, slope } = evaluateTarget(target, c, true);
    return { value: evaluateTarget(target, c).value.dataSync() as Float32Array, both: value.dataSync() as Float32Array, slope: slope.dataSync() as Float32Array };
  });
}

/** Gradient of Σ wᵢ f(cᵢ) through `op` (a non-uniform upstream gradient w). */
function weightedGrad(op: (c: tf.Tensor) => tf.Tensor, cs: number[], weights: number[]): Float32Array {
  return tf.tidy(() => {
    const w = tf.tensor1d(weights);
    return tf.grad((c: tf.Tensor) => tf.sum(tf.mul(op(c), w)))(tf.tensor1d(cs)).dataSync() as Float32Array;
  });
}

/** Float64 central difference of a scalar function. */
const centralDifference = (f: (c: number) => number, c: number, h = 1e-6) => (f(c + h) - f(c - h)) / (2 * h);

const weightsFor = (n: number) => Array.from({ length: n }, (_, i) => 0.5 + ((i * 7) % 5) * 0.75 - (i % 3 === 2 ? 2.6 : 0));

describe("marginTargetOp: value f(c), gradient dy · f'(c)", () => {
  // a deliberately inconsistent target: the op must use `value` forward and `slope` backward, never
  // the autograd of either (3c² has derivative 6c; the stated slope is 2 − c)
  const lying: MarginTarget = { value: (c) => 3 * c * c, slope: (c) => 2 - c };
  const cs = [-1, -0.4, 0, 0.25, 0.9, 1.3];
  const w = weightsFor(cs.length);

  it("the value is target.value(c), for any shape", () => {
    const op = marginTargetOp(lying);
    const v = tf.tidy(() => op(tf.tensor1d(cs)).dataSync());
    cs.forEach((c, i) => expect(v[i]).toBeCloseTo(3 * f32(c) * f32(c), 6));
    const m = tf.tidy(() => op(tf.tensor2d([[0.5], [-2]])));
    expect(m.shape).toEqual([2, 1]);
    expect(Array.from(m.dataSync())).toEqual([0.75, 12]);
    m.dispose();
  });

  it("the gradient is dy · slope (not the autograd of value), with a non-uniform dy", () => {
    const g = weightedGrad(marginTargetOp(lying), cs, w);
    cs.forEach((c, i) => expect(g[i]).toBeCloseTo(w[i] * (2 - f32(c)), 6));
    // a 2-d input and upstream gradient
    const g2 = tf.tidy(() => {
      const dy = tf.tensor2d([[1.5, -2], [0.25, 4]]);
      return tf.grad((c: tf.Tensor) => tf.sum(tf.mul(marginTargetOp(lying)(c), dy)))(tf.tensor2d([[0.1, 0.2], [0.3, 0.4]])).arraySync() as number[][];
    });
    [[1.5, -2], [0.25, 4]].forEach((row, i) => row.forEach((dy, j) => expect(g2[i][j]).toBeCloseTo(dy * (2 - f32([[0.1, 0.2], [0.3, 0.4]][i][j])), 6)));
  });

  it("with a consistent target it agrees with TF.js's autograd of the formula; nothing leaks", () => {
    const sine: MarginTarget = { value: Math.sin, slope: Math.cos };
    const op = marginTargetOp(sine);
    const before = tf.memory().numTensors;
    const g = weightedGrad(op, cs, w);
    const auto = weightedGrad((c) => tf.sin(c), cs, w);
    expect(tf.memory().numTensors).toBe(before);
    cs.forEach((_, i) => expect(Math.abs(g[i] - auto[i])).toBeLessThan(1e-6));
  });
});

describe("cosFaceMarginTarget: f(c) = c − m, f'(c) = 1", () => {
  it("value c − m, slope 1 (also through marginTargetOp)", () => {
    const cs = [-1, -0.3, 0, 0.7, 1, 1.0000001];
    for (const m of [0, 0.35, 1]) {
      const { value, both, slope } = evaluate(cosFaceMarginTarget(m), cs);
      cs.forEach((c, i) => {
        expect(value[i]).toBeCloseTo(f32(c) - m, 6);
        expect(both[i]).toBe(value[i]);
        expect(slope[i]).toBe(1);
      });
      const w = weightsFor(cs.length);
      const g = weightedGrad(marginTargetOp(cosFaceMarginTarget(m)), cs, w);
      cs.forEach((_, i) => expect(g[i]).toBeCloseTo(w[i], 6));
    }
  });
});

describe("arcFaceMarginTarget: cos(θ + m) with insightface's fallback, and its closed-form slope", () => {
  /** The float64 target and derivative for a (float32) cosine, from θ = Math.acos(c). */
  const ref = (c: number, m: number, easyMargin = false) => arcFaceTarget(Math.acos(c), { m, easyMargin });
  const threshold = (m: number, easyMargin = false) => (easyMargin ? 0 : Math.cos(Math.PI - m));

  it("values match arcFaceTarget on a grid of θ, including 0, π and just below / above π − m", () => {
    for (const m of [0.2, 0.5, 1.2]) {
      for (const easyMargin of [false, true]) {
        const thetas = [
          ...Array.from({ length: 41 }, (_, i) => (i * Math.PI) / 40),
          Math.PI - m - 1e-4,
          Math.PI - m + 1e-4,
          Math.PI / 2 - 1e-4,
          Math.PI / 2 + 1e-4,
          1e-3,
          Math.PI - 1e-3,
        ];
        const cs = thetas.map((t) => f32(Math.cos(t)));
        const { value, both } = evaluate(arcFaceMarginTarget({ m, easyMargin }), cs);
        thetas.forEach((t, i) => {
          // float32 cosines: θ is resolved to about 6e-8/sin θ (the existing test's bound 5e-4 at the ends)
          expect(Math.abs(value[i] - arcFaceTarget(t, { m, easyMargin }))).toBeLessThan(5e-4);
          // against the float64 target of the very float32 cosine the op saw: much tighter
          expect(Math.abs(value[i] - ref(cs[i], m, easyMargin))).toBeLessThan(5e-5);
          expect(both[i]).toBe(value[i]);
        });
      }
    }
  });

  it("both sides of the branch jump at θ = π − m: −1 just before, −cos m − m·sin m just after", () => {
    const m = 0.5;
    const cs = [f32(Math.cos(Math.PI - m - 1e-4)), f32(Math.cos(Math.PI - m + 1e-4))];
    const { value, slope } = evaluate(arcFaceMarginTarget({ m }), cs);
    expect(value[0]).toBeCloseTo(-1, 4);
    expect(value[1]).toBeCloseTo(-Math.cos(m) - m * Math.sin(m), 4);
    // the margin branch right before the jump: sin(θ + m)/sin θ with θ + m just below π, so about 0
    expect(Math.abs(slope[0])).toBeLessThan(1e-3);
    expect(slope[1]).toBe(1);
  });

  it("slope vs float64 central differences of arcFaceTarget(acos c), away from the jump and from ±1", () => {
    for (const m of [0.1, 0.5, 1, 2]) {
      for (const easyMargin of [false, true]) {
        const th = threshold(m, easyMargin);
        const cs = Array.from({ length: 57 }, (_, i) => f32(-0.98 + (1.96 * i) / 56)).filter((c) => Math.abs(c - th) > 1e-4);
        const { slope } = evaluate(arcFaceMarginTarget({ m, easyMargin }), cs);
        cs.forEach((c, i) => {
          const fd = centralDifference((x) => ref(x, m, easyMargin), c);
          expect(Math.abs(slope[i] - fd)).toBeLessThan(2e-5 * Math.max(1, Math.abs(fd)));
        });
      }
    }
  });

  it("slope vs TF.js's autograd of the composite tf.cos(tf.acos(c) + m) on the margin branch, c ∈ (−0.99, 0.99)", () => {
    for (const m of [0.2, 0.5, 1.1]) {
      const cs = Array.from({ length: 45 }, (_, i) => f32(-0.99 + (1.98 * (i + 0.5)) / 45)).filter((c) => c > threshold(m) + 1e-4);
      const w = weightsFor(cs.length);
      const auto = weightedGrad((c) => tf.cos(tf.add(tf.acos(c), m)), cs, w);
      const own = weightedGrad(marginTargetOp(arcFaceMarginTarget({ m })), cs, w);
      const { slope } = evaluate(arcFaceMarginTarget({ m }), cs);
      cs.forEach((_, i) => {
        expect(Math.abs(own[i] - auto[i])).toBeLessThan(1e-5 * Math.max(1, Math.abs(auto[i])));
        expect(Math.abs(slope[i] * w[i] - own[i])).toBeLessThan(1e-6 * Math.max(1, Math.abs(own[i])));
      });
    }
  });

  it("finite at c = ±1 and a rounding error outside (±1.0000001); the values clamp to the ends", () => {
    const cs = [1, -1, 1.0000001, -1.0000001];
    for (const m of [0, 0.5, 1.5]) {
      for (const easyMargin of [false, true]) {
        const target = arcFaceMarginTarget({ m, easyMargin });
        const { value, slope } = evaluate(target, cs);
        expect(finite(value) && finite(slope)).toBe(true);
        expect(finite(weightedGrad(marginTargetOp(target), cs, [1, 2, -1, 0.5]))).toBe(true);
        // c = 1 (θ = 0): cos m; at c = 1 the closed form gives sin m/√ε with sin θ floored at √ε = 1e-3
        expect(value[0]).toBeCloseTo(Math.cos(m), 6);
        expect(value[2]).toBeCloseTo(Math.cos(m), 6);
        expect(slope[0]).toBeCloseTo(Math.sin(m) / 1e-3, 1);
        expect(slope[2]).toBeCloseTo(Math.sin(m) / 1e-3, 1);
        // c = −1 (θ = π): the fallback (or the easy margin's plain cosine), slope 1
        const low = easyMargin ? -1 : -1 - m * Math.sin(m);
        expect(value[1]).toBeCloseTo(low, 6);
        expect(slope[1]).toBe(1);
        expect(slope[3]).toBe(1);
      }
    }
  });

  it("slope 1 on the fallback branch, and on the easy-margin branch where c ≤ 0", () => {
    const m = 0.5;
    const fallback = [-1, -0.99, -0.95, -0.9, f32(Math.cos(Math.PI - m)) - 1e-6].map(f32);
    expect(Array.from(evaluate(arcFaceMarginTarget({ m }), fallback).slope)).toEqual(fallback.map(() => 1));
    const easy = [-1, -0.6, -0.2, -1e-7, 0];
    const e = evaluate(arcFaceMarginTarget({ m, easyMargin: true }), easy);
    expect(Array.from(e.slope)).toEqual(easy.map(() => 1));
    easy.forEach((c, i) => expect(e.value[i]).toBeCloseTo(f32(c), 7));
    // and just above 0 the margin applies: slope (sin θ cos m + c sin m)/sin θ ≈ cos m
    expect(evaluate(arcFaceMarginTarget({ m, easyMargin: true }), [1e-4]).slope[0]).toBeCloseTo(Math.cos(m), 3);
  });

  it("property: m ∈ [0, 2.3], c ∈ [−0.999, 0.999]: value and slope match the float64 formulas", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2.3, noNaN: true }),
        fc.array(fc.double({ min: -0.999, max: 0.999, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (m, raw, easyMargin) => {
          const cs = raw.map(f32);
          const th = threshold(m, easyMargin);
          const { value, slope } = evaluate(arcFaceMarginTarget({ m, easyMargin }), cs);
          cs.forEach((c, i) => {
            if (Math.abs(c - th) < 1e-5) return; // the branch of a float32 cosine at the float32 threshold
            const theta = Math.acos(c);
            const margin = c > th;
            const exactSlope = margin ? Math.sin(theta + m) / Math.sin(theta) : 1;
            expect(Math.abs(value[i] - ref(c, m, easyMargin))).toBeLessThan(2e-6);
            expect(Math.abs(slope[i] - exactSlope)).toBeLessThan(1e-4 * Math.max(1, Math.abs(exactSlope)));
            if (Math.abs(c - th) > 1e-4) {
              const fd = centralDifference((x) => ref(x, m, easyMargin), c, 1e-7);
              expect(Math.abs(slope[i] - fd)).toBeLessThan(1e-4 * Math.max(1, Math.abs(fd)));
            }
          });
        },
      ),
      { seed: 7, numRuns: 40 },
    );
  });
});

describe("psiSlopeOfCos: dψ/dc = (−1)ᵏ m·Uₘ₋₁(c)", () => {
  /** cosines of a grid of θ, away from the piece boundaries jπ/m and from θ = 0, π */
  const interior = (m: number) =>
    Array.from({ length: 60 }, (_, i) => 0.05 + (i * (Math.PI - 0.1)) / 59)
      .filter((t) => {
        const x = (m * t) / Math.PI;
        return Math.abs(x - Math.round(x)) > 0.01;
      })
      .map((t) => f32(Math.cos(t)));

  it("equals TF.js's autograd of psiOfCos on [−1, 1], m = 1…6", () => {
    const cs = [-1, ...Array.from({ length: 81 }, (_, i) => f32(-1 + (2 * i) / 80)), 1];
    for (let m = 1; m <= 6; m++) {
      const slope = tf.tidy(() => psiSlopeOfCos(cs, m).dataSync());
      const auto = weightedGrad((c) => psiOfCos(c, m), cs, cs.map(() => 1));
      cs.forEach((_, i) => expect(Math.abs(slope[i] - auto[i])).toBeLessThan(1e-5 * m * m));
    }
  });

  it("equals float64 central differences of psi(acos c, m) away from the piece boundaries, m = 1…6", () => {
    for (let m = 1; m <= 6; m++) {
      const cs = interior(m);
      const slope = tf.tidy(() => psiSlopeOfCos(cs, m).dataSync());
      cs.forEach((c, i) => {
        const fd = centralDifference((x) => psi(Math.acos(x), m), c);
        expect(Math.abs(slope[i] - fd)).toBeLessThan(2e-5 * Math.max(1, Math.abs(fd)));
      });
    }
  });

  it("is +m² at both c = 1 and c = −1 (ψ decreases with θ, so it increases with c), and ≥ 0 on [−1, 1]", () => {
    // at c = −1 (θ = π, k = m − 1): dψ/dc = (−1)^(m−1)·Tₘ'(−1) = (−1)^(m−1)·(−1)^(m−1)·m² = +m²
    for (let m = 1; m <= 6; m++) {
      const [at1, atMinus1] = tf.tidy(() => Array.from(psiSlopeOfCos([1, -1], m).dataSync()));
      expect(at1).toBeCloseTo(m * m, 4);
      expect(atMinus1).toBeCloseTo(m * m, 4);
      const auto = weightedGrad((c) => psiOfCos(c, m), [1, -1], [1, 1]);
      expect(at1).toBeCloseTo(auto[0], 4);
      expect(atMinus1).toBeCloseTo(auto[1], 4);
      // one-sided float64 differences of ψ at the ends confirm the sign
      expect((psi(0, m) - psi(Math.acos(1 - 1e-8), m)) / 1e-8).toBeCloseTo(m * m, 3);
      expect((psi(Math.acos(-1 + 1e-8), m) - psi(Math.PI, m)) / 1e-8).toBeCloseTo(m * m, 3);
      const dense = tf.tidy(() => psiSlopeOfCos(Array.from({ length: 401 }, (_, i) => -1 + i / 200), m).dataSync());
      expect(Math.min(...Array.from(dense))).toBeGreaterThan(-1e-4);
      // a rounding error outside [−1, 1]: still finite, close to m²
      const outside = tf.tidy(() => Array.from(psiSlopeOfCos([1.0000001, -1.0000001], m).dataSync()));
      outside.forEach((v) => expect(v).toBeCloseTo(m * m, 3));
    }
  });

  it("has no gradient of its own and rejects a bad m", () => {
    const g = weightedGrad((c) => psiSlopeOfCos(c, 3), [0.2, -0.5], [1, 1]);
    expect(Array.from(g)).toEqual([0, 0]);
    expect(() => psiSlopeOfCos([0.5], 0)).toThrow("losslab.psiSlopeOfCos: argument 'm'");
  });
});

describe("psiMarginTarget: f(c) = (λc + ψ(c))/(1 + λ)", () => {
  const ref = (c: number, m: number, lambda: number) => (lambda * c + psi(Math.acos(c), m)) / (1 + lambda);

  it("value matches the float64 ψ on a grid (θ from 0 to π), for m = 1…6 and λ ∈ {0, 0.5, 5, 1000}", () => {
    const cs = Array.from({ length: 91 }, (_, i) => f32(Math.cos((i * Math.PI) / 90)));
    for (let m = 1; m <= 6; m++) {
      for (const lambda of [0, 0.5, 5, 1000]) {
        const { value, both } = evaluate(psiMarginTarget(m, lambda), cs);
        cs.forEach((c, i) => {
          expect(Math.abs(value[i] - ref(c, m, lambda))).toBeLessThan(2e-5 * m);
          expect(Math.abs(both[i] - value[i])).toBeLessThan(1e-6 * m);
        });
      }
    }
  });

  it("slope vs float64 central differences, and the op's gradient vs autograd of (λc + psiOfCos(c))/(1 + λ)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.array(fc.double({ min: -0.99, max: 0.99, noNaN: true }), { minLength: 1, maxLength: 10 }),
        (m, lambda, raw) => {
          const cs = raw.map(f32);
          const { slope } = evaluate(psiMarginTarget(m, lambda), cs);
          cs.forEach((c, i) => {
            const fd = centralDifference((x) => ref(x, m, lambda), c);
            expect(Math.abs(slope[i] - fd)).toBeLessThan(5e-5 * Math.max(1, Math.abs(fd)));
          });
          const w = weightsFor(cs.length);
          const own = weightedGrad(marginTargetOp(psiMarginTarget(m, lambda)), cs, w);
          const auto = weightedGrad((c) => tf.div(tf.add(tf.mul(c, lambda), psiOfCos(c, m)), 1 + lambda), cs, w);
          cs.forEach((_, i) => expect(Math.abs(own[i] - auto[i])).toBeLessThan(1e-5 * Math.max(1, Math.abs(auto[i]))));
        },
      ),
      { seed: 7, numRuns: 30 },
    );
  });

  it("λ = 0 is ψ itself, with slope m² at c = ±1", () => {
    for (let m = 1; m <= 4; m++) {
      const { value, slope } = evaluate(psiMarginTarget(m, 0), [1, -1]);
      expect(value[0]).toBeCloseTo(1, 5);
      expect(value[1]).toBeCloseTo(1 - 2 * m, 5);
      expect(slope[0]).toBeCloseTo(m * m, 4);
      expect(slope[1]).toBeCloseTo(m * m, 4);
    }
  });

  it("rejects a non-integer or zero m and a negative λ, naming the function and the argument", () => {
    expect(() => psiMarginTarget(2.5, 0)).toThrow("losslab.psiMarginTarget: argument 'm'");
    expect(() => psiMarginTarget(0, 0)).toThrow("losslab.psiMarginTarget: argument 'm'");
    expect(() => psiMarginTarget(2, -1)).toThrow("losslab.psiMarginTarget: argument 'lambda'");
    expect(() => psiMarginTarget(2, NaN)).toThrow("losslab.psiMarginTarget: argument 'lambda'");
    expect(() => psiMarginTarget(2, -1)).toThrow(ValueError);
  });
});
