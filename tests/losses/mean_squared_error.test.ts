import * as fc from "fast-check";
import {
  halfSquaredError,
  halfSquaredErrorGradient,
  meanSquaredError,
  meanSquaredErrorGradient,
  meanSquaredErrorWithLogitsGradient,
  sigmoid,
  ValueError,
  tf,
} from "losslab";
import { expectArgumentErrors, expectClose, expectElementwiseGradient, expectFinite, expectReductions, finiteDifferences, flat, num, samePairs, tfGradient } from "./helpers";
import { sigmoid64 } from "./reference64";

describe("meanSquaredError and halfSquaredError (L2)", () => {
  it("are (y − ŷ)² and ½(y − ŷ)² per element under every reduction; MSE equals tf.losses.meanSquaredError", () => {
    fc.assert(
      fc.property(samePairs(20), ([labels, predictions]) => {
        const squared = labels.map((y, i) => (y - predictions[i]) ** 2);
        // terms up to 40² = 1600: float32 knows them to about 1e-4 absolute
        expectReductions(meanSquaredError, { labels, predictions }, squared, { scale: 1600 });
        expectReductions(halfSquaredError, { labels, predictions }, squared.map((s) => s / 2), { scale: 800 });
        const builtIn = num(tf.losses.meanSquaredError(labels, predictions));
        expectClose([num(meanSquaredError({ labels, predictions }))], [builtIn], { rel: 1e-6, scale: 1, label: "tf.losses" });
      }),
      { seed: 31, numRuns: 40 },
    );
  });

  it("give the notes' worked example: y = 1, ŷ = 0.1 → L = 0.81, ∂L/∂ŷ = −1.8 (½ form: 0.405, −0.9)", () => {
    const example = { labels: [1], predictions: [0.1] };
    expectClose([num(meanSquaredError(example))], [0.81], { rel: 1e-6 });
    expectClose(flat(meanSquaredErrorGradient(example)), [-1.8], { rel: 1e-6 });
    expectClose([num(halfSquaredError(example))], [0.405], { rel: 1e-6 });
    expectClose(flat(halfSquaredErrorGradient(example)), [-0.9], { rel: 1e-6 });
  });

  it("have the gradients 2(ŷ − y) and ŷ − y: against tf.grad and finite differences", () => {
    const labels = [0, 1, -2, 3.5, 10, 0.25];
    const predictions = [0.5, -1, -2.25, 4, -3, 0.25];
    expectElementwiseGradient(meanSquaredError, meanSquaredErrorGradient, (y, p) => (y - p) ** 2, labels, predictions);
    expectElementwiseGradient(halfSquaredError, halfSquaredErrorGradient, (y, p) => (y - p) ** 2 / 2, labels, predictions);
  });

  it("through a sigmoid: ∂L/∂z = 2(σ(z) − y)σ(z)(1 − σ(z)), vanishing when confidently wrong", () => {
    const labels = [1, 0, 1, 0, 0.3, 1];
    const logits = [-3, 2.5, 0, -0.75, 1.5, 6];
    const ours = flat(meanSquaredErrorWithLogitsGradient({ labels, logits }));
    const autograd = tfGradient((z) => meanSquaredError({ labels, predictions: sigmoid(z), reduction: "sum" }), logits);
    const fd = finiteDifferences((z) => z.reduce((acc, zi, i) => acc + (labels[i] - sigmoid64(zi)) ** 2, 0), logits);
    expectClose(ours, autograd, { rel: 1e-5, label: "tf.grad" });
    expectClose(ours, fd, { rel: 1e-5, label: "finite differences" });
    // y = 1 and z = −1000: as wrong as can be, and no gradient at all; BCE would give σ(z) − y = −1
    expect(flat(meanSquaredErrorWithLogitsGradient({ labels: [1, 0, 1], logits: [-1000, 1000, 1000] }))).toEqual([-0, 0, 0]);
  });

  it("stay exact (to float32) for a residual of 1e6, 1e12 squared, with a finite gradient", () => {
    expect(num(meanSquaredError({ labels: [0, 3], predictions: [1e6, 3], reduction: "sum" }))).toBe(Math.fround(1e12));
    expect(num(halfSquaredError({ labels: [0], predictions: [1e6] }))).toBe(Math.fround(5e11));
    const g = tfGradient((p) => meanSquaredError({ labels: [0], predictions: p }), [1e6]);
    expectFinite(g);
    expect(g).toEqual([2e6]);
  });

  it("reject mismatched shapes, NaN, empty and non-numeric input, and an unknown reduction", () => {
    expectArgumentErrors("meanSquaredError", meanSquaredError, "predictions");
    expectArgumentErrors("halfSquaredError", halfSquaredError, "predictions");
    expectArgumentErrors("meanSquaredErrorGradient", meanSquaredErrorGradient, "predictions", { reduction: false });
    expectArgumentErrors("halfSquaredErrorGradient", halfSquaredErrorGradient, "predictions", { reduction: false });
    expectArgumentErrors("meanSquaredErrorWithLogitsGradient", meanSquaredErrorWithLogitsGradient, "logits", {
      reduction: false,
      extra: [[{ labels: [0, 2] }, ValueError, "argument 'labels' must be finite numbers >= 0 and <= 1, but got 2 at index [1]."]],
    });
  });
});
