import {
  batchContrastiveLoss,
  batchTripletLoss,
  compileBatchContrastiveLoss,
  compileBatchTripletLoss,
  compileBinaryCrossEntropy,
  compileHalfSquaredError,
  compileHuberLoss,
  compileMeanAbsoluteError,
  compileMeanSquaredError,
  compileMultilabelCrossEntropy,
  compileSigmoidFocalLoss,
  compileSoftmaxCrossEntropy,
  compileSoftmaxFocalLoss,
  mineBatchHard,
  mineSemiHardTfa,
  repeatLabels,
  tfaTripletSemiHardLoss,
  sigmoidFocalLoss,
  softmaxFocalLoss,
  tf,
  InputTypeError,
  ShapeError,
} from "losslab";

const value = (t: tf.Tensor) => {
  const v = t.dataSync()[0];
  t.dispose();
  return v;
};

// tfjs-layers' dense layer runs fusedMatMul, whose native kernel keeps a tensor that the engine's
// IS_TEST leak check (tests/setup.ts) flags; the tests count tensors themselves where it matters
let leakCheck: boolean;
beforeAll(() => {
  leakCheck = tf.env().getBool("IS_TEST");
  tf.env().set("IS_TEST", false);
});
afterAll(() => tf.env().set("IS_TEST", leakCheck));

describe("Keras-style losses for model.compile agree with tf.losses and with the losses they wrap", () => {
  // made once the test backend is active (wasm starts after the module body)
  let yReal: tf.Tensor2D, pReal: tf.Tensor2D, bits: tf.Tensor2D, logits: tf.Tensor2D, indices: tf.Tensor1D, oneHot: tf.Tensor;
  beforeAll(() => {
    yReal = tf.tensor2d([[0.5, -1], [2, 0.25], [-3, 4]]);
    pReal = tf.tensor2d([[0.1, -0.5], [4, 0.2], [-1, 1]]);
    bits = tf.tensor2d([[1, 0], [0, 1], [1, 1]]);
    logits = tf.tensor2d([[2, -1, 0.5], [0.3, 0.1, -2], [-1, 3, 1]]);
    indices = tf.tensor1d([0, 2, 1]);
    oneHot = tf.oneHot(tf.tensor1d([0, 2, 1], "int32"), 3).toFloat();
  });
  afterAll(() => tf.dispose([yReal, pReal, bits, logits, indices, oneHot]));

  it("regression losses: MAE, MSE, ½MSE and Huber against tf.losses (mean over all elements)", () => {
    expect(value(compileMeanAbsoluteError()(yReal, pReal))).toBeCloseTo(value(tf.losses.absoluteDifference(yReal, pReal)), 6);
    expect(value(compileMeanSquaredError()(yReal, pReal))).toBeCloseTo(value(tf.losses.meanSquaredError(yReal, pReal)), 6);
    expect(value(compileHalfSquaredError()(yReal, pReal))).toBeCloseTo(value(tf.losses.meanSquaredError(yReal, pReal)) / 2, 6);
    for (const delta of [0.5, 1, 3]) {
      expect(value(compileHuberLoss({ delta })(yReal, pReal))).toBeCloseTo(value(tf.losses.huberLoss(yReal, pReal, undefined, delta)), 6);
    }
  });

  it("binary cross-entropy of logits and of probabilities, and the multi-label form, against tf.losses.sigmoidCrossEntropy", () => {
    const z = tf.tensor2d([[3, -2], [0.5, 8], [-20, 1]]);
    const reference = value(tf.losses.sigmoidCrossEntropy(bits, z));
    expect(value(compileBinaryCrossEntropy()(bits, z))).toBeCloseTo(reference, 5);
    expect(value(compileBinaryCrossEntropy({ fromLogits: false })(bits, tf.sigmoid(z)))).toBeCloseTo(reference, 4);
    expect(value(compileMultilabelCrossEntropy()(bits, z))).toBeCloseTo(reference * 2, 5); // summed over the C = 2 labels, mean over rows
    z.dispose();
  });

  it("softmax cross-entropy: one-hot and class indices ([B] and [B, 1]) give tf.losses.softmaxCrossEntropy", () => {
    const reference = value(tf.losses.softmaxCrossEntropy(oneHot, logits));
    expect(value(compileSoftmaxCrossEntropy()(oneHot, logits))).toBeCloseTo(reference, 6);
    expect(value(compileSoftmaxCrossEntropy({ labels: "indices" })(indices, logits))).toBeCloseTo(reference, 6);
    const column = tf.reshape(indices, [3, 1]);
    const repeated = repeatLabels(indices, 3); // the form model.fit accepts: the output's shape
    expect(value(compileSoftmaxCrossEntropy({ labels: "indices" })(column, logits))).toBeCloseTo(reference, 6);
    expect(value(compileSoftmaxCrossEntropy({ labels: "indices" })(repeated, logits))).toBeCloseTo(reference, 6);
    expect(repeated.arraySync()).toEqual([[0, 0, 0], [2, 2, 2], [1, 1, 1]]);
    tf.dispose([column, repeated]);
  });

  it("focal losses equal the library's own for the same options and label forms", () => {
    const z = tf.tensor2d([[3, -2], [0.5, 8], [-20, 1]]);
    expect(value(compileSigmoidFocalLoss({ gamma: 1.5, alpha: 0.25 })(bits, z))).toBeCloseTo(
      value(sigmoidFocalLoss({ labels: bits, logits: z, gamma: 1.5, alpha: 0.25 })),
      6,
    );
    const own = value(softmaxFocalLoss({ labels: oneHot, logits, gamma: 2, alpha: [1, 0.5, 2] }));
    expect(value(compileSoftmaxFocalLoss({ alpha: [1, 0.5, 2] })(oneHot, logits))).toBeCloseTo(own, 6);
    expect(value(compileSoftmaxFocalLoss({ alpha: [1, 0.5, 2], labels: "indices" })(indices, logits))).toBeCloseTo(own, 6);
    z.dispose();
  });

  it("batch triplet and contrastive losses read yTrue as class labels (indices or one-hot) and yPred as embeddings", () => {
    const embeddings = tf.tensor2d([[0, 0], [0.1, 0.2], [1, 1], [1.2, 0.9], [-1, 0.5], [-0.8, 0.4]]);
    const labels = [0, 0, 1, 1, 2, 2];
    const asIndices = tf.tensor2d(labels, [6, 1]);
    const asOneHot = tf.oneHot(tf.tensor1d(labels, "int32"), 3).toFloat();
    const asRepeated = repeatLabels(labels, 2);
    const all = value(batchTripletLoss({ embeddings, labels, margin: 3 }));
    expect(value(compileBatchTripletLoss({ margin: 3, distance: "squaredEuclidean" })(asIndices, embeddings))).toBeCloseTo(all, 6);
    expect(value(compileBatchTripletLoss({ margin: 3, distance: "squaredEuclidean" })(asOneHot, embeddings))).toBeCloseTo(all, 6);
    expect(value(compileBatchTripletLoss({ margin: 3, distance: "squaredEuclidean" })(asRepeated, embeddings))).toBeCloseTo(all, 6);
    const hard = value(batchTripletLoss({ embeddings, labels, margin: 3, triplets: mineBatchHard({ embeddings, labels }) }));
    expect(value(compileBatchTripletLoss({ margin: 3, distance: "squaredEuclidean", miner: mineBatchHard })(asIndices, embeddings))).toBeCloseTo(hard, 6);
    expect(hard).not.toBeCloseTo(all, 3); // the miner is used, not ignored
    // TF Addons' defaults: margin 1 on the Euclidean distance ("L2"); with mineSemiHardTfa, TFA's TripletSemiHardLoss
    const tfaDefaults = value(batchTripletLoss({ embeddings, labels, margin: 1, distance: "euclidean" }));
    expect(value(compileBatchTripletLoss()(asIndices, embeddings))).toBeCloseTo(tfaDefaults, 6);
    expect(value(compileBatchTripletLoss({ miner: mineSemiHardTfa })(asIndices, embeddings))).toBeCloseTo(value(tfaTripletSemiHardLoss({ embeddings, labels })), 5);
    const contrastive = value(batchContrastiveLoss({ embeddings, labels, margin: 1.5, form: "hadsell" }));
    expect(value(compileBatchContrastiveLoss({ margin: 1.5, form: "hadsell" })(asIndices, embeddings))).toBeCloseTo(contrastive, 6);
    tf.dispose([embeddings, asIndices, asOneHot, asRepeated]);
  });

  it("each function carries its loss's name, and leaves no tensor behind", () => {
    expect(compileHuberLoss().name).toBe("huberLoss");
    expect(compileSoftmaxCrossEntropy({ labels: "indices" }).name).toBe("softmaxCrossEntropy");
    expect(compileBatchTripletLoss().name).toBe("batchTripletLoss");
    const before = tf.memory().numTensors;
    value(compileSoftmaxCrossEntropy({ labels: "indices" })(indices, logits));
    value(compileBatchTripletLoss({ miner: mineBatchHard })(indices, logits));
    expect(tf.memory().numTensors).toBe(before);
  });

  it("refuses misspelt or invalid options when the factory is called, and labels of the wrong form per batch", () => {
    expect(() => compileSoftmaxCrossEntropy({ labels: "sparse" as never })).toThrow(
      "losslab.compileSoftmaxCrossEntropy: argument 'labels' must be one of",
    );
    expect(() => compileHuberLoss({ detla: 1 } as never)).toThrow("compileHuberLoss: argument 'detla'");
    expect(() => compileHuberLoss({ delta: -1 })).toThrow("argument 'delta' must be a number > 0");
    expect(() => compileBatchTripletLoss({ miner: "hard" as never })).toThrow(InputTypeError);
    expect(() => compileSoftmaxCrossEntropy({ labels: "indices" })(oneHot, logits)).toThrow(
      "losslab.compileSoftmaxCrossEntropy: argument 'yTrue' must be class indices [B] or [B, 1], rows repeating one class index (repeatLabels), but got row 0 [1, 0, 0].",
    );
    expect(() => compileBatchTripletLoss()(tf.tensor2d([[0.2, 0.5]]), logits)).toThrow(ShapeError);
  });
});

describe("model.compile with a losslab loss trains as with tfjs's own", () => {
  it("compileSoftmaxCrossEntropy on logits follows categoricalCrossentropy on softmax outputs, epoch by epoch", async () => {
    const x = tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.2], [0.9, 0.7]]);
    const classes = [0, 1, 1, 2, 0, 2];
    const yIndices = tf.tensor2d(classes, [6, 1]);
    const yOneHot = tf.oneHot(tf.tensor1d(classes, "int32"), 3).toFloat();
    const run = async (activation: "linear" | "softmax", loss: string | ReturnType<typeof compileSoftmaxCrossEntropy>, y: tf.Tensor) => {
      const model = tf.sequential({
        layers: [tf.layers.dense({ units: 3, inputShape: [2], activation, kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) })],
      });
      model.compile({ optimizer: tf.train.sgd(0.5), loss });
      const history = await model.fit(x, y, { epochs: 8, batchSize: 6, shuffle: false, verbose: 0 });
      model.dispose();
      return history.history.loss as number[];
    };
    const reference = await run("softmax", "categoricalCrossentropy", yOneHot);
    const ours = await run("linear", compileSoftmaxCrossEntropy({ labels: "indices" }), repeatLabels(yIndices, 3));
    (await run("linear", compileSoftmaxCrossEntropy(), yOneHot)).forEach((loss, epoch) => expect(loss).toBeCloseTo(ours[epoch], 6));
    expect(ours.length).toBe(8);
    ours.forEach((loss, epoch) => expect(loss).toBeCloseTo(reference[epoch], 4));
    expect(ours[7]).toBeLessThan(ours[0]);
    tf.dispose([x, yIndices, yOneHot]);
  });
});
