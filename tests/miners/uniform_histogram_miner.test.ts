// UniformHistogramMiner against pytorch-metric-learning 2.9.0 (tests/fixtures/pml/pml_reference_extra.json,
// scripts/fixtures/pml_reference_extra.py) in what does not depend on the random draws: how many pairs,
// and that each block of draws comes from one bin of pml's histogram, bins in increasing order.
import { UniformHistogramMiner, ValueError, tf } from "losslab";
import { expectRefused, measureOf, type DistanceSpec } from "../pml/fixture";
import { pmlExtra } from "../pml/fixture_extra";
import { tupleLists } from "../pml/fixture_more";

const { inputs } = pmlExtra.losses;

/** Each block of `perBin` consecutive pairs lies within the bin of pml's histogram at the same place. */
function expectBlocks(a: number[], b: number[], perBin: number, bins: number[][][]): void {
  expect(a.length).toBe(perBin * bins.length);
  bins.forEach((bin, k) => {
    const members = new Set(bin.map(([x, y]) => `${x}-${y}`));
    for (let t = k * perBin; t < (k + 1) * perBin; t++) expect([k, members.has(`${a[t]}-${b[t]}`)]).toEqual([k, true]);
  });
}

describe("UniformHistogramMiner: pml 2.9.0's counts and bins", () => {
  for (const c of pmlExtra.uniformHistogram.cases) {
    it(`${JSON.stringify(c.options)} ${JSON.stringify(c.distance)} on ${c.input}`, () => {
      const inp = inputs[c.input];
      const miner = new UniformHistogramMiner({ ...c.options, seed: 3, ...(c.distance === null ? {} : { distance: measureOf(c.distance as DistanceSpec) }) });
      const before = tf.memory().numTensors;
      const [a1, p, a2, n] = tupleLists(miner.mine(inp.embeddings, inp.labels, inp.refEmbeddings, inp.refLabels));
      expect(tf.memory().numTensors).toBe(before);
      expect([a1.length, p.length, a2.length, n.length]).toEqual(c.counts);
      expectBlocks(a1, p, miner.posPerBin, c.posBins);
      expectBlocks(a2, n, miner.negPerBin, c.negBins);
    });
  }

  it("draws from the seeded Rng: the same seed the same pairs, each call anew, every pair of a bin reachable", () => {
    const inp = inputs.batch;
    const mine = (m: UniformHistogramMiner) => tupleLists(m.mine(inp.embeddings, inp.labels));
    const first = new UniformHistogramMiner({ numBins: 1, posPerBin: 200, negPerBin: 5, seed: 9 });
    const again = new UniformHistogramMiner({ numBins: 1, posPerBin: 200, negPerBin: 5, seed: 9 });
    const draws = mine(first);
    expect(mine(again)).toEqual(draws);
    expect(mine(first)).not.toEqual(draws);
    const positives = inp.labels.flatMap((l: number, i: number) => inp.labels.map((m: number, j: number) => (l === m && i !== j ? `${i}-${j}` : "")).filter(Boolean));
    expect(new Set(draws[0].map((x, k) => `${x}-${draws[1][k]}`))).toEqual(new Set(positives));
  });

  it("refuses bad counts and unknown options before mining", () => {
    expectRefused(() => new UniformHistogramMiner({ numBins: 0 }), ValueError, /UniformHistogramMiner: argument 'numBins' must be an integer >= 1/);
    expectRefused(() => new UniformHistogramMiner({ posPerBin: 1.5 }), Error, /argument 'posPerBin'/);
    expectRefused(() => new UniformHistogramMiner({ neg_per_bin: 3 } as never), Error, /did you mean 'negPerBin'/);
  });
});
