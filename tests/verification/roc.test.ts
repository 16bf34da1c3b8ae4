import { Rng, rocAuc, rocCurve, tarAtFar, ShapeError, ValueError } from "losslab";

/** AUC by its definition: over all (same, different) pairs of pairs, 1 if the same-class one looks more similar, ½ on a tie. */
function bruteForceAuc(scores: number[], isSame: number[], kind: "distance" | "similarity"): number {
  let total = 0;
  let count = 0;
  scores.forEach((s, i) => {
    if (!isSame[i]) return;
    scores.forEach((t, j) => {
      if (isSame[j]) return;
      const better = kind === "distance" ? s < t : s > t;
      total += better ? 1 : s === t ? 0.5 : 0;
      count += 1;
    });
  });
  return total / count;
}

describe("rocAuc and rocCurve", () => {
  const rng = new Rng(12);
  // scores rounded to one decimal so that ties happen, same-class pairs a little closer on average
  const isSame = Array.from({ length: 200 }, () => (rng.next() < 0.4 ? 1 : 0));
  const scores = isSame.map((s) => Math.round(10 * (rng.normal() + (s ? 0 : 0.8))) / 10);

  it.each(["distance", "similarity"] as const)("%s scores: AUC equals brute-force pair counting, ties counted ½", (kind) => {
    const signed = kind === "distance" ? scores : scores.map((s) => -s);
    const auc = rocAuc({ scores: signed, isSame, kind });
    expect(Math.abs(auc - bruteForceAuc(signed, isSame, kind))).toBeLessThan(1e-12);
    expect(auc).toBeGreaterThan(0.6);
  });

  it("perfect, reversed and uninformative scores give 1, 0 and ½", () => {
    expect(rocAuc({ scores: [0.1, 0.2, 0.8, 0.9], isSame: [1, 1, 0, 0] })).toBe(1);
    expect(rocAuc({ scores: [0.1, 0.2, 0.8, 0.9], isSame: [0, 0, 1, 1] })).toBe(0);
    expect(rocAuc({ scores: [0.5, 0.5, 0.5], isSame: [true, false, true] })).toBe(0.5);
  });

  it("the curve runs from (0, 0) to (1, 1), never going down, one point per distinct score", () => {
    const c = rocCurve({ scores, isSame });
    expect([c.fpr[0], c.tpr[0], c.fpr[c.fpr.length - 1], c.tpr[c.tpr.length - 1]]).toEqual([0, 0, 1, 1]);
    expect(c.fpr.length).toBe(new Set(scores).size + 1);
    for (let k = 1; k < c.fpr.length; k++) {
      expect(c.fpr[k]).toBeGreaterThanOrEqual(c.fpr[k - 1]);
      expect(c.tpr[k]).toBeGreaterThanOrEqual(c.tpr[k - 1]);
      expect(c.thresholds[k]).toBeGreaterThan(c.thresholds[k - 1]); // distances: the threshold grows
    }
    expect(c.thresholds[0]).toBe(-Infinity);
  });

  it("needs both kinds of pairs, and rejects mismatched or bad input", () => {
    expect(() => rocAuc({ scores: [1, 2], isSame: [1, 1] })).toThrow(ValueError);
    expect(() => rocAuc({ scores: [1, 2], isSame: [1, 1] })).toThrow(
      "losslab.rocAuc: argument 'isSame' must be at least one same-class and one different-class pair, but got 2 same and 0 different.",
    );
    expect(() => rocAuc({ scores: [1, 2, 3], isSame: [1, 0] })).toThrow(ShapeError);
    expect(() => rocAuc({ scores: [1, 2, 3], isSame: [1, 0] })).toThrow("argument 'isSame' must be as many entries as 'scores' (3), but got 2.");
    expect(() => rocAuc({ scores: [1, NaN], isSame: [1, 0] })).toThrow("argument 'scores' must be finite numbers, but got NaN at index [1].");
    expect(() => rocAuc({ scores: [1, 2], isSame: [1, 2] })).toThrow("argument 'isSame' must be 0, 1, true or false, but got 2 at index [1].");
    expect(() => rocAuc({ scores: [1, 2], isSame: [1, 0], kind: "score" as never })).toThrow("argument 'kind' must be one of 'distance', 'similarity'");
  });
});

describe("tarAtFar", () => {
  // similarities, most similar first: 0.9 S, 0.85 D, 0.8 S, 0.4 S, 0.3 D, 0.2 D, 0.1 D (3 same, 4 different pairs)
  const input = { scores: [0.9, 0.8, 0.4, 0.85, 0.3, 0.2, 0.1], isSame: [1, 1, 1, 0, 0, 0, 0], kind: "similarity" as const };
  it("is the largest TPR at an FPR no larger than the given FAR, computed by hand", () => {
    expect(tarAtFar(input, 0)).toBeCloseTo(1 / 3, 12); // only 0.9 accepted before the first different pair
    expect(tarAtFar(input, 0.2)).toBeCloseTo(1 / 3, 12); // 1/4 of the different pairs is already too many
    expect(tarAtFar(input, 0.25)).toBe(1); // accept down to 0.4: one different pair of four
    expect(tarAtFar(input, 1)).toBe(1);
  });
  it("works on distances too, and checks FAR", () => {
    const distances = { scores: [0.1, 0.2, 0.6, 0.15, 0.7, 0.8, 0.9], isSame: [1, 1, 1, 0, 0, 0, 0] };
    expect(tarAtFar(distances, 0)).toBeCloseTo(1 / 3, 12);
    expect(tarAtFar(distances, 0.25)).toBe(1);
    expect(() => tarAtFar(input, 1.5)).toThrow(ValueError);
  });
});
