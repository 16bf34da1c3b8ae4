import { InputTypeError } from "losslab";
import { compareMiners, minerRow } from "losslab-course";
import { bandDigits } from "./helpers";

describe("compareMiners", () => {
  const train = bandDigits(48, 4, 1);
  const test = bandDigits(32, 4, 2);

  it("trains one network per setting from the same initial weights and verifies each", async () => {
    const results = await compareMiners({
      train, test, probe: test, epochs: 2, batchSize: 16, hidden: [8], progress: false, watchPerClass: 3,
      miners: ["semiHard", { miner: "batchHard", warmup: { miner: "semiHard", epochs: 1 }, name: "warm" }],
    });
    expect(results).toHaveLength(2);
    // same initial network: identical embeddings before training
    expect(results[1].run.snapshots[0].embeddings).toEqual(results[0].run.snapshots[0].embeddings);
    expect(results[0].run.name).toBe("triplet · semi-hard (FaceNet)");
    expect(results[1].run.name).toBe("warm");
    expect(results[1].setting.warmup).toEqual({ miner: "semiHard", epochs: 1 });
    for (const r of results) {
      expect(r.verification.auc).toBeGreaterThanOrEqual(0);
      expect(r.verification.auc).toBeLessThanOrEqual(1);
      expect(r.run.snapshots).toHaveLength(3);
    }
    const row = minerRow(results[0]);
    expect(Object.keys(row)).toEqual(["mining", "triplets per batch", "test ROC AUC", "test accuracy at t", "spread of the embeddings", "semi-hard / hard of 1000", "seconds"]);
    expect(row.mining).toBe("semi-hard (FaceNet)");
    expect(row["test ROC AUC"]).toBe(results[0].verification.auc);
    expect(row["triplets per batch"]).toBe(Math.round(results[0].run.used.reduce((a, b) => a + b, 0) / results[0].run.used.length));
    expect(row["semi-hard / hard of 1000"]).toBe(`${results[0].run.final.semiHard} / ${results[0].run.final.hard}`);
  });

  it("rejects an empty list of miners", async () => {
    await expect(compareMiners({ train, test, miners: [] })).rejects.toThrow(InputTypeError);
  });
});
