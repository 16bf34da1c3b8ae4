// FixedSetOfTriplets against pytorch-metric-learning 2.9.0's own sampler (tests/fixtures/pml/pml_reference_extra.json,
// scripts/fixtures/pml_reference_extra.py) in what does not depend on the draws: valid triplets, classes (not
// samples) equally likely as anchor and negative class on imbalanced classes, a single-sample class's anchor
// as its own positive, an epoch being the fixed triplets shuffled; seeded draws; refusals.
import { FixedSetOfTriplets, ValueError } from "losslab";
import { expectRefused } from "../pml/fixture";
import { pmlExtra } from "../pml/fixture_extra";

const ref = pmlExtra.fixedSetOfTriplets;
const labels: number[] = ref.labels;
const share = (xs: number[], c: number) => xs.filter((x) => x === c).length / xs.length;

describe("FixedSetOfTriplets: pml 2.9.0's structure and class shares", () => {
  const sampler = new FixedSetOfTriplets({ labels, numTriplets: ref.numTriplets, seed: 1 });

  it("holds valid triplets, as many as asked, and an epoch of 3 · numTriplets indices as pml's", () => {
    expect(ref.valid).toBe(true);
    expect(sampler.triplets.length).toBe(ref.numTriplets);
    expect(sampler.length).toBe(ref.length);
    for (const [a, p, n] of sampler.triplets) {
      expect(labels[a]).toBe(labels[p]);
      expect(labels[n]).not.toBe(labels[a]);
    }
  });

  it("draws classes, not samples, uniformly: anchor and negative class shares within 0.03 of pml's (6000 triplets; classes of 20, 2, 1, 5 samples)", () => {
    const anchors = sampler.triplets.map(([a]) => labels[a]);
    const negatives = sampler.triplets.map(([, , n]) => labels[n]);
    for (let c = 0; c < 4; c++) {
      expect(Math.abs(share(anchors, c) - ref.anchorClassShare[c])).toBeLessThan(0.03);
      expect(Math.abs(share(negatives, c) - ref.negativeClassShare[c])).toBeLessThan(0.03);
    }
    const same = sampler.triplets.filter(([a, p]) => a === p);
    expect(Math.abs(same.length / ref.numTriplets - ref.samePositiveShare)).toBeLessThan(0.03);
    expect(same.every(([a]) => labels.filter((l) => l === labels[a]).length === 1)).toBe(true); // only the single-sample class
  });

  it("an epoch is the fixed triplets in a new order each time; the same seed gives the same set", () => {
    expect(ref.epochIsShuffledTriplets).toBe(true);
    const key = (t: number[]) => t.join(",");
    const sorted = sampler.triplets.map(key).sort();
    const first = sampler.sample(), second = sampler.sample();
    const asTriplets = (e: Int32Array) => Array.from({ length: e.length / 3 }, (_, k) => key(Array.from(e.slice(3 * k, 3 * k + 3)))).sort();
    expect(asTriplets(first)).toEqual(sorted);
    expect(asTriplets(second)).toEqual(sorted);
    expect(Array.from(first)).not.toEqual(Array.from(second));
    expect(new FixedSetOfTriplets({ labels, numTriplets: ref.numTriplets, seed: 1 }).triplets).toEqual(sampler.triplets);
  });

  it("refuses one class, a bad count and unknown options", () => {
    expectRefused(() => new FixedSetOfTriplets({ labels: [3, 3, 3], numTriplets: 5 }), ValueError, /FixedSetOfTriplets: argument 'labels' must be samples of at least 2 classes/);
    expectRefused(() => new FixedSetOfTriplets({ labels, numTriplets: 0 }), ValueError, /FixedSetOfTriplets: argument 'numTriplets' must be an integer >= 1/);
    expectRefused(() => new FixedSetOfTriplets({ labels, num_triplets: 5 } as never), Error, /did you mean 'numTriplets'/);
  });
});
