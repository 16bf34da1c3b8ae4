import { Rng, samplePairs, sameClassPairShare, ValueError } from "losslab";

describe("samplePairs", () => {
  const labels = Array.from({ length: 100 }, (_, i) => i % 10); // 10 classes: random pairs would be 10% positive

  it("gives round(count · 0.5) positive pairs, valid, in random order, with the notes' y = 1 − same", () => {
    const pairs = samplePairs({ labels, count: 64, seed: 2 });
    expect(pairs.first.length).toBe(64);
    expect(pairs.same.reduce((s, v) => s + v, 0)).toBe(32);
    pairs.first.forEach((i, k) => {
      const j = pairs.second[k];
      expect(i).not.toBe(j);
      expect(pairs.same[k]).toBe(labels[i] === labels[j] ? 1 : 0);
      expect(pairs.y[k]).toBe(1 - pairs.same[k]);
    });
    // not all positives first
    expect(Array.from(pairs.same.slice(0, 32)).every((s) => s === 1)).toBe(false);
    const third = samplePairs({ labels, count: 9, positiveFraction: 1 / 3, seed: 2 });
    expect(third.same.reduce((s, v) => s + v, 0)).toBe(3);
  });

  it("is reproducible from a seed and draws anew from a shared Rng", () => {
    expect(samplePairs({ labels, count: 20, seed: 4 })).toEqual(samplePairs({ labels, count: 20, seed: 4 }));
    const rng = new Rng(4);
    const a = samplePairs({ labels, count: 20, seed: rng });
    const b = samplePairs({ labels, count: 20, seed: rng });
    expect(b.first).not.toEqual(a.first);
  });

  it("partners are uniform within a class and across the other classes", () => {
    const y = [0, 0, 0, 1, 1, 2];
    const pairs = samplePairs({ labels: y, count: 12000, seed: 8 });
    const positivePartners = new Map<number, number>();
    const negativePartnersOf0 = new Map<number, number>();
    pairs.first.forEach((i, k) => {
      const j = pairs.second[k];
      if (pairs.same[k] === 1 && i === 0) positivePartners.set(j, (positivePartners.get(j) ?? 0) + 1);
      if (pairs.same[k] === 0 && i === 0) negativePartnersOf0.set(j, (negativePartnersOf0.get(j) ?? 0) + 1);
    });
    expect([...positivePartners.keys()].sort()).toEqual([1, 2]);
    expect(Math.abs(positivePartners.get(1)! - positivePartners.get(2)!)).toBeLessThan(0.15 * positivePartners.get(1)!);
    expect([...negativePartnersOf0.keys()].sort()).toEqual([3, 4, 5]);
    const counts = [...negativePartnersOf0.values()];
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThan(0.2 * Math.max(...counts));
  });

  it("edge cases: one class only → all positive; singletons → all negative; one sample → no pair", () => {
    expect(Array.from(samplePairs({ labels: [3, 3, 3], count: 4 }).same)).toEqual([1, 1, 1, 1]);
    expect(Array.from(samplePairs({ labels: [0, 1, 2], count: 4 }).same)).toEqual([0, 0, 0, 0]);
    expect(samplePairs({ labels: [7], count: 4 }).first.length).toBe(0);
  });

  it("rejects a fraction outside [0, 1], a negative count and non-integer labels", () => {
    expect(() => samplePairs({ labels, count: 4, positiveFraction: 1.5 })).toThrow(ValueError);
    expect(() => samplePairs({ labels, count: 4, positiveFraction: 1.5 })).toThrow(
      "losslab.samplePairs: argument 'positiveFraction' must be a number >= 0 and <= 1, but got 1.5.",
    );
    expect(() => samplePairs({ labels, count: -1 })).toThrow("argument 'count' must be an integer >= 0");
    expect(() => samplePairs({ labels: [0, "a"] as never, count: 1 })).toThrow("losslab.samplePairs: argument 'labels[1]' must be a number");
  });
});

describe("sameClassPairShare", () => {
  it("is the share of same-class pairs among all pairs i < j (what random pairing gives)", () => {
    // 10 balanced classes of 10: 10·C(10, 2) = 450 same-class pairs of C(100, 2) = 4950
    expect(sameClassPairShare(Array.from({ length: 100 }, (_, i) => i % 10))).toBeCloseTo(450 / 4950, 15);
    expect(sameClassPairShare([3, 3, 3])).toBe(1);
    expect(sameClassPairShare([0, 1, 2])).toBe(0);
    expect(Number.isNaN(sameClassPairShare([5]))).toBe(true);
  });

  it("agrees with a brute-force count", () => {
    const rng = new Rng(2);
    const y = Array.from({ length: 37 }, () => rng.int(5));
    let same = 0;
    for (let i = 0; i < y.length; i++) for (let j = i + 1; j < y.length; j++) same += y[i] === y[j] ? 1 : 0;
    expect(sameClassPairShare(y)).toBeCloseTo(same / ((37 * 36) / 2), 15);
  });
});
