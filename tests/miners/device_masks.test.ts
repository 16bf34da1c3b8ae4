import { LpDistance, MeanReducer, Rng, TripletMarginLoss, AvgNonZeroReducer, batchAllMask, batchTripletLoss, mineBatchAll, mineSemiHardTfa,
         semiHardTfaMask, tf, tfaTripletSemiHardLoss, ValueError } from "losslab";

/** The (a, p, n) of a mask's 1s, ordered by a, p, n (the host miners' order). */
function triplesOf(mask: tf.Tensor3D): number[][] {
  const n = mask.shape[0];
  const out: number[][] = [];
  mask.dataSync().forEach((v, i) => v !== 0 && out.push([Math.floor(i / (n * n)), Math.floor(i / n) % n, i % n]));
  return out;
}
const triplesOfHost = (t: { anchors: Int32Array; positives: Int32Array; negatives: Int32Array }) => Array.from(t.anchors, (a, k) => [a, t.positives[k], t.negatives[k]]);

function batch(n: number, d: number, classes: number, seed: number) {
  const rng = new Rng(seed);
  const embeddings = Array.from({ length: n }, () => Array.from({ length: d }, () => rng.normal()));
  const labels = Int32Array.from({ length: n }, (_, i) => i % classes);
  return { embeddings, labels };
}

describe("semiHardTfaMask: TFA's semi-hard triplets on the device", () => {
  it("keeps the triplets of mineSemiHardTfa (every distance; some pairs without a farther negative)", () => {
    for (const [seed, distance] of [[1, "squaredEuclidean"], [2, "euclidean"], [3, "cosine"]] as const) {
      const b = batch(24, 3, 4, seed);
      const mask = semiHardTfaMask({ ...b, distance });
      expect(triplesOf(mask)).toEqual(triplesOfHost(mineSemiHardTfa({ ...b, distance })));
      mask.dispose();
    }
  });

  it("fed to TripletMarginLoss.forwardMasked (margin 1, squared L2, mean) gives TFA's loss and its gradient, with no readback", () => {
    const b = batch(20, 4, 3, 7);
    const loss = new TripletMarginLoss({ margin: 1, distance: new LpDistance({ normalizeEmbeddings: false, power: 2 }), reducer: new MeanReducer() });
    const x = tf.tensor2d(b.embeddings);
    const mask = semiHardTfaMask({ embeddings: x, labels: b.labels });
    const masked = (e: tf.Tensor) => loss.forwardMasked(e, b.labels, mask);
    const tfa = (e: tf.Tensor) => tfaTripletSemiHardLoss({ embeddings: e as tf.Tensor2D, labels: b.labels, distanceMetric: "squared-L2" });
    expect(masked(x).dataSync()[0]).toBeCloseTo(tfa(x).dataSync()[0], 4);
    const triplets = mineSemiHardTfa(b);
    expect(masked(x).dataSync()[0]).toBeCloseTo(batchTripletLoss({ embeddings: x, labels: b.labels, triplets, margin: 1 }).dataSync()[0], 4);
    const g = tf.grad(masked)(x).dataSync();
    const gTfa = tf.grad(tfa)(x).dataSync();
    g.forEach((v, i) => expect(v).toBeCloseTo(gTfa[i], 4));
    tf.dispose([x, mask]);
  });

  it("has no triplet for an anchor without negatives, an empty mask for an empty batch, and refuses bad options leaking nothing", () => {
    const one = semiHardTfaMask({ embeddings: [[0, 1], [1, 0]], labels: [3, 3] });
    expect(one.sum().dataSync()[0]).toBe(0);
    const empty = semiHardTfaMask({ embeddings: tf.zeros([0, 2]), labels: [] });
    expect(empty.shape).toEqual([0, 0, 0]);
    tf.dispose([one, empty]);
    const before = tf.memory().numTensors;
    expect(() => semiHardTfaMask({ embeddings: [[0, 1]], labels: [0], distance: "l2" as never })).toThrow(/semiHardTfaMask: argument 'distance'/);
    expect(() => semiHardTfaMask({ embeddings: [[0, 1]], labels: [0], margin: 1 } as never)).toThrow(/semiHardTfaMask: argument 'margin'/);
    expect(() => semiHardTfaMask({ embeddings: [[0, 1]], labels: [0, 1] })).toThrow(/semiHardTfaMask/);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("batchAllMask: batch-all on the device", () => {
  it("keeps the triplets of mineBatchAll, and forwardMasked with them equals forward on the host triplets", () => {
    for (const margin of [0, 0.2, 5]) {
      const b = batch(16, 3, 4, 11);
      const mask = batchAllMask({ ...b, margin });
      expect(triplesOf(mask)).toEqual(triplesOfHost(mineBatchAll({ ...b, margin })));
      const loss = new TripletMarginLoss({ margin, distance: new LpDistance({ normalizeEmbeddings: false, power: 2 }), reducer: new AvgNonZeroReducer() });
      const t = mineBatchAll({ ...b, margin });
      const tuple = { a: tf.tensor1d(t.anchors, "int32"), p: tf.tensor1d(t.positives, "int32"), n: tf.tensor1d(t.negatives, "int32") };
      expect(loss.forwardMasked(b.embeddings, b.labels, mask).dataSync()[0]).toBeCloseTo(loss.forward(b.embeddings, b.labels, tuple).dataSync()[0], 4);
      tf.dispose([mask, tuple.a, tuple.p, tuple.n]);
    }
    expect(() => batchAllMask({ embeddings: [[0, 1]], labels: [0], margin: -1 })).toThrow(ValueError);
  });
});
