// pml's miners (BatchEasyHardMiner, BatchHardMiner, MultiSimilarityMiner, PairMarginMiner,
// AngularMiner, DistanceWeightedMiner) against pytorch-metric-learning 2.9.0's own outputs on the
// same inputs (tests/fixtures/pml/pml_reference_more.json): the same pairs and triplets in the same
// order, on batches, a batch with an all-zero row, batches without positives or negatives, and a
// query set against reference embeddings (ref_emb / ref_labels).
import {
  AngularMiner,
  BatchEasyHardMiner,
  BatchHardMiner,
  CosineSimilarity,
  DistanceWeightedMiner,
  EmbeddingsAlreadyPackagedAsTriplets,
  InputTypeError,
  LpDistance,
  MultiSimilarityMiner,
  PairMarginMiner,
  ShapeError,
  ValueError,
  tf,
  type BaseMiner,
} from "losslab";
import { expectClose } from "../losses/helpers";
import { expectRefused, measureOf, type DistanceSpec } from "../pml/fixture";
import { pmlMore, tupleLists, type MinerInput } from "../pml/fixture_more";

const { inputs, cases, distanceWeighted } = pmlMore.miners;

function minerOf(name: string, options: Record<string, unknown>, distance: DistanceSpec | null): BaseMiner {
  const o = distance === null ? { ...options } : { ...options, distance: measureOf(distance) };
  const make: Record<string, (o: never) => BaseMiner> = {
    BatchEasyHardMiner: (x) => new BatchEasyHardMiner(x),
    BatchHardMiner: (x) => new BatchHardMiner(x),
    MultiSimilarityMiner: (x) => new MultiSimilarityMiner(x),
    PairMarginMiner: (x) => new PairMarginMiner(x),
    AngularMiner: (x) => new AngularMiner(x),
    EmbeddingsAlreadyPackagedAsTriplets: (x) => new EmbeddingsAlreadyPackagedAsTriplets(x),
  };
  return make[name](o as never);
}

/** The all-zero row of the "zeroRow" input. */
const ZERO_ROW = 5;
const mineInput = (m: BaseMiner, inp: MinerInput) => m.mine(inp.embeddings, inp.labels, inp.refEmbeddings, inp.refLabels);

describe("miners: pml 2.9.0's pairs and triplets, in its order", () => {
  const named = cases.map((c: any) => [`${c.miner} ${JSON.stringify(c.options)} ${c.distance === null ? "default distance" : JSON.stringify(c.distance)} on ${c.input}`, c]);
  it.each(named as [string, any][])("%s", (_name, c) => {
    const before = tf.memory().numTensors;
    const got = tupleLists(mineInput(minerOf(c.miner, c.options, c.distance), inputs[c.input]));
    expect(tf.memory().numTensors).toBe(before);
    if (c.input === "zeroRow" && c.distance === null && c.miner.startsWith("Batch")) {
      // the zero row is at distance exactly 1 from every normalised row: its picks are ties, broken
      // by float32 rounding here and by PyTorch's arg max there; the other anchors' picks must agree
      // anchors are lists[0] (triplets, positive pairs) and lists[2] (negative pairs)
      const without = (lists: number[][]) =>
        lists.map((l, i) => {
          const anchors = lists.length === 4 && i >= 2 ? lists[2] : lists[0];
          return l.filter((_, k) => anchors[k] !== ZERO_ROW);
        });
      expect(without(got)).toEqual(without(c.tuple));
      // (whether the zero anchor is kept at all by a strict "semihard" comparison is such a tie too)
      const y: number[] = inputs.zeroRow.labels;
      const [a1, p] = got;
      a1.forEach((a, k) => expect(y[p[k]] === y[a] && p[k] !== a).toBe(true));
      const [a2, n] = got.length === 4 ? [got[2], got[3]] : [got[0], got[2]];
      a2.forEach((a, k) => expect(y[n[k]]).not.toBe(y[a]));
    } else {
      expect(got).toEqual(c.tuple);
    }
  });

  it("the fixture has cases where nothing is mined and cases where much is", () => {
    const sizes = cases.map((c: any) => c.tuple[0].length);
    expect(sizes.filter((s: number) => s === 0).length).toBeGreaterThan(5);
    expect(Math.max(...sizes)).toBeGreaterThan(50);
  });
});

describe("DistanceWeightedMiner", () => {
  it.each(distanceWeighted.map((c: any) => [`${JSON.stringify(c.options)} on ${c.input}`, c]) as [string, any][])("pml's weights and triplet count: %s", (_n, c) => {
    const miner = new DistanceWeightedMiner(c.options);
    const inp: MinerInput = c.input === "dw" ? inputs.dw : inputs[c.input];
    const w = miner.negativeWeights(inp.embeddings, inp.labels, inp.refEmbeddings, inp.refLabels);
    const expected: (number | null)[][] = c.weights;
    expect(w.map((row) => row.map((x) => Number.isNaN(x)))).toEqual(expected.map((row) => row.map((x) => x === null)));
    expectClose(w.flat().filter((x) => !Number.isNaN(x)), expected.flat().filter((x): x is number => x !== null), { rel: 1e-4, scale: 1e-3, label: "weights" });
    const t = tupleLists(mineInput(miner, inp));
    expect(t[0].length).toBe(c.count);
  });

  const inp: MinerInput = inputs.dw;
  it("the same seed draws the same triplets, another seed others; each call draws anew", () => {
    const a = new DistanceWeightedMiner({ seed: 3 }), b = new DistanceWeightedMiner({ seed: 3 }), c = new DistanceWeightedMiner({ seed: 4 });
    const first = tupleLists(mineInput(a, inp));
    expect(tupleLists(mineInput(b, inp))).toEqual(first);
    expect(tupleLists(mineInput(c, inp))).not.toEqual(first);
    expect(tupleLists(mineInput(a, inp))).not.toEqual(first);
  });

  it("every triplet is valid, and negatives are drawn in proportion to pml's weights (chi-square)", () => {
    const miner = new DistanceWeightedMiner({ seed: 1 });
    const w: number[][] = distanceWeighted[0].weights;
    const counts = w.map((row) => row.map(() => 0));
    let draws = 0;
    for (let r = 0; r < 300; r++) {
      const [a, p, n] = tupleLists(mineInput(miner, inp));
      a.forEach((anchor, k) => {
        expect(inp.labels[p[k]]).toBe(inp.labels[anchor]);
        expect(p[k]).not.toBe(anchor);
        expect(inp.labels[n[k]]).not.toBe(inp.labels[anchor]);
        counts[anchor][n[k]]++;
      });
      draws += a.length;
    }
    expect(draws).toBe(300 * distanceWeighted[0].count);
    // Pearson's statistic over anchors and their negatives with expected count >= 5
    let chi2 = 0, cells = 0;
    counts.forEach((row, i) => {
      const total = row.reduce((s, x) => s + x, 0);
      row.forEach((observed, j) => {
        const expected = total * (w[i][j] ?? 0);
        if (expected === 0) expect(observed).toBe(0);
        else if (expected >= 5) (chi2 += (observed - expected) ** 2 / expected, cells++);
      });
    });
    expect(cells).toBeGreaterThan(30);
    // the 99.9 % quantile of chi-square with k degrees of freedom is below k + 4.5·√(2k) + 10
    expect(chi2).toBeLessThan(cells + 4.5 * Math.sqrt(2 * cells) + 10);
  });
});

describe("bad input: refused before mining, naming the argument, with no tensor left", () => {
  const e = inputs.batch.embeddings, y = inputs.batch.labels;
  it.each([
    ["a misspelt option", () => new BatchEasyHardMiner({ pos_strategy: "hard" } as never), InputTypeError, /BatchEasyHardMiner.*'pos_strategy'.*posStrategy/],
    ["an unknown strategy", () => new BatchEasyHardMiner({ posStrategy: "hardest" as never }), ValueError, /BatchEasyHardMiner.*'posStrategy'/],
    ["semihard on both sides", () => new BatchEasyHardMiner({ posStrategy: "semihard", negStrategy: "semihard" }), ValueError, /BatchEasyHardMiner.*'negStrategy'/],
    ["semihard with all", () => new BatchEasyHardMiner({ posStrategy: "all", negStrategy: "semihard" }), ValueError, /BatchEasyHardMiner.*'negStrategy'/],
    ["a range high < low", () => new BatchEasyHardMiner({ allowedPosRange: [1, 0.5] }), ValueError, /BatchEasyHardMiner.*'allowedPosRange'/],
    ["a strategy for BatchHardMiner", () => new BatchHardMiner({ posStrategy: "easy" } as never), InputTypeError, /BatchHardMiner.*'posStrategy'/],
    ["a cosine AngularMiner", () => new AngularMiner({ distance: new CosineSimilarity() }), InputTypeError, /AngularMiner.*'distance'/],
    ["a squared DistanceWeightedMiner", () => new DistanceWeightedMiner({ distance: new LpDistance({ power: 2 }) }), InputTypeError, /DistanceWeightedMiner.*'distance'/],
    ["an angle of 100°", () => new AngularMiner({ angle: 100 }), ValueError, /AngularMiner.*'angle'/],
    ["a distance by name", () => new PairMarginMiner({ distance: "cosine" as never }), InputTypeError, /PairMarginMiner.*'distance'/],
    ["labels of another length", () => new MultiSimilarityMiner().mine(e, [0, 1]), ShapeError, /MultiSimilarityMiner.mine.*'labels'/],
    ["NaN embeddings", () => new PairMarginMiner().mine([[NaN, 1], [0, 1]], [0, 1]), ValueError, /PairMarginMiner.mine.*'embeddings'/],
    ["references without labels", () => new BatchHardMiner().mine(e, y, e), ShapeError, /BatchHardMiner.mine.*'refLabels'/],
    ["references of another size", () => new BatchHardMiner().mine(e, y, [[1, 2]], [0]), ShapeError, /BatchHardMiner.mine.*'refEmbeddings'/],
    ["a batch not in triplets", () => new EmbeddingsAlreadyPackagedAsTriplets().mine([[1], [2]], [0, 1]), ShapeError, /EmbeddingsAlreadyPackagedAsTriplets.mine.*'embeddings'.*multiple of 3/],
    ["reference labels without references", () => new BatchHardMiner().mine(e, y, undefined, y), ShapeError, /BatchHardMiner.mine.*'refLabels'/],
  ])("%s", (_n, call, type, message) => expectRefused(call, type, message as RegExp));

  it("an empty batch mines nothing", () => {
    for (const m of [new BatchHardMiner(), new BatchEasyHardMiner(), new MultiSimilarityMiner(), new PairMarginMiner(), new AngularMiner(), new DistanceWeightedMiner()]) {
      expect(tupleLists(m.mine(tf.zeros([0, 3]), [])).every((l) => l.length === 0)).toBe(true);
    }
  });
});
