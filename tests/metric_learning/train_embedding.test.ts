import { EmbeddingNet, mineBatchHard, mineSemiHard, mineSemiHardTfa, Rng, tf, InputTypeError, ValueError } from "losslab";
import { embeddingRunLabel, embeddingRunName, mineTriplets, probeStatistics, snapshotStatus, trainEmbedding,
         type EmbeddingSnapshot } from "losslab-course";
import { bandDigits } from "./helpers";

const small = () => new EmbeddingNet({ hidden: [8], embeddingSize: 2, seed: 1 });
const train = bandDigits(48, 4, 1);
const probe = bandDigits(32, 4, 2);

describe("probeStatistics", () => {
  it("splits fixed triplets into easy / semi-hard / hard and measures spread, norms and pair distances", () => {
    const e = [[0, 0], [0.3, 0], [1, 0], [0, 0.35], [0.2, 0.1]];
    const triplets = { anchors: Int32Array.from([0, 0, 0]), positives: Int32Array.from([1, 1, 1]), negatives: Int32Array.from([2, 3, 4]) };
    const pairs = { first: Int32Array.from([0, 0]), second: Int32Array.from([1, 2]), same: Uint8Array.from([1, 0]) };
    const s = probeStatistics(e, triplets, pairs, 0.2);
    expect([s.easy, s.semiHard, s.hard, s.triplets]).toEqual([1, 1, 1, 3]);
    const mean = [1.5 / 5, 0.45 / 5];
    const rms = Math.sqrt(e.reduce((t, r) => t + (r[0] - mean[0]) ** 2 + (r[1] - mean[1]) ** 2, 0) / 5);
    expect(s.spread).toBeCloseTo(rms, 12);
    expect(s.meanNorm).toBeCloseTo((0 + 0.3 + 1 + 0.35 + Math.hypot(0.2, 0.1)) / 5, 12);
    expect(s.positiveDistance).toBeCloseTo(0.3, 12);
    expect(s.negativeDistance).toBeCloseTo(1, 12);
  });

  it("a collapsed embedding has spread 0 and only hard triplets (D(A,N) = D(A,P) = 0)", () => {
    const e = [[2, 2], [2, 2], [2, 2]];
    const s = probeStatistics(e, { anchors: Int32Array.from([0]), positives: Int32Array.from([1]), negatives: Int32Array.from([2]) }, { first: Int32Array.from([0]), second: Int32Array.from([2]), same: Uint8Array.from([0]) }, 0.2);
    expect([s.spread, s.hard, s.negativeDistance]).toEqual([0, 1, 0]);
    expect(Number.isNaN(s.positiveDistance)).toBe(true); // no positive pair among the probe's pairs
  });
});

describe("mineTriplets", () => {
  it("dispatches to the miner named, with its margin and distance", () => {
    const e = tf.tensor2d([[0, 0], [0.1, 0], [1, 0], [0.5, 0.5], [2, 1], [0, 2]]);
    const labels = Int32Array.from([0, 0, 1, 1, 2, 2]);
    const rng = new Rng(0);
    expect(mineTriplets("batchHard", { embeddings: e, labels, margin: 0.2, rng })).toEqual(mineBatchHard({ embeddings: e, labels }));
    expect(mineTriplets("semiHard", { embeddings: e, labels, margin: 0.5, rng, distance: "euclidean" })).toEqual(mineSemiHard({ embeddings: e, labels, margin: 0.5, distance: "euclidean" }));
    expect(mineTriplets("semiHardTfa", { embeddings: e, labels, margin: 0.5, rng, distance: "euclidean" })).toEqual(mineSemiHardTfa({ embeddings: e, labels, distance: "euclidean" }));
    expect(mineTriplets("notes", { embeddings: e, labels, margin: 0.2, rng, notesTriplets: 30 }).candidates).toBe(30);
    expect(mineTriplets("batchAll", { embeddings: e, labels, margin: 0.2, rng }).candidates).toBe(6 * 1 * 4);
    e.dispose();
  });
});

describe("run names", () => {
  it("name and label the runs", () => {
    expect(embeddingRunName({ loss: "contrastive" })).toBe("contrastive");
    expect(embeddingRunLabel({ loss: "naive" })).toBe("naive");
    expect(embeddingRunName({ loss: "triplet", miner: "batchHard" })).toBe("triplet · batch-hard");
    expect(embeddingRunName({ loss: "triplet" })).toBe("triplet · the notes' rule (1000 random triplets)");
    const warm = { loss: "triplet" as const, miner: "batchHard" as const, distance: "euclidean" as const, warmup: { miner: "semiHard" as const, epochs: 4 } };
    expect(embeddingRunName(warm)).toBe("triplet · semi-hard (FaceNet) for 4 epochs, then batch-hard, D = ‖·‖ (not squared)");
    expect(embeddingRunLabel(warm)).toBe("semi-hard → batch-hard");
  });
});

describe("trainEmbedding", () => {
  it("records a snapshot before training and after every epoch, and what every step used", async () => {
    const net = small();
    const seen: number[] = [];
    const run = await trainEmbedding({ net, train, probe, loss: "triplet", miner: "notes", notesTriplets: 200, epochs: 3, batchSize: 16, probeTriplets: 300, watchPerClass: 5, onEpoch: (s) => void seen.push(s.epoch) });
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(run.snapshots.map((s) => s.epoch)).toEqual([0, 1, 2, 3]);
    expect(run.final).toBe(run.snapshots[3]);
    expect(run.history.steps).toBe(9);
    expect(run.used).toHaveLength(9);
    expect(run.candidates).toEqual(new Array(9).fill(200));
    run.used.forEach((u) => expect(u).toBeLessThanOrEqual(200));
    expect(run.usedPerEpoch).toHaveLength(3);
    expect(run.usedPerEpoch[0]).toBeCloseTo((run.used[0] + run.used[1] + run.used[2]) / 3, 12);
    for (const s of run.snapshots) {
      expect(s.easy + s.semiHard + s.hard).toBe(300);
      expect(s.embeddings).toHaveLength(20); // 5 per class, 4 classes
      expect(s.labels.filter((l) => l === 2)).toHaveLength(5);
      expect(s.lossName).toBe("triplet");
      s.rows.forEach((r, k) => expect(probe.labels[r]).toBe(s.labels[k]));
    }
    expect(Number.isNaN(run.snapshots[0].loss)).toBe(true);
    expect(run.final.loss).toBe(run.history.epochLoss[2]);
    expect([run.name, run.label, run.miner, run.margin]).toEqual(["triplet · the notes' rule (1000 random triplets)", "notes' rule", "notes", 0.2]);
    net.dispose();
  });

  it("the naive loss shrinks the embedding; the contrastive loss keeps negative pairs apart", async () => {
    // labels that the images do not predict: the only way to bring "similar" pairs together is to shrink everything
    const rng = new Rng(9);
    const unrelated = { ...train, labels: Int32Array.from(rng.shuffle(Array.from(train.labels))) };
    const naive = await trainEmbedding({ net: small(), train: unrelated, probe, loss: "naive", epochs: 6, batchSize: 16, learningRate: 0.01 });
    const contrastive = await trainEmbedding({ net: small(), train, probe, loss: "contrastive", epochs: 6, batchSize: 16, learningRate: 0.01 });
    expect(naive.final.spread).toBeLessThan(0.3 * naive.snapshots[0].spread);
    expect(naive.final.negativeDistance).toBeLessThan(0.3 * naive.snapshots[0].negativeDistance);
    expect(naive.final.loss).toBeLessThan(0.3 * naive.history.epochLoss[0]);
    expect(contrastive.final.negativeDistance).toBeGreaterThan(2 * contrastive.final.positiveDistance);
    // naive runs draw positive pairs only; contrastive runs half and half
    expect(naive.used).toEqual(new Array(naive.history.steps).fill(16));
    expect(naive.final.lossName).toBe("naive");
  });

  it("a warm-up trains its first epochs with another miner", async () => {
    const run = await trainEmbedding({ net: small(), train, probe, loss: "triplet", miner: "batchHard", warmup: { miner: "semiHard", epochs: 1 }, epochs: 2, batchSize: 16 });
    // batch-hard looks at the batch's rows; semi-hard at its ordered positive pairs (more than 16 here)
    expect(run.candidates.slice(3)).toEqual([16, 16, 16]);
    run.candidates.slice(0, 3).forEach((c) => expect(c).toBeGreaterThan(16));
    expect(run.label).toBe("semi-hard → batch-hard");
  });

  it("is reproducible: same seeds, same losses and snapshots", async () => {
    const go = () => trainEmbedding({ net: small(), train, probe, loss: "contrastive", epochs: 2, batchSize: 16, seed: 3 });
    const [a, b] = [await go(), await go()];
    expect(b.history.batchLoss).toEqual(a.history.batchLoss);
    expect(b.final.embeddings).toEqual(a.final.embeddings);
  });

  it("shows a live figure or a progress bar (plain text outside a notebook), one per epoch", async () => {
    const write = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      const drawn: EmbeddingSnapshot[] = [];
      await trainEmbedding({ net: small(), train, loss: "naive", epochs: 2, batchSize: 24, live: (s) => (drawn.push(s), { data: [], layout: { title: { text: "t" } } }) });
      expect(drawn.map((s) => s.epoch)).toEqual([0, 1, 2]);
      write.mockClear();
      await trainEmbedding({ net: small(), train, loss: "contrastive", epochs: 2, batchSize: 24, progress: true, name: "demo" });
      const lines = write.mock.calls.map((c) => String(c[0]));
      expect(lines).toHaveLength(3);
      expect(lines[2]).toContain("100% (2/2) demo: epoch 2/2");
      expect(lines[2]).toContain("mean distance of positive pairs");
    } finally {
      write.mockRestore();
    }
  });

  it("rejects bad options, naming them", async () => {
    const net = small();
    await expect(trainEmbedding({ net: {} as never, train, loss: "naive" })).rejects.toThrow(InputTypeError);
    await expect(trainEmbedding({ net, train, loss: "siamese" as never })).rejects.toThrow(ValueError);
    await expect(trainEmbedding({ net, train, loss: "triplet", miner: "hardest" as never })).rejects.toThrow(/miner/);
    await expect(trainEmbedding({ net, train, loss: "triplet", warmup: { miner: "semiHard", epochs: -1 } })).rejects.toThrow(/warmup.epochs/);
    await expect(trainEmbedding({ net, train, loss: "contrastive", margin: -1 })).rejects.toThrow(/margin/);
    await expect(trainEmbedding({ net, train, loss: "contrastive", batchSize: 1 })).rejects.toThrow(/batchSize/);
    await expect(trainEmbedding({ net, train, loss: "triplet", distance: "l3" as never })).rejects.toThrow(/distance/);
    net.dispose();
  });
});

describe("snapshotStatus", () => {
  it("reports triplet counts for triplet runs, pair distances otherwise", () => {
    const base = { epoch: 2, epochs: 8, loss: 0.1234, seconds: 1, spread: 1.5, meanNorm: 1, easy: 900, semiHard: 48, hard: 52, triplets: 1000, positiveDistance: 0.31, negativeDistance: 1.2, embeddings: [], labels: [], rows: [] };
    expect(snapshotStatus({ ...base, lossName: "triplet" })).toBe("epoch 2/8 · loss 0.123 · spread 1.5 · of 1000 random triplets 48 semi-hard, 52 hard");
    expect(snapshotStatus({ ...base, lossName: "contrastive", loss: NaN })).toBe("epoch 2/8 · spread 1.5 · mean distance of positive pairs 0.31, of negative pairs 1.2");
  });
});
