import * as fc from "fast-check";
import { ModifiedSoftmaxHead, decisionRule } from "losslab";
import { compareHead, expectWithinTolerance, randomCases } from "./reference";

describe("ModifiedSoftmaxHead: zⱼ = ‖x‖cos θⱼ (W normalised, no bias)", () => {
  it("logits, loss and gradients match the float64 reference and tf.losses (random inputs, fixed seed)", () => {
    fc.assert(
      fc.property(randomCases(fc), ({ x, labels, d, C, seed }) => {
        const head = new ModifiedSoftmaxHead({ inputDim: d, numClasses: C, seed });
        expectWithinTolerance(compareHead(head, "modifiedSoftmax", {}, x, labels));
        head.dispose();
      }),
      { seed: 6, numRuns: 15 },
    );
  });

  it("ignores the weight norms: scaling a class's weight column changes nothing", () => {
    const W = [[1, -0.5, 0.2], [0.3, 0.8, -1]];
    const x = [[1.5, -2], [0.2, 0.9]];
    const a = new ModifiedSoftmaxHead({ inputDim: 2, numClasses: 3, weights: W });
    const b = new ModifiedSoftmaxHead({ inputDim: 2, numClasses: 3, weights: W.map((r) => [r[0] * 7, r[1], r[2] * 0.01]) });
    const [la, lb] = [a.logits(x, [0, 1]).dataSync(), b.logits(x, [0, 1]).dataSync()];
    la.forEach((v, i) => expect(Math.abs(v - lb[i])).toBeLessThan(1e-6));
    a.dispose();
    b.dispose();
  });

  it("two classes: predicts class 1 exactly where rule (b) cos θ₁ ≥ cos θ₂ holds (the bisector)", () => {
    const head = new ModifiedSoftmaxHead({ inputDim: 2, numClasses: 2, weights: [[1, Math.cos(2)], [0, Math.sin(2)]] });
    const rule = decisionRule("b");
    const points = Array.from({ length: 60 }, (_, i) => [Math.cos(i * 0.1 + 0.05) * (1 + i), Math.sin(i * 0.1 + 0.05) * (1 + i)]);
    const predicted = head.predict(points).dataSync();
    const cos = head.cosines(points).arraySync();
    points.forEach((_, i) => expect(predicted[i] === 0).toBe(rule.holdsCos(cos[i][0], cos[i][1])));
    head.dispose();
  });
});
