import { formulationFor, Rng, tf, ValueError, InputTypeError, ShapeError, FlatAdam } from "losslab";
import { benchmarkFormulations, benchmarkHeads, benchmarkTraining, profileTrainingStep, referenceModel, REFERENCE_HEADS } from "losslab-course";

// random "digits": the benchmark's speed does not depend on pixel values
const rng = new Rng(5);
const n = 256;
const images = Float32Array.from({ length: n * 784 }, () => rng.next());
const labels = Int32Array.from({ length: n }, () => rng.int(10));

describe("referenceModel", () => {
  it("puts each of the six heads on the same network, softmax first", () => {
    expect(REFERENCE_HEADS).toEqual(["softmax", "modified", "lsoftmax", "asoftmax", "cosface", "arcface"]);
    const names = REFERENCE_HEADS.map((head) => {
      const m = referenceModel({ head });
      const name = m.head.name;
      m.dispose();
      return name;
    });
    expect(names).toEqual(["SoftmaxHead", "ModifiedSoftmaxHead", "LSoftmaxHead", "ASoftmaxHead", "CosFaceHead", "ArcFaceHead"]);
  });

  it("is the margin lessons' 784-256-128-d network with the chosen head", () => {
    const m = referenceModel({ head: "arcface", featureSize: 3 });
    expect(m.net.variables.map((v) => v.shape)).toEqual([[784, 256], [256], [256, 128], [128], [128, 3], [3]]);
    expect(m.head.trainableVariables.map((v) => v.shape)).toEqual([[3, 10]]);
    m.dispose();
    expect(() => referenceModel({ head: "focal" as never })).toThrow(ValueError);
  });
});

describe("benchmarkTraining", () => {
  it("trains, reports speed, frees everything and keeps the tensor count flat", () => {
    const before = tf.memory().numTensors;
    const r = benchmarkTraining({ head: "softmax", images, labels, steps: 8, warmup: 2, batchSize: 32, memoryEvery: 2 });
    expect(r.samplesPerSecond).toBeGreaterThan(0);
    expect(r.msPerStep).toBeCloseTo((32 * 1000) / r.samplesPerSecond, 6);
    // a single step is never longer than the whole loop
    expect(r.medianMsPerStep).toBeGreaterThan(0);
    expect(r.medianMsPerStep).toBeLessThanOrEqual(r.msPerStep * r.steps);
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

describe("benchmarkHeads", () => {
  it("times every head side by side, relative to the first, with its kernels per step, and frees everything", async () => {
    const before = tf.memory().numTensors;
    const r = await benchmarkHeads({ images, labels, heads: ["softmax", "arcface", "lsoftmax"], steps: 3, warmup: 1, batchSize: 32 });
    expect(r.map((h) => h.head)).toEqual(["softmax", "arcface", "lsoftmax"]);
    expect(r.map((h) => h.marginLoss)).toEqual([undefined, formulationFor().marginLoss, formulationFor().marginLoss]);
    expect(r[0].overhead).toBe(0);
    for (const h of r) {
      expect(h.medianMsPerStep).toBeGreaterThan(0);
      expect(Number.isFinite(h.overhead) && h.overhead > -1).toBe(true);
      expect(h.kernelsPerStep).toBeGreaterThan(50);
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it("trains each margin head once per margin-loss formulation asked for; the host form runs fewer kernels", async () => {
    const r = await benchmarkHeads({ images, labels, heads: ["softmax", "arcface"], marginLoss: ["tensor", "host"], steps: 2, warmup: 1, batchSize: 32 });
    expect(r.map((h) => `${h.head}/${h.marginLoss}`)).toEqual(["softmax/undefined", "arcface/tensor", "arcface/host"]);
    expect(r[2].kernelsPerStep).toBeLessThan(r[1].kernelsPerStep);
  });

  it("rejects an unknown head, formulation or an empty list, naming the argument", async () => {
    await expect(benchmarkHeads({ images, labels, heads: ["softmax", "focal" as never] })).rejects.toThrow("losslab.benchmarkHeads: argument 'heads[1]' must be one of");
    await expect(benchmarkHeads({ images, labels, heads: [] })).rejects.toThrow("argument 'heads'");
    await expect(benchmarkHeads({ images, labels, marginLoss: ["gpu" as never] })).rejects.toThrow("argument 'marginLoss[0]'");
  });
});

describe("profileTrainingStep", () => {
  it("lists the kernels of a step, slowest first, counting composite ops only through their kernels", async () => {
    const before = tf.memory().numTensors;
    const p = await profileTrainingStep({ head: "arcface", images, labels, steps: 2, warmup: 1, timedSteps: 2, batchSize: 32 });
    expect(p.backend).toBe(tf.getBackend());
    const names = p.kernels.map((k) => k.kernel);
    // the first layer's forward product and its weight gradient (Xᵀ·dY) are there
    expect(names).toContain("BatchMatMul [32,784]·[784,256]");
    // Xᵀ·dY: an explicit transpose first on wasm and cpu, a transpose flag on tensorflow (formulationFor)
    expect(names).toContain(formulationFor().dense === "transposeFlags" ? "BatchMatMul [32,784]·[32,256]" : "BatchMatMul [784,32]·[32,256]");
    expect(names.some((n) => n.startsWith("unnamed scope") || n.includes("__op"))).toBe(false);
    for (let i = 1; i < p.kernels.length; i++) expect(p.kernels[i].ms).toBeLessThanOrEqual(p.kernels[i - 1].ms);
    expect(p.kernelMs).toBeCloseTo(p.kernels.reduce((s, k) => s + k.ms, 0), 9);
    expect(p.kernelsPerStep).toBeCloseTo(p.kernels.reduce((s, k) => s + k.calls, 0), 9);
    expect(p.msPerStep).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("benchmarkFormulations", () => {
  it("times the four formulations of a softmax step side by side and marks the one formulationFor picks", async () => {
    const f = await benchmarkFormulations({ images, labels, steps: 2, warmup: 1 });
    expect(f.map((v) => `${v.dense}/${v.optimizer}`)).toEqual([
      "explicitTranspose/adam",
      "explicitTranspose/flatAdam",
      "transposeFlags/adam",
      "transposeFlags/flatAdam",
    ]);
    f.forEach((v) => expect(v.medianMsPerStep).toBeGreaterThan(0));
    const chosen = f.filter((v) => v.chosen);
    expect(chosen).toHaveLength(1);
    expect(chosen[0].dense).toBe(formulationFor().dense);
    expect(chosen[0].optimizer).toBe(formulationFor().optimizer);
  });

  it("refuses bad data and misspelt options before building a model", async () => {
    const before = tf.memory().numTensors;
    await expect(benchmarkFormulations({ images, labels, stpes: 2 } as never)).rejects.toThrow("did you mean 'steps'?");
    expect(() => benchmarkTraining({ head: "softmax", images: Array.from(images) as never, labels })).toThrow(InputTypeError);
    expect(() => benchmarkTraining({ head: "softmax", images: images.subarray(0, 784 * 10), labels })).toThrow(ShapeError);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("formulationFor", () => {
  it("keeps matmul transpose flags on the native backend only, tf.train.adam everywhere, the host margin loss on the CPU backends (as measured)", () => {
    expect(formulationFor("tensorflow")).toEqual({ dense: "transposeFlags", optimizer: "adam", marginLoss: "host" });
    expect(formulationFor("wasm")).toEqual({ dense: "explicitTranspose", optimizer: "adam", marginLoss: "host" });
    expect(formulationFor("cpu")).toEqual({ dense: "explicitTranspose", optimizer: "adam", marginLoss: "host" });
    expect(formulationFor("webgl")).toEqual({ dense: "explicitTranspose", optimizer: "adam", marginLoss: "tensor" });
    expect(new FlatAdam()).toBeInstanceOf(tf.Optimizer);
  });
});
