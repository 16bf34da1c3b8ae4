import * as fc from "fast-check";
import {
  InputTypeError,
  Rng,
  ShapeError,
  ValueError,
  binaryCrossEntropyWithLogits,
  sigmoidFocalLoss,
  softmaxCrossEntropy,
  softmaxFocalLoss,
  tf,
} from "losslab";
import { draw, expectArgumentErrors, expectClassArgumentErrors, expectClose, expectFinite, expectReductions, finiteDifferences, flat, rows, tfGradient } from "./helpers";
import { bceLogits64, logSoftmax64, oneHot, probabilityRows, sigmoid64 } from "./reference64";

/** float64 reference, torchvision's formula: α_t (1 − p_t)^γ BCE(z, t). */
function sigmoidFocal64(t: number, z: number, gamma: number, alpha?: number): number {
  const ce = bceLogits64(t, z);
  const oneMinusPt = t * sigmoid64(-z) + (1 - t) * sigmoid64(z);
  const alphaT = alpha === undefined ? 1 : alpha * t + (1 - alpha) * (1 - t);
  return alphaT * oneMinusPt ** gamma * ce;
}

/** float64 reference: −Σᵢ αᵢ tᵢ (1 − pᵢ)^γ log pᵢ per row. */
function softmaxFocal64(t: number[][], s: number[][], gamma: number, alpha: number | number[] = 1): number[] {
  return s.map((row, r) =>
    -logSoftmax64(row).reduce((acc, lp, i) => acc + (typeof alpha === "number" ? alpha : alpha[i]) * t[r][i] * (-Math.expm1(lp)) ** gamma * lp, 0),
  );
}

/** Naive TensorFlow.js formulas, differentiated by tf.grad: the independent gradient reference. */
const naiveSigmoidFocal = (t: tf.Tensor, z: tf.Tensor, gamma: number, alpha: number) => {
  const p = tf.sigmoid(z);
  const ce = tf.neg(tf.add(tf.mul(t, tf.log(p)), tf.mul(tf.sub(1, t), tf.log(tf.sub(1, p)))));
  const pt = tf.add(tf.mul(p, t), tf.mul(tf.sub(1, p), tf.sub(1, t)));
  const alphaT = tf.add(tf.mul(t, alpha), tf.mul(tf.sub(1, t), 1 - alpha));
  return tf.mul(alphaT, tf.mul(tf.pow(tf.sub(1, pt), gamma), ce));
};
const naiveSoftmaxFocal = (t: tf.Tensor, s: tf.Tensor, gamma: number, alpha: number[]) => {
  const lp = tf.logSoftmax(s);
  return tf.neg(tf.mul(tf.mul(tf.mul(t, alpha), tf.pow(tf.sub(1, tf.exp(lp)), gamma)), lp));
};

const gammas = fc.constantFrom(0, 0.5, 1, 2, 5);
const entries = fc.record({ n: fc.integer({ min: 1, max: 4 }), c: fc.integer({ min: 2, max: 5 }), seed: fc.integer({ min: 1, max: 1e6 }) }).map(({ n, c, seed }) => {
  const rng = new Rng(seed);
  const probs = probabilityRows(rng, n, c, 0.05);
  return {
    logits: rows(draw(rng, n * c, (r) => r.uniform(-12, 12)), c),
    hard: rows(draw(rng, n * c, (r) => (r.uniform() < 0.3 ? 1 : 0)), c),
    soft: rows(draw(rng, n * c, (r) => r.uniform()), c),
    indices: Array.from({ length: n }, () => rng.int(c)),
    probs,
    alpha: draw(rng, c, (r) => r.uniform(0.1, 2)),
    c,
  };
});

describe("sigmoidFocalLoss", () => {
  it("is α_t (1 − p_t)^γ BCE(z, t) per element under every reduction (torchvision's formula, float64)", () => {
    fc.assert(
      fc.property(entries, gammas, fc.option(fc.constantFrom(0.25, 0.5, 0.9), { nil: undefined }), ({ logits, hard, soft }, gamma, alpha) => {
        for (const labels of [hard, soft]) {
          const expected = labels.flatMap((row, r) => row.map((t, i) => sigmoidFocal64(t, logits[r][i], gamma, alpha)));
          expectReductions(sigmoidFocalLoss, { labels, logits, gamma, alpha }, expected, { scale: 12 });
        }
      }),
      { seed: 81, numRuns: 30 },
    );
  });

  it("with γ = 0 (and no α) is binary cross-entropy with logits", () => {
    fc.assert(
      fc.property(entries, ({ logits, soft }) => {
        const focal = flat(sigmoidFocalLoss({ labels: soft, logits, gamma: 0, reduction: "none" }));
        expectClose(focal, flat(binaryCrossEntropyWithLogits({ labels: soft, logits, reduction: "none" })), { rel: 1e-6, label: "γ = 0" });
      }),
      { seed: 82, numRuns: 20 },
    );
  });

  it("down-weights easy examples: never above cross-entropy, (1 − p_t)^γ times it; p_t = 0.9 and γ = 2 keep 1%", () => {
    fc.assert(
      fc.property(entries, gammas, ({ logits, hard }, gamma) => {
        const focal = flat(sigmoidFocalLoss({ labels: hard, logits, gamma, reduction: "none" }));
        const ce = flat(binaryCrossEntropyWithLogits({ labels: hard, logits, reduction: "none" }));
        focal.forEach((v, i) => expect(v).toBeLessThanOrEqual(ce[i] * (1 + 1e-6)));
      }),
      { seed: 83, numRuns: 20 },
    );
    const z = Math.log(9); // σ(z) = 0.9
    const [focal, ce] = [sigmoidFocalLoss({ labels: [1], logits: [z] }), binaryCrossEntropyWithLogits({ labels: [1], logits: [z] })].map(flat);
    expectClose([focal[0] / ce[0]], [0.01], { rel: 1e-5 });
  });

  it("has a gradient that matches tf.grad of the naive formula and finite differences, for γ < 1 too", () => {
    const labels = [1, 0, 1, 0, 0.3, 0.8];
    const logits = [-2.2, 1.4, 3, -0.6, 0.1, -5];
    for (const gamma of [0, 0.5, 2, 3.5]) {
      for (const alpha of [undefined, 0.25]) {
        const ours = tfGradient((z) => sigmoidFocalLoss({ labels, logits: z, gamma, alpha, reduction: "sum" }), logits);
        const naive = tfGradient((z) => naiveSigmoidFocal(tf.tensor(labels), z, gamma, alpha ?? 0.5), logits).map((g) => (alpha === undefined ? 2 * g : g));
        expectClose(ours, naive, { rel: 1e-5, label: `tf.grad, γ = ${gamma}, α = ${alpha}` });
        const fd = finiteDifferences((z) => z.reduce((a, zi, i) => a + sigmoidFocal64(labels[i], zi, gamma, alpha), 0), logits);
        expectClose(ours, fd, { rel: 1e-5, label: `finite differences, γ = ${gamma}, α = ${alpha}` });
      }
    }
  });

  it("is finite at logits of ±1000, and so is its gradient, even with γ = 0.5 where autodiff of (1 − p_t)^γ gives NaN", () => {
    const labels = [1, 0, 1, 0, 0.5];
    const logits = [-1000, -1000, 1000, 1000, 1000];
    for (const gamma of [0, 0.5, 2]) {
      expectClose(flat(sigmoidFocalLoss({ labels, logits, gamma, reduction: "none" })), [1000, 0, 0, 1000, 500 * 0.5 ** gamma], { rel: 1e-6, label: `γ = ${gamma}` });
      const g = tfGradient((z) => sigmoidFocalLoss({ labels, logits: z, gamma, alpha: 0.25 }), logits);
      expectFinite(g, `gradient, γ = ${gamma}`);
    }
    const naive = tfGradient((z) => naiveSigmoidFocal(tf.tensor([0]), z, 0.5, 0.5), [-1000]);
    expect(Number.isNaN(naive[0])).toBe(true);
  });

  it("rejects γ < 0, α outside [0, 1] and the usual bad input", () => {
    expectArgumentErrors("sigmoidFocalLoss", sigmoidFocalLoss, "logits", {
      extra: [
        [{ gamma: -1 }, ValueError, "argument 'gamma' must be a number >= 0, but got -1."],
        [{ alpha: 1.5 }, ValueError, "argument 'alpha' must be a number >= 0 and <= 1, but got 1.5."],
        [{ alpha: NaN }, ValueError, "argument 'alpha' must be a finite number, but got NaN."],
        [{ gamma: "2" }, InputTypeError, "argument 'gamma' must be a number, but got '2'."],
        [{ labels: [0, 1.5] }, ValueError, "argument 'labels' must be finite numbers >= 0 and <= 1, but got 1.5 at index [1]."],
      ],
    });
  });
});

describe("softmaxFocalLoss", () => {
  it("is −Σ αᵢ tᵢ (1 − pᵢ)^γ log pᵢ per sample under every reduction, with no, scalar and per-class α", () => {
    fc.assert(
      fc.property(entries, gammas, ({ logits, indices, probs, alpha, c }, gamma) => {
        const targets = oneHot(indices, c);
        expectReductions(softmaxFocalLoss, { labels: indices, logits, gamma }, softmaxFocal64(targets, logits, gamma), { scale: 24, label: "indices" });
        expectReductions(softmaxFocalLoss, { labels: probs, logits, gamma, alpha: 0.5 }, softmaxFocal64(probs, logits, gamma, 0.5), { scale: 24, label: "scalar α" });
        expectReductions(softmaxFocalLoss, { labels: indices, logits, gamma, alpha }, softmaxFocal64(targets, logits, gamma, alpha), { scale: 48, label: "per-class α" });
      }),
      { seed: 84, numRuns: 30 },
    );
  });

  it("with γ = 0 (and no α) is softmax cross-entropy", () => {
    fc.assert(
      fc.property(entries, ({ logits, indices, probs }) => {
        for (const labels of [indices, probs]) {
          const focal = flat(softmaxFocalLoss({ labels, logits, gamma: 0, reduction: "none" }));
          expectClose(focal, flat(softmaxCrossEntropy({ labels, logits, reduction: "none" })), { rel: 1e-6, label: "γ = 0" });
        }
      }),
      { seed: 85, numRuns: 20 },
    );
  });

  it("has a gradient that matches tf.grad of the naive formula and finite differences, for γ < 1 too", () => {
    const logits = [[0.5, -1.25, 2, 0.125], [3, 3, -2, 0], [-1, 0.5, 0.25, 4]];
    const targets = [[0, 0, 1, 0], [0.5, 0.5, 0, 0], [0.1, 0.2, 0.3, 0.4]];
    const alpha = [0.5, 1, 2, 0.25];
    for (const gamma of [0, 0.5, 2, 3.5]) {
      const ours = tfGradient((s) => softmaxFocalLoss({ labels: targets, logits: s, gamma, alpha, reduction: "sum" }), logits);
      const naive = tfGradient((s) => naiveSoftmaxFocal(tf.tensor(targets), s, gamma, alpha), logits);
      expectClose(ours, naive, { rel: 1e-5, label: `tf.grad, γ = ${gamma}` });
      const fd = finiteDifferences((x) => softmaxFocal64(targets, rows(x, 4), gamma, alpha).reduce((a, b) => a + b, 0), logits.flat());
      expectClose(ours, fd, { rel: 1e-5, label: `finite differences, γ = ${gamma}` });
    }
  });

  it("is finite at logits of ±1000, and so is its gradient, even with γ = 0.5", () => {
    const logits = [[1000, -1000, 0], [1000, -1000, 0], [-1000, -1000, -1000]];
    const labels = [0, 1, 2];
    for (const gamma of [0, 0.5, 2]) {
      expectClose(flat(softmaxFocalLoss({ labels, logits, gamma, reduction: "none" })), [0, 2000, (2 / 3) ** gamma * Math.log(3)], { rel: 1e-6, label: `γ = ${gamma}` });
      expectFinite(tfGradient((s) => softmaxFocalLoss({ labels, logits: s, gamma }), logits), `gradient, γ = ${gamma}`);
    }
  });

  it("rejects γ < 0, a bad α and the usual bad input", () => {
    expectClassArgumentErrors("softmaxFocalLoss", softmaxFocalLoss);
    const at = (options: Record<string, unknown>) => () => softmaxFocalLoss({ labels: [0, 2], logits: [[0, 1, 2], [2, 1, 0]], ...options });
    expect(at({ gamma: -0.5 })).toThrow("losslab.softmaxFocalLoss: argument 'gamma' must be a number >= 0, but got -0.5.");
    expect(at({ alpha: [1, 2] })).toThrow(ShapeError);
    expect(at({ alpha: [1, 2] })).toThrow("losslab.softmaxFocalLoss: argument 'alpha' must be a number or one weight per class (length 3), but got a float32 tensor of shape [2].");
    expect(at({ alpha: [1, -2, 1] })).toThrow("losslab.softmaxFocalLoss: argument 'alpha' must be finite numbers >= 0, but got -2 at index [1].");
    expect(at({ alpha: [] })).toThrow("losslab.softmaxFocalLoss: argument 'alpha' must be a non-empty tensor");
  });
});
