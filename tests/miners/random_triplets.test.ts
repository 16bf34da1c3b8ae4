import { drawRandomTriplets, mineRandomTriplets, Rng, TRIPLET_CATEGORY_LABELS, tripletCategory } from "losslab";
import { keptByNotesRule } from "losslab/internal";
import { randomMatrix, sqDist } from "../distances/reference";

describe("mineRandomTriplets (the notes' online semi-hard mining)", () => {
  const e = randomMatrix(20, 2, 17);
  const labels = Array.from({ length: 20 }, (_, i) => i % 4);

  it("draws 1000 valid random triplets and keeps those with D(A,N) − D(A,P) < α and D(A,N) > D(A,P)", () => {
    const mined = mineRandomTriplets({ embeddings: e, labels, margin: 1, seed: 3 });
    const { drawn } = mined;
    expect(mined.candidates).toBe(1000);
    expect(drawn.anchors.length).toBe(1000);
    const kept: number[][] = [];
    drawn.anchors.forEach((a, k) => {
      const [p, n] = [drawn.positives[k], drawn.negatives[k]];
      expect(p).not.toBe(a);
      expect(labels[p]).toBe(labels[a]);
      expect(labels[n]).not.toBe(labels[a]);
      const dap = sqDist(e[a], e[p]);
      const dan = sqDist(e[a], e[n]);
      if (dan - dap < 1 && dan > dap) kept.push([a, p, n]);
    });
    expect(Array.from(mined.anchors, (a, k) => [a, mined.positives[k], mined.negatives[k]])).toEqual(kept);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(1000);
  });

  it("is reproducible from a seed, and draws anew from a shared Rng", () => {
    const a = mineRandomTriplets({ embeddings: e, labels, count: 50, seed: 9 });
    const b = mineRandomTriplets({ embeddings: e, labels, count: 50, seed: 9 });
    expect(b.drawn.negatives).toEqual(a.drawn.negatives);
    const rng = new Rng(9);
    const first = mineRandomTriplets({ embeddings: e, labels, count: 50, seed: rng });
    const second = mineRandomTriplets({ embeddings: e, labels, count: 50, seed: rng });
    expect(first.drawn.negatives).toEqual(a.drawn.negatives);
    expect(second.drawn.negatives).not.toEqual(first.drawn.negatives);
  });

  it("draws every valid triplet with similar frequency (anchor, positive, negative uniform)", () => {
    const y = [0, 0, 1, 1, 1];
    const counts = new Map<string, number>();
    const mined = mineRandomTriplets({ embeddings: randomMatrix(5, 2, 1), labels: y, count: 8000, seed: 1 });
    mined.drawn.anchors.forEach((a, k) => {
      const key = `${a},${mined.drawn.positives[k]},${mined.drawn.negatives[k]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
    // anchors 0 and 1: 1 positive × 3 negatives; anchors 2-4: 2 positives × 2 negatives; each anchor 1/5 of the draws
    expect(counts.size).toBe(2 * 3 + 3 * 4);
    counts.forEach((c, key) => {
      const expected = Number(key.split(",")[0]) < 2 ? 8000 / 5 / 3 : 8000 / 5 / 4;
      expect(Math.abs(c - expected)).toBeLessThan(0.2 * expected);
    });
  });

  it("a batch with no valid triplet (one class only) draws nothing", () => {
    const mined = mineRandomTriplets({ embeddings: e, labels: new Array(20).fill(1) });
    expect([mined.candidates, mined.anchors.length]).toEqual([0, 0]);
  });

  it("rejects a negative count or margin", () => {
    expect(() => mineRandomTriplets({ embeddings: e, labels, count: -5 })).toThrow(
      "losslab.mineRandomTriplets: argument 'count' must be an integer >= 0 and <= 10000000, but got -5.",
    );
    expect(() => mineRandomTriplets({ embeddings: e, labels, margin: -0.2 })).toThrow("argument 'margin' must be a number >= 0");
  });
});

describe("tripletCategory and keptByNotesRule", () => {
  it("split triplets into easy, semi-hard and hard, with both ends of the band excluded", () => {
    expect(tripletCategory(0.09, 1, 0.2)).toBe("easy");
    expect(tripletCategory(0.09, 0.1225, 0.2)).toBe("semiHard");
    expect(tripletCategory(0.09, 0.05, 0.2)).toBe("hard");
    expect(tripletCategory(0.5, 0.5, 0.25)).toBe("hard"); // D(A,N) = D(A,P): ② fails
    expect(tripletCategory(0.5, 0.75, 0.25)).toBe("easy"); // D(A,N) − D(A,P) = α: ① fails, loss exactly 0
    expect(tripletCategory(0.2, 0.3, 0)).toBe("easy"); // α = 0: nothing is semi-hard
    expect(keptByNotesRule(0.09, 0.1225, 0.2)).toBe(true);
    expect(keptByNotesRule(0.5, 0.75, 0.25)).toBe(false);
    expect(TRIPLET_CATEGORY_LABELS.semiHard).toBe("semi-hard");
  });
});

describe("drawRandomTriplets", () => {
  it("draws valid triplets from labels alone, the same ones as mineRandomTriplets for the same seed", () => {
    const y = Int32Array.from({ length: 20 }, (_, i) => i % 4);
    const t = drawRandomTriplets(y, 100, new Rng(3));
    expect(t.anchors).toHaveLength(100);
    t.anchors.forEach((a, k) => {
      expect(t.positives[k]).not.toBe(a);
      expect(y[t.positives[k]]).toBe(y[a]);
      expect(y[t.negatives[k]]).not.toBe(y[a]);
    });
    const mined = mineRandomTriplets({ embeddings: randomMatrix(20, 2, 1), labels: y, count: 100, seed: 3 });
    expect(mined.drawn.negatives).toEqual(t.negatives);
    expect(drawRandomTriplets(Int32Array.from([1, 1]), 10, new Rng(0)).anchors).toHaveLength(0);
  });
});
