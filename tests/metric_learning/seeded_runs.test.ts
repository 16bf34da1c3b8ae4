import { EmbeddingNet, fitSiameseClassifier, InputTypeError, ValueError, tf } from "losslab";
import { trainSeeds, trainEmbedding, verifyEmbedding } from "losslab-course";
import { bandDigits } from "./helpers";

describe("trainSeeds", () => {
  const train = bandDigits(48, 4, 1);
  const test = bandDigits(32, 4, 2);
  const common = { train, test, probe: test, loss: "contrastive" as const, epochs: 2, batchSize: 16, hidden: [8], watchPerClass: 3 };

  it("seed k's run is trainEmbedding and verifyEmbedding of a fresh network with seed k", async () => {
    const runs = await trainSeeds({ ...common, seeds: [0, 3], embeddingSize: 4, progress: false });
    expect(runs.map((r) => r.seed)).toEqual([0, 3]);
    const net = new EmbeddingNet({ embeddingSize: 4, hidden: [8], seed: 3 });
    const { test: _t, hidden: _h, ...training } = common;
    const alone = await trainEmbedding({ ...training, net, seed: 3 });
    const verification = verifyEmbedding({ net, calibration: train, test, seed: 3 });
    expect(runs[1].run.final.embeddings).toEqual(alone.final.embeddings);
    expect(runs[1].verification.auc).toBe(verification.auc);
    expect(runs[1].verification.accuracy).toBe(verification.accuracy);
    net.dispose();
  });

  it("keeps labelled distances of training pairs, enough to fit the Siamese classifier, and leaks no network", async () => {
    const before = tf.memory().numTensors;
    const [run] = await trainSeeds({ ...common, seeds: [1], progress: false });
    expect(tf.memory().numTensors).toBe(before);
    const { distances, different } = run.calibrationPairs;
    expect(distances.length).toBe(different.length);
    expect(new Set(different)).toEqual(new Set([0, 1]));
    expect(Number.isFinite(fitSiameseClassifier(run.calibrationPairs).threshold)).toBe(true);
  });

  it("refuses an empty or non-integer list of seeds and unknown options", async () => {
    await expect(trainSeeds({ ...common, seeds: [] })).rejects.toThrow(InputTypeError);
    await expect(trainSeeds({ ...common, seeds: [0.5] })).rejects.toThrow(ValueError);
    await expect(trainSeeds({ ...common, seeds: [0], epoch: 3 } as never)).rejects.toThrow("epoch");
  });
});
