import { binaryCrossEntropyWithLogits, meanSquaredError, sigmoidFocalLoss, tf, ShapeError, ValueError } from "losslab";
import { epochsToAccuracy, gaussianClasses, logisticLogits, logisticProbabilities, trainLogisticRegression } from "losslab-course";

const data = gaussianClasses({ counts: [30, 30], means: [[-2], [2]], std: 1, seed: 1 });
const badStart = { w: [-4], b: 0 };

describe("trainLogisticRegression", () => {
  it("records the start and every epoch, with the library's loss at each state", () => {
    const run = trainLogisticRegression(data, { loss: "bce", learningRate: 0.5, epochs: 3, init: badStart });
    expect(run.history.map((h) => h.epoch)).toEqual([0, 1, 2, 3]);
    expect(run.history[0].w).toEqual([-4]);
    const z = logisticLogits(badStart, data.x);
    const expected = binaryCrossEntropyWithLogits({ labels: data.y, logits: z }).dataSync()[0];
    expect(run.history[0].loss).toBeCloseTo(expected, 5);
    expect(run.model).toEqual({ w: run.history[3].w, b: run.history[3].b });
  });

  it("takes plain gradient-descent steps θ ← θ − η ∂J/∂θ", () => {
    const eta = 0.3;
    const run = trainLogisticRegression(data, { loss: "mse", learningRate: eta, epochs: 1, init: { w: [0.5], b: 0.1 } });
    const X = tf.tensor2d(data.x);
    const [gw, gb] = tf.grads((w: tf.Tensor, b: tf.Tensor) =>
      meanSquaredError({ labels: data.y, predictions: tf.sigmoid(tf.add(tf.matMul(X, w.reshape([1, 1])).reshape([-1]), b)) }),
    )([tf.tensor1d([0.5]), tf.scalar(0.1)]);
    expect(run.history[1].w[0]).toBeCloseTo(0.5 - eta * gw.dataSync()[0], 6);
    expect(run.history[1].b).toBeCloseTo(0.1 - eta * gb.dataSync()[0], 6);
    expect(run.history[0].gradientNorm).toBeCloseTo(Math.hypot(gw.dataSync()[0], gb.dataSync()[0]), 6);
  });

  it("recovers from a confidently wrong start much faster with cross-entropy than with MSE", () => {
    const opts = { learningRate: 0.5, epochs: 60, init: badStart };
    const bce = trainLogisticRegression(data, { ...opts, loss: "bce" });
    const mse = trainLogisticRegression(data, { ...opts, loss: "mse" });
    expect(bce.history[0].accuracy).toBeLessThan(0.1);
    expect(bce.history[0].gradientNorm).toBeGreaterThan(50 * mse.history[0].gradientNorm);
    expect(epochsToAccuracy(bce.history, 0.9)).toBeLessThan(10);
    expect(epochsToAccuracy(mse.history, 0.9)).toBeUndefined();
  });

  it("trains with focal loss and α, where γ = 0 with α is α-balanced cross-entropy", () => {
    const opts = { learningRate: 0.1, epochs: 2, alpha: 0.75, init: { w: [0.2], b: -0.3 } };
    const balanced = trainLogisticRegression(data, { ...opts, loss: "bce" });
    const focal0 = trainLogisticRegression(data, { ...opts, loss: "focal", gamma: 0 });
    expect(balanced.history).toEqual(focal0.history);
    const z = logisticLogits(opts.init, data.x);
    const fl = sigmoidFocalLoss({ labels: data.y, logits: z, gamma: 2, alpha: 0.75 }).dataSync()[0];
    expect(trainLogisticRegression(data, { ...opts, loss: "focal" }).history[0].loss).toBeCloseTo(fl, 6);
  });

  it("calls onEpoch after each update and leaves no tensors behind", () => {
    const before = tf.memory().numTensors;
    const seen: number[] = [];
    trainLogisticRegression(data, { loss: "bce", optimizer: "adam", learningRate: 0.1, epochs: 4, onEpoch: (r, n) => seen.push(r.epoch * 10 + n) });
    expect(seen).toEqual([14, 24, 34, 44]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("rejects labels other than 0/1, ragged points and bad options", () => {
    expect(() => trainLogisticRegression({ x: [[0], [1]], y: [0, 2] }, { loss: "bce", learningRate: 1, epochs: 1 })).toThrow(ValueError);
    expect(() => trainLogisticRegression({ x: [[0], [1, 2]], y: [0, 1] }, { loss: "bce", learningRate: 1, epochs: 1 })).toThrow(ShapeError);
    expect(() => trainLogisticRegression(data, { loss: "hinge" as never, learningRate: 1, epochs: 1 })).toThrow(ValueError);
    expect(() => trainLogisticRegression(data, { loss: "bce", learningRate: 0, epochs: 1 })).toThrow(ValueError);
    expect(() => trainLogisticRegression(data, { loss: "bce", learningRate: 1, epochs: 1, init: { w: [1, 2], b: 0 } })).toThrow(ShapeError);
  });
});

describe("logisticProbabilities", () => {
  it("is σ(w·x + b)", () => {
    const p = logisticProbabilities({ w: [1, -2], b: 0.5 }, [[0, 0], [1, 1], [-1000, 0]]);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 6);
    expect(p[1]).toBeCloseTo(1 / (1 + Math.exp(0.5)), 6);
    expect(p[2]).toBe(0);
    expect(() => logisticProbabilities({ w: [1], b: 0 }, [[1, 2]])).toThrow(ShapeError);
  });
});
