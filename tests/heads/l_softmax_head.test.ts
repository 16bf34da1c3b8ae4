import * as fc from "fast-check";
import { LSoftmaxHead, LSOFTMAX_ANNEALING, SPHEREFACE_ANNEALING, psi, ValueError } from "losslab";
import { compareHead, expectWithinTolerance, randomCases, refLogits } from "./reference";

describe("LSoftmaxHead: z_y = ‖w_y‖‖x‖(λ cos θ_y + ψ(θ_y))/(1 + λ), zⱼ = wⱼ·x", () => {
  it("logits, loss and gradients match the float64 reference for m = 1…4, pure ψ (λ = 0) and annealed λ", () => {
    fc.assert(
      fc.property(randomCases(fc), fc.integer({ min: 1, max: 4 }), fc.constantFrom(0, 30, 3000), ({ x, labels, d, C, seed }, m, iteration) => {
        // iteration 0 with base 0: λ = 0; otherwise SphereFace's schedule: λ ≈ 217 at 30, 5 at 3000
        const annealing = iteration === 0 ? { base: 0, lambdaMin: 0 } : SPHEREFACE_ANNEALING;
        const head = new LSoftmaxHead({ inputDim: d, numClasses: C, seed, m, annealing, iteration });
        expectWithinTolerance(compareHead(head, "lSoftmax", { m, lambda: head.lambda }, x, labels));
        head.dispose();
      }),
      { seed: 2016, numRuns: 20 },
    );
  });

  it("only the target logit changes: the others stay wⱼ·x, and the target is ‖w‖‖x‖ψ(θ) at λ = 0", () => {
    const W = [[2, 0, -1], [0, 1, 1]];
    const head = new LSoftmaxHead({ inputDim: 2, numClasses: 3, weights: W, m: 3, annealing: { base: 0 } });
    const x = [[1.2, 0.9]];
    const z = head.logits(x, [0]).dataSync();
    const plain = head.scores(x).dataSync();
    expect(z[1]).toBeCloseTo(plain[1], 6);
    expect(z[2]).toBeCloseTo(plain[2], 6);
    const theta = Math.atan2(0.9, 1.2); // w₀ lies on the first axis
    expect(z[0]).toBeCloseTo(2 * 1.5 * psi(theta, 3), 5);
    expect(plain[0]).toBeCloseTo(2 * 1.2, 6);
    head.dispose();
  });

  it("m = 1 is the plain inner product for every λ", () => {
    const head = new LSoftmaxHead({ inputDim: 3, numClasses: 4, seed: 3, m: 1, iteration: 50, annealing: SPHEREFACE_ANNEALING });
    const x = [[0.3, -1, 2], [1, 1, -0.5]];
    const [a, b] = [head.logits(x, [2, 0]).dataSync(), head.scores(x).dataSync()];
    a.forEach((v, i) => expect(Math.abs(v - b[i])).toBeLessThan(1e-5));
    head.dispose();
  });

  it("no λ annealing by default (pml's LargeMarginSoftmaxLoss has none): λ = 0 at every step, the pure ψ target", () => {
    const head = new LSoftmaxHead({ inputDim: 2, numClasses: 3, seed: 1 });
    expect(head.m).toBe(4);
    expect(head.annealing).toEqual({ base: 0, gamma: 0, power: 1, lambdaMin: 0 });
    for (const iteration of [0, 10, 100000]) {
      head.iteration = iteration;
      expect(head.lambda).toBe(0);
    }
    const x = [[1, 2], [-0.5, 0.3]];
    const z = head.logits(x, [1, 2]).dataSync();
    const ref = refLogits("lSoftmax", x, head.weights.arraySync(), [1, 2], { m: 4, lambda: 0 }).flat();
    z.forEach((v, i) => expect(Math.abs(v - ref[i])).toBeLessThan(1e-5));
    // a partial schedule takes its other fields from the authors' MNIST schedule
    const partial = new LSoftmaxHead({ inputDim: 2, numClasses: 3, seed: 1, annealing: { lambdaMin: 2 } });
    expect(partial.annealing).toEqual({ ...LSOFTMAX_ANNEALING, lambdaMin: 2 });
    head.dispose();
    partial.dispose();
  });

  it("λ follows the L-Softmax MNIST schedule when asked; step() advances it; a huge λ is plain softmax", () => {
    const head = new LSoftmaxHead({ inputDim: 2, numClasses: 3, seed: 1, annealing: LSOFTMAX_ANNEALING });
    expect(head.m).toBe(4);
    expect(head.annealing).toEqual(LSOFTMAX_ANNEALING);
    expect(head.lambda).toBe(1000);
    for (let i = 0; i < 10; i++) head.step();
    expect(head.iteration).toBe(10);
    expect(head.lambda).toBeCloseTo(1000 * (1 + 0.000025 * 10) ** -35, 9);
    head.iteration = 10000;
    expect(head.lambda).toBeCloseTo(0.406, 3);
    head.iteration = 0;
    const x = [[1, 2], [-0.5, 0.3]];
    const z = head.logits(x, [1, 2]).dataSync();
    const ref = refLogits("lSoftmax", x, head.weights.arraySync(), [1, 2], { m: 4, lambda: 1000 }).flat();
    z.forEach((v, i) => expect(Math.abs(v - ref[i])).toBeLessThan(1e-5));
    expect(() => (head.iteration = -2)).toThrow("losslab.LSoftmaxHead: argument 'iteration' must be an integer >= 0, but got -2.");
    head.dispose();
  });

  it("rejects a non-integer or zero m and a negative schedule, naming the head", () => {
    expect(() => new LSoftmaxHead({ inputDim: 2, numClasses: 3, m: 2.5 })).toThrow("losslab.LSoftmaxHead: argument 'm' must be an integer >= 1 and <= 1000, but got 2.5.");
    expect(() => new LSoftmaxHead({ inputDim: 2, numClasses: 3, m: 0 })).toThrow(ValueError);
    expect(() => new LSoftmaxHead({ inputDim: 2, numClasses: 3, annealing: { power: -1 } })).toThrow(
      "losslab.LSoftmaxHead: argument 'annealing.power' must be a number >= 0, but got -1.",
    );
  });
});
