import { evaluateSiameseClassifier, fitSiameseClassifier, siameseProbabilities, binaryCrossEntropyWithLogits, Rng, tf } from "losslab";

/** Overlapping pair distances: same-class pairs near 0.5, different-class pairs near 1.5. */
function pairs(seed: number, n = 400) {
  const rng = new Rng(seed);
  const distances: number[] = [];
  const different: number[] = [];
  for (let i = 0; i < n; i++) {
    const y = i % 2;
    distances.push(Math.abs((y ? 1.5 : 0.5) + 0.4 * rng.normal()));
    different.push(y);
  }
  return { distances, different };
}

describe("a Siamese network as a binary classifier: P(different | d) = σ(w·d + b)", () => {
  const data = pairs(1);

  it("is the maximum-likelihood fit: the score equations Σ(pᵢ − yᵢ) = 0 and Σ(pᵢ − yᵢ)dᵢ = 0 hold", () => {
    const model = fitSiameseClassifier({ ...data, l2: 0 });
    const p = siameseProbabilities(model, data.distances);
    const r = p.map((v, i) => v - data.different[i]);
    expect(Math.abs(r.reduce((a, b) => a + b, 0))).toBeLessThan(1e-6);
    expect(Math.abs(r.reduce((a, v, i) => a + v * data.distances[i], 0))).toBeLessThan(1e-6);
    expect(model.w).toBeGreaterThan(0);
    expect(model.threshold).toBeCloseTo(-model.b / model.w, 12);
  });

  it("its loss is TensorFlow.js's binary cross-entropy with logits, and gradient descent by autograd reaches the same fit", () => {
    const model = fitSiameseClassifier(data);
    const logits = data.distances.map((d) => model.w * d + model.b);
    const tfLoss = binaryCrossEntropyWithLogits({ labels: data.different, logits }).dataSync()[0];
    expect(model.loss).toBeCloseTo(tfLoss, 5);
    const [w, b] = [tf.variable(tf.scalar(0)), tf.variable(tf.scalar(0))];
    const d = tf.tensor1d(data.distances);
    const y = tf.tensor1d(data.different);
    const optimizer = tf.train.adam(0.05);
    for (let i = 0; i < 1500; i++) optimizer.minimize(() => tf.losses.sigmoidCrossEntropy(y, tf.add(tf.mul(d, w), b)) as tf.Scalar);
    expect(w.dataSync()[0]).toBeCloseTo(model.w, 1);
    expect(b.dataSync()[0]).toBeCloseTo(model.b, 1);
    tf.dispose([w, b, d, y]);
    optimizer.dispose();
  });

  it("decides like the threshold rule d > t, and is right on most held-out pairs", () => {
    const model = fitSiameseClassifier(data);
    const test = pairs(2);
    const evaluation = evaluateSiameseClassifier(model, test.distances, test.different);
    const byThreshold = test.distances.filter((v, i) => (v > model.threshold ? 1 : 0) === test.different[i]).length / test.distances.length;
    expect(evaluation.accuracy).toBeCloseTo(byThreshold, 12);
    expect(evaluation.accuracy).toBeGreaterThan(0.85);
    expect(model.threshold).toBeGreaterThan(0.7);
    expect(model.threshold).toBeLessThan(1.3);
  });

  it("stays finite on perfectly separated pairs (the ridge) and on huge distances", () => {
    const model = fitSiameseClassifier({ distances: [0.1, 0.2, 5, 6], different: [0, 0, 1, 1] });
    expect(Number.isFinite(model.w)).toBe(true);
    expect(evaluateSiameseClassifier(model, [0.1, 6], [0, 1]).accuracy).toBe(1);
    const huge = fitSiameseClassifier({ distances: data.distances.map((v) => v * 1e6), different: data.different });
    expect(huge.threshold / 1e6).toBeCloseTo(fitSiameseClassifier(data).threshold, 4);
  });

  it("refuses labels other than 0/1, one kind of pair only, unequal lengths and unknown options", () => {
    expect(() => fitSiameseClassifier({ distances: [1, 2], different: [0, 2] })).toThrow("losslab.fitSiameseClassifier: argument 'different' must be labels 0 (same class) or 1");
    expect(() => fitSiameseClassifier({ distances: [1, 2], different: [1, 1] })).toThrow("both kinds of pairs");
    expect(() => fitSiameseClassifier({ distances: [1, 2, 3], different: [0, 1] })).toThrow("argument 'different'");
    expect(() => fitSiameseClassifier({ distances: [1, 2], different: [0, 1], ridge: 1 } as never)).toThrow("ridge");
    expect(() => evaluateSiameseClassifier(fitSiameseClassifier(data), [1], [0.5])).toThrow("argument 'different'");
  });
});
