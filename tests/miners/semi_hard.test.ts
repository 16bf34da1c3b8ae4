import { mineSemiHard, Rng, ValueError } from "losslab";
import { randomMatrix, sqDist } from "../distances/reference";

// A batch on a line, worked out by hand. Squared distances D, margin α = 1.
//   row:    0    1    2    3     4    5
//   label:  A    A    B    B     B    C
//   x:      0    1    1.5  −1.2  2.5  −1.1
const x = [[0], [1], [1.5], [-1.2], [2.5], [-1.1]];
const labels = [0, 0, 1, 1, 1, 2];
//  (a, p)  D(a,p)  D(a,n) of the negatives                 semi-hard band (D_ap, D_ap + 1)   chosen
//  (0, 1)  1       2: 2.25  3: 1.44  4: 6.25  5: 1.21       3 and 5 inside: the closer, 5     5
//  (1, 0)  1       2: 0.25  3: 4.84  4: 2.25  5: 4.41       none; hard (≤ 1): 2               fallback 2
//  (2, 3)  7.29    0: 2.25  1: 0.25  5: 6.76                none; all hard, mildest 5         fallback 5
//  (2, 4)  1       0: 2.25  1: 0.25  5: 6.76                none; hard: 1                     fallback 1
//  (3, 2)  7.29    0: 1.44  1: 4.84  5: 0.01                none; mildest hard 1              fallback 1
//  (3, 4)  13.69   0: 1.44  1: 4.84  5: 0.01                none; mildest hard 1              fallback 1
//  (4, 2)  1       0: 6.25  1: 2.25  5: 12.96               none; no hard one either (all easy) no triplet
//  (4, 3)  13.69   0: 6.25  1: 2.25  5: 12.96               none; mildest hard 5              fallback 5
const triplets = (t: { anchors: Int32Array; positives: Int32Array; negatives: Int32Array }) =>
  Array.from(t.anchors, (a, k) => [a, t.positives[k], t.negatives[k]]);

describe("mineSemiHard", () => {
  it("picks exactly the triplets of the hand-worked batch, with the 'hard' fallback", () => {
    const mined = mineSemiHard({ embeddings: x, labels, margin: 1 });
    expect(triplets(mined)).toEqual([[0, 1, 5], [1, 0, 2], [2, 3, 5], [2, 4, 1], [3, 2, 1], [3, 4, 1], [4, 3, 5]]);
    expect(mined.candidates).toBe(8); // ordered positive pairs: 2 of class A, 6 of class B
  });

  it("without fallback only the truly semi-hard triplet remains", () => {
    expect(triplets(mineSemiHard({ embeddings: x, labels, margin: 1, fallback: "none" }))).toEqual([[0, 1, 5]]);
  });

  it("on random batches, every choice agrees with the definition checked by brute force", () => {
    const rng = new Rng(7);
    for (let trial = 0; trial < 20; trial++) {
      const e = randomMatrix(12, 2, 100 + trial);
      const y = Array.from({ length: 12 }, () => rng.int(3));
      const alpha = 0.5 + rng.next();
      const mined = mineSemiHard({ embeddings: e, labels: y, margin: alpha });
      const expected: number[][] = [];
      for (let a = 0; a < 12; a++) {
        for (let p = 0; p < 12; p++) {
          if (a === p || y[a] !== y[p]) continue;
          const dap = sqDist(e[a], e[p]);
          const negatives = [...Array(12).keys()].filter((n) => y[n] !== y[a]);
          const semi = negatives.filter((n) => sqDist(e[a], e[n]) > dap && sqDist(e[a], e[n]) < dap + alpha);
          const hard = negatives.filter((n) => sqDist(e[a], e[n]) <= dap);
          const by = (f: (u: number, v: number) => boolean) => (list: number[]) => list.reduce((b, n) => (f(sqDist(e[a], e[n]), sqDist(e[a], e[b])) ? n : b));
          if (semi.length) expected.push([a, p, by((u, v) => u < v)(semi)]);
          else if (hard.length) expected.push([a, p, by((u, v) => u > v)(hard)]);
        }
      }
      expect(triplets(mined)).toEqual(expected);
    }
  });

  it("one class only, or no positive pair: no triplet", () => {
    expect(mineSemiHard({ embeddings: x, labels: [1, 1, 1, 1, 1, 1] }).anchors.length).toBe(0);
    const none = mineSemiHard({ embeddings: x, labels: [0, 1, 2, 3, 4, 5] });
    expect([none.anchors.length, none.candidates]).toEqual([0, 0]);
  });

  it("rejects α < 0, an unknown fallback and labels of the wrong length", () => {
    expect(() => mineSemiHard({ embeddings: x, labels, margin: -1 })).toThrow(ValueError);
    expect(() => mineSemiHard({ embeddings: x, labels, margin: -1 })).toThrow("losslab.mineSemiHard: argument 'margin' must be a number >= 0, but got -1.");
    expect(() => mineSemiHard({ embeddings: x, labels, fallback: "easy" as never })).toThrow("argument 'fallback' must be one of 'hard', 'none'");
    expect(() => mineSemiHard({ embeddings: x, labels: [0, 1] })).toThrow("losslab.mineSemiHard: argument 'labels' must be 6 labels, one per row of 'embeddings', but got 2.");
  });
});
