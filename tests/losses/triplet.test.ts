import { allTriplets, batchTripletLoss, ShapeError, tf, tripletLoss, ValueError, type DistanceName } from "losslab";
import { distances, expectClose, finiteDifferences, randomMatrix, take } from "../distances/reference";

const names: DistanceName[] = ["squaredEuclidean", "euclidean", "cosine"];
const hinge = (name: DistanceName, a: number[], p: number[], n: number[], alpha: number) =>
  Math.max(distances[name](a, p) - distances[name](a, n) + alpha, 0);

describe("tripletLoss (explicit triplets)", () => {
  const anchors = randomMatrix(9, 3, 31, 0.5);
  const positives = randomMatrix(9, 3, 32, 0.5);
  const negatives = randomMatrix(9, 3, 33, 0.5);

  it.each(names)("%s: max(D(A,P) − D(A,N) + α, 0) per triplet, the notes' J = Σ, and the mean, match a loop", (distance) => {
    const alpha = 0.3;
    const per = anchors.map((a, i) => hinge(distance, a, positives[i], negatives[i], alpha));
    expect(per.some((v) => v === 0) && per.some((v) => v > 0)).toBe(true); // easy and active triplets both present
    const args = { anchors, positives, negatives, margin: alpha, distance };
    expectClose(take(tripletLoss({ ...args, reduction: "none" })), per);
    expectClose(take(tripletLoss({ ...args, reduction: "sum" })), per.reduce((s, v) => s + v, 0));
    expectClose(take(tripletLoss(args)), per.reduce((s, v) => s + v, 0) / per.length);
  });

  it.each(names)("%s: gradients with respect to anchors, positives and negatives match finite differences", (distance) => {
    const alpha = 0.3;
    const grads = tf.grads((a: tf.Tensor, p: tf.Tensor, n: tf.Tensor) =>
      tripletLoss({ anchors: a, positives: p, negatives: n, margin: alpha, distance, reduction: "sum" }),
    )([tf.tensor2d(anchors), tf.tensor2d(positives), tf.tensor2d(negatives)]).map(take);
    const rows = (v: number[], i: number) => v.slice(3 * i, 3 * i + 3);
    const fa = (v: number[]) => anchors.reduce((s, _, i) => s + hinge(distance, rows(v, i), positives[i], negatives[i], alpha), 0);
    const fp = (v: number[]) => anchors.reduce((s, a, i) => s + hinge(distance, a, rows(v, i), negatives[i], alpha), 0);
    const fn = (v: number[]) => anchors.reduce((s, a, i) => s + hinge(distance, a, positives[i], rows(v, i), alpha), 0);
    expectClose(grads[0], finiteDifferences(fa, anchors.flat()), 1e-4);
    expectClose(grads[1], finiteDifferences(fp, positives.flat()), 1e-4);
    expectClose(grads[2], finiteDifferences(fn, negatives.flat()), 1e-4);
  });

  it("easy triplets give exactly 0 and no gradient", () => {
    const a = [[0, 0]];
    const p = [[0.1, 0]];
    const n = [[3, 0]];
    expect(take(tripletLoss({ anchors: a, positives: p, negatives: n }))).toEqual([0]);
    const g = take(tf.grad((t: tf.Tensor) => tripletLoss({ anchors: t, positives: p, negatives: n }))(tf.tensor2d(a)));
    expect(g).toEqual([0, 0]);
  });

  it("identical embeddings: every triplet costs α; gradients are finite (zero for the Euclidean distance)", () => {
    const x = [[1, 2], [1, 2]];
    expectClose(take(tripletLoss({ anchors: x, positives: x, negatives: x, margin: 0.5, reduction: "none" })), [0.5, 0.5]);
    const g = take(tf.grad((t: tf.Tensor) => tripletLoss({ anchors: t, positives: x, negatives: x, distance: "euclidean" }))(tf.tensor2d(x)));
    expect(g).toEqual([0, 0, 0, 0]);
  });

  it("rejects α < 0, mismatched sizes and a bad reduction, naming function and argument", () => {
    const args = { anchors, positives, negatives };
    expect(() => tripletLoss({ ...args, margin: -0.1 })).toThrow(ValueError);
    expect(() => tripletLoss({ ...args, margin: -0.1 })).toThrow("losslab.tripletLoss: argument 'margin' must be a number >= 0, but got -0.1.");
    expect(() => tripletLoss({ ...args, negatives: randomMatrix(9, 2, 1) })).toThrow(
      "losslab.tripletLoss: argument 'negatives' must be embeddings of the same size d = 3 as 'anchors'",
    );
    expect(() => tripletLoss({ ...args, positives: randomMatrix(4, 3, 1) })).toThrow(ShapeError);
    expect(() => tripletLoss({ ...args, reduction: "avg" as never })).toThrow("argument 'reduction' must be one of 'none', 'mean', 'sum'");
  });
});

describe("batchTripletLoss (a batch with class labels)", () => {
  const e = randomMatrix(7, 2, 41, 0.7);
  const labels = [0, 1, 0, 1, 2, 0, 2];
  const validTriplets = () => {
    const out: [number, number, number][] = [];
    for (let a = 0; a < 7; a++)
      for (let p = 0; p < 7; p++)
        for (let n = 0; n < 7; n++) if (a !== p && labels[a] === labels[p] && labels[n] !== labels[a]) out.push([a, p, n]);
    return out;
  };

  it("default: every valid triplet, matching a loop over them (1e-6)", () => {
    const triplets = validTriplets();
    const t = allTriplets(labels);
    expect(Array.from(t.anchors, (a, k) => [a, t.positives[k], t.negatives[k]])).toEqual(triplets);
    for (const distance of names) {
      const per = triplets.map(([a, p, n]) => hinge(distance, e[a], e[p], e[n], 0.2));
      expectClose(take(batchTripletLoss({ embeddings: e, labels, distance, reduction: "none" })), per);
    }
  });

  it("given triplets: equals tripletLoss on the gathered rows; its gradient matches finite differences", () => {
    const triplets = { anchors: Int32Array.of(0, 2, 5, 3), positives: Int32Array.of(2, 5, 0, 1), negatives: Int32Array.of(1, 4, 6, 6) };
    const batch = (t: tf.Tensor) => batchTripletLoss({ embeddings: t, labels, triplets, margin: 1, reduction: "sum" });
    const explicit = tripletLoss({
      anchors: tf.gather(e, triplets.anchors), positives: tf.gather(e, triplets.positives), negatives: tf.gather(e, triplets.negatives),
      margin: 1, reduction: "sum",
    });
    expectClose(take(batch(tf.tensor2d(e))), take(explicit));
    const f = (v: number[]) => {
      const row = (i: number) => v.slice(2 * i, 2 * i + 2);
      return Array.from(triplets.anchors).reduce((s, a, k) => s + hinge("squaredEuclidean", row(a), row(triplets.positives[k]), row(triplets.negatives[k]), 1), 0);
    };
    expectClose(take(tf.grad(batch)(tf.tensor2d(e))), finiteDifferences(f, e.flat()), 1e-4);
  });

  it("no valid triplet (one class only; no positive pair): a differentiable zero, for mean and sum", () => {
    for (const lab of [[3, 3, 3, 3, 3, 3, 3], [0, 1, 2, 3, 4, 5, 6]]) {
      for (const reduction of ["mean", "sum"] as const) {
        const f = (t: tf.Tensor) => batchTripletLoss({ embeddings: t, labels: lab, reduction });
        expect(take(f(tf.tensor2d(e)))).toEqual([0]);
        expect(take(tf.grad(f)(tf.tensor2d(e)))).toEqual(new Array(14).fill(0));
      }
    }
  });

  it("rejects labels of the wrong length and invalid triplets", () => {
    expect(() => batchTripletLoss({ embeddings: e, labels: [0, 1, 0] })).toThrow(
      "losslab.batchTripletLoss: argument 'labels' must be 7 labels, one per row of 'embeddings', but got 3.",
    );
    const bad = { anchors: Int32Array.of(0), positives: Int32Array.of(2), negatives: Int32Array.of(5) };
    expect(() => batchTripletLoss({ embeddings: e, labels, triplets: bad })).toThrow(
      "argument 'triplets' must be valid triplets (positive: same label, other row; negative: other label), but got (0, 2, 5) with labels (0, 0, 0) at index [0].",
    );
    expect(() => batchTripletLoss({ embeddings: e, labels, margin: -1 })).toThrow("argument 'margin' must be a number >= 0");
    expect(() => batchTripletLoss({ embeddings: e, labels: [0, 1, 0, 1, 2, 0, 2.5] })).toThrow(
      "argument 'labels' must be integer class labels, but got 2.5 at index [6].",
    );
  });
});
