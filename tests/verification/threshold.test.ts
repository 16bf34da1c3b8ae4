import { accuracyAtThreshold, bestThreshold, InputTypeError, Rng, ShapeError } from "losslab";

/** Accuracy of the rule "same when d < t" (distance) or "same when s > t" (similarity). */
const accuracyAt = (scores: number[], isSame: number[], t: number, kind: "distance" | "similarity") =>
  scores.filter((s, i) => (kind === "distance" ? s < t : s > t) === (isSame[i] === 1)).length / scores.length;

describe("bestThreshold", () => {
  const rng = new Rng(5);
  const isSame = Array.from({ length: 150 }, () => (rng.next() < 0.5 ? 1 : 0));
  const scores = isSame.map((s) => Math.round(20 * (rng.normal() + (s ? 0 : 1.5))) / 20);

  it.each(["distance", "similarity"] as const)("%s: the accuracy is the best over every possible threshold (brute force)", (kind) => {
    const signed = kind === "distance" ? scores : scores.map((s) => -s);
    const r = bestThreshold({ scores: signed, isSame, kind });
    const candidates = [-Infinity, Infinity, ...signed.flatMap((s) => [s - 1e-9, s + 1e-9])];
    const best = Math.max(...candidates.map((t) => accuracyAt(signed, isSame, t, kind)));
    expect(r.accuracy).toBeCloseTo(best, 12);
    // the reported threshold achieves it with the stated rule, and lies between scores
    expect(accuracyAt(signed, isSame, r.threshold, kind)).toBeCloseTo(r.accuracy, 12);
    expect(signed).not.toContain(r.threshold);
    const tp = signed.filter((s, i) => isSame[i] && (kind === "distance" ? s < r.threshold : s > r.threshold)).length;
    expect(r.truePositiveRate).toBeCloseTo(tp / isSame.filter((s) => s).length, 12);
  });

  it("separable scores: accuracy 1 with a threshold in the gap, the notes' d < t for the same class", () => {
    const r = bestThreshold({ scores: [0.2, 0.4, 1.0, 1.6], isSame: [1, 1, 0, 0] });
    expect(r).toEqual({ threshold: 0.7, accuracy: 1, truePositiveRate: 1, trueNegativeRate: 1 });
  });

  it("when calling every pair 'different' is best, the threshold is −Infinity (distance)", () => {
    const r = bestThreshold({ scores: [0.1, 0.2, 0.3], isSame: [0, 0, 0] });
    expect(r.threshold).toBe(-Infinity);
    expect(r.accuracy).toBe(1);
    expect(r.truePositiveRate).toBeNaN();
  });

  it("rejects an empty list", () => {
    expect(() => bestThreshold({ scores: [], isSame: [] })).toThrow(ShapeError);
    expect(() => bestThreshold({ scores: [], isSame: [] })).toThrow("losslab.bestThreshold: argument 'scores' must be at least one pair, but got none.");
  });
});

describe("accuracyAtThreshold", () => {
  const rng = new Rng(6);
  const isSame = Array.from({ length: 120 }, () => (rng.next() < 0.5 ? 1 : 0));
  const scores = isSame.map((s) => rng.normal() + (s ? 0 : 1.5));

  it.each(["distance", "similarity"] as const)("%s: the accuracy and rates of the stated rule at a given t", (kind) => {
    const signed = kind === "distance" ? scores : scores.map((s) => -s);
    for (const t of [-1, 0.3, 0.75, 2]) {
      const tt = kind === "distance" ? t : -t;
      const r = accuracyAtThreshold({ scores: signed, isSame, kind }, tt);
      expect(r.threshold).toBe(tt);
      expect(r.accuracy).toBeCloseTo(accuracyAt(signed, isSame, tt, kind), 12);
      const says = signed.map((s) => (kind === "distance" ? s < tt : s > tt));
      const positives = isSame.filter((s) => s).length;
      expect(r.truePositiveRate).toBeCloseTo(says.filter((v, i) => v && isSame[i]).length / positives, 12);
      expect(r.trueNegativeRate).toBeCloseTo(says.filter((v, i) => !v && !isSame[i]).length / (isSame.length - positives), 12);
    }
  });

  it("at the best threshold it reproduces bestThreshold, and ±Infinity thresholds are allowed", () => {
    const best = bestThreshold({ scores, isSame });
    expect(accuracyAtThreshold({ scores, isSame }, best.threshold)).toEqual(best);
    expect(accuracyAtThreshold({ scores, isSame }, Infinity).truePositiveRate).toBe(1);
    expect(accuracyAtThreshold({ scores, isSame }, -Infinity).trueNegativeRate).toBe(1);
  });

  it("a score equal to t counts as 'different' for a distance (d < t is the rule)", () => {
    expect(accuracyAtThreshold({ scores: [0.5, 0.5], isSame: [1, 0] }, 0.5)).toMatchObject({ accuracy: 0.5, truePositiveRate: 0, trueNegativeRate: 1 });
  });

  it("rejects a threshold that is not a number", () => {
    expect(() => accuracyAtThreshold({ scores, isSame }, NaN)).toThrow(InputTypeError);
    expect(() => accuracyAtThreshold({ scores, isSame }, "0.5" as never)).toThrow(/threshold/);
  });
});
