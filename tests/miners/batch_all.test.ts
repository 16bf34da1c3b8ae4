import { allTriplets, mineBatchAll, ShapeError, tf } from "losslab";
import { randomMatrix, sqDist } from "../distances/reference";

describe("allTriplets and mineBatchAll", () => {
  const labels = [0, 1, 0, 1, 2, 0];

  it("allTriplets lists every (a, p, n) with a ≠ p of one class and n of another, and nothing else", () => {
    const t = allTriplets(labels);
    const expected: number[][] = [];
    for (let a = 0; a < 6; a++)
      for (let p = 0; p < 6; p++)
        for (let n = 0; n < 6; n++) if (a !== p && labels[a] === labels[p] && labels[n] !== labels[a]) expected.push([a, p, n]);
    expect(Array.from(t.anchors, (a, k) => [a, t.positives[k], t.negatives[k]])).toEqual(expected);
    // class 0: 3·2 ordered pairs × 3 negatives; class 1: 2 × 4; class 2: none
    expect(expected.length).toBe(6 * 3 + 2 * 4);
  });

  it("mineBatchAll keeps the valid triplets with D(a,p) − D(a,n) + α > 0", () => {
    const e = randomMatrix(6, 2, 5);
    const mined = mineBatchAll({ embeddings: e, labels, margin: 0.5 });
    const all = allTriplets(labels);
    const keep = Array.from(all.anchors, (a, k) => [a, all.positives[k], all.negatives[k]]).filter(
      ([a, p, n]) => sqDist(e[a], e[p]) - sqDist(e[a], e[n]) + 0.5 > 0,
    );
    expect(Array.from(mined.anchors, (a, k) => [a, mined.positives[k], mined.negatives[k]])).toEqual(keep);
    expect(mined.candidates).toBe(all.anchors.length);
    expect(keep.length).toBeGreaterThan(0);
    expect(keep.length).toBeLessThan(all.anchors.length);
  });

  it("no triplet for one class only or for singletons; an empty batch is fine", () => {
    expect(allTriplets([1, 1, 1]).anchors.length).toBe(0);
    expect(allTriplets([1, 2, 3]).anchors.length).toBe(0);
    expect(mineBatchAll({ embeddings: [[0, 0], [1, 1]], labels: [4, 4] }).candidates).toBe(0);
    expect(mineBatchAll({ embeddings: tf.zeros([0, 2]), labels: [] }).anchors.length).toBe(0);
  });

  it("rejects embeddings that are not a matrix", () => {
    expect(() => mineBatchAll({ embeddings: [1, 2, 3], labels: [0, 1, 2] })).toThrow(ShapeError);
    expect(() => mineBatchAll({ embeddings: [1, 2, 3], labels: [0, 1, 2] })).toThrow("losslab.mineBatchAll: argument 'embeddings' must be a tensor of rank 2");
  });
});
