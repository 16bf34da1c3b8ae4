import {
  ArcFaceHead,
  ArcFaceLayer,
  ASoftmaxLayer,
  CosFaceHead,
  CosFaceLayer,
  NormFaceHead,
  NormFaceLayer,
  LSoftmaxLayer,
  MarginAnnealing,
  ModifiedSoftmaxLayer,
  SHORT_RUN_ANNEALING,
  annealedLambda,
  compileSoftmaxCrossEntropy,
  train,
  tf,
  ValueError,
} from "losslab";
import { withoutEngineLeakCheck } from "./leak_check";
import { roundTrip, savedArtifacts } from "./round_trip";
import { blobs } from "./blobs";

withoutEngineLeakCheck();

/** features → dense(8) → margin layer, with the labels as a second input. */
function marginModel(layer: tf.layers.Layer, loss = compileSoftmaxCrossEntropy()) {
  const features = tf.input({ shape: [6] });
  const labels = tf.input({ shape: [1] });
  const embedding = tf.layers.dense({ units: 8, kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }).apply(features);
  const logits = layer.apply([embedding as tf.SymbolicTensor, labels]) as tf.SymbolicTensor;
  const model = tf.model({ inputs: [features, labels], outputs: logits });
  model.compile({ optimizer: tf.train.adam(0.05), loss });
  return model;
}

const expectClose = (a: tf.Tensor, b: tf.Tensor, digits = 5) => {
  const av = a.dataSync();
  const bv = b.dataSync();
  expect(a.shape).toEqual(b.shape);
  av.forEach((v, i) => expect(v).toBeCloseTo(bv[i], digits));
};

describe("margin layers compute what the heads compute", () => {
  it("ArcFaceLayer: margin logits while training (labels as the 2nd input), s·cos θ otherwise, as ArcFaceHead with the same weights", () => {
    const x = tf.tensor2d([[0.3, -1, 2], [1, 0.5, -0.2], [-0.7, 0.1, 0.4]]);
    const labels = tf.tensor1d([2, 0, 1]);
    const layer = new ArcFaceLayer({ numClasses: 3, s: 16, m: 0.4, seed: 5 });
    const plain = layer.apply([x, labels]) as tf.Tensor; // builds it; not training: no margin, the labels unused
    const head = new ArcFaceHead({ inputDim: 3, numClasses: 3, s: 16, m: 0.4, weights: layer.getWeights()[0] });
    expectClose(plain, head.scores(x));
    expectClose(layer.apply([x, labels], { training: true }) as tf.Tensor, head.logits(x, labels));
    // an inference layer with the same kernel: the features alone, the same plain logits
    const inference = new ArcFaceLayer({ numClasses: 3, s: 16, m: 0.4, inference: true });
    inference.apply(x);
    inference.setWeights(layer.getWeights());
    expectClose(inference.apply(x) as tf.Tensor, head.scores(x));
    // the seeded initialisation is the head's: the same weights as a head built with the same seed
    const seeded = new ArcFaceHead({ inputDim: 3, numClasses: 3, seed: 5 });
    expectClose(layer.getWeights()[0], seeded.weights);
    head.dispose();
    seeded.dispose();
    tf.dispose([x, labels, plain]);
  });

  it("CosFaceLayer with m = 0 is NormFace: the same logits with and without labels", () => {
    const x = tf.tensor2d([[0.3, -1], [1, 0.5]]);
    const labels = tf.tensor1d([1, 0]);
    const layer = new CosFaceLayer({ numClasses: 2, s: 10, m: 0 });
    const plain = layer.apply([x, labels]) as tf.Tensor;
    expectClose(layer.apply([x, labels], { training: true }) as tf.Tensor, plain);
    const head = new CosFaceHead({ inputDim: 2, numClasses: 2, s: 10, m: 0.35, weights: layer.getWeights()[0] });
    expect(head.logits(x, labels).arraySync()).not.toEqual(plain.arraySync()); // a margin does change them
    head.dispose();
    tf.dispose([x, labels, plain]);
  });

  it("NormFaceLayer: s·cos θ with and without labels, as CosFaceLayer with m = 0 and NormFaceHead with the same weights", () => {
    const x = tf.tensor2d([[0.3, -1, 2], [1, 0.5, -0.2], [-0.7, 0.1, 0.4]]);
    const labels = tf.tensor1d([2, 0, 1]);
    const layer = new NormFaceLayer({ numClasses: 3, s: 12, seed: 4 });
    const cosFace = new CosFaceLayer({ numClasses: 3, s: 12, m: 0, seed: 4 });
    const plain = layer.apply([x, labels]) as tf.Tensor;
    expectClose(plain, cosFace.apply([x, labels]) as tf.Tensor);
    expectClose(layer.apply([x, labels], { training: true }) as tf.Tensor, cosFace.apply([x, labels], { training: true }) as tf.Tensor);
    expectClose(layer.apply([x, labels], { training: true }) as tf.Tensor, plain);
    const head = new NormFaceHead({ inputDim: 3, numClasses: 3, s: 12, weights: layer.getWeights()[0] });
    expectClose(plain, head.scores(x));
    expect(layer.getConfig()).toMatchObject({ numClasses: 3, seed: 4, s: 12 });
    expect(() => new NormFaceLayer({ numClasses: 3, m: 0.35 } as never)).toThrow("losslab.NormFaceLayer: argument 'm'");
    head.dispose();
    tf.dispose([x, labels, plain]);
  });

  it("refuses misspelt options, bad values and inputs that are not [features] or [features, labels]", () => {
    expect(() => new ArcFaceLayer({ numClasses: 3, scale: 30 } as never)).toThrow("losslab.ArcFaceLayer: argument 'scale'");
    expect(() => new CosFaceLayer({ numClasses: 3, m: 2 })).toThrow(/^losslab\.CosFaceLayer: argument 'm' must be a number .* but got 2\.$/);
    expect(() => new LSoftmaxLayer({ numClasses: 1 })).toThrow(ValueError);
    const layer = new ModifiedSoftmaxLayer({ numClasses: 3 });
    expect(() => layer.apply([tf.input({ shape: [2, 3] }), tf.input({ shape: [1] })])).toThrow("a feature matrix [batch, d]");
  });
});

describe("margin layers in tf.model: model.fit, model.save, tf.loadLayersModel", () => {
  for (const make of [
    () => new ArcFaceLayer({ numClasses: 4, s: 8, m: 0.3 }),
    () => new CosFaceLayer({ numClasses: 4, s: 8, m: 0.2 }),
    () => new NormFaceLayer({ numClasses: 4, s: 8 }),
    () => new ModifiedSoftmaxLayer({ numClasses: 4 }),
    () => new LSoftmaxLayer({ numClasses: 4, m: 2, annealing: SHORT_RUN_ANNEALING }),
    () => new ASoftmaxLayer({ numClasses: 4, m: 2, annealing: SHORT_RUN_ANNEALING }),
  ]) {
    const name = make().getClassName();
    it(`${name}: fit lowers the loss and trains the layer's kernel; predictions are equal after a reload`, async () => {
      const { x, y, oneHot } = blobs(64, 7);
      const layer = make();
      const model = marginModel(layer);
      const before = layer.getWeights()[0].arraySync();
      const callbacks = layer instanceof LSoftmaxLayer || layer instanceof ASoftmaxLayer ? [new MarginAnnealing()] : [];
      const history = await model.fit([x, y], oneHot, { epochs: 6, batchSize: 16, verbose: 0, callbacks });
      const loss = history.history.loss as number[];
      expect(loss[5]).toBeLessThan(loss[0]);
      expect(layer.getWeights()[0].arraySync()).not.toEqual(before);
      expect(model.trainableWeights.map((w) => w.name)).toContain(layer.trainableWeights[0].name);
      const predicted = model.predict([x, y]) as tf.Tensor;
      const reloaded = await roundTrip(model);
      const reloadedLayer = reloaded.layers[reloaded.layers.length - 1];
      expect(reloadedLayer.getClassName()).toBe(name);
      expect(reloadedLayer.getConfig()).toEqual(layer.getConfig());
      expectClose(reloaded.predict([x, y]) as tf.Tensor, predicted, 4);
      // accuracy of the plain logits on the training blobs: the margin model learnt the classes
      const accuracy = tf.mean(tf.cast(tf.equal(tf.argMax(predicted, 1), tf.cast(y, "int32")), "float32")).dataSync()[0];
      expect(accuracy).toBeGreaterThan(0.9);
      model.dispose();
      reloaded.dispose();
      tf.dispose([x, y, oneHot, predicted]);
    });
  }

  it("tf.sequential: a dense layer and an ArcFaceLayer predict plain logits, and save and reload", async () => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ units: 5, inputShape: [3] }));
    model.add(new ArcFaceLayer({ numClasses: 3, s: 4, inference: true }));
    const x = tf.tensor2d([[0.3, -1, 2], [1, 0.5, -0.2]]);
    const predicted = model.predict(x) as tf.Tensor;
    expect(predicted.shape).toEqual([2, 3]);
    expect(Math.max(...Array.from(predicted.dataSync()).map(Math.abs))).toBeLessThanOrEqual(4 + 1e-5); // s·cos θ
    expectClose((await roundTrip(model)).predict(x) as tf.Tensor, predicted);
    tf.dispose([x, predicted]);
  });
});

describe("MarginAnnealing: λ of L-Softmax and A-Softmax, one step a batch", () => {
  it("after fit, λ is the schedule's at the number of batches run, and a reloaded model resumes there", async () => {
    const { x, y, oneHot } = blobs(32, 3);
    const layer = new ASoftmaxLayer({ numClasses: 4, m: 2, annealing: SHORT_RUN_ANNEALING });
    const model = marginModel(layer);
    await model.fit([x, y], oneHot, { epochs: 3, batchSize: 8, verbose: 0, callbacks: [new MarginAnnealing([layer])] });
    expect(layer.iteration).toBe(12);
    expect(layer.lambda).toBeCloseTo(annealedLambda({ iteration: 12, ...SHORT_RUN_ANNEALING }), 10);
    const reloaded = (await roundTrip(model)).layers.find((l) => l instanceof ASoftmaxLayer) as ASoftmaxLayer;
    expect(reloaded.iteration).toBe(12);
    expect(reloaded.lambda).toBe(layer.lambda);
    model.dispose();
    tf.dispose([x, y, oneHot]);
  });

  it("refuses a model without annealed layers before the first batch, and layers that are not annealed", async () => {
    const { x, y, oneHot } = blobs(8, 1);
    const model = marginModel(new ArcFaceLayer({ numClasses: 4 }));
    await expect(model.fit([x, y], oneHot, { epochs: 1, verbose: 0, callbacks: [new MarginAnnealing()] })).rejects.toThrow(
      "losslab.MarginAnnealing: argument 'model' must be a model with an LSoftmaxLayer or an ASoftmaxLayer",
    );
    expect(() => new MarginAnnealing([new ArcFaceLayer({ numClasses: 4 })] as never)).toThrow(ValueError);
    model.dispose();
    tf.dispose([x, y, oneHot]);
  });
});

describe("train() takes a tf.LayersModel", () => {
  it("trains a tf.sequential feature network with a head's loss; its weights change and the loss falls", async () => {
    const { x, labels } = blobs(64, 11);
    const net = tf.sequential({ layers: [tf.layers.dense({ units: 4, inputShape: [6], kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) })] });
    const head = new CosFaceHead({ inputDim: 4, numClasses: 4, s: 8, m: 0.2 });
    const before = net.getWeights()[0].arraySync();
    const history = await train(net, {
      x,
      labels,
      loss: (embeddings, y) => head.loss(embeddings, y),
      extraVariables: head.trainableVariables,
      epochs: 5,
      batchSize: 16,
      learningRate: 0.05,
    });
    expect(history.epochLoss[4]).toBeLessThan(history.epochLoss[0]);
    expect(net.getWeights()[0].arraySync()).not.toEqual(before);
    head.dispose();
    net.dispose();
    x.dispose();
  });
});

describe("the margin layers' edges in model.fit", () => {
  /** features → dense(8) → layer([embedding, labels]), compiled with class-index targets. */
  const indexModel = (layer: tf.layers.Layer) => marginModel(layer, compileSoftmaxCrossEntropy({ labels: "indices" }));

  it("class-index targets [N] and [N, 1] go to model.fit as they are (tfjs-layers refused them: 'target expected … shape [4]')", async () => {
    const { x, y } = blobs(64, 5);
    for (const targets of [y, tf.reshape(y, [-1, 1])]) {
      const layer = new CosFaceLayer({ numClasses: 4, s: 8, m: 0.2 });
      const model = indexModel(layer);
      // tfjs's sparse accuracy reads the class-index targets (what the README recommends with them)
      model.compile({ optimizer: tf.train.adam(0.05), loss: compileSoftmaxCrossEntropy({ labels: "indices" }), metrics: [tf.metrics.sparseCategoricalAccuracy] });
      const history = await model.fit([x, y], targets, { epochs: 4, batchSize: 16, verbose: 0 });
      const loss = history.history.loss as number[];
      expect(loss[3]).toBeLessThan(loss[0]);
      const accuracy = Object.entries(history.history).find(([k]) => k !== "loss")![1] as number[];
      expect(accuracy[3]).toBeGreaterThan(0.9);
      const predicted = model.predict([x, y]) as tf.Tensor;
      expect(predicted.shape).toEqual([64, 4]);
      tf.dispose(predicted);
      model.dispose();
      if (targets !== y) targets.dispose();
    }
    tf.dispose([x, y]);
  });

  it("targets that contradict the labels input (shifted by one class) are refused, naming both", async () => {
    const { x, y } = blobs(16, 2);
    const shifted = tf.tensor1d(Array.from(y.dataSync(), (v) => (v + 1) % 4));
    const model = indexModel(new ArcFaceLayer({ numClasses: 4 }));
    await expect(model.fit([x, y], shifted, { epochs: 1, batchSize: 16, verbose: 0, shuffle: false })).rejects.toThrow(
      "losslab.compileSoftmaxCrossEntropy: argument 'yTrue' must be the class indices given to ArcFaceLayer's labels input (targets and labels input must agree), but got target 1 where the labels input has 0, at row 0.",
    );
    // one-hot targets are compared too
    const oneHotModel = marginModel(new CosFaceLayer({ numClasses: 4 }));
    const wrong = tf.oneHot(tf.cast(shifted, "int32"), 4).toFloat();
    await expect(oneHotModel.fit([x, y], wrong, { epochs: 1, batchSize: 16, verbose: 0 })).rejects.toThrow("must be the class indices given to CosFaceLayer's labels input");
    tf.dispose([x, y, shifted, wrong]);
    model.dispose();
    oneHotModel.dispose();
  });

  it("a margin layer without its labels input is refused; an inference layer refuses to train", async () => {
    const features = tf.input({ shape: [6] });
    expect(() => new ArcFaceLayer({ numClasses: 4 }).apply(features)).toThrow(
      "losslab.ArcFaceLayer: argument 'inputs' must be [features, labels]: the margin goes on each row's class (for the plain logits without labels, make the layer with inference: true), but got the features alone.",
    );
    const x = tf.ones([2, 6]);
    expect(() => new LSoftmaxLayer({ numClasses: 4 }).apply(x)).toThrow("losslab.LSoftmaxLayer: argument 'inputs' must be [features, labels]");
    expect(() => new CosFaceLayer({ numClasses: 4, inference: true }).apply([features, tf.input({ shape: [1] })])).toThrow("a layer made with inference: true takes no labels");
    const inference = new CosFaceLayer({ numClasses: 4, inference: true });
    const model = tf.model({ inputs: features, outputs: inference.apply(features) as tf.SymbolicTensor });
    model.compile({ optimizer: "sgd", loss: compileSoftmaxCrossEntropy() });
    const { y, oneHot } = blobs(2, 1);
    await expect(model.fit(x, oneHot, { epochs: 1, verbose: 0 })).rejects.toThrow(
      "losslab.CosFaceLayer: argument 'training' must be a layer made without inference: true",
    );
    tf.dispose([x, y, oneHot]);
    model.dispose();
  });

  it("a model saved before the inference option (features alone, no 'inference' in its config) still loads and predicts, and refuses to train", async () => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ units: 5, inputShape: [3] }));
    model.add(new CosFaceLayer({ numClasses: 3, s: 4, inference: true }));
    const x = tf.tensor2d([[0.3, -1, 2], [1, 0.5, -0.2]]);
    const predicted = model.predict(x) as tf.Tensor;
    // the model as an older losslab saved it: the margin layer's config without 'inference'
    const artifacts = await savedArtifacts(model);
    const topology = artifacts.modelTopology as { config: { layers: { class_name: string; config: Record<string, unknown> }[] } };
    delete topology.config.layers.find((l) => l.class_name === "CosFaceLayer")!.config.inference;
    const older = await tf.loadLayersModel(tf.io.fromMemory(artifacts));
    expectClose(older.predict(x) as tf.Tensor, predicted);
    older.compile({ optimizer: "sgd", loss: compileSoftmaxCrossEntropy() });
    await expect(older.fit(x, tf.tensor2d([[1, 0, 0], [0, 1, 0]]), { epochs: 1, verbose: 0 })).rejects.toThrow("losslab.CosFaceLayer: argument 'training'");
    tf.dispose([x, predicted]);
  });

  it("errors name the layer and the caller's shapes, not the head and a flattened shape", () => {
    const layer = new CosFaceLayer({ numClasses: 3 });
    const x = tf.tensor2d([[1, 0], [0, 1], [1, 1]]);
    layer.apply([x, tf.tensor1d([0, 1, 2])]);
    const wide = tf.tensor2d([[0, 1], [1, 2], [2, 0]]);
    expect(() => layer.apply([x, wide], { training: true })).toThrow(
      "losslab.CosFaceLayer: argument 'labels' must be class indices of shape [batch] or [batch, 1], but got shape [3, 2].",
    );
    expect(() => layer.apply([x, tf.tensor1d([0, 7, 1])], { training: true })).toThrow(
      "losslab.CosFaceLayer: argument 'labels' must be class indices 0 … 2, but got 7 at row 1.",
    );
    expect(() => layer.apply([x, tf.tensor1d([0, 1])], { training: true })).toThrow(
      "losslab.CosFaceLayer: argument 'labels' must be 3 class indices, one per row of the features, but got shape [2].",
    );
    expect(() => layer.apply([tf.ones([3, 5]), tf.tensor1d([0, 1, 2])], { training: true })).toThrow(
      "losslab.CosFaceLayer: argument 'features' must be a feature matrix [batch, 2], but got shape [3, 5].",
    );
    expect(() => layer.apply([tf.input({ shape: [2] }), tf.input({ shape: [2] })])).toThrow(
      "losslab.CosFaceLayer: argument 'labels' must be class indices of shape [batch] or [batch, 1], but got shape [null, 2].",
    );
    tf.dispose([x, wide]);
  });

  it("getConfig writes every hyperparameter out, defaults included, and a layer rebuilt from it computes the same", async () => {
    expect(new ArcFaceLayer({ numClasses: 3 }).getConfig()).toMatchObject({ numClasses: 3, seed: 0, inference: false, s: 64, m: 0.5, easyMargin: false });
    expect(new CosFaceLayer({ numClasses: 3 }).getConfig()).toMatchObject({ s: 64, m: 0.35 });
    expect(new NormFaceLayer({ numClasses: 3 }).getConfig()).toMatchObject({ s: expect.any(Number) });
    const lSoftmax = new LSoftmaxLayer({ numClasses: 3 }).getConfig();
    expect(lSoftmax).toMatchObject({ m: 4, iteration: 0 });
    expect(Object.keys(lSoftmax.annealing as object).sort()).toEqual(["base", "gamma", "lambdaMin", "power"]);
    // the saved config of a defaulted layer states s and m; a layer made from it alone has the same logits
    const { x, y, oneHot } = blobs(32, 9);
    const layer = new ArcFaceLayer({ numClasses: 4 });
    const model = marginModel(layer);
    await model.fit([x, y], oneHot, { epochs: 1, batchSize: 16, verbose: 0 });
    const saved = (model.toJSON(undefined, false) as { config: { layers: { class_name: string; config: Record<string, unknown> }[] } }).config.layers.find(
      (l) => l.class_name === "ArcFaceLayer",
    )!.config;
    expect(saved).toMatchObject({ s: 64, m: 0.5, easy_margin: false }); // the model JSON's key style
    const rebuilt = new ArcFaceLayer(layer.getConfig() as never);
    const features = model.layers.find((l) => l.getClassName() === "Dense")!.apply(x) as tf.Tensor; // the embeddings
    rebuilt.apply([features, y]);
    rebuilt.setWeights(layer.getWeights());
    expectClose(rebuilt.apply([features, y], { training: true }) as tf.Tensor, layer.apply([features, y], { training: true }) as tf.Tensor);
    model.dispose();
    tf.dispose([x, y, oneHot, features]);
  });
});
