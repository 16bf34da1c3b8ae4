import * as fc from "fast-check";
import { Rng, ShapeError, ValueError, binaryCrossEntropyWithLogits, binaryCrossEntropyWithLogitsGradient, multilabelCrossEntropy, tf } from "losslab";
import { draw, expectArgumentErrors, expectClose, expectFinite, expectReductions, finiteDifferences, flat, num, rows, tfGradient } from "./helpers";
import { bceLogits64 } from "./reference64";

/** float64 reference: Σ over classes of −[t log σ(z) + (1 − t) log σ(−z)], per row. */
const multilabel64 = (t: number[][], z: number[][]) => z.map((row, r) => row.reduce((a, zi, i) => a + bceLogits64(t[r][i], zi), 0));

const batch = fc.record({ n: fc.integer({ min: 1, max: 5 }), c: fc.integer({ min: 1, max: 6 }), seed: fc.integer({ min: 1, max: 1e6 }) }).map(({ n, c, seed }) => {
  const rng = new Rng(seed);
  return {
    logits: rows(draw(rng, n * c, (r) => r.uniform(-15, 15)), c),
    labels: rows(draw(rng, n * c, (r) => (r.uniform() < 0.5 ? 1 : 0)), c),
    c,
  };
});

describe("multilabelCrossEntropy", () => {
  it("adds the classes' binary cross-entropies per sample, under every reduction (float64 reference)", () => {
    fc.assert(
      fc.property(batch, ({ logits, labels, c }) => {
        expectReductions(multilabelCrossEntropy, { labels, logits }, multilabel64(labels, logits), { scale: 15 * c });
        const perEntry = binaryCrossEntropyWithLogits({ labels, logits, reduction: "none" });
        expectClose(flat(multilabelCrossEntropy({ labels, logits, reduction: "none" })), flat(tf.sum(perEntry, -1)), { rel: 1e-6, label: "Σ BCE" });
        // tf.losses.sigmoidCrossEntropy averages over every entry: ours is C times that
        const builtIn = num(tf.losses.sigmoidCrossEntropy(labels, logits)) * c;
        expectClose([num(multilabelCrossEntropy({ labels, logits }))], [builtIn], { rel: 1e-6, scale: 15 * c, label: "tf.losses × C" });
      }),
      { seed: 71, numRuns: 30 },
    );
  });

  it("scores the notes' multi-label vectors (C = 3): [1 0 1], [0 1 0], [1 1 1]", () => {
    const labels = [[1, 0, 1], [0, 1, 0], [1, 1, 1]];
    const logits = [[2, -1, 0.5], [-3, 4, -2], [1, 1, 1]];
    expectClose(flat(multilabelCrossEntropy({ labels, logits, reduction: "none" })), multilabel64(labels, logits), { rel: 1e-6 });
  });

  it("has the gradient σ(z) − t per class: tf.grad against binaryCrossEntropyWithLogitsGradient and finite differences", () => {
    const labels = [[1, 0, 1], [0, 1, 0]];
    const logits = [[2, -1, 0.5], [-3, 4, 0]];
    const g = tfGradient((z) => multilabelCrossEntropy({ labels, logits: z, reduction: "sum" }), logits);
    expectClose(g, flat(binaryCrossEntropyWithLogitsGradient({ labels, logits })), { rel: 1e-6, label: "σ(z) − t" });
    const fd = finiteDifferences((x) => multilabel64(labels, rows(x, 3)).reduce((a, b) => a + b, 0), logits.flat());
    expectClose(g, fd, { rel: 1e-5, label: "finite differences" });
  });

  it("is finite at logits of ±1000, with finite gradients", () => {
    const labels = [[1, 0, 1], [0, 1, 1]];
    const logits = [[1000, -1000, -1000], [1000, 1000, 0]];
    expectClose(flat(multilabelCrossEntropy({ labels, logits, reduction: "none" })), [1000, 1000 + Math.log(2)], { rel: 1e-6 });
    const g = tfGradient((z) => multilabelCrossEntropy({ labels, logits: z }), logits);
    expectFinite(g);
    expect(g).toEqual([0, 0, -0.5, 0.5, 0, -0.25]);
  });

  it("rejects a scalar, labels outside [0, 1] and the usual bad input", () => {
    expectArgumentErrors("multilabelCrossEntropy", multilabelCrossEntropy, "logits", {
      extra: [[{ labels: [0, 3] }, ValueError, "argument 'labels' must be finite numbers >= 0 and <= 1, but got 3 at index [1]."]],
    });
    expect(() => multilabelCrossEntropy({ labels: 1, logits: 2 })).toThrow(ShapeError);
    expect(() => multilabelCrossEntropy({ labels: 1, logits: 2 })).toThrow(
      "losslab.multilabelCrossEntropy: argument 'logits' must be a tensor of rank >= 1 (the classes on the last axis), but got a float32 tensor of shape [].",
    );
  });
});
