import * as fc from "fast-check";
import {
  BCE_GRADIENT_EPSILON,
  BCE_LOG_FLOOR,
  ValueError,
  binaryCrossEntropy,
  binaryCrossEntropyGradient,
  binaryCrossEntropyWithLogits,
  binaryCrossEntropyWithLogitsGradient,
  sigmoid,
  tf,
} from "losslab";
import { expectArgumentErrors, expectClose, expectElementwiseGradient, expectFinite, expectReductions, flat, num, tfGradient } from "./helpers";
import { bceLogits64 } from "./reference64";

/** float64 reference: BCE on a probability, logs clamped at −100 like PyTorch. */
const bce64 = (y: number, p: number) => -(y * Math.max(Math.log(p), -100) + (1 - y) * Math.max(Math.log(1 - p), -100));

const label = fc.oneof(fc.constantFrom(0, 1), fc.float({ min: 0, max: 1, noNaN: true }));
const sample = (x: fc.Arbitrary<number>) =>
  fc.array(fc.tuple(label, x), { minLength: 1, maxLength: 10 }).map((pairs) => [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
const probability = fc.float({ min: Math.fround(0.01), max: Math.fround(0.99), noNaN: true });
const logit = fc.float({ min: -30, max: 30, noNaN: true });

describe("binaryCrossEntropy (from probabilities)", () => {
  it("is −[y log ŷ + (1 − y) log(1 − ŷ)] under every reduction; equals tf.losses.logLoss up to its ε", () => {
    fc.assert(
      fc.property(sample(probability), ([labels, predictions]) => {
        expectReductions(binaryCrossEntropy, { labels, predictions }, labels.map((y, i) => bce64(y, predictions[i])));
        // tf.losses.logLoss adds ε = 1e-7 inside both logs: a difference of at most ε/0.01 = 1e-5 here
        const builtIn = num(tf.losses.logLoss(labels, predictions));
        expectClose([num(binaryCrossEntropy({ labels, predictions }))], [builtIn], { rel: 2e-5, label: "tf.losses.logLoss" });
      }),
      { seed: 51, numRuns: 40 },
    );
  });

  it("gives the notes' worked example: y = 1, ŷ = 0.1 → L = −ln 0.1 ≈ 2.3, ∂L/∂ŷ = −10", () => {
    const example = { labels: [1], predictions: [0.1] };
    expectClose([num(binaryCrossEntropy(example))], [Math.log(10)], { rel: 1e-6 });
    expectClose(flat(binaryCrossEntropyGradient(example)), [-10], { rel: 1e-6 });
  });

  it("has the gradient (ŷ − y)/(ŷ(1 − ŷ)): against tf.grad of the naive formula and finite differences", () => {
    const labels = [1, 0, 1, 0, 0.3, 0.9];
    const predictions = [0.1, 0.2, 0.95, 0.6, 0.5, 0.02];
    const naive = (y: tf.Tensor, p: tf.Tensor) => tf.neg(tf.add(tf.mul(y, tf.log(p)), tf.mul(tf.sub(1, y), tf.log(tf.sub(1, p)))));
    expectElementwiseGradient(binaryCrossEntropy, binaryCrossEntropyGradient, bce64, labels, predictions, { autodiffOf: naive, rel: 2e-5 });
  });

  it("clamps each log at −100 like PyTorch: ŷ exactly 0 or 1 costs 100 at most, with finite gradients", () => {
    expect(BCE_LOG_FLOOR).toBe(-100);
    const edges = { labels: [1, 0, 0, 1], predictions: [0, 1, 0, 1] };
    expect(flat(binaryCrossEntropy({ ...edges, reduction: "none" }))).toEqual([100, 100, 0, 0]);
    const g = tfGradient((p) => binaryCrossEntropy({ labels: edges.labels, predictions: p, reduction: "sum" }), edges.predictions);
    expectFinite(g, "∂L/∂ŷ at 0 and 1");
    // PyTorch's backward: (ŷ − y)/max(ŷ(1 − ŷ), 1e-12)
    const eps = Math.fround(BCE_GRADIENT_EPSILON);
    expectClose(g, [-1 / eps, 1 / eps, 0, 0], { rel: 1e-6, label: "gradient at the edges" });
    expectClose(flat(binaryCrossEntropyGradient(edges)), g, { rel: 0, label: "gradient function at the edges" });
  });

  it("rejects probabilities and labels outside [0, 1], and the usual bad input", () => {
    const outside: Array<[Record<string, unknown>, typeof ValueError, string]> = [
      [{ predictions: [0.5, 1.5] }, ValueError, "argument 'predictions' must be finite numbers >= 0 and <= 1, but got 1.5 at index [1]."],
      [{ predictions: [-0.1, 0.5] }, ValueError, "argument 'predictions' must be finite numbers >= 0 and <= 1, but got -0.1"],
      [{ labels: [0, 2] }, ValueError, "argument 'labels' must be finite numbers >= 0 and <= 1, but got 2 at index [1]."],
    ];
    expectArgumentErrors("binaryCrossEntropy", binaryCrossEntropy, "predictions", { extra: outside });
    expectArgumentErrors("binaryCrossEntropyGradient", binaryCrossEntropyGradient, "predictions", { reduction: false, extra: outside });
  });
});

describe("binaryCrossEntropyWithLogits", () => {
  it("is max(z, 0) − zy + log(1 + e^{−|z|}) under every reduction; equals tf.losses.sigmoidCrossEntropy", () => {
    fc.assert(
      fc.property(sample(logit), ([labels, logits]) => {
        // terms up to |z| = 30: float32 knows the value to about 30·6e-8 absolute
        expectReductions(binaryCrossEntropyWithLogits, { labels, logits }, labels.map((y, i) => bceLogits64(y, logits[i])), { scale: 30 });
        const builtIn = num(tf.losses.sigmoidCrossEntropy(labels, logits));
        expectClose([num(binaryCrossEntropyWithLogits({ labels, logits }))], [builtIn], { rel: 1e-6, scale: 30, label: "tf.losses" });
      }),
      { seed: 52, numRuns: 40 },
    );
  });

  it("equals binaryCrossEntropy of σ(z) where σ(z) is not saturated", () => {
    fc.assert(
      fc.property(sample(fc.float({ min: -8, max: 8, noNaN: true })), ([labels, logits]) => {
        const viaProbabilities = num(binaryCrossEntropy({ labels, predictions: sigmoid(logits) }));
        expectClose([num(binaryCrossEntropyWithLogits({ labels, logits }))], [viaProbabilities], { rel: 1e-5, label: "BCE(σ(z))" });
      }),
      { seed: 53, numRuns: 30 },
    );
  });

  it("has the gradient σ(z) − y: against tf.grad of tf.losses.sigmoidCrossEntropy and finite differences", () => {
    const labels = [1, 0, 1, 0, 0.3, 0.9, 1];
    const logits = [-2.2, 1.4, 3, -0.6, 0.1, -5, 12];
    const builtIn = (y: tf.Tensor, z: tf.Tensor) => tf.mul(tf.losses.sigmoidCrossEntropy(y, z), labels.length);
    expectElementwiseGradient(binaryCrossEntropyWithLogits, binaryCrossEntropyWithLogitsGradient, bceLogits64, labels, logits, {
      input: "logits",
      autodiffOf: builtIn,
    });
  });

  it("is finite at logits of ±1000, with gradients σ(z) − y, and has the right gradient at z = 0", () => {
    const extreme = { labels: [1, 0, 1, 0], logits: [-1000, -1000, 1000, 1000] };
    expect(flat(binaryCrossEntropyWithLogits({ ...extreme, reduction: "none" }))).toEqual([1000, 0, 0, 1000]);
    const g = tfGradient((z) => binaryCrossEntropyWithLogits({ labels: extreme.labels, logits: z, reduction: "sum" }), extreme.logits);
    expect(g).toEqual([-1, 0, 0, 1]);
    // autodiff of max(z, 0) and |z| would give −y here instead of ½ − y
    expect(tfGradient((z) => binaryCrossEntropyWithLogits({ labels: [1, 0, 0.25], logits: z, reduction: "sum" }), [0, 0, 0])).toEqual([-0.5, 0.5, 0.25]);
    expect(flat(binaryCrossEntropyWithLogitsGradient({ labels: [1, 0.25], logits: [0, -1000] }))).toEqual([-0.5, -0.25]);
  });

  it("rejects labels outside [0, 1] and the usual bad input", () => {
    const outside: Array<[Record<string, unknown>, typeof ValueError, string]> = [
      [{ labels: [-1, 1] }, ValueError, "argument 'labels' must be finite numbers >= 0 and <= 1, but got -1 at index [0]."],
      [{ logits: [0, Infinity] }, ValueError, "argument 'logits' must be finite numbers, but got Infinity at index [1]."],
    ];
    expectArgumentErrors("binaryCrossEntropyWithLogits", binaryCrossEntropyWithLogits, "logits", { extra: outside });
    expectArgumentErrors("binaryCrossEntropyWithLogitsGradient", binaryCrossEntropyWithLogitsGradient, "logits", { reduction: false, extra: outside });
  });
});
