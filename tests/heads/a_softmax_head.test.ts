import * as fc from "fast-check";
import { ASoftmaxHead, ModifiedSoftmaxHead, SPHEREFACE_ANNEALING, psi, tf, ValueError } from "losslab";
import { compareHead, expectWithinTolerance, maxRelativeDeviation, randomCases } from "./reference";

describe("ASoftmaxHead: z_y = ‖x‖(λ cos θ_y + ψ(θ_y))/(1 + λ), zⱼ = ‖x‖cos θⱼ", () => {
  it("logits, loss and gradients match the float64 reference for m = 1…4 and λ from 1000 down to 0", () => {
    fc.assert(
      fc.property(randomCases(fc), fc.integer({ min: 1, max: 4 }), fc.constantFrom(0, 100, 5000, -1), ({ x, labels, d, C, seed }, m, iteration) => {
        // -1: the pure ψ target (base 0, λ_min 0); otherwise SphereFace's schedule (λ = 1000, 76.9, 5)
        const head =
          iteration < 0
            ? new ASoftmaxHead({ inputDim: d, numClasses: C, seed, m, annealing: { base: 0, lambdaMin: 0 } })
            : new ASoftmaxHead({ inputDim: d, numClasses: C, seed, m, iteration });
        expectWithinTolerance(compareHead(head, "aSoftmax", { m, lambda: head.lambda }, x, labels));
        head.dispose();
      }),
      { seed: 2017, numRuns: 20 },
    );
  });

  it("m = 1 equals the modified softmax: logits, loss and gradients, for any λ", () => {
    const x = [[0.3, -1, 2], [1, 1, -0.5], [-2, 0.2, 0.1]];
    const labels = [2, 0, 1];
    const modified = new ModifiedSoftmaxHead({ inputDim: 3, numClasses: 4, seed: 8 });
    for (const iteration of [0, 200]) {
      const a = new ASoftmaxHead({ inputDim: 3, numClasses: 4, seed: 8, m: 1, iteration });
      expect(maxRelativeDeviation(a.logits(x, labels).dataSync(), modified.logits(x, labels).dataSync())).toBeLessThan(1e-6);
      expect(Math.abs(a.loss(x, labels).dataSync()[0] - modified.loss(x, labels).dataSync()[0])).toBeLessThan(1e-6);
      const xt = tf.tensor2d(x);
      const gA = tf.grad((f: tf.Tensor) => a.loss(f, labels))(xt).dataSync();
      const gM = tf.grad((f: tf.Tensor) => modified.loss(f, labels))(xt).dataSync();
      expect(maxRelativeDeviation(gA, gM)).toBeLessThan(1e-6);
      const wA = tf.variableGrads(() => a.loss(x, labels), [a.weights]).grads[a.weights.name].dataSync();
      const wM = tf.variableGrads(() => modified.loss(x, labels), [modified.weights]).grads[modified.weights.name].dataSync();
      expect(maxRelativeDeviation(wA, wM)).toBeLessThan(1e-6);
      a.dispose();
    }
    modified.dispose();
  });

  it("defaults: m = 4 and no λ annealing (pml's SphereFaceLoss has none)", () => {
    const head = new ASoftmaxHead({ inputDim: 2, numClasses: 2, weights: [[3, 0], [0, -2]] });
    expect(head.m).toBe(4);
    expect(head.annealing).toEqual({ base: 0, gamma: 0, power: 1, lambdaMin: 0 });
    head.iteration = 1000;
    expect(head.lambda).toBe(0);
    head.dispose();
  });

  it("SphereFace's schedule when asked: λ = max(5, 1000/(1 + 0.12·iteration)); the target is ‖x‖ψ(θ) as λ → 0", () => {
    const head = new ASoftmaxHead({ inputDim: 2, numClasses: 2, weights: [[3, 0], [0, -2]], annealing: SPHEREFACE_ANNEALING });
    expect(head.m).toBe(4);
    expect(head.annealing).toEqual(SPHEREFACE_ANNEALING);
    expect(head.lambda).toBe(1000);
    head.iteration = 1000;
    expect(head.lambda).toBeCloseTo(1000 / 121, 10);
    head.iteration = 100000;
    expect(head.lambda).toBe(5);
    const pure = new ASoftmaxHead({ inputDim: 2, numClasses: 2, weights: [[3, 0], [0, -2]], annealing: { base: 0, lambdaMin: 0 } });
    const theta = 0.6;
    const x = [[2 * Math.cos(theta), 2 * Math.sin(theta)]]; // ‖x‖ = 2, θ₀ = 0.6 from w₀ = (3, 0)
    const z = pure.logits(x, [0]).dataSync();
    expect(z[0]).toBeCloseTo(2 * psi(theta, 4), 5);
    expect(z[1]).toBeCloseTo(-2 * Math.sin(theta), 5); // ‖x‖cos θ₁ with ŵ₁ = (0, −1): weight norm ignored
    head.dispose();
    pure.dispose();
  });

  it("rejects a non-integer m, naming the head and the argument", () => {
    expect(() => new ASoftmaxHead({ inputDim: 2, numClasses: 3, m: 1.5 })).toThrow("losslab.ASoftmaxHead: argument 'm' must be an integer >= 1 and <= 1000, but got 1.5.");
    expect(() => new ASoftmaxHead({ inputDim: 2, numClasses: 3, iteration: 0.5 })).toThrow(ValueError);
  });
});
