import * as fc from "fast-check";
import { Rng, logSoftmax, softmax, softmaxCrossEntropy, softmaxCrossEntropyGradient, tf } from "losslab";
import { draw, expectClassArgumentErrors, expectClose, expectFinite, expectReductions, finiteDifferences, flat, num, rows, tfGradient } from "./helpers";
import { logSoftmax64, oneHot, probabilityRows } from "./reference64";

/** float64 reference: −Σᵢ tᵢ log softmax(s)ᵢ per row. */
const crossEntropy64 = (targets: number[][], logits: number[][]) =>
  logits.map((s, r) => -logSoftmax64(s).reduce((a, lp, i) => a + targets[r][i] * lp, 0));

/** A batch: logits [n, c] in ±20, class indices, and probability targets. */
const batch = fc.record({ n: fc.integer({ min: 1, max: 5 }), c: fc.integer({ min: 2, max: 6 }), seed: fc.integer({ min: 1, max: 1e6 }) }).map(({ n, c, seed }) => {
  const rng = new Rng(seed);
  const logits = rows(draw(rng, n * c, (r) => r.uniform(-20, 20)), c);
  const indices = Array.from({ length: n }, () => rng.int(c));
  const probabilities = probabilityRows(rng, n, c);
  return { logits, indices, probabilities, c };
});

describe("softmaxCrossEntropy", () => {
  it("is −Σ tᵢ log softmax(s)ᵢ per sample for indices, one-hot and probability targets, under every reduction", () => {
    fc.assert(
      fc.property(batch, ({ logits, indices, probabilities, c }) => {
        // logits up to 20: float32 knows log-softmax to about 20·6e-8 absolute
        const opts = { rel: 1e-5, scale: 20 };
        expectReductions(softmaxCrossEntropy, { labels: indices, logits }, crossEntropy64(oneHot(indices, c), logits), { ...opts, label: "indices" });
        expectReductions(softmaxCrossEntropy, { labels: oneHot(indices, c), logits }, crossEntropy64(oneHot(indices, c), logits), { ...opts, label: "one-hot" });
        expectReductions(softmaxCrossEntropy, { labels: probabilities, logits }, crossEntropy64(probabilities, logits), { ...opts, label: "probabilities" });
      }),
      { seed: 61, numRuns: 20 },
    );
  });

  it("equals tf.losses.softmaxCrossEntropy (one-hot), and −log softmax(s)_p", () => {
    fc.assert(
      fc.property(batch, ({ logits, indices, c }) => {
        const ours = num(softmaxCrossEntropy({ labels: indices, logits }));
        expectClose([ours], [num(tf.losses.softmaxCrossEntropy(oneHot(indices, c), logits))], { rel: 1e-6, scale: 20, label: "tf.losses" });
        const lp = logSoftmax(logits).arraySync() as number[][];
        const perSample = flat(softmaxCrossEntropy({ labels: indices, logits, reduction: "none" }));
        expectClose(perSample, indices.map((p, r) => -lp[r][p]), { rel: 0, label: "−log f(s)_p" });
      }),
      { seed: 62, numRuns: 30 },
    );
  });

  it("has the gradient f(s)_p − 1 at the positive class and f(s)_n elsewhere: against tf.grad (of ours and of tf.logSoftmax) and finite differences", () => {
    const logits = [[0.5, -1.25, 2, 0.125], [3, 3, -2, 0], [-1, 0.5, 0.25, 4]];
    const indices = [2, 0, 1];
    const soft = [[0.1, 0.2, 0.3, 0.4], [0.5, 0.5, 0, 0], [0, 0, 0, 1]];
    for (const labels of [indices, oneHot(indices, 4), soft]) {
      const targets = labels === indices ? oneHot(indices, 4) : (labels as number[][]);
      const ours = flat(softmaxCrossEntropyGradient({ labels, logits }));
      const f = softmax(logits).arraySync() as number[][];
      expectClose(ours, f.flatMap((row, r) => row.map((v, i) => v * targets[r].reduce((a, b) => a + b, 0) - targets[r][i])), { rel: 1e-6, label: "f(s)·Σt − t" });
      expectClose(ours, tfGradient((s) => softmaxCrossEntropy({ labels, logits: s, reduction: "sum" }), logits), { rel: 1e-5, label: "tf.grad" });
      // tf.losses.softmaxCrossEntropy's own gradient trips TensorFlow.js' leak check in test mode: use tf.logSoftmax's
      const independent = tfGradient((s) => tf.neg(tf.mul(tf.tensor(targets), tf.logSoftmax(s))), logits);
      expectClose(ours, independent, { rel: 1e-5, label: "tf.grad of −Σ t·tf.logSoftmax(s)" });
      const fd = finiteDifferences((x) => crossEntropy64(targets, rows(x, 4)).reduce((a, b) => a + b, 0), logits.flat());
      expectClose(ours, fd, { rel: 1e-5, label: "finite differences" });
    }
    // the notes' two derivatives, read off one row
    const g = flat(softmaxCrossEntropyGradient({ labels: 2, logits: [0.5, -1.25, 2, 0.125] }));
    const f = flat(softmax([0.5, -1.25, 2, 0.125]));
    expect(g).toEqual([f[0], f[1], f[2] - 1, f[3]].map(Math.fround));
  });

  it("is finite at logits of ±1000: 0 for the winner, 2000 for the loser, with finite gradients", () => {
    const logits = [[1000, -1000, 0], [1000, -1000, 0], [1000, -1000, 0], [-1000, -1000, -1000]];
    const labels = [0, 1, 2, 1];
    expectClose(flat(softmaxCrossEntropy({ labels, logits, reduction: "none" })), [0, 2000, 1000, Math.log(3)], { rel: 1e-6 });
    const g = tfGradient((s) => softmaxCrossEntropy({ labels, logits: s, reduction: "sum" }), logits);
    expectFinite(g, "∂CE/∂s");
    expect(g.slice(0, 6)).toEqual([0, 0, 0, 1, -1, 0]);
  });

  it("takes a single sample: logits [C] with a class index", () => {
    expectClose([num(softmaxCrossEntropy({ labels: 1, logits: [1, 2, 3] }))], crossEntropy64([[0, 1, 0]], [[1, 2, 3]]), { rel: 1e-6 });
  });

  it("takes a single class (C = 1) with index labels: the loss and its gradient are 0", () => {
    expect(flat(softmaxCrossEntropy({ labels: [0, 0], logits: [[3], [-1000]], reduction: "none" })).map(Math.abs)).toEqual([0, 0]);
    expect(flat(softmaxCrossEntropyGradient({ labels: [0], logits: [[3]] }))).toEqual([0]);
  });

  it("rejects labels out of range, non-integer or of the wrong shape, and the usual bad input", () => {
    expectClassArgumentErrors("softmaxCrossEntropy", softmaxCrossEntropy);
    expectClassArgumentErrors("softmaxCrossEntropyGradient", softmaxCrossEntropyGradient, { reduction: false });
  });
});
