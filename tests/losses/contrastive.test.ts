import { batchContrastiveLoss, contrastiveLoss, gatherRows, samplePairs, ShapeError, tf, ValueError } from "losslab";
import { dist, expectClose, finiteDifferences, randomMatrix, sqDist, take } from "../distances/reference";

// the notes' and Hadsell's convention: y = 0 similar, 1 dissimilar
const notes = (a: number[], b: number[], y: number, m: number) =>
  (1 - y) * sqDist(a, b) + y * Math.max(0, m * m - sqDist(a, b));
const hadsell = (a: number[], b: number[], y: number, m: number) =>
  (1 - y) * 0.5 * sqDist(a, b) + y * 0.5 * Math.max(0, m - dist(a, b)) ** 2;

describe("contrastiveLoss (explicit pairs)", () => {
  const x1 = randomMatrix(8, 3, 11, 0.6);
  const x2 = randomMatrix(8, 3, 12, 0.6);
  const y = [0, 1, 1, 0, 1, 0, 1, 1];
  const m = 1.5;

  it("notes' form (1 − y)·d² + y·max(0, m² − d²) matches a loop over the pairs, for each reduction", () => {
    const per = x1.map((a, i) => notes(a, x2[i], y[i], m));
    // the margin leaves some dissimilar pairs at zero and others not: both branches are exercised
    expect(per.filter((v, i) => y[i] === 1 && v === 0).length).toBeGreaterThan(0);
    expect(per.filter((v, i) => y[i] === 1 && v > 0).length).toBeGreaterThan(0);
    expectClose(take(contrastiveLoss({ x1, x2, y, margin: m, reduction: "none" })), per);
    expectClose(take(contrastiveLoss({ x1, x2, y, margin: m, reduction: "sum" })), per.reduce((s, v) => s + v, 0));
    expectClose(take(contrastiveLoss({ x1, x2, y, margin: m })), per.reduce((s, v) => s + v, 0) / 8);
  });

  it("Hadsell's form ½d² / ½max(0, m − d)² matches a loop", () => {
    const per = x1.map((a, i) => hadsell(a, x2[i], y[i], m));
    expectClose(take(contrastiveLoss({ x1, x2, y, margin: m, form: "hadsell", reduction: "none" })), per);
  });

  it("similarLabel: 1 reads y the other way round (TensorFlow Addons' convention)", () => {
    const flipped = y.map((v) => 1 - v);
    expectClose(
      take(contrastiveLoss({ x1, x2, y: flipped, similarLabel: 1, margin: m, reduction: "none" })),
      take(contrastiveLoss({ x1, x2, y, margin: m, reduction: "none" })),
      0,
    );
  });

  it.each(["squared", "hadsell"] as const)("%s: gradient with respect to x1 matches finite differences", (form) => {
    const ref = form === "squared" ? notes : hadsell;
    const g = take(tf.grad((t: tf.Tensor) => contrastiveLoss({ x1: t, x2, y, margin: m, form, reduction: "sum" }))(tf.tensor2d(x1)));
    const f = (v: number[]) => x2.reduce((s, b, i) => s + ref(v.slice(3 * i, 3 * i + 3), b, y[i], m), 0);
    expectClose(g, finiteDifferences(f, x1.flat()), 1e-4);
  });

  it("identical embeddings: a similar pair costs 0, a dissimilar one m² (notes) or ½m² (Hadsell), gradients finite", () => {
    const e = [[0.3, -0.2], [0.3, -0.2]];
    expectClose(take(contrastiveLoss({ x1: e, x2: e, y: [0, 1], margin: 2, reduction: "none" })), [0, 4]);
    expectClose(take(contrastiveLoss({ x1: e, x2: e, y: [0, 1], margin: 2, form: "hadsell", reduction: "none" })), [0, 2]);
    const g = take(tf.grad((t: tf.Tensor) => contrastiveLoss({ x1: t, x2: e, y: [0, 1], form: "hadsell" }))(tf.tensor2d(e)));
    g.forEach((v) => expect(Number.isFinite(v)).toBe(true));
  });

  it("the collapse: with similar pairs only, mapping everything to one point costs nothing", () => {
    const constant = [[1, 1], [1, 1], [1, 1]];
    expect(take(contrastiveLoss({ x1: constant, x2: constant, y: [0, 0, 0] }))[0]).toBe(0);
    // the dissimilar term is what makes the constant map expensive
    expect(take(contrastiveLoss({ x1: constant, x2: constant, y: [0, 1, 1] }))[0]).toBeCloseTo(2 / 3, 6);
  });

  it("rejects bad input naming the function and the argument", () => {
    expect(() => contrastiveLoss({ x1, x2, y: [0, 1] })).toThrow(ShapeError);
    expect(() => contrastiveLoss({ x1, x2, y: [0, 1] })).toThrow("losslab.contrastiveLoss: argument 'y' must be 8 pair labels, one per row of 'x1'");
    expect(() => contrastiveLoss({ x1, x2, y: y.map((v) => 2 * v) })).toThrow(
      "losslab.contrastiveLoss: argument 'y' must be pair labels 0 or 1: 0 = similar, 1 = dissimilar (the default; TF Addons' tfaContrastiveLoss takes 1 = similar: pass similarLabel: 1), but got 2 at index [1].",
    );
    // the error states the convention in force
    expect(() => contrastiveLoss({ x1, x2, y: y.map((v) => 2 * v), similarLabel: 1 })).toThrow("pair labels 0 or 1: 1 = similar, 0 = dissimilar (similarLabel: 1, TF Addons' convention)");
    expect(() => contrastiveLoss({ x1, x2: randomMatrix(8, 2, 1), y })).toThrow("argument 'x2' must be embeddings of the same size d = 3 as 'x1'");
    expect(() => contrastiveLoss({ x1, x2, y, margin: -1 })).toThrow("losslab.contrastiveLoss: argument 'margin' must be a number >= 0, but got -1.");
    expect(() => contrastiveLoss({ x1, x2, y, form: "cosine" as never })).toThrow("argument 'form' must be one of 'squared', 'hadsell'");
    expect(() => contrastiveLoss({ x1, x2, y, similarLabel: 2 as never })).toThrow(ValueError);
    expect(() => contrastiveLoss(undefined as never)).toThrow("losslab.contrastiveLoss: argument 'options' must be an options object");
  });
});

describe("batchContrastiveLoss (a batch with class labels)", () => {
  const e = randomMatrix(6, 2, 21, 0.5);
  const labels = [0, 1, 0, 2, 1, 0];

  it("default: every pair i < j, similar when the labels are equal, matches a loop", () => {
    const per: number[] = [];
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) per.push(notes(e[i], e[j], labels[i] === labels[j] ? 0 : 1, 1));
    expectClose(take(batchContrastiveLoss({ embeddings: e, labels, reduction: "none" })), per);
    expectClose(take(batchContrastiveLoss({ embeddings: e, labels, reduction: "sum" })), per.reduce((s, v) => s + v, 0));
  });

  it("on sampled pairs it equals contrastiveLoss on the gathered rows, and so do their gradients", () => {
    const pairs = samplePairs({ labels, count: 10, seed: 5 });
    const batch = (t: tf.Tensor) => batchContrastiveLoss({ embeddings: t, labels, pairs, form: "hadsell" });
    // gatherRows, not tf.gather: tf.gather's gradient (UnsortedSegmentSum) is not registered on wasm
    const explicit = (t: tf.Tensor) =>
      contrastiveLoss({ x1: gatherRows(t, pairs.first), x2: gatherRows(t, pairs.second), y: pairs.y, form: "hadsell" });
    expectClose(take(batch(tf.tensor2d(e))), take(explicit(tf.tensor2d(e))));
    expectClose(take(tf.grad(batch)(tf.tensor2d(e))), take(tf.grad(explicit)(tf.tensor2d(e))), 1e-5);
  });

  it("one class only (no dissimilar pair) and all classes different (no similar pair)", () => {
    const same = [4, 4, 4, 4, 4, 4];
    let s = 0;
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) s += sqDist(e[i], e[j]);
    expectClose(take(batchContrastiveLoss({ embeddings: e, labels: same, reduction: "sum" })), s);
    let h = 0;
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) h += Math.max(0, 1 - sqDist(e[i], e[j]));
    expectClose(take(batchContrastiveLoss({ embeddings: e, labels: [0, 1, 2, 3, 4, 5], reduction: "sum" })), h);
  });

  it("no pair at all (one sample, or an empty pair list): a differentiable zero", () => {
    const one = tf.tensor2d([[1, 2]]);
    expect(take(batchContrastiveLoss({ embeddings: one, labels: [3] }))).toEqual([0]);
    const empty = { first: new Int32Array(0), second: new Int32Array(0) };
    const g = take(tf.grad((t: tf.Tensor) => batchContrastiveLoss({ embeddings: t, labels, pairs: empty }))(tf.tensor2d(e)));
    expect(g).toEqual(new Array(12).fill(0));
  });

  it("rejects labels of the wrong length and pairs out of range", () => {
    expect(() => batchContrastiveLoss({ embeddings: e, labels: [0, 1] })).toThrow(
      "losslab.batchContrastiveLoss: argument 'labels' must be 6 labels, one per row of 'embeddings', but got 2.",
    );
    expect(() => batchContrastiveLoss({ embeddings: e, labels, pairs: { first: Int32Array.of(0), second: Int32Array.of(6) } })).toThrow(
      "argument 'pairs.second' must be row indices, integers >= 0 and < 6, but got 6 at index [0].",
    );
    expect(() => batchContrastiveLoss({ embeddings: e, labels, pairs: { first: Int32Array.of(0, 1), second: Int32Array.of(2) } })).toThrow(ShapeError);
  });
});
