import {
  ProxyAnchorLayer,
  ProxyAnchorLoss,
  ProxyNCALayer,
  ProxyNCALoss,
  SoftTripleLayer,
  SoftTripleLoss,
  SubCenterArcFaceLayer,
  SubCenterArcFaceLoss,
  compileLayerLoss,
  compileMetricLoss,
  tf,
  type MetricLossFunction,
} from "losslab";
import { withoutEngineLeakCheck } from "./leak_check";
import { roundTrip } from "./round_trip";
import { blobs } from "./blobs";

withoutEngineLeakCheck();

/** features → dense(8) → loss layer([embedding, labels]), compiled with compileLayerLoss. */
function lossModel(layer: tf.layers.Layer) {
  const features = tf.input({ shape: [6] });
  const labels = tf.input({ shape: [1] });
  const dense = tf.layers.dense({ units: 8, kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) });
  const embedding = dense.apply(features) as tf.SymbolicTensor;
  const model = tf.model({ inputs: [features, labels], outputs: layer.apply([embedding, labels]) as tf.SymbolicTensor });
  model.compile({ optimizer: tf.train.adam(0.05), loss: compileLayerLoss() });
  return { model, dense };
}

const value = (t: tf.Tensor) => {
  const v = t.dataSync()[0];
  t.dispose();
  return v;
};

type Config = Record<string, number>;
/** Each layer, and its loss built from the layer's config and weight (the reference it must equal). */
const CASES: [() => tf.layers.Layer, (c: Config, w: tf.Tensor) => MetricLossFunction][] = [
  [
    () => new ProxyAnchorLayer({ numClasses: 4, margin: 0.1, alpha: 16, seed: 3 }),
    (c, w) => new ProxyAnchorLoss({ numClasses: 4, embeddingSize: 5, margin: c.margin, alpha: c.alpha, proxies: w }),
  ],
  [
    () => new SubCenterArcFaceLayer({ numClasses: 4, subCenters: 2, scale: 8, seed: 3 }),
    (c, w) => new SubCenterArcFaceLoss({ numClasses: 4, embeddingSize: 5, subCenters: 2, scale: 8, margin: c.margin, weights: w }),
  ],
  [() => new ProxyNCALayer({ numClasses: 4, softmaxScale: 2, seed: 3 }), (c, w) => new ProxyNCALoss({ numClasses: 4, embeddingSize: 5, softmaxScale: c.softmaxScale, proxies: w })],
  [
    () => new SoftTripleLayer({ numClasses: 4, centersPerClass: 2, seed: 3 }),
    (c, w) => new SoftTripleLoss({ numClasses: 4, embeddingSize: 5, centersPerClass: 2, la: c.la, gamma: c.gamma, margin: c.margin, weights: w }),
  ],
];

for (const [make, referenceOf] of CASES) {
  const name = make().getClassName();
  describe(`${name}: the loss's class vectors as a layer weight`, () => {
    it("outputs the loss of its loss class with the same class vectors, on every row", () => {
      const layer = make();
      const embeddings = tf.randomNormal([12, 5], 0, 1, "float32", 4) as tf.Tensor2D;
      const labels = tf.tensor1d(Array.from({ length: 12 }, (_, i) => i % 4));
      const out = layer.apply([embeddings, labels]) as tf.Tensor;
      expect(out.shape).toEqual([12, 1]);
      const weights = layer.getWeights()[0];
      const reference = referenceOf(layer.getConfig() as Config, weights);
      const expected = value(reference.forward(embeddings, Array.from(labels.dataSync())));
      for (const v of out.dataSync()) expect(v).toBeCloseTo(expected, 4);
      tf.dispose([embeddings, labels, out, weights, ...Object.values(reference).filter((v) => v instanceof tf.Variable)]);
    });

    it("model.fit trains the class vectors with the network (they moved by 0 through a compiled loss) and lowers the loss", async () => {
      const { x, y } = blobs(64, 5);
      const layer = make();
      const { model } = lossModel(layer);
      const before = layer.getWeights()[0].arraySync() as number[][];
      expect(model.trainableWeights.map((w) => w.name)).toContain(layer.trainableWeights[0].name);
      const history = await model.fit([x, y], y, { epochs: 6, batchSize: 16, verbose: 0 });
      const loss = history.history.loss as number[];
      expect(loss[5]).toBeLessThan(loss[0]);
      const after = layer.getWeights()[0].arraySync() as number[][];
      const moved = Math.max(...after.flatMap((row, i) => row.map((v, j) => Math.abs(v - before[i][j]))));
      expect(moved).toBeGreaterThan(0.05);
      model.dispose();
      tf.dispose([x, y]);
    });

    it("survives model.save / tf.loadLayersModel: registered class, equal config, weights and outputs", async () => {
      const { x, y } = blobs(32, 6);
      const layer = make();
      const { model } = lossModel(layer);
      await model.fit([x, y], y, { epochs: 1, batchSize: 16, verbose: 0 });
      const output = model.predict([x, y]) as tf.Tensor;
      const reloaded = await roundTrip(model);
      const reloadedLayer = reloaded.layers[reloaded.layers.length - 1];
      expect(reloadedLayer.getClassName()).toBe(name);
      expect(reloadedLayer.getConfig()).toEqual(layer.getConfig());
      expect(reloadedLayer.getWeights()[0].arraySync()).toEqual(layer.getWeights()[0].arraySync());
      const again = reloaded.predict([x, y]) as tf.Tensor;
      expect(again.dataSync()[0]).toBeCloseTo(output.dataSync()[0], 4);
      model.dispose();
      reloaded.dispose();
      tf.dispose([x, y, output, again]);
    });
  });
}

describe("loss layers' edges", () => {
  it("getConfig writes every hyperparameter out, the defaults included", () => {
    expect(new ProxyAnchorLayer({ numClasses: 3 }).getConfig()).toMatchObject({ numClasses: 3, seed: 0, margin: 0.1, alpha: 32 });
    const subCenter = new SubCenterArcFaceLayer({ numClasses: 3 }).getConfig();
    expect(subCenter).toMatchObject({ numClasses: 3, seed: 0, margin: expect.any(Number), scale: 64, subCenters: 3 });
    // a margin given in degrees stays in degrees: no second, conflicting margin is written
    const degrees = new SubCenterArcFaceLayer({ numClasses: 3, marginDegrees: 28.6 }).getConfig();
    expect(degrees.marginDegrees).toBe(28.6);
    expect(degrees.margin).toBeUndefined();
    expect(() => new SubCenterArcFaceLayer(degrees as never)).not.toThrow();
    expect(new ProxyNCALayer({ numClasses: 3 }).getConfig()).toMatchObject({ softmaxScale: 1 });
    expect(new SoftTripleLayer({ numClasses: 3 }).getConfig()).toMatchObject({ centersPerClass: 10, la: 20, gamma: 0.1, margin: 0.01 });
  });

  it("refuses the embeddings alone, bad labels in the layer's name, and targets that contradict the labels input", async () => {
    expect(() => new ProxyAnchorLayer({ numClasses: 3 }).apply(tf.input({ shape: [4] }))).toThrow(
      "losslab.ProxyAnchorLayer: argument 'inputs' must be [embeddings, labels]: the loss needs each row's class, but got the embeddings alone.",
    );
    const layer = new ProxyAnchorLayer({ numClasses: 3 });
    const e = tf.ones([2, 4]);
    expect(() => layer.apply([e, tf.tensor1d([0, 3])])).toThrow("losslab.ProxyAnchorLayer: argument 'labels' must be class indices 0 … 2, but got 3 at row 1.");
    expect(() => new ProxyAnchorLayer({ numClasses: 3, proxies: [[1]] } as never)).toThrow("losslab.ProxyAnchorLayer: argument 'proxies'");
    expect(() => new ProxyAnchorLayer({ numClasses: 3, alpha: -1 })).toThrow("losslab.ProxyAnchorLayer: argument 'alpha' must be a number > 0");
    const { x, y } = blobs(16, 2);
    const shifted = tf.tensor1d(Array.from(y.dataSync(), (v) => (v + 1) % 4));
    const { model } = lossModel(new ProxyAnchorLayer({ numClasses: 4 }));
    await expect(model.fit([x, y], shifted, { epochs: 1, batchSize: 16, verbose: 0, shuffle: false })).rejects.toThrow(
      "losslab.compileLayerLoss: argument 'yTrue' must be the class indices given to ProxyAnchorLayer's labels input (targets and labels input must agree), but got target 1 where the labels input has 0, at row 0.",
    );
    expect(() => compileMetricLoss(new ProxyAnchorLoss({ numClasses: 2, embeddingSize: 2 }))).toThrow(/use ProxyAnchorLayer/);
    expect(() => compileLayerLoss()(tf.zeros([2, 3]), tf.zeros([2, 1]))).toThrow("losslab.compileLayerLoss: argument 'yTrue' must be class indices [B] or [B, 1]");
    model.dispose();
    tf.dispose([e, x, y, shifted]);
  });
});
