// losslab's metric-learning toolbox against pytorch-metric-learning 2.9.0's own outputs on the same
// inputs (float64 in PyTorch, float32 here): distances, reducers, indices tuples, TripletMarginMiner,
// and every loss's value and gradients (PyTorch autograd).
import {
  AvgNonZeroReducer,
  MeanReducer,
  PerAnchorReducer,
  SumReducer,
  ThresholdReducer,
  TripletMarginMiner,
  allPairsIndices,
  allTripletsIndices,
  disposeIndicesTuple,
  indicesTupleToArrays,
  pairsToTriplets,
  tf,
  type Reducer,
  type TypeOfTriplets,
} from "losslab";
import { expectClose } from "../losses/helpers";
import { lossOf, measureOf, pml, tupleOf, type DistanceSpec, type LossCase } from "./fixture";

const lists = (t: Parameters<typeof indicesTupleToArrays>[0]) => Object.values(indicesTupleToArrays(t)).map((x) => Array.from(x));

describe("pml fixture", () => {
  it("was written by pytorch-metric-learning 2.9.0", () => {
    expect(pml.source).toBe("pytorch-metric-learning");
    expect(pml.version).toBe("2.9.0");
  });
});

describe("distance measures (pml LpDistance, CosineSimilarity, DotProductSimilarity)", () => {
  const { query, reference, cases } = pml.distances;
  it.each(cases.map((c: { options: DistanceSpec }) => [JSON.stringify(c.options), c]) as [string, any][])("%s", (_name, c) => {
    const m = measureOf(c.options);
    expect(m.isInverted).toBe(c.isInverted);
    const self = tf.tidy(() => Array.from(m.matrix(tf.tensor2d(query)).dataSync()));
    const cross = tf.tidy(() => Array.from(m.matrix(tf.tensor2d(query), tf.tensor2d(reference)).dataSync()));
    expectClose(self, c.self.flat(), { rel: 2e-5, label: "self" });
    expectClose(cross, c.cross.flat(), { rel: 2e-5, label: "cross" });
  });
});

describe("reducers (pml MeanReducer, SumReducer, AvgNonZeroReducer, ThresholdReducer, PerAnchorReducer)", () => {
  const { losses, pairAnchors, cases } = pml.reducers;
  const make: Record<string, () => Reducer> = {
    mean: () => new MeanReducer(),
    sum: () => new SumReducer(),
    avgNonZero: () => new AvgNonZeroReducer(),
    threshold: () => new ThresholdReducer({ low: 0.1, high: 1.5 }),
    thresholdLow: () => new ThresholdReducer({ low: 0.5 }),
    thresholdHigh: () => new ThresholdReducer({ high: 0.2 }),
    perAnchorMean: () => new PerAnchorReducer({ reducer: new MeanReducer() }),
    perAnchorAvgNonZero: () => new PerAnchorReducer({ reducer: new AvgNonZeroReducer() }),
  };
  it.each(cases.map((c: { reducer: string }) => [c.reducer, c]) as [string, any][])("%s", (name, c) => {
    const value = tf.tidy(() => {
      const term = { losses: tf.tensor1d(losses), type: name.startsWith("perAnchor") ? "posPair" : "element", anchors: tf.tensor1d(pairAnchors, "int32"), batchSize: 8 } as const;
      return make[name as string]().reduce(term).dataSync()[0];
    });
    expectClose([value], [c.value], { rel: 1e-6, label: name as string });
  });
});

describe("indices tuples (pml get_all_pairs_indices, get_all_triplets_indices, convert_to_triplets)", () => {
  const f = pml.indices;
  const labels = Int32Array.from(f.labels);
  it("all pairs, in pml's order", () => {
    const t = allPairsIndices(labels);
    expect(lists(t)).toEqual(f.allPairs);
    disposeIndicesTuple(t);
  });
  it("all triplets, in pml's order", () => {
    const t = allTripletsIndices(labels);
    expect(lists(t)).toEqual(f.allTriplets);
    disposeIndicesTuple(t);
  });
  it("pairs joined per anchor into triplets", () => {
    const [a1, p, a2, n] = f.pairs.map((x: number[]) => tf.tensor1d(x, "int32"));
    const t = pairsToTriplets({ a1, p, a2, n });
    expect(lists(t)).toEqual(f.pairsToTriplets);
    tf.dispose([a1, p, a2, n]);
    disposeIndicesTuple(t);
  });
});

describe("TripletMarginMiner (pml, all four type_of_triplets)", () => {
  const { embeddings, labels, cases } = pml.tripletMarginMiner;
  it.each(cases.map((c: { typeOfTriplets: string; margin: number; distance: DistanceSpec }) => [`${c.typeOfTriplets} margin ${c.margin} ${JSON.stringify(c.distance)}`, c]) as [string, any][])("%s", (_n, c) => {
    const miner = new TripletMarginMiner({ margin: c.margin, typeOfTriplets: c.typeOfTriplets as TypeOfTriplets, distance: measureOf(c.distance) });
    const t = miner.mine(embeddings, labels);
    expect(lists(t)).toEqual(c.triplets);
    disposeIndicesTuple(t);
  });
});

describe("losses: pml's values and autograd gradients", () => {
  const cases: LossCase[] = pml.losses;
  it.each(cases.map((c) => [c.name, c]) as [string, any][])("%s", (_n, c: LossCase) => {
    const loss = lossOf(c);
    const tuple = tupleOf(c.indicesTuple);
    const params = [
      ...("proxies" in loss ? [(loss as unknown as { proxies: tf.Variable }).proxies] : []),
      ...("W" in loss ? [(loss as unknown as { W: tf.Variable }).W] : []),
    ];
    const e = tf.variable(tf.tensor2d(c.embeddings));
    const { value, grads } = tf.variableGrads(() => loss.forward(e, c.labels, tuple), [e, ...params]);
    // the terms of a loss are about its size (scale = |loss|, at least 1); gradients to 1e-4 of their largest
    expectClose([value.dataSync()[0]], [c.loss], { rel: 2e-5, scale: 1, label: "loss" });
    const gradScale = Math.max(...c.gradEmbeddings.flat().map(Math.abs), 1e-3);
    expectClose(grads[e.name].dataSync(), c.gradEmbeddings.flat(), { rel: 1e-4, scale: gradScale, label: "dL/dembeddings" });
    for (const [param, ref] of [[params.find((p) => p === (loss as unknown as { proxies?: tf.Variable }).proxies), c.proxies], [params.find((p) => p === (loss as unknown as { W?: tf.Variable }).W), c.W]] as const) {
      if (param === undefined || ref === undefined) continue;
      const s = Math.max(...ref.grad.flat().map(Math.abs), 1e-3);
      expectClose(grads[param.name].dataSync(), ref.grad.flat(), { rel: 1e-4, scale: s, label: "dL/dparameters" });
    }
    tf.dispose([value, e, ...Object.values(grads), ...params]);
  });
});
