import * as fc from "fast-check";
import { ArcFaceHead, CosFaceHead, ModifiedSoftmaxHead, l2Normalize, targetLogit, tf, InputTypeError, ValueError } from "losslab";
import { compareHead, expectWithinTolerance, maxRelativeDeviation, randomCases } from "./reference";

describe("CosFaceHead: z_y = s(cos θ_y − m), zⱼ = s cos θⱼ", () => {
  it("logits, loss and gradients match the float64 reference (random inputs, s and m, fixed seed)", () => {
    fc.assert(
      fc.property(randomCases(fc), fc.constantFrom(1, 16, 64), fc.double({ min: -0.9, max: 1.9, noNaN: true }), ({ x, labels, d, C, seed }, s, m) => {
        const head = new CosFaceHead({ inputDim: d, numClasses: C, seed, s, m });
        expectWithinTolerance(compareHead(head, "cosFace", { s, m }, x, labels));
        head.dispose();
      }),
      { seed: 2018, numRuns: 15 },
    );
  });

  it("negative margins (Liu et al. 2020): the target logit is s(cos θ_y + |m|), the loss below NormFace's", () => {
    const x = [[0.6, 0.8], [1, 0]];
    const weights = [[1, 0], [0, 1]];
    const head = new CosFaceHead({ inputDim: 2, numClasses: 2, weights, s: 4, m: -0.2 });
    expect(Array.from(head.logits(x, [1, 0]).dataSync()).map((v) => +v.toFixed(5))).toEqual([2.4, 4 * (0.8 + 0.2), 4 * (1 + 0.2), 0]);
    const plain = new CosFaceHead({ inputDim: 2, numClasses: 2, weights, s: 4, m: 0 });
    expect(head.loss(x, [1, 0]).dataSync()[0]).toBeLessThan(plain.loss(x, [1, 0]).dataSync()[0]);
    [head, plain].forEach((h) => h.dispose());
  });

  it("defaults s = 64, m = 0.35; rejects m outside (−1, 2) and s ≤ 0", () => {
    const head = new CosFaceHead({ inputDim: 2, numClasses: 3 });
    expect([head.s, head.m]).toEqual([64, 0.35]);
    head.dispose();
    expect(() => new CosFaceHead({ inputDim: 2, numClasses: 3, m: 2 })).toThrow("losslab.CosFaceHead: argument 'm' must be a number > -1 and < 2, but got 2.");
    expect(() => new CosFaceHead({ inputDim: 2, numClasses: 3, m: -1 })).toThrow(ValueError);
    expect(() => new CosFaceHead({ inputDim: 2, numClasses: 3, s: 0 })).toThrow("losslab.CosFaceHead: argument 's' must be a number > 0, but got 0.");
  });
});

describe("ArcFaceHead: z_y = s·cos(θ_y + m) with insightface's fallback, zⱼ = s cos θⱼ", () => {
  it("logits, loss and gradients match the float64 reference (random inputs, s, m, easy margin, fixed seed)", () => {
    fc.assert(
      fc.property(
        randomCases(fc),
        fc.constantFrom(1, 16, 64),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.boolean(),
        ({ x, labels, d, C, seed }, s, m, easyMargin) => {
          const head = new ArcFaceHead({ inputDim: d, numClasses: C, seed, s, m, easyMargin });
          expectWithinTolerance(compareHead(head, "arcFace", { s, m, easyMargin }, x, labels));
          head.dispose();
        },
      ),
      { seed: 2019, numRuns: 20 },
    );
  });

  it("the fallback: past θ_y = π − m the target is s(cos θ − m·sin m), as targetLogit draws it", () => {
    const m = 0.5;
    const s = 10;
    const head = new ArcFaceHead({ inputDim: 2, numClasses: 2, weights: [[1, 0], [0, 1]], s, m });
    for (const theta of [0.2, 1.5, Math.PI - m - 0.01, Math.PI - m + 0.01, 3.0]) {
      const z = head.logits([[Math.cos(theta), Math.sin(theta)]], [0]).dataSync();
      expect(Math.abs(z[0] - targetLogit({ loss: "arcFace", theta, s, m }))).toBeLessThan(2e-5 * s);
      expect(Math.abs(z[1] - s * Math.sin(theta))).toBeLessThan(1e-5 * s);
    }
    head.dispose();
  });

  it("the easy margin keeps s cos θ where cos θ ≤ 0", () => {
    const head = new ArcFaceHead({ inputDim: 2, numClasses: 2, weights: [[1, 0], [0, 1]], s: 4, m: 0.3, easyMargin: true });
    expect(head.easyMargin).toBe(true);
    const z = head.logits([[Math.cos(2), Math.sin(2)], [Math.cos(1), Math.sin(1)]], [0, 0]).arraySync();
    expect(z[0][0]).toBeCloseTo(4 * Math.cos(2), 5);
    expect(z[1][0]).toBeCloseTo(4 * Math.cos(1.3), 5);
    head.dispose();
  });

  it("defaults s = 64, m = 0.5, no easy margin; rejects m outside [0, π) and a non-boolean easyMargin", () => {
    const head = new ArcFaceHead({ inputDim: 2, numClasses: 3 });
    expect([head.s, head.m, head.easyMargin]).toEqual([64, 0.5, false]);
    head.dispose();
    expect(() => new ArcFaceHead({ inputDim: 2, numClasses: 3, m: Math.PI })).toThrow("losslab.ArcFaceHead: argument 'm' must be a number >= 0 and < 3.14159");
    expect(() => new ArcFaceHead({ inputDim: 2, numClasses: 3, s: -1 })).toThrow(ValueError);
    expect(() => new ArcFaceHead({ inputDim: 2, numClasses: 3, easyMargin: 1 as never })).toThrow(InputTypeError);
    expect(() => new ArcFaceHead({ inputDim: 2, numClasses: 3, easyMargin: 1 as never })).toThrow("losslab.ArcFaceHead: argument 'easyMargin' must be true or false, but got 1.");
  });
});

describe("with m = 0, CosFace and ArcFace are the normalised softmax scaled by s", () => {
  it("equal the modified softmax on features normalised to norm s: logits, loss, gradient with respect to W", () => {
    const x = [[0.3, -1, 2], [1, 1, -0.5], [-2, 0.2, 0.1], [0.05, 0.01, -0.02]];
    const labels = [2, 0, 1, 3];
    const s = 30;
    const reference = new ModifiedSoftmaxHead({ inputDim: 3, numClasses: 4, seed: 12 });
    const scaled = tf.mul(l2Normalize(x), s);
    const refLogits = reference.logits(scaled, labels).dataSync();
    const refLoss = reference.loss(scaled, labels).dataSync()[0];
    const refGrad = tf.variableGrads(() => reference.loss(scaled, labels), [reference.weights]).grads[reference.weights.name].dataSync();
    for (const head of [new CosFaceHead({ inputDim: 3, numClasses: 4, seed: 12, s, m: 0 }), new ArcFaceHead({ inputDim: 3, numClasses: 4, seed: 12, s, m: 0 })]) {
      expect(maxRelativeDeviation(head.logits(x, labels).dataSync(), refLogits)).toBeLessThan(1e-6);
      expect(Math.abs(head.loss(x, labels).dataSync()[0] - refLoss) / refLoss).toBeLessThan(1e-6);
      const g = tf.variableGrads(() => head.loss(x, labels), [head.weights]).grads[head.weights.name].dataSync();
      expect(maxRelativeDeviation(g, refGrad)).toBeLessThan(1e-5);
      head.dispose();
    }
    reference.dispose();
  });
});
