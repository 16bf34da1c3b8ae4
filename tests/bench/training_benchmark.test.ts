import { benchmarkTraining, referenceModel, Rng, tf, ValueError } from "losslab";

// random "digits": the benchmark's speed does not depend on pixel values
const rng = new Rng(5);
const n = 256;
const images = Float32Array.from({ length: n * 784 }, () => rng.next());
const labels = Int32Array.from({ length: n }, () => rng.int(10));

describe("referenceModel", () => {
  it("is the margin lessons' 784-256-128-d network with the chosen head", () => {
    const m = referenceModel({ head: "arcface", featureSize: 3 });
    expect(m.net.variables.map((v) => v.shape)).toEqual([[784, 256], [256], [256, 128], [128], [128, 3], [3]]);
    expect(m.head.trainableVariables.map((v) => v.shape)).toEqual([[3, 10]]);
    m.dispose();
    expect(() => referenceModel({ head: "cosface" as never })).toThrow(ValueError);
  });
});

describe("benchmarkTraining", () => {
  it("trains, reports speed, frees everything and keeps the tensor count flat", () => {
    const before = tf.memory().numTensors;
    const r = benchmarkTraining({ head: "softmax", images, labels, steps: 8, warmup: 2, batchSize: 32, memoryEvery: 2 });
    expect(r.samplesPerSecond).toBeGreaterThan(0);
    expect(r.msPerStep).toBeCloseTo((32 * 1000) / r.samplesPerSecond, 6);
    expect(new Set(r.tensorCounts).size).toBe(1);
    expect(r.tensorCounts).toHaveLength(5);
    expect(Number.isFinite(r.finalLoss)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("lowers the loss on a batch it keeps seeing (it really trains)", () => {
    const few = { images: images.subarray(0, 32 * 784), labels: labels.subarray(0, 32) };
    const short = benchmarkTraining({ head: "arcface", ...few, steps: 1, warmup: 0, batchSize: 32 });
    const long = benchmarkTraining({ head: "arcface", ...few, steps: 40, warmup: 0, batchSize: 32 });
    expect(long.finalLoss).toBeLessThan(short.finalLoss);
  });
});
