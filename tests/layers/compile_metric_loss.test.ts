import {
  CircleLoss,
  ContrastiveLoss,
  MultiSimilarityLoss,
  P2SGradLoss,
  LOSSES_WITH_LAYERS,
  LOSS_LAYERS,
  ProxyAnchorLoss,
  TripletMarginLoss,
  compileMetricLoss,
  repeatLabels,
  tf,
  InputTypeError,
  ShapeError,
} from "losslab";
import { data as tfData } from "@tensorflow/tfjs";
import { withoutEngineLeakCheck } from "./leak_check";

withoutEngineLeakCheck();

const value = (t: tf.Tensor) => {
  const v = t.dataSync()[0];
  t.dispose();
  return v;
};

describe("compileMetricLoss: a pml-style loss for model.compile", () => {
  it("equals loss.forward(embeddings, labels) for labels [B], [B, 1] and rows repeating the index, and leaves no tensor", () => {
    const embeddings = tf.randomNormal([12, 5], 0, 1, "float32", 3) as tf.Tensor2D;
    const labels = Array.from({ length: 12 }, (_, i) => i % 3);
    const y = tf.tensor1d(labels);
    const column = tf.reshape(y, [-1, 1]);
    const repeated = repeatLabels(y, 5);
    for (const loss of [new TripletMarginLoss({ margin: 0.1 }), new ContrastiveLoss(), new MultiSimilarityLoss(), new CircleLoss()]) {
      const expected = value(loss.forward(embeddings, labels));
      const compiled = compileMetricLoss(loss);
      expect(compiled.name).toBe(loss.fn);
      const before = tf.memory().numTensors;
      for (const yTrue of [y, column, repeated]) expect(value(compiled(yTrue, embeddings))).toBeCloseTo(expected, 5);
      expect(tf.memory().numTensors).toBe(before);
    }
    tf.dispose([embeddings, y, column, repeated]);
  });

  it("refuses one-hot targets with the conversion named, and losses with trainable weights (model.fit would not move them)", () => {
    const embeddings = tf.randomNormal([4, 3], 0, 1, "float32", 1);
    const oneHot = tf.oneHot(tf.tensor1d([0, 1, 2, 0], "int32"), 3);
    expect(() => compileMetricLoss(new TripletMarginLoss())(oneHot, embeddings)).toThrow(
      "losslab.compileMetricLoss: argument 'yTrue' must be class indices [B] or [B, 1], or rows repeating one class index (repeatLabels); for one-hot rows take tf.argMax(y, 1), but got row 0 [1, 0, 0] (one-hot).",
    );
    expect(() => compileMetricLoss(new TripletMarginLoss())(tf.zeros([4, 1, 1]), embeddings)).toThrow(ShapeError);
    const proxyAnchor = new ProxyAnchorLoss({ numClasses: 3, embeddingSize: 3 });
    expect(() => compileMetricLoss(proxyAnchor)).toThrow(
      "losslab.compileMetricLoss: argument 'loss' must be a loss without trainable weights (model.fit would not train ProxyAnchorLoss's class vectors: use ProxyAnchorLayer in the model instead), but got ProxyAnchorLoss, which has trainable weights.",
    );
    expect(() => compileMetricLoss((() => 0) as never)).toThrow(InputTypeError);
    const p2s = new P2SGradLoss({ numClasses: 3, embeddingSize: 3 });
    expect(() => compileMetricLoss(p2s)).toThrow(
      "losslab.compileMetricLoss: argument 'loss' must be a loss without trainable weights (model.fit would not train P2SGradLoss's class vectors: train it in a loop of your own (optimizer.minimize over the model's and the loss's weights)), but got P2SGradLoss, which has trainable weights.",
    );
    p2s.dispose();
    expect(LOSSES_WITH_LAYERS.map((n) => n.replace(/Loss$/, "Layer"))).toEqual(LOSS_LAYERS.map((l) => l.className));
    tf.dispose([embeddings, oneHot, proxyAnchor.proxies]);
  });

  it("trains an embedding network with model.fit: the loss falls", async () => {
    const n = 48;
    const labels = Array.from({ length: n }, (_, i) => i % 4);
    const x = tf.tidy(() => tf.add(tf.oneHot(tf.tensor1d(labels, "int32"), 6).mul(2), tf.randomNormal([n, 6], 0, 0.5, "float32", 2)));
    const y = tf.tensor1d(labels);
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 4, inputShape: [6], kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) })] });
    model.compile({ optimizer: tf.train.adam(0.05), loss: compileMetricLoss(new TripletMarginLoss({ margin: 0.2 })) });
    const targets = repeatLabels(y, 4);
    const history = await model.fit(x, targets, { epochs: 5, batchSize: 24, shuffle: false, verbose: 0 });
    const loss = history.history.loss as number[];
    expect(loss[4]).toBeLessThan(loss[0]);
    model.dispose();
    tf.dispose([x, y, targets]);
  });

  it("model.fitDataset takes class indices [B] as they are (it does not check targets against the output's width)", async () => {
    const n = 48;
    const labels = Array.from({ length: n }, (_, i) => i % 4);
    const x = tf.tidy(() => tf.add(tf.oneHot(tf.tensor1d(labels, "int32"), 6).mul(2), tf.randomNormal([n, 6], 0, 0.5, "float32", 2)));
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 4, inputShape: [6], kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) })] });
    model.compile({ optimizer: tf.train.adam(0.05), loss: compileMetricLoss(new TripletMarginLoss({ margin: 0.2 })) });
    const data = tfData.zip({ xs: tfData.array(tf.unstack(x)), ys: tfData.array(labels) }).batch(24);
    const history = await model.fitDataset(data, { epochs: 5, verbose: 0 });
    const loss = history.history.loss as number[];
    expect(loss[4]).toBeLessThan(loss[0]);
    model.dispose();
    x.dispose();
  });
});
