import * as fc from "fast-check";
import { meanAbsoluteError, meanAbsoluteErrorGradient, tf } from "losslab";
import { expectArgumentErrors, expectClose, expectElementwiseGradient, expectReductions, flat, num, samePairs, tfGradient } from "./helpers";

describe("meanAbsoluteError (L1)", () => {
  it("is |y − ŷ| per element under every reduction (plain loop, float64), and equals tf.losses.absoluteDifference", () => {
    fc.assert(
      fc.property(samePairs(50), ([labels, predictions]) => {
        expectReductions(meanAbsoluteError, { labels, predictions }, labels.map((y, i) => Math.abs(y - predictions[i])), { scale: 50 });
        const builtIn = num(tf.losses.absoluteDifference(labels, predictions));
        expectClose([num(meanAbsoluteError({ labels, predictions }))], [builtIn], { rel: 1e-6, scale: 50, label: "tf.losses" });
      }),
      { seed: 21, numRuns: 40 },
    );
  });

  it("has the gradient sign(ŷ − y): against tf.grad and finite differences; 0 at a zero residual, like PyTorch", () => {
    const labels = [0, 1, -2, 3.5, 10];
    const predictions = [0.5, -1, -2.25, 4, -3];
    expectElementwiseGradient(meanAbsoluteError, meanAbsoluteErrorGradient, (y, p) => Math.abs(y - p), labels, predictions);
    expect(flat(meanAbsoluteErrorGradient({ labels: [1, 2], predictions: [1, 5] }))).toEqual([0, 1]);
    expect(tfGradient((p) => meanAbsoluteError({ labels: [1], predictions: p }), [1])).toEqual([0]);
  });

  it("grows only linearly with a residual of 1e6, and its gradient stays 1", () => {
    expect(num(meanAbsoluteError({ labels: [0, 1e6], predictions: [1e6, 0], reduction: "sum" }))).toBe(2e6);
    expect(flat(meanAbsoluteErrorGradient({ labels: [0, 1e6], predictions: [1e6, 0] }))).toEqual([1, -1]);
  });

  it("rejects mismatched shapes, NaN, empty and non-numeric input, and an unknown reduction", () => {
    expectArgumentErrors("meanAbsoluteError", meanAbsoluteError, "predictions");
    expectArgumentErrors("meanAbsoluteErrorGradient", meanAbsoluteErrorGradient, "predictions", { reduction: false });
  });
});
