import * as fc from "fast-check";
import { SoftmaxHead, tf, ShapeError } from "losslab";
import { compareHead, expectWithinTolerance, randomCases, refLogits } from "./reference";

describe("SoftmaxHead: z = W·x + b", () => {
  it("logits, loss and gradients match the float64 reference and tf.losses (random inputs, fixed seed)", () => {
    fc.assert(
      fc.property(randomCases(fc), ({ x, labels, d, C, seed }) => {
        const bias = Array.from({ length: C }, (_, j) => Math.fround(0.1 * (j - 1)));
        const head = new SoftmaxHead({ inputDim: d, numClasses: C, seed, bias });
        expectWithinTolerance(compareHead(head, "softmax", {}, x, labels));
        head.dispose();
      }),
      { seed: 5, numRuns: 15 },
    );
  });

  it("the bias is trainable: ∂L/∂b = mean(softmax(z) − onehot)", () => {
    const head = new SoftmaxHead({ inputDim: 3, numClasses: 4, seed: 9, bias: [0.5, -0.5, 0, 1] });
    expect(head.trainableVariables).toEqual([head.weights, head.bias]);
    const x = [[1, 2, -1], [0.5, -0.3, 2], [-2, 0.1, 0.4]];
    const labels = [0, 3, 1];
    const { grads } = tf.variableGrads(() => head.loss(x, labels), [head.bias]);
    const z = refLogits("softmax", x, head.weights.arraySync(), labels, { bias: [0.5, -0.5, 0, 1] });
    const expected = [0, 0, 0, 0];
    z.forEach((row, i) => {
      const max = Math.max(...row);
      const e = row.map((v) => Math.exp(v - max));
      const sum = e.reduce((a, b) => a + b, 0);
      e.forEach((v, j) => (expected[j] += (v / sum - (j === labels[i] ? 1 : 0)) / x.length));
    });
    grads[head.bias.name].dataSync().forEach((g, j) => expect(Math.abs(g - expected[j])).toBeLessThan(1e-6));
    head.dispose();
  });

  it("stays finite for logits of ±1000", () => {
    const head = new SoftmaxHead({ inputDim: 2, numClasses: 2, weights: [[1000, -1000], [0, 0]] });
    const loss = head.loss([[1, 0], [1, 0]], [0, 1], { reduction: "none" }).dataSync();
    expect(loss[0]).toBe(0);
    expect(Math.abs(loss[1] - 2000)).toBeLessThan(1e-3);
    head.dispose();
  });

  it("checks the initial bias", () => {
    expect(() => new SoftmaxHead({ inputDim: 2, numClasses: 3, bias: [0, 1] })).toThrow(ShapeError);
    expect(() => new SoftmaxHead({ inputDim: 2, numClasses: 3, bias: [0, 1] })).toThrow("losslab.SoftmaxHead: argument 'bias' must be of shape [3]");
  });
});
