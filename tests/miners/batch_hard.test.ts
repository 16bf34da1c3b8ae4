import { mineBatchHard, Rng, tf } from "losslab";
import { distances, randomMatrix } from "../distances/reference";

describe("mineBatchHard", () => {
  it("the hand-worked line batch: farthest positive and closest negative per anchor", () => {
    // x = 0, 1, 1.5, −1.2, 2.5, −1.1 with labels A A B B B C (see semi_hard.test.ts for the distances)
    const mined = mineBatchHard({ embeddings: [[0], [1], [1.5], [-1.2], [2.5], [-1.1]], labels: [0, 0, 1, 1, 1, 2] });
    const got = Array.from(mined.anchors, (a, k) => [a, mined.positives[k], mined.negatives[k]]);
    expect(got).toEqual([[0, 1, 5], [1, 0, 2], [2, 3, 1], [3, 4, 5], [4, 3, 1]]); // row 5 has no positive
    expect(mined.candidates).toBe(6);
  });

  it.each(["squaredEuclidean", "euclidean", "cosine"] as const)("%s: agrees with a brute-force arg max / arg min", (distance) => {
    const rng = new Rng(3);
    const e = randomMatrix(15, 3, 9);
    const y = Array.from({ length: 15 }, () => rng.int(4));
    const mined = mineBatchHard({ embeddings: e, labels: y, distance });
    const D = (i: number, j: number) => distances[distance](e[i], e[j]);
    let k = 0;
    for (let a = 0; a < 15; a++) {
      const pos = [...Array(15).keys()].filter((j) => j !== a && y[j] === y[a]);
      const neg = [...Array(15).keys()].filter((j) => y[j] !== y[a]);
      if (!pos.length || !neg.length) continue;
      expect(mined.anchors[k]).toBe(a);
      expect(D(a, mined.positives[k])).toBeCloseTo(Math.max(...pos.map((j) => D(a, j))), 5);
      expect(D(a, mined.negatives[k])).toBeCloseTo(Math.min(...neg.map((j) => D(a, j))), 5);
      k++;
    }
    expect(mined.anchors.length).toBe(k);
  });

  it("ties go to the lowest index (duplicated points), chosen on the device with nothing left behind", () => {
    const before = tf.memory().numTensors;
    // rows 1 and 2 are the same point (both positives of 0), rows 3 and 4 too (both negatives of 0)
    const mined = mineBatchHard({ embeddings: [[0], [1], [1], [2], [2]], labels: [0, 0, 0, 1, 1] });
    expect(Array.from(mined.anchors, (a, k) => [a, mined.positives[k], mined.negatives[k]])).toEqual([[0, 1, 3], [1, 0, 3], [2, 0, 3], [3, 4, 1], [4, 3, 1]]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("a batch of one class has no negatives: no triplet", () => {
    expect(mineBatchHard({ embeddings: [[0], [1]], labels: [2, 2] }).anchors.length).toBe(0);
  });
});
