import { ASoftmaxHead, EmbeddingNet, InputTypeError, SoftmaxHead, SPHEREFACE_ANNEALING, tf } from "losslab";
import { loadMnist, splitMnist, trainHead, weightRows, type FeatureSnapshot, type Figure } from "losslab-course";

// three digits, 60 of each: small enough for the cpu backend of the tests
const { train, test } = splitMnist(loadMnist({ digits: [0, 1, 2] }), { perDigit: 60, testFraction: 0.25, seed: 1 });
const net = () => new EmbeddingNet({ hidden: [16], embeddingSize: 2, seed: 3 });

describe("trainHead", () => {
  it("trains net and head together, records a snapshot before training and after every epoch", async () => {
    const model = net();
    const head = new SoftmaxHead({ inputDim: 2, numClasses: 3, seed: 1 });
    const seen: number[] = [];
    const run = await trainHead({
      net: model, head, train, test, epochs: 4, batchSize: 32, learningRate: 0.01, watchPerClass: 5,
      onEpoch: (s) => void seen.push(s.epoch),
    });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(run.snapshots.map((s) => s.epoch)).toEqual([0, 1, 2, 3, 4]);
    expect(run.final).toBe(run.snapshots[4]);
    expect(Number.isNaN(run.snapshots[0].loss)).toBe(true);
    expect(run.history.epochLoss[3]).toBeLessThan(run.history.epochLoss[0]);
    expect(run.testAccuracy).toBeGreaterThan(0.8);
    expect(run.testError).toBeCloseTo(1 - run.testAccuracy, 12);
    // the watched digits: 5 of each class, the same rows at every epoch, with features of width 2
    const f = run.final;
    expect(f.labels.filter((l) => l === 1).length).toBe(5);
    expect(f.rows).toEqual(run.snapshots[0].rows);
    expect(f.rows.map((r) => test.labels[r])).toEqual(f.labels);
    expect(f.features.length).toBe(15);
    expect(f.features[0].length).toBe(2);
    expect(f.weights).toEqual(weightRows(head));
    expect(Number.isNaN(f.lambda)).toBe(true);
    model.dispose();
    head.dispose();
  });

  it("advances an annealed head's λ once per step and records it", async () => {
    const model = net();
    const head = new ASoftmaxHead({ inputDim: 2, numClasses: 3, m: 2, seed: 1, annealing: SPHEREFACE_ANNEALING });
    const run = await trainHead({ net: model, head, train, test, epochs: 2, batchSize: 45 });
    expect(head.iteration).toBe(run.history.steps);
    expect(run.snapshots[0].lambda).toBe(1000);
    expect(run.final.lambda).toBe(head.lambda);
    expect(run.final.lambda).toBeLessThan(run.snapshots[1].lambda);
    model.dispose();
    head.dispose();
  });

  it("is reproducible, shows each snapshot through `live`, and leaves no tensors behind", async () => {
    const once = async () => {
      const model = net();
      const head = new SoftmaxHead({ inputDim: 2, numClasses: 3, seed: 1 });
      const drawn: FeatureSnapshot[] = [];
      // outside a kernel the live output prints one text line per update
      const printed = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
      const before = tf.memory().numTensors;
      const run = await trainHead({
        net: model, head, train, test, epochs: 2, seed: 5,
        live: (s): Figure => (drawn.push(s), { data: [], layout: { title: { text: `epoch ${s.epoch}` } } }),
      });
      expect(tf.memory().numTensors).toBe(before);
      expect(drawn.map((s) => s.epoch)).toEqual([0, 1, 2]);
      expect(printed.mock.calls.map((c) => String(c[0]).trim())).toEqual(["<Figure: epoch 0 (live)>", "<Figure: epoch 1 (live)>", "<Figure: epoch 2 (0 traces)>"]);
      printed.mockRestore();
      model.dispose();
      head.dispose();
      return run.final.features;
    };
    expect(await once()).toEqual(await once());
  });

  it("without `live`, `progress` shows a progress bar with the test accuracy", async () => {
    const printed = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    const model = net();
    const head = new SoftmaxHead({ inputDim: 2, numClasses: 3 });
    const run = await trainHead({ net: model, head, train, test, epochs: 1, progress: "wide run" });
    const lines = printed.mock.calls.map((c) => String(c[0]).trim());
    printed.mockRestore();
    expect(lines.length).toBe(2);
    expect(lines[1]).toContain(`100% (1/1) wide run: epoch 1/1, test accuracy ${(100 * run.testAccuracy).toFixed(1)} %`);
    model.dispose();
    head.dispose();
  });

  it("trains without a test set (no snapshots of features, accuracy NaN)", async () => {
    const model = net();
    const head = new SoftmaxHead({ inputDim: 2, numClasses: 3 });
    const run = await trainHead({ net: model, head, train, epochs: 1 });
    expect(Number.isNaN(run.testAccuracy)).toBe(true);
    expect(run.final.features).toEqual([]);
    model.dispose();
    head.dispose();
  });

  it("says what is wrong with its arguments", async () => {
    const model = net();
    await expect(trainHead({ net: model, head: {} as never, train })).rejects.toThrow(InputTypeError);
    await expect(trainHead({ net: {} as never, head: new SoftmaxHead({ inputDim: 2, numClasses: 3 }), train })).rejects.toThrow("embed");
    model.dispose();
  });
});
