import { bestThreshold, rocAuc, scorePairs, ShapeError } from "losslab";
import { cosDist, expectClose, randomMatrix, sqDist } from "../distances/reference";

describe("scorePairs", () => {
  const e = randomMatrix(6, 3, 8);
  const labels = [0, 0, 1, 1, 2, 2];
  const pairs = { first: Int32Array.of(0, 0, 2, 5, 3), second: Int32Array.of(1, 2, 3, 4, 0) };

  it("cosine similarity by default, as a 'similarity' score; distances on request", () => {
    const s = scorePairs({ embeddings: e, labels, pairs });
    expect(s.kind).toBe("similarity");
    expect(Array.from(s.isSame)).toEqual([1, 0, 1, 1, 0]);
    expectClose(s.scores, Array.from(pairs.first, (i, k) => 1 - cosDist(e[i], e[pairs.second[k]])));
    const d = scorePairs({ embeddings: e, labels, pairs, score: "squaredEuclidean" });
    expect(d.kind).toBe("distance");
    expectClose(d.scores, Array.from(pairs.first, (i, k) => sqDist(e[i], e[pairs.second[k]])));
    // goes straight into the measures
    expect(rocAuc(s)).toBeGreaterThanOrEqual(0);
    expect(bestThreshold(d).accuracy).toBeGreaterThan(0);
  });

  it("scores the L1 (Manhattan) distance of the notes' traditional pipeline", () => {
    const d = scorePairs({ embeddings: e, labels, pairs, score: "manhattan" });
    expect(d.kind).toBe("distance");
    expectClose(d.scores, Array.from(pairs.first, (i, k) => e[i].reduce((s, v, j) => s + Math.abs(v - e[pairs.second[k]][j]), 0)));
  });

  it("rejects pairs of different lengths and labels of the wrong length", () => {
    expect(() => scorePairs({ embeddings: e, labels, pairs: { first: Int32Array.of(0), second: Int32Array.of(1, 2) } })).toThrow(ShapeError);
    expect(() => scorePairs({ embeddings: e, labels: [0, 1], pairs })).toThrow(
      "losslab.scorePairs: argument 'labels' must be 6 labels, one per row of 'embeddings', but got 2.",
    );
  });
});
