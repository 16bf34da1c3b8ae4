import {
  batchTripletLoss,
  EmbeddingNet,
  InputTypeError,
  mineSemiHard,
  Rng,
  ShapeError,
  tf,
  train,
  type BatchProgress,
} from "losslab";

// four well-separated Gaussian clusters in 12 dimensions: small enough for the cpu backend
function clusters(n: number, seed: number) {
  const rng = new Rng(seed);
  const centres = Array.from({ length: 4 }, () => Array.from({ length: 12 }, () => 2 * rng.normal()));
  const labels = Int32Array.from({ length: n }, (_, i) => i % 4);
  const x = Array.from(labels, (l) => centres[l].map((c) => c + 0.5 * rng.normal()));
  return { x, labels };
}

const net = () => new EmbeddingNet({ inputSize: 12, hidden: [16, 8], embeddingSize: 2, seed: 1 });
const tripletLossFn = (e: tf.Tensor2D, _y: tf.Tensor1D, batch: { labels: Int32Array }) =>
  batchTripletLoss({ embeddings: e, labels: batch.labels, margin: 0.5, triplets: mineSemiHard({ embeddings: e, labels: batch.labels, margin: 0.5 }) });

describe("train", () => {
  const { x, labels } = clusters(96, 3);

  it("lowers a triplet loss with a miner inside the loss callback; callbacks see every step and epoch", async () => {
    const model = net();
    const batches: BatchProgress[] = [];
    const epochs: number[] = [];
    const history = await train(model, {
      x, labels, loss: tripletLossFn, epochs: 6, batchSize: 32, learningRate: 0.01,
      onBatch: (p) => void batches.push(p),
      onEpoch: async (p) => void epochs.push(p.loss),
    });
    expect(history.steps).toBe(18);
    expect(batches.map((b) => b.step)).toEqual([...Array(18).keys()]);
    expect(batches[0]).toMatchObject({ epoch: 0, batch: 0, batches: 3 });
    expect(epochs).toEqual(history.epochLoss);
    expect(history.epochLoss[5]).toBeLessThan(0.5 * history.epochLoss[0]);
    model.dispose();
  });

  it("is reproducible: same seeds, same losses", async () => {
    const run = async () => {
      const model = net();
      const h = await train(model, { x, labels, loss: tripletLossFn, epochs: 2, batchSize: 32, seed: 4 });
      model.dispose();
      return h.batchLoss;
    };
    expect(await run()).toEqual(await run());
  });

  it("no memory growth: tf.memory().numTensors is flat over 50 steps", async () => {
    const model = net();
    const counts: number[] = [];
    const before = tf.memory().numTensors;
    await train(model, {
      x: tf.tensor2d(x), labels, loss: tripletLossFn, epochs: 17, batchSize: 32,
      onBatch: () => void counts.push(tf.memory().numTensors),
    });
    expect(counts.length).toBe(51);
    // Adam creates its two moment tensors per variable at the first step; after that nothing may grow
    expect(new Set(counts.slice(1)).size).toBe(1);
    expect(tf.memory().numTensors).toBe(before + 1); // only the tf.tensor2d(x) made above is left
    model.dispose();
  });

  it("learns extra variables with the model's: a classification head can plug in", async () => {
    const model = net();
    const head = tf.variable(tf.randomNormal([2, 4], 0, 0.1, "float32", 1));
    const start = head.dataSync().slice();
    const h = await train(model, {
      x, labels, epochs: 8, batchSize: 32, learningRate: 0.01, extraVariables: [head],
      // cross-entropy of a linear head (written out: tf.losses.softmaxCrossEntropy trips the IS_TEST leak check)
      loss: (e, y) => tf.neg(tf.mean(tf.sum(tf.mul(tf.oneHot(y, 4), tf.logSoftmax(tf.matMul(e, head))), 1))),
    });
    expect(head.dataSync()).not.toEqual(start);
    expect(h.epochLoss[7]).toBeLessThan(h.epochLoss[0]);
    head.dispose();
    model.dispose();
  });

  it("rejects a loss that is not a scalar, labels of the wrong length and a missing loss", async () => {
    const model = net();
    await expect(train(model, { x, labels, loss: (e) => tf.sum(e, 1) })).rejects.toThrow(ShapeError);
    await expect(train(model, { x, labels, loss: (e) => tf.sum(e, 1) })).rejects.toThrow(
      "losslab.train: argument 'loss' must be a function returning a scalar tensor, but got a float32 tensor of shape [96].",
    );
    await expect(train(model, { x, labels: labels.slice(1), loss: tripletLossFn })).rejects.toThrow(
      "losslab.train: argument 'labels' must be 96 labels, one per row of 'x', but got 95.",
    );
    await expect(train(model, { x, labels } as never)).rejects.toThrow(InputTypeError);
    await expect(train(model, { x, labels, loss: tripletLossFn, batchSize: 0 })).rejects.toThrow("argument 'batchSize' must be an integer >= 1");
    model.dispose();
  });
});
