// EmbeddingOutput / withEmbeddingOutput: model.fit(x, labels) with class indices [B] or [B, 1] on an
// embedding output trained by a metric loss, end to end: the loss falls and the embeddings separate
// the classes; the layer is the identity (values, gradients, predict), saves and reloads; bad uses refused.
import { ContrastiveLoss, EmbeddingOutput, ShapeError, InputTypeError, TripletMarginLoss, compileMetricLoss, tf, withEmbeddingOutput } from "losslab";
import { withoutEngineLeakCheck } from "./leak_check";
import { roundTrip } from "./round_trip";

withoutEngineLeakCheck();

const n = 64;
const classes = 4;
const labels = Array.from({ length: n }, (_, i) => i % classes);

/** Inputs whose class is hidden in noise: a fixed random direction a class, plus noise. */
function inputs(): tf.Tensor2D {
  return tf.tidy(() => {
    const centres = tf.randomNormal([classes, 12], 0, 1, "float32", 5);
    return tf.add(tf.gather(centres, tf.tensor1d(labels, "int32")), tf.randomNormal([n, 12], 0, 1.2, "float32", 6)) as tf.Tensor2D;
  });
}

/** Fraction of rows whose nearest other row (cosine) has the same class. */
function nearestNeighbourAccuracy(embeddings: tf.Tensor2D): number {
  const sims = tf.tidy(() => {
    const e = tf.div(embeddings, tf.norm(embeddings, 2, 1, true));
    return tf.sub(tf.matMul(e, e, false, true), tf.mul(tf.eye(n), 10)).arraySync() as number[][];
  });
  return sims.filter((row, i) => labels[row.indexOf(Math.max(...row))] === labels[i]).length / n;
}

function embedder(seed: number): tf.Sequential {
  return tf.sequential({
    layers: [
      tf.layers.dense({ units: 16, inputShape: [12], activation: "relu", kernelInitializer: tf.initializers.glorotUniform({ seed }) }),
      tf.layers.dense({ units: 6, kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }) }),
    ],
  });
}

describe("EmbeddingOutput: model.fit with class indices on an embedding output", () => {
  it.each([
    ["[B]", () => tf.tensor1d(labels)],
    ["[B, 1]", () => tf.tensor2d(labels.map((l) => [l]))],
  ])("labels %s: fit runs, the loss falls, the embeddings separate the classes (a plain output refuses them)", async (_, makeY) => {
    const x = inputs();
    const y = makeY();
    const plainModel = embedder(3);
    plainModel.compile({ optimizer: tf.train.adam(0.01), loss: compileMetricLoss(new TripletMarginLoss({ margin: 0.2 })) });
    // the failure this layer removes: tfjs-layers checks the targets against the declared output [null, 6]
    await expect(plainModel.fit(x, y, { epochs: 1, batchSize: 32, verbose: 0 })).rejects.toThrow(/(target expected .*shape \[6\]|to have shape \[,6\])/);
    plainModel.dispose();

    const net = embedder(3);
    const model = tf.sequential({ layers: [...net.layers, new EmbeddingOutput()] });
    expect(model.outputs[0].shape).toEqual([null, null]);
    model.compile({ optimizer: tf.train.adam(0.01), loss: compileMetricLoss(new TripletMarginLoss({ margin: 0.2 })) });
    const before = model.predict(x) as tf.Tensor2D;
    const accuracyBefore = nearestNeighbourAccuracy(before);
    const history = await model.fit(x, y, { epochs: 30, batchSize: 32, shuffle: false, verbose: 0 });
    const loss = history.history.loss as number[];
    const after = model.predict(x) as tf.Tensor2D;
    const accuracyAfter = nearestNeighbourAccuracy(after);
    expect(loss.every(Number.isFinite)).toBe(true);
    expect(loss[loss.length - 1]).toBeLessThan(0.5 * loss[0]);
    expect(accuracyAfter).toBeGreaterThan(accuracyBefore);
    expect(accuracyAfter).toBeGreaterThanOrEqual(0.9);
    // evaluate takes the same targets
    const evaluated = model.evaluate(x, y, { batchSize: 32 }) as tf.Scalar;
    expect(Number.isFinite(evaluated.dataSync()[0])).toBe(true);
    tf.dispose([x, y, before, after, evaluated]);
    model.dispose();
  });

  it("is the identity: predict, and the gradient through it, equal the network's own", () => {
    const net = embedder(7);
    const wrapped = withEmbeddingOutput(net);
    const x = inputs();
    const direct = net.predict(x) as tf.Tensor;
    const through = wrapped.predict(x) as tf.Tensor;
    expect(through.shape).toEqual([n, 6]);
    expect(Array.from(through.dataSync())).toEqual(Array.from(direct.dataSync()));
    const kernel = net.layers[1].getWeights()[0];
    const lossOf = (m: tf.LayersModel) => () => tf.sum(tf.square(m.apply(x) as tf.Tensor)) as tf.Scalar;
    const g1 = tf.variableGrads(lossOf(net), [kernel as tf.Variable]);
    const g2 = tf.variableGrads(lossOf(wrapped), [kernel as tf.Variable]);
    const a = Object.values(g1.grads)[0].dataSync();
    const b = Object.values(g2.grads)[0].dataSync();
    expect(Array.from(b)).toEqual(Array.from(a));
    tf.dispose([x, direct, through, g1.value, g2.value, ...Object.values(g1.grads), ...Object.values(g2.grads)]);
    net.dispose();
  });

  it("withEmbeddingOutput trains the wrapped model's own weights with [B, 1] targets", async () => {
    const net = embedder(11);
    const trainable = withEmbeddingOutput(net);
    trainable.compile({ optimizer: tf.train.adam(0.01), loss: compileMetricLoss(new ContrastiveLoss()) });
    const x = inputs();
    const y = tf.tensor2d(labels.map((l) => [l]));
    const kernelBefore = net.layers[0].getWeights()[0].arraySync() as number[][];
    const history = await trainable.fit(x, y, { epochs: 15, batchSize: 32, shuffle: false, verbose: 0 });
    const loss = history.history.loss as number[];
    expect(loss[loss.length - 1]).toBeLessThan(loss[0]);
    const kernelAfter = net.layers[0].getWeights()[0].arraySync() as number[][];
    expect(kernelAfter).not.toEqual(kernelBefore);
    tf.dispose([x, y]);
    net.dispose();
  });

  it("saves and reloads (registered as losslab>EmbeddingOutput), the reloaded model predicting the same", async () => {
    const model = tf.sequential({ layers: [...embedder(13).layers, new EmbeddingOutput({ name: "embeddings" })] });
    const x = inputs();
    const y = tf.tensor1d(labels);
    model.compile({ optimizer: tf.train.adam(0.01), loss: compileMetricLoss(new TripletMarginLoss()) });
    await model.fit(x, y, { epochs: 1, batchSize: 32, verbose: 0 });
    const reloaded = await roundTrip(model);
    expect(reloaded.layers[reloaded.layers.length - 1].getClassName()).toBe("EmbeddingOutput");
    const a = model.predict(x) as tf.Tensor;
    const b = reloaded.predict(x) as tf.Tensor;
    expect(Array.from(b.dataSync())).toEqual(Array.from(a.dataSync()));
    tf.dispose([x, y, a, b]);
    model.dispose();
    reloaded.dispose();
  });

  it("refuses other ranks, several inputs, unknown options and a non-model, naming the layer or function", () => {
    expect(() => tf.sequential({ layers: [tf.layers.reshape({ targetShape: [2, 3], inputShape: [6] }), new EmbeddingOutput()] })).toThrow(
      "losslab.EmbeddingOutput: argument 'embeddings' must be embeddings of shape [batch, d], but got shape [null, 2, 3].",
    );
    const a = tf.input({ shape: [3] });
    const b = tf.input({ shape: [3] });
    expect(() => new EmbeddingOutput().apply([a, b])).toThrow(ShapeError);
    expect(() => new EmbeddingOutput({ nmae: "x" } as never)).toThrow(/did you mean 'name'/);
    expect(() => withEmbeddingOutput({} as never)).toThrow(InputTypeError);
    const two = tf.model({ inputs: a, outputs: [tf.layers.dense({ units: 2 }).apply(a) as tf.SymbolicTensor, tf.layers.dense({ units: 2 }).apply(a) as tf.SymbolicTensor] });
    expect(() => withEmbeddingOutput(two)).toThrow("losslab.withEmbeddingOutput: argument 'model' must be a model with one output, the embeddings [batch, d], but got a model with 2 outputs.");
  });
});
