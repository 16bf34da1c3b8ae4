import { batchTripletLoss, mineSemiHard, mineSemiHardTfa, Rng, ValueError } from "losslab";
import { expectClose, randomMatrix, sqDist } from "../distances/reference";

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

// TensorFlow Addons' triplet_semihard_loss (tensorflow_addons/losses/triplet.py): per positive pair, the closest
// negative with D(a, n) > D(a, p), no margin cap; with none farther, the anchor's largest D(a, n).
// The same hand-worked batch (squared distances, TFA's margin α = 1):
//  (a, p)  D(a,p)  farther than D(a,p)          chosen   max(1 + D(a,p) − D(a,n), 0)
//  (0, 1)  1       2, 3, 4, 5: closest 5 (1.21)    5     0.79
//  (1, 0)  1       3, 4, 5: closest 4 (2.25)       4     0      (the course's miner: fallback 2)
//  (2, 3)  7.29    none: largest D is 5 (6.76)     5     1.53
//  (2, 4)  1       0, 5: closest 0 (2.25)          0     0      (course: fallback 1)
//  (3, 2)  7.29    none: largest 1 (4.84)          1     3.45
//  (3, 4)  13.69   none: largest 1 (4.84)          1     9.85
//  (4, 2)  1       0, 1, 5: closest 1 (2.25)       1     0      (course: no triplet)
//  (4, 3)  13.69   none: largest 5 (12.96)         5     1.73
//  TFA's loss: (0.79 + 1.53 + 3.45 + 9.85 + 1.73) / 8 positive pairs = 17.35 / 8 = 2.16875
describe("mineSemiHardTfa", () => {
  it("picks TFA's triplets on the hand-worked batch, and batchTripletLoss with them is TFA's loss", () => {
    const mined = mineSemiHardTfa({ embeddings: x, labels });
    expect(triplets(mined)).toEqual([[0, 1, 5], [1, 0, 4], [2, 3, 5], [2, 4, 0], [3, 2, 1], [3, 4, 1], [4, 2, 1], [4, 3, 5]]);
    expect(mined.candidates).toBe(8);
    const loss = batchTripletLoss({ embeddings: x, labels, triplets: mined, margin: 1, reduction: "mean" });
    expectClose(loss.dataSync()[0], 17.35 / 8, 1e-5);
    loss.dispose();
    // The course's variant differs on 3 of the 8 pairs and on the loss.
    const course = batchTripletLoss({ embeddings: x, labels, triplets: mineSemiHard({ embeddings: x, labels, margin: 1 }), margin: 1 });
    expect(Math.abs(course.dataSync()[0] - 17.35 / 8)).toBeGreaterThan(0.1);
    course.dispose();
  });

  // TFA's own test (triplet_test.py, test_semihard_tripled_loss): 10 uniform random 6-D embeddings, 4 classes,
  // margin 1, against its numpy reference triplet_semihard_loss_np, ported here line by line.
  const tfaReferenceLoss = (e: number[][], y: number[], margin: number) => {
    let loss = 0;
    let positives = 0;
    for (let i = 0; i < e.length; i++) {
      for (let j = 0; j < e.length; j++) {
        if (y[i] !== y[j] || i === j) continue;
        positives += 1;
        const pos = sqDist(e[i], e[j]);
        const negs = e.map((_, k) => k).filter((k) => y[k] !== y[i]).map((k) => sqDist(e[i], e[k])).sort((u, v) => u - v);
        let chosen = negs[0];
        for (const d of negs) {
          chosen = d;
          if (d > pos) break;
        }
        loss += Math.max(0, margin - chosen + pos);
      }
    }
    return loss / positives;
  };

  it("matches TFA's numpy reference on batches drawn like TFA's test", () => {
    const rng = new Rng(2019);
    for (let trial = 0; trial < 25; trial++) {
      const e = Array.from({ length: 10 }, () => Array.from({ length: 6 }, () => rng.next()));
      let y = Array.from({ length: 10 }, () => rng.int(4));
      if (new Set(y).size === 1) y = y.map((v, i) => (i === 0 ? (v + 1) % 4 : v));
      if (!y.some((v, i) => y.indexOf(v) !== i)) y[1] = y[0];
      const mined = mineSemiHardTfa({ embeddings: e, labels: y });
      expect(mined.anchors.length).toBe(mined.candidates);
      const loss = batchTripletLoss({ embeddings: e, labels: y, triplets: mined, margin: 1, reduction: "mean" });
      expectClose(loss.dataSync()[0], tfaReferenceLoss(e, y, 1), 1e-5);
      loss.dispose();
    }
  });

  it("one class only: no negative, no triplet; options are checked", () => {
    const one = mineSemiHardTfa({ embeddings: x, labels: [1, 1, 1, 1, 1, 1] });
    expect([one.anchors.length, one.candidates]).toEqual([0, 30]);
    expect(() => mineSemiHardTfa({ embeddings: x, labels, margin: 1 } as never)).toThrow(/mineSemiHardTfa: argument 'margin'/);
  });
});
