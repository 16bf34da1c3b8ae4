import { annealedLambda, LSOFTMAX_ANNEALING, SHORT_RUN_ANNEALING, SHORT_RUN_SPHEREFACE_ANNEALING, SPHEREFACE_ANNEALING, ValueError } from "losslab";

describe("annealedLambda: λ = max(λ_min, base·(1 + γ·iteration)^(−power))", () => {
  it("the course's short-run schedule (base 1000, γ 0.1, power 2, λ_min 0): about 19 after 60 steps, 0.7 after 380", () => {
    expect(SHORT_RUN_ANNEALING).toEqual({ base: 1000, gamma: 0.1, power: 2, lambdaMin: 0 });
    expect(annealedLambda({ iteration: 60, ...SHORT_RUN_ANNEALING })).toBeCloseTo(1000 / 49, 12);
    expect(annealedLambda({ iteration: 250, ...SHORT_RUN_ANNEALING })).toBeCloseTo(1000 / 26 ** 2, 12);
    expect(annealedLambda({ iteration: 380, ...SHORT_RUN_ANNEALING })).toBeCloseTo(1000 / 39 ** 2, 12);
  });

  it("the short run with SphereFace's floor: the same decay, held at 5 from step 131 (1000/(1 + 0.1·i)² = 5 at i = 131.4)", () => {
    expect(SHORT_RUN_SPHEREFACE_ANNEALING).toEqual({ base: 1000, gamma: 0.1, power: 2, lambdaMin: 5 });
    expect(annealedLambda({ iteration: 60, ...SHORT_RUN_SPHEREFACE_ANNEALING })).toBeCloseTo(1000 / 49, 12);
    expect(annealedLambda({ iteration: 131, ...SHORT_RUN_SPHEREFACE_ANNEALING })).toBeCloseTo(1000 / 14.1 ** 2, 12);
    expect(annealedLambda({ iteration: 132, ...SHORT_RUN_SPHEREFACE_ANNEALING })).toBe(5);
    expect(annealedLambda({ iteration: 300, ...SHORT_RUN_SPHEREFACE_ANNEALING })).toBe(5);
  });

  it("SphereFace's schedule (base 1000, γ 0.12, power 1, λ_min 5): 1000 at 0, 1000/121 at 1000, floor 5 from 1659", () => {
    expect(SPHEREFACE_ANNEALING).toEqual({ base: 1000, gamma: 0.12, power: 1, lambdaMin: 5 });
    expect(annealedLambda({ iteration: 0 })).toBe(1000);
    expect(annealedLambda({ iteration: 1000 })).toBeCloseTo(1000 / 121, 12);
    // 1000 / (1 + 0.12·i) = 5  ⇔  i = 1658.33…
    expect(annealedLambda({ iteration: 1658 })).toBeGreaterThan(5);
    expect(annealedLambda({ iteration: 1659 })).toBe(5);
    expect(annealedLambda({ iteration: 1e6 })).toBe(5);
  });

  it("L-Softmax's MNIST schedule (base 1000, γ 2.5e-5, power 35, λ_min 0)", () => {
    const s = { ...LSOFTMAX_ANNEALING };
    expect(s).toEqual({ base: 1000, gamma: 0.000025, power: 35, lambdaMin: 0 });
    expect(annealedLambda({ iteration: 1000, ...s })).toBeCloseTo(1000 * 1.025 ** -35, 9); // ≈ 421
    expect(annealedLambda({ iteration: 10000, ...s })).toBeCloseTo(1000 * 1.25 ** -35, 12); // ≈ 0.405
    expect(annealedLambda({ iteration: 20000, ...s })).toBeLessThan(1e-3);
  });

  it("is non-increasing in the iteration, and base 0 gives the pure margin (λ = λ_min)", () => {
    let previous = Infinity;
    for (let i = 0; i < 5000; i += 37) {
      const l = annealedLambda({ iteration: i, gamma: 0.01, power: 2, lambdaMin: 0.5 });
      expect(l).toBeLessThanOrEqual(previous);
      previous = l;
    }
    expect(annealedLambda({ iteration: 3, base: 0, lambdaMin: 0 })).toBe(0);
  });

  it("rejects a negative or fractional iteration and negative schedule fields", () => {
    expect(() => annealedLambda({ iteration: -1 })).toThrow("losslab.annealedLambda: argument 'iteration' must be an integer >= 0, but got -1.");
    expect(() => annealedLambda({ iteration: 1.5 })).toThrow(ValueError);
    expect(() => annealedLambda({ iteration: 1, gamma: -0.1 })).toThrow("losslab.annealedLambda: argument 'gamma' must be a number >= 0, but got -0.1.");
  });
});
