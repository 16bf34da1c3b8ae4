import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
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
import { testBackend } from "../backends";

// tfjs-layers' dense layer runs fusedMatMul, whose native kernel keeps a tensor that the engine's
// IS_TEST leak check (tests/setup.ts) flags
let leakCheck: boolean;
beforeAll(() => {
  leakCheck = tf.env().getBool("IS_TEST");
  tf.env().set("IS_TEST", false);
});
afterAll(() => tf.env().set("IS_TEST", leakCheck));

/** Four Gaussian blobs in 6-D, labelled 0-3: features and one-hot targets for fit. */
function blobs(n: number, seed: number) {
  const rows: number[][] = [];
  const labels: number[] = [];
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
  for (let i = 0; i < n; i++) {
    const c = i % 4;
    labels.push(c);
    rows.push(Array.from({ length: 6 }, (_, j) => (j % 4 === c ? 2 : 0) + next()));
  }
  const y = tf.tensor1d(labels);
  return { x: tf.tensor2d(rows), y, oneHot: tf.oneHot(tf.cast(y, "int32"), 4).toFloat() as tf.Tensor2D, labels };
}

/** features → dense(8) → margin layer, with the labels as a second input. */
function marginModel(layer: tf.layers.Layer) {
  const features = tf.input({ shape: [6] });
  const labels = tf.input({ shape: [1] });
  const embedding = tf.layers.dense({ units: 8, kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }).apply(features);
  const logits = layer.apply([embedding as tf.SymbolicTensor, labels]) as tf.SymbolicTensor;
  const model = tf.model({ inputs: [features, labels], outputs: logits });
  model.compile({ optimizer: tf.train.adam(0.05), loss: compileSoftmaxCrossEntropy() });
  return model;
}

/**
 * Runs f with the typed-array classes of Node's own realm. Jest evaluates tfjs in a context of its
 * own, so the weights tfjs-node hands back are not `instanceof` that context's Float32Array, and
 * tfjs-core's weight encoder refuses them ("Unsupported TypedArray subtype"); outside jest they are.
 */
async function withNodeTypedArrays<T>(f: () => Promise<T>): Promise<T> {
  const names = ["Float32Array", "Int32Array"] as const;
  const own = names.map((n) => globalThis[n]);
  names.forEach((n) => Object.assign(globalThis, { [n]: vm.runInThisContext(n) }));
  try {
    return await f();
  } finally {
    names.forEach((n, i) => Object.assign(globalThis, { [n]: own[i] }));
  }
}

/** Saves and reloads a model: file:// on the native backend (tfjs-node's handler), in memory elsewhere. */
async function roundTrip(model: tf.LayersModel): Promise<tf.LayersModel> {
  if (testBackend() === "tensorflow") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-layers-"));
    try {
      await withNodeTypedArrays(() => model.save(`file://${dir}`));
      expect(fs.existsSync(path.join(dir, "model.json"))).toBe(true);
      return await tf.loadLayersModel(`file://${dir}/model.json`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
  }));
  return tf.loadLayersModel(tf.io.fromMemory(saved!));
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
    const plain = layer.apply(x) as tf.Tensor; // builds it; the features alone: no margin
    const head = new ArcFaceHead({ inputDim: 3, numClasses: 3, s: 16, m: 0.4, weights: layer.getWeights()[0] });
    expectClose(plain, head.scores(x));
    expectClose(layer.apply([x, labels], { training: true }) as tf.Tensor, head.logits(x, labels));
    expectClose(layer.apply([x, labels]) as tf.Tensor, head.scores(x)); // inference ignores the labels
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
    const plain = layer.apply(x) as tf.Tensor;
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
    const plain = layer.apply(x) as tf.Tensor;
    expectClose(plain, cosFace.apply(x) as tf.Tensor);
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
    expect(() => new CosFaceLayer({ numClasses: 3, m: 2 })).toThrow("argument 'm' must be a number >= 0 and < 2, but got 2.");
    expect(() => new LSoftmaxLayer({ numClasses: 1 })).toThrow(ValueError);
    const layer = new ModifiedSoftmaxLayer({ numClasses: 3 });
    expect(() => layer.apply(tf.input({ shape: [2, 3] }))).toThrow("a feature matrix [batch, d]");
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
    model.add(new ArcFaceLayer({ numClasses: 3, s: 4 }));
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
