// HDCMiner against pytorch-metric-learning 2.9.0's tuples (tests/fixtures/pml/pml_reference_extra.json,
// scripts/fixtures/pml_reference_extra.py): the batch, ×1e3, ×1e-3, reference embeddings, one class,
// distinct labels; fractions 0.01 … 1; LpDistance, CosineSimilarity, squared unnormalised distance.
import { CosineSimilarity, HDCMiner, ValueError, tf } from "losslab";
import { expectRefused, measureOf, type DistanceSpec } from "../pml/fixture";
import { pmlExtra } from "../pml/fixture_extra";
import { tupleLists } from "../pml/fixture_more";

const { inputs } = pmlExtra.losses;

/**
 * Within a batch, d(i, j) and d(j, i) are one value computed twice: pml's topk may list the twins in
 * either order, and where ⌈f·K⌉ splits a twin keep either; so a batch's pairs are compared unordered.
 */
function unordered(a: number[], b: number[]): string[] {
  return a.map((x, k) => `${Math.min(x, b[k])}-${Math.max(x, b[k])}`).sort();
}

describe("HDCMiner: pml 2.9.0's tuples", () => {
  for (const c of pmlExtra.hdcMiner.cases) {
    it(`${JSON.stringify(c.options)} ${JSON.stringify(c.distance)} on ${c.input}`, () => {
      const inp = inputs[c.input];
      const miner = new HDCMiner({ ...c.options, ...(c.distance === null ? {} : { distance: measureOf(c.distance as DistanceSpec) }) });
      const before = tf.memory().numTensors;
      const got = tupleLists(miner.mine(inp.embeddings, inp.labels, inp.refEmbeddings, inp.refLabels));
      expect(tf.memory().numTensors).toBe(before);
      const [a1, p, a2, n] = c.tuple as number[][];
      expect(got.map((l) => l.length)).toEqual([a1.length, p.length, a2.length, n.length]);
      if (inp.refEmbeddings !== undefined) {
        expect(got).toEqual(c.tuple);
      } else {
        expect(unordered(got[0], got[1])).toEqual(unordered(a1, p));
        expect(unordered(got[2], got[3])).toEqual(unordered(a2, n));
      }
    });
  }

  it("keeps the hardest pairs first: positives farthest, negatives closest (a similarity the other way round)", () => {
    const inp = inputs.batch;
    for (const distance of [undefined, new CosineSimilarity()]) {
      const miner = new HDCMiner({ filterPercentage: 0.4, distance });
      const [a1, p, a2, n] = tupleLists(miner.mine(inp.embeddings, inp.labels));
      const mat = tf.tidy(() => miner.distance.matrix(tf.tensor2d(inp.embeddings)).arraySync() as number[][]);
      const sign = miner.distance.isInverted ? -1 : 1;
      const pos = a1.map((i, k) => sign * mat[i][p[k]]);
      const neg = a2.map((i, k) => sign * mat[i][n[k]]);
      expect(pos).toEqual([...pos].sort((x, y) => y - x));
      expect(neg).toEqual([...neg].sort((x, y) => x - y));
    }
  });

  it("refuses a fraction outside (0, 1] and unknown options, before mining", () => {
    expectRefused(() => new HDCMiner({ filterPercentage: 0 }), ValueError, /HDCMiner: argument 'filterPercentage' must be a number > 0 and <= 1, but got 0/);
    expectRefused(() => new HDCMiner({ filterPercentage: 50 }), ValueError, /argument 'filterPercentage'/);
    expectRefused(() => new HDCMiner({ filter_percentage: 0.5 } as never), Error, /did you mean 'filterPercentage'/);
    expectRefused(() => new HDCMiner().mine([[1, 2]], [0, 1]), Error, /HDCMiner.mine/);
  });
});
