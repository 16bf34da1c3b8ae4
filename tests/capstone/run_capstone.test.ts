import { annealedLambda } from "losslab";
import { CAPSTONE_ASOFTMAX_ANNEALING, CAPSTONE_LSOFTMAX_ANNEALING, capstoneSeedsTableRows, capstoneSeedsVerdict,
         compareMeasurements, formatMeasurement, perSeed, runCapstoneSeeds, type CapstoneSeedsResult } from "losslab-course";
import { loadFashionMnist, splitMnist } from "losslab-course";
import { CosineSimilarity, InputTypeError, ValueError, retrievalMetrics } from "losslab";
import { CAPSTONE_LOSSES, CAPSTONE_RETRIEVAL_PER_CLASS, capstoneTableRows, capstoneVerdict, nearestCentroidAccuracy, runCapstone,
         type CapstoneProgress, type CapstoneResult } from "losslab-course";

// a tiny configuration for the cpu backend: three trained digits, 30 images each, one epoch, a small network
const tiny = { seenDigits: [0, 1, 2], unseenDigits: [8, 9], perDigit: 30, epochs: 1, batchSize: 16, hidden: [16], pairs: 200, picturePerClass: 4, seed: 1 };

describe("runCapstone", () => {
  let result: CapstoneResult;
  const progress: CapstoneProgress[] = [];
  beforeAll(async () => {
    result = await runCapstone({ ...tiny, onProgress: (p) => void progress.push(p) });
  });

  it("trains every loss of the course and reports one row each, in order", () => {
    expect(result.rows.map((r) => r.loss)).toEqual([...CAPSTONE_LOSSES]);
    expect(new Set(result.rows.map((r) => r.loss)).size).toBe(8);
    for (const r of result.rows) {
      for (const key of ["closedSetAccuracy", "openSetAccuracy", "openSetAuc", "openSetTar", "calibrationAccuracy", "calibrationAuc"] as const) {
        expect(r[key]).toBeGreaterThanOrEqual(0);
        expect(r[key]).toBeLessThanOrEqual(1);
      }
      for (const key of ["intraAngle", "interAngle", "unseenIntraAngle", "unseenInterAngle"] as const) {
        expect(r[key]).toBeGreaterThanOrEqual(0);
        expect(r[key]).toBeLessThanOrEqual(Math.PI);
      }
      expect(Number.isFinite(r.finalTrainLoss)).toBe(true);
      expect(r.steps).toBe(result.budget.stepsPerLoss);
      expect(r.kind).toBe(["contrastive", "triplet"].includes(r.loss) ? "embedding" : "classifier");
      expect(r.closedSetMethod).toBe(r.kind === "embedding" ? "nearest centroid (cosine)" : "head");
    }
  });

  it("reports the annealed heads' final λ (the schedule at the last step), NaN for the others", () => {
    const steps = result.budget.stepsPerLoss;
    const lambda = (loss: string) => result.rows.find((r) => r.loss === loss)!.finalLambda;
    // the head counts the steps it took: λ after the last step is the schedule at iteration `steps`
    expect(lambda("lSoftmax")).toBeCloseTo(annealedLambda({ iteration: steps, ...CAPSTONE_LSOFTMAX_ANNEALING }), 6);
    expect(lambda("aSoftmax")).toBeCloseTo(annealedLambda({ iteration: steps, ...CAPSTONE_ASOFTMAX_ANNEALING }), 6);
    for (const loss of ["softmax", "cosFace", "arcFace", "triplet"]) expect(lambda(loss)).toBeNaN();
  });

  it("gives every loss the same budget: epochs, rows and steps", () => {
    expect(result.budget).toMatchObject({ epochs: 1, batchSize: 16, embeddingSize: 3, hidden: [16] });
    expect(result.budget.trainImages).toBe(result.data.train.count);
    expect(result.budget.stepsPerLoss).toBe(Math.ceil(result.data.train.count / 16));
  });

  it("trains on seen digits only, and the closed-set test never saw a training row", () => {
    expect(new Set(result.data.train.labels)).toEqual(new Set([0, 1, 2]));
    expect(new Set(result.data.test.labels)).toEqual(new Set([0, 1, 2]));
    const key = (set: { images: Float32Array }, i: number) => Buffer.from(set.images.buffer, set.images.byteOffset + i * 784 * 4, 784 * 4).toString("base64");
    const trainImages = new Set(Array.from({ length: result.data.train.count }, (_, i) => key(result.data.train, i)));
    for (let i = 0; i < result.data.test.count; i++) expect(trainImages.has(key(result.data.test, i))).toBe(false);
    expect(result.data.train.count + result.data.test.count).toBe(90);
  });

  it("draws the open-set pairs from the unseen digits only, and the calibration pairs from held-out seen digits", () => {
    const { openSet, calibration } = result.pairs;
    expect(new Set(result.data.unseen.labels)).toEqual(new Set([8, 9]));
    expect(openSet.first.length).toBe(200);
    for (const labels of [openSet.firstLabels, openSet.secondLabels]) expect(labels.every((l) => l === 8 || l === 9)).toBe(true);
    openSet.first.forEach((i, k) => expect(result.data.unseen.labels[i]).toBe(openSet.firstLabels[k]));
    openSet.second.forEach((i, k) => expect(result.data.unseen.labels[i]).toBe(openSet.secondLabels[k]));
    for (const labels of [calibration.firstLabels, calibration.secondLabels]) expect(labels.every((l) => l <= 2)).toBe(true);
    // about half of the pairs are positive
    expect(openSet.same.reduce((s, v) => s + v, 0)).toBe(100);
    openSet.same.forEach((s, k) => expect(s).toBe(openSet.firstLabels[k] === openSet.secondLabels[k] ? 1 : 0));
  });

  it("keeps features of a balanced sample for the pictures, with the head's weights for classifiers", () => {
    expect(result.features.map((f) => f.loss)).toEqual([...CAPSTONE_LOSSES]);
    for (const f of result.features) {
      expect(f.seen.features).toHaveLength(12);
      expect(f.unseen.features).toHaveLength(8);
      expect(f.seen.features.every((x) => x.length === 3)).toBe(true);
      expect(f.unseen.labels.every((l) => l === 8 || l === 9)).toBe(true);
      if (["contrastive", "triplet"].includes(f.loss)) expect(f.weights).toBeNull();
      else expect(f.weights).toHaveLength(3);
    }
  });

  it("measures open-set retrieval on the unseen features: precision@1 and MAP@R as retrievalMetrics, precision@1 as a plain loop", () => {
    // perDigit 30: every unseen image is searched (below CAPSTONE_RETRIEVAL_PER_CLASS)
    expect([...result.retrievalRows].sort((a, b) => a - b)).toEqual(Array.from({ length: result.data.unseen.count }, (_, i) => i));
    for (const f of result.features) {
      const row = result.rows.find((r) => r.loss === f.loss)!;
      expect(f.retrieval.features).toHaveLength(result.data.unseen.count);
      expect(f.retrieval.labels).toEqual(result.retrievalRows.map((r) => result.data.unseen.labels[r]));
      const m = retrievalMetrics({ query: f.retrieval.features, queryLabels: Int32Array.from(f.retrieval.labels), distance: new CosineSimilarity(), k: "maxBinCount" });
      expect(row.openSetPrecisionAt1).toBeCloseTo(m.precisionAt1, 12);
      expect(row.openSetMapAtR).toBeCloseTo(m.meanAveragePrecisionAtR, 12);
      // independent: each image's most cosine-similar other image, in plain numbers
      const unit = f.retrieval.features.map((x) => { const n = Math.hypot(...x); return x.map((v) => v / n); });
      const hits = unit.map((q, i) => {
        let best = -1, bestSim = -Infinity;
        unit.forEach((r, j) => { const sim = q.reduce((s, v, k) => s + v * r[k], 0); if (j !== i && sim > bestSim) { bestSim = sim; best = j; } });
        return f.retrieval.labels[best] === f.retrieval.labels[i] ? 1 : 0;
      });
      expect(row.openSetPrecisionAt1).toBeCloseTo(hits.reduce((a: number, b) => a + b, 0) / hits.length, 6);
      expect(row.openSetMapAtR).toBeGreaterThan(0);
      expect(row.openSetMapAtR).toBeLessThanOrEqual(1);
    }
  });

  it("searches at most CAPSTONE_RETRIEVAL_PER_CLASS unseen images of each class, a seeded sample the same for every loss", async () => {
    const big = await runCapstone({ ...tiny, perDigit: CAPSTONE_RETRIEVAL_PER_CLASS + 20, losses: ["softmax", "cosFace"] });
    const counts = new Map<number, number>();
    big.retrievalRows.forEach((r) => counts.set(big.data.unseen.labels[r], (counts.get(big.data.unseen.labels[r]) ?? 0) + 1));
    expect([...counts.entries()].sort()).toEqual([[8, CAPSTONE_RETRIEVAL_PER_CLASS], [9, CAPSTONE_RETRIEVAL_PER_CLASS]]);
    expect(new Set(big.retrievalRows).size).toBe(2 * CAPSTONE_RETRIEVAL_PER_CLASS);
    for (const f of big.features) expect(f.retrieval.labels).toEqual(big.retrievalRows.map((r) => big.data.unseen.labels[r]));
  });

  it("reports progress before training, after every epoch and when each loss is done", () => {
    expect(progress.filter((p) => p.done).map((p) => p.loss)).toEqual([...CAPSTONE_LOSSES]);
    expect(progress.filter((p) => p.loss === "softmax").map((p) => p.epoch)).toEqual([0, 1, 1]);
    expect(progress.every((p) => p.total === 8)).toBe(true);
  });

  it("is seeded: the same options give the same numbers", async () => {
    const again = await runCapstone({ ...tiny, losses: ["softmax", "triplet"] });
    for (const r of again.rows) {
      const first = result.rows.find((x) => x.loss === r.loss)!;
      expect(r.closedSetAccuracy).toBe(first.closedSetAccuracy);
      expect(r.openSetAuc).toBe(first.openSetAuc);
    }
  });

  it("turns the result into table rows and a conclusion that quotes the measured numbers", () => {
    const rows = capstoneTableRows(result);
    expect(rows).toHaveLength(8);
    expect(rows[0].loss).toBe("softmax");
    expect(rows[6]["closed-set by"]).toBe("nearest centroid (cos)");
    expect(rows[0]["open-set retrieval precision@1, digits 8, 9 (%)"]).toBe(Number((100 * result.rows[0].openSetPrecisionAt1).toFixed(1)));
    expect(rows[7]["open-set MAP@R, digits 8, 9"]).toBe(Number(result.rows[7].openSetMapAtR.toFixed(3)));
    const verdict = capstoneVerdict(result);
    const softmax = result.rows[0];
    expect(verdict).toContain(softmax.openSetAuc.toFixed(3));
    expect(verdict).toContain(`${(100 * softmax.openSetAccuracy).toFixed(1)} %`);
  });

  it("leaves the second open set's numbers NaN without one, and measures them on it when given", async () => {
    for (const r of result.rows) {
      for (const key of ["extraOpenSetAccuracy", "extraOpenSetAuc", "extraOpenSetTar", "extraUnseenIntraAngle", "extraUnseenInterAngle"] as const) expect(r[key]).toBeNaN();
    }
    expect(result.pairs.extraOpenSet).toBeNull();
    // a second open set of fashion photographs (classes 5 and 9) for a network trained on digits
    const clothes = splitMnist(loadFashionMnist({ classes: [5, 9] }), { testFraction: 1, perDigit: 30, seed: 2 }).test;
    const withExtra = await runCapstone({ ...tiny, losses: ["softmax", "arcFace"], extraUnseen: clothes });
    const pairs = withExtra.pairs.extraOpenSet!;
    expect(pairs.first.length).toBe(200);
    expect(new Set([...pairs.firstLabels, ...pairs.secondLabels])).toEqual(new Set([5, 9]));
    for (const r of withExtra.rows) {
      for (const key of ["extraOpenSetAccuracy", "extraOpenSetAuc", "extraOpenSetTar"] as const) {
        expect(r[key]).toBeGreaterThanOrEqual(0);
        expect(r[key]).toBeLessThanOrEqual(1);
      }
      expect(r.extraUnseenInterAngle).toBeGreaterThan(0);
      expect(r.extraUnseenIntraAngle).toBeGreaterThan(0);
    }
    // the first open set is untouched by the second
    expect(withExtra.rows[0].openSetAuc).toBe(result.rows[0].openSetAuc);
    await expect(runCapstone({ ...tiny, extraUnseen: { images: new Float32Array(3) } as never })).rejects.toThrow(InputTypeError);
  });

  it("checks its options", async () => {
    await expect(runCapstone({ ...tiny, unseenDigits: [2, 9] })).rejects.toThrow(ValueError);
    await expect(runCapstone({ ...tiny, losses: ["hinge" as never] })).rejects.toThrow(/losses\[0\]/);
    await expect(runCapstone({ ...tiny, seenDigits: 3 as never })).rejects.toThrow(InputTypeError);
  });
});

describe("nearestCentroidAccuracy", () => {
  it("assigns each feature to the class of the closest centre direction", () => {
    const train = { features: [[1, 0], [2, 0.1], [0, 1], [0.1, 3]], labels: [0, 0, 1, 1] };
    expect(nearestCentroidAccuracy({ train, test: { features: [[5, 1], [1, 4]], labels: [0, 1] } })).toBe(1);
    expect(nearestCentroidAccuracy({ train, test: { features: [[5, 1], [1, 4]], labels: [1, 1] } })).toBe(0.5);
  });
});


describe("runCapstoneSeeds", () => {
  let seeds: CapstoneSeedsResult;
  beforeAll(async () => {
    const { seed: _seed, ...rest } = tiny;
    seeds = await runCapstoneSeeds({ ...rest, losses: ["softmax", "lSoftmax", "arcFace"], seeds: [1, 2, 3] });
  });

  it("runs the capstone once per seed, the first seed as runCapstone would", async () => {
    expect(seeds.runs).toHaveLength(3);
    expect(seeds.losses).toEqual(["softmax", "lSoftmax", "arcFace"]);
    const single = await runCapstone({ ...tiny, losses: ["softmax", "lSoftmax", "arcFace"] });
    expect(seeds.runs[0].rows.map((r) => r.openSetAuc)).toEqual(single.rows.map((r) => r.openSetAuc));
    expect(perSeed(seeds, "softmax", (r) => r.openSetAuc)).toEqual(seeds.runs.map((r) => r.rows[0].openSetAuc));
  });

  it("tables mean ± s.e. over the seeds and states the final λ against the paper's", () => {
    const rows = capstoneSeedsTableRows(seeds);
    expect(rows.map((r) => r.loss)).toEqual(["softmax", "L-Softmax", "ArcFace"]);
    expect(rows[0]["open-set ROC AUC, digits 8, 9"]).toMatch(/^\d\.\d+ ± \d\.\d+$/);
    expect(rows[0]["final λ"]).toBe("—");
    expect(rows[1]["final λ"]).toMatch(/paper's λ_min 0: not reached, ψ is [\d.]+ % of the target/);
    expect(Object.keys(rows[0])).toContain("training time per seed (s), 3 seeds");
    expect(rows[0]["open-set TAR at FAR 1 % (%)"]).toMatch(/±/);
    expect(rows[0]["open-set retrieval precision@1, digits 8, 9 (%)"]).toBe(formatMeasurement(perSeed(seeds, "softmax", (r) => 100 * r.openSetPrecisionAt1), { unit: "" }));
    expect(rows[2]["open-set MAP@R, digits 8, 9"]).toBe(formatMeasurement(perSeed(seeds, "arcFace", (r) => r.openSetMapAtR), { unit: "" }));
  });

  it("words the verdict with compareMeasurements from the per-seed numbers", () => {
    const verdict = capstoneSeedsVerdict(seeds);
    expect(verdict).toMatch(/^Over 3 seeds/);
    expect(verdict).toMatch(/between softmax and L-Softmax|softmax ahead of L-Softmax|L-Softmax ahead of softmax/);
    expect(verdict).toContain("Final λ of the annealed heads: L-Softmax");
    const p1 = (loss: "softmax" | "arcFace") => perSeed(seeds, loss, (r) => 100 * r.openSetPrecisionAt1);
    expect(verdict).toContain(compareMeasurements(p1("softmax"), p1("arcFace"), { names: ["softmax", "ArcFace"], unit: "%", higherIsBetter: true }).sentence);
    const mapR = (loss: "softmax" | "arcFace") => perSeed(seeds, loss, (r) => r.openSetMapAtR);
    expect(verdict).toContain(compareMeasurements(mapR("softmax"), mapR("arcFace"), { names: ["softmax", "ArcFace"], higherIsBetter: true }).sentence);
  });

  it("checks its options", async () => {
    await expect(runCapstoneSeeds({ seeds: [] })).rejects.toThrow(InputTypeError);
    await expect(runCapstoneSeeds({ seed: 1 } as never)).rejects.toThrow(/did you mean 'seeds'/);
  });
});
