// The toolbox's pieces besides the losses: MPerClassSampler (pml's epoch lengths and batch structure),
// TripletMarginMiner's mask, indices-tuple conversions, and bad input for measures, reducers and miners.
import {
  AvgNonZeroReducer,
  CosineSimilarity,
  InputTypeError,
  LpDistance,
  MPerClassSampler,
  MeanReducer,
  SumReducer,
  PerAnchorReducer,
  Rng,
  ShapeError,
  ThresholdReducer,
  TripletMarginLoss,
  TripletMarginMiner,
  ValueError,
  allTripletsIndices,
  disposeIndicesTuple,
  indicesTupleToArrays,
  mineBatchHard,
  pairsToTriplets,
  tf,
  tripletTupleOf,
  tripletsToPairs,
} from "losslab";
import { expectClose } from "../losses/helpers";
import { expectRefused, pml } from "./fixture";

describe("MPerClassSampler", () => {
  const { labels, cases } = pml.mPerClassSampler;
  it.each(cases.map((c: { m: number; batchSize: number | null; lengthBeforeNewIter: number }) => [`m ${c.m}, batch ${c.batchSize}, length ${c.lengthBeforeNewIter}`, c]) as [string, any][])(
    "%s: pml's epoch length, m samples of batchSize / m classes per batch",
    (_n, c) => {
      const sampler = new MPerClassSampler({ labels, m: c.m, lengthBeforeNewIter: c.lengthBeforeNewIter, seed: 3, ...(c.batchSize === null ? {} : { batchSize: c.batchSize }) });
      expect(sampler.length).toBe(c.length);
      const batches = sampler.batches();
      expect(batches.reduce((s, b) => s + b.length, 0)).toBe(c.epochLength);
      const classesPerBatch = c.batchSize === null ? 8 : c.batchSize / c.m;
      for (const b of batches) {
        const byClass = new Map<number, number[]>();
        b.forEach((i) => byClass.set(labels[i], [...(byClass.get(labels[i]) ?? []), i]));
        expect(byClass.size).toBe(classesPerBatch);
        for (const [label, members] of byClass) {
          expect(members.length).toBe(c.m);
          // distinct samples whenever the class has m of them (class 7 has 2)
          if (label !== 7 || c.m <= 2) expect(new Set(members).size).toBe(c.m);
        }
      }
    },
  );

  it("is seeded: the same seed repeats its epochs, each call draws a new one, every class is visited", () => {
    const make = (seed: number) => new MPerClassSampler({ labels, m: 4, batchSize: 16, lengthBeforeNewIter: 400, seed });
    const a = make(1), b = make(1), c = make(2);
    const first = a.sample();
    expect(Array.from(first)).toEqual(Array.from(b.sample()));
    expect(Array.from(first)).not.toEqual(Array.from(c.sample()));
    expect(Array.from(first)).not.toEqual(Array.from(a.sample()));
    expect(new Set(Array.from(first, (i) => labels[i])).size).toBe(8);
  });

  it.each([
    ["batchSize not a multiple of m", { labels, m: 4, batchSize: 10 }, /MPerClassSampler.*'batchSize'.*multiple of m = 4/],
    ["batchSize above m · classes", { labels, m: 4, batchSize: 36 }, /MPerClassSampler.*'batchSize'.*at most/],
    ["m of 0", { labels, m: 0 }, /MPerClassSampler.*'m'/],
    ["a misspelt option", { labels, m: 2, batch_size: 4 }, /MPerClassSampler.*'batch_size'/],
    ["no labels", { labels: [], m: 2 }, /MPerClassSampler.*'labels'/],
  ])("refuses %s", (_n, options, message) => {
    expect(() => new MPerClassSampler(options as never)).toThrow(message as RegExp);
  });
});

describe("TripletMarginMiner", () => {
  const rng = new Rng(2);
  const e = Array.from({ length: 10 }, () => [rng.normal(), rng.normal(), rng.normal()]);
  const y = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0];
  it("the four types split the valid triplets: all = hard ∪ semihard, easy its complement", () => {
    const count = (type: "all" | "hard" | "semihard" | "easy") => tf.tidy(() => new TripletMarginMiner({ typeOfTriplets: type, margin: 0.3 }).mask(e, y).sum().dataSync()[0]);
    const valid = allTripletsIndices(Int32Array.from(y));
    expect(count("all")).toBe(count("hard") + count("semihard"));
    expect(count("all") + count("easy")).toBe(valid.a.shape[0]);
    disposeIndicesTuple(valid);
  });

  it("its triplets feed TripletMarginLoss: mined 'all' triplets give the loss of every triplet under AvgNonZero", () => {
    const miner = new TripletMarginMiner({ margin: 0.05 });
    const t = miner.mine(e, y);
    const loss = new TripletMarginLoss({ margin: 0.05 });
    const [mined, all] = tf.tidy(() => [loss.forward(e, y, t).dataSync()[0], loss.forward(e, y).dataSync()[0]]);
    expect(mined).toBeCloseTo(all, 5);
    disposeIndicesTuple(t);
  });

  it.each([
    ["hard, AvgNonZero", "hard", {}],
    ["semihard, Mean, swap", "semihard", { reducer: new MeanReducer(), swap: true }],
    ["all, Sum, smooth, cosine", "all", { reducer: new SumReducer(), smoothLoss: true, distance: new CosineSimilarity() }],
    ["easy, Threshold", "easy", { reducer: new ThresholdReducer({ low: 0.01, high: 0.3 }), margin: 0.5 }],
  ] as const)("forwardMasked on a miner's mask = forward on its triplets, value and gradient (%s)", (_n, type, options) => {
    const miner = new TripletMarginMiner({ typeOfTriplets: type, margin: 0.3 });
    const loss = new TripletMarginLoss(options as never);
    const mask = miner.mask(e, y);
    const t = miner.mine(e, y);
    const x = tf.tensor2d(e);
    const listed = tf.tidy(() => [loss.forward(x, y, t).dataSync()[0], ...tf.grad((v: tf.Tensor) => loss.forward(v, y, t))(x).dataSync()]);
    const masked = tf.tidy(() => [loss.forwardMasked(x, y, mask).dataSync()[0], ...tf.grad((v: tf.Tensor) => loss.forwardMasked(v, y, mask))(x).dataSync()]);
    expectClose(masked, listed, { rel: 1e-5, scale: Math.max(...listed.map(Math.abs)), label: "masked vs listed" });
    tf.dispose([mask, x]);
    disposeIndicesTuple(t);
  });

  it("forwardMasked refuses a mask of another shape", () => {
    const loss = new TripletMarginLoss();
    expectRefused(() => loss.forwardMasked(e, y, tf.ones([10, 10])), ShapeError, /TripletMarginLoss.forwardMasked.*'mask'/, 2); // the two ones([10, 10]) of the two calls
  });

  it("leaves no tensor behind, and refuses bad options", () => {
    const before = tf.memory().numTensors;
    const t = new TripletMarginMiner({ distance: new CosineSimilarity() }).mine(e, y);
    disposeIndicesTuple(t);
    new TripletMarginMiner().mask(e, y).dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(() => new TripletMarginMiner({ typeOfTriplets: "semi-hard" as never })).toThrow(/TripletMarginMiner.*'typeOfTriplets'/);
    expect(() => new TripletMarginMiner({ type_of_triplets: "hard" } as never)).toThrow(/TripletMarginMiner.*'type_of_triplets'.*typeOfTriplets/);
    expect(() => new TripletMarginMiner().mask(e, [0, 1])).toThrow(/TripletMarginMiner.mask.*'labels'/);
  });
});

describe("indices tuples", () => {
  it("triplets → pairs → triplets keeps each triplet, and an existing miner's output converts", () => {
    const mined = mineBatchHard({ embeddings: [[0], [1], [1.5], [-1.2], [2.5], [-1.1]], labels: [0, 0, 1, 1, 1, 2] });
    const t = tripletTupleOf(mined);
    const pairs = tripletsToPairs(t);
    const back = pairsToTriplets(pairs);
    const arrays = indicesTupleToArrays(back);
    // each anchor of batch-hard has one triplet, so the round trip is exact
    expect(Array.from(arrays.a)).toEqual(Array.from(mined.anchors));
    expect(Array.from(arrays.n)).toEqual(Array.from(mined.negatives));
    [t, pairs, back].forEach(disposeIndicesTuple);
  });
});

describe("measures and reducers: bad input", () => {
  it.each([
    ["LpDistance power 0", () => new LpDistance({ power: 0 }), ValueError, /LpDistance.*'power'/],
    ["LpDistance normalize as a number", () => new LpDistance({ normalizeEmbeddings: 1 as never }), InputTypeError, /LpDistance.*'normalizeEmbeddings'/],
    ["CosineSimilarity unnormalised", () => new CosineSimilarity({ normalizeEmbeddings: false } as never), InputTypeError, /CosineSimilarity.*'normalizeEmbeddings'/],
    ["ThresholdReducer without bounds", () => new ThresholdReducer({}), ValueError, /ThresholdReducer.*'options'/],
    ["ThresholdReducer high ≤ low", () => new ThresholdReducer({ low: 1, high: 0.5 }), ValueError, /ThresholdReducer.*'high'/],
    ["AvgNonZeroReducer with options", () => new AvgNonZeroReducer({ low: 1 } as never), InputTypeError, /AvgNonZeroReducer.*'low'/],
    ["PerAnchorReducer of a non-reducer", () => new PerAnchorReducer({ reducer: "mean" as never }), ValueError, /PerAnchorReducer.*'reducer'/],
    ["a measure of mismatched widths", () => tf.tidy(() => new LpDistance().matrix(tf.ones([2, 3]), tf.ones([2, 4]))), ShapeError, /LpDistance.matrix.*'reference'/],
  ])("%s", (_n, call, type, message) => {
    expectRefused(call, type, message as RegExp);
  });

  it("a per-anchor reduction of triplet losses is refused, as in pml", () => {
    const loss = new TripletMarginLoss({ reducer: new PerAnchorReducer() });
    expect(() => loss.forward([[0, 1], [1, 0], [1, 1]], [0, 0, 1])).toThrow(/PerAnchorReducer.*'losses'.*pair losses/);
  });
});
