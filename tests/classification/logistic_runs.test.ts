import { InputTypeError, tf } from "losslab";
import { binaryMetrics, gaussianClasses, logisticProbabilities, trainLogisticRegression, trainLogisticRuns, trainLogisticSpec,
         type LogisticRunSpec } from "losslab-course";

const train = gaussianClasses({ counts: [60, 8], means: [[0, 0], [2.5, 2.5]], std: 1, seed: 1 });
const test = gaussianClasses({ counts: [100, 20], means: [[0, 0], [2.5, 2.5]], std: 1, seed: 2 });
const spec = (gamma: number, alpha?: number): LogisticRunSpec => ({ train, test,
  options: { loss: "focal", gamma, alpha, optimizer: "adam", learningRate: 0.05, epochs: 40 } });

describe("trainLogisticSpec and trainLogisticRuns", () => {
  it("a run as data is trainLogisticRegression scored by binaryMetrics on its test set, with no leaked tensor", () => {
    const before = tf.memory().numTensors;
    const reports: number[] = [];
    const run = trainLogisticSpec(spec(2, 0.75), (r) => void (r.kind === "progress" && reports.push(r.done)));
    expect(tf.memory().numTensors).toBe(before);
    const direct = trainLogisticRegression(train, spec(2, 0.75).options);
    expect(run.model).toEqual(direct.model);
    expect(run.finalLoss).toBe(direct.history[40].loss);
    expect(run.test).toEqual(binaryMetrics(test.y, logisticProbabilities(direct.model, test.x)));
    expect(reports).toEqual([4, 8, 12, 16, 20, 24, 28, 32, 36, 40]);
  });

  it("give on two worker threads what one thread gives, in the order of the runs", async () => {
    const specs = [spec(0), spec(2), spec(2, 0.25)];
    const here = await trainLogisticRuns(specs, { workers: 1 });
    const there = await trainLogisticRuns(specs, { workers: 2 });
    expect(there).toEqual(here);
    expect(new Set(here.map((r) => r.finalLoss)).size).toBe(3);
  });

  it("refuses what is not a list of runs, and a misspelt option", async () => {
    await expect(trainLogisticRuns([] as LogisticRunSpec[])).rejects.toThrow(InputTypeError);
    await expect(trainLogisticRuns([spec(2)], { worker: 2 } as never)).rejects.toThrow(/trainLogisticRuns.*worker/);
    expect(() => trainLogisticSpec({ ...spec(2), extra: 1 } as never)).toThrow(/trainLogisticSpec.*extra/);
  });
});
