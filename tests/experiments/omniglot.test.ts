import * as tf from "@tensorflow/tfjs";
import { Rng } from "losslab";
import {
  OMNIGLOT_EXPERIMENT,
  OMNIGLOT_LOSSES,
  omniglotClassSweepRows,
  omniglotMainRows,
  omniglotMarginRows,
  omniglotObjective,
  omniglotPublishedRows,
  omniglotResultsJson,
  omniglotSeenRows,
  omniglotSplits,
  omniglotTuningRows,
  rawPixelMetrics,
  runOmniglotExperiment,
  runOmniglotTrial,
  sweepCharacters,
  trainingRows,
  type OmniglotResults,
  type TrialInput,
} from "losslab-course";
import { testBackend } from "../backends";
import { syntheticConfig, syntheticOmniglot } from "./synthetic_omniglot";
import { withoutEngineLeakCheck } from "../layers/leak_check";

const data = syntheticOmniglot();
const config = syntheticConfig();
const splits = omniglotSplits(data.background, config.splits);
// tfjs-backend-wasm has no Conv2DBackpropFilter kernel: a Conv-4 trains on tensorflow and cpu only; the
// pure-JavaScript cpu backend takes minutes for the whole synthetic design, so there one short trial runs
const trains = testBackend() !== "wasm";
const cheapTraining = testBackend() === "tensorflow";

withoutEngineLeakCheck();

describe("Omniglot experiment: splits", () => {
  it("splits by alphabet: training, validation and test characters are disjoint; the closed set is the held-out drawers", () => {
    const { background } = data;
    expect(splits.trainAlphabets).toEqual(["A", "B"]);
    expect(splits.trainCharacters).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(splits.testCharacters).toEqual([10, 11, 12, 13, 14, 15]);
    expect(splits.validationCharacters).toEqual([16, 17, 18, 19]);
    expect(splits.testRows.every((r) => background.alphabetNames[background.alphabet[r]] === "Test")).toBe(true);
    expect(splits.validationRows.length).toBe(4 * 8);
    expect(splits.closedSetRows.length).toBe(10 * 2);
    expect(splits.closedSetRows.every((r) => background.drawer[r] >= 6 && background.character[r] < 10)).toBe(true);
    const rows = trainingRows(background, splits.trainCharacters, config.splits.trainDrawers);
    expect(rows.length).toBe(10 * 6);
    expect(rows.some((r) => splits.closedSetRows.includes(r))).toBe(false);
    expect(() => omniglotSplits(background, { ...config.splits, testAlphabets: ["Klingon"] })).toThrow(/Klingon/);
  });

  it("the class-count sweep's subsets nest and are seeded; the real design's alphabets are the documented ones", () => {
    const all = Array.from({ length: 203 }, (_, i) => i * 2);
    const [a, b, c] = [25, 50, 100].map((n) => sweepCharacters(all, n));
    expect(a.every((x) => b.includes(x)) && b.every((x) => c.includes(x))).toBe(true);
    expect(new Set(c).size).toBe(100);
    expect(sweepCharacters(all, 25)).toEqual(a);
    expect(() => sweepCharacters(all, 204)).toThrow(/count/);
    expect(OMNIGLOT_EXPERIMENT.splits).toMatchObject({ validationAlphabets: ["Tagalog"], testAlphabets: ["Early_Aramaic"] });
    expect(OMNIGLOT_EXPERIMENT.seeds.length).toBeGreaterThanOrEqual(5);
    expect(OMNIGLOT_EXPERIMENT.classSweep.seeds.length).toBeGreaterThanOrEqual(3);
    // every loss with a hyperparameter gets the same number of tuning trials
    const sizes = OMNIGLOT_LOSSES.filter((l) => l !== "softmax").map((l) => OMNIGLOT_EXPERIMENT.grids[l].length);
    expect(new Set(sizes).size).toBe(1);
    expect(OMNIGLOT_EXPERIMENT.marginSweep.margins).toEqual(expect.arrayContaining([-0.2, 0, 0.5]));
  });
});

describe("Omniglot experiment: objectives", () => {
  it("every loss gives a finite loss with gradients for the embeddings (and its head), and names its similarity", () => {
    const rng = new Rng(3);
    const e = tf.tensor2d(Array.from({ length: 16 }, () => Array.from({ length: 8 }, () => rng.normal())));
    const hostLabels = Int32Array.from({ length: 16 }, (_, i) => i % 4);
    const labels = tf.tensor1d(hostLabels, "int32");
    const similarities: Record<string, string> = {};
    for (const name of OMNIGLOT_LOSSES) {
      const before = tf.memory().numTensors;
      const objective = omniglotObjective({ name, params: OMNIGLOT_EXPERIMENT.grids[name][0] }, 8, 4, 1);
      const { value, grads } = objective.variables.length
        ? tf.variableGrads(() => objective.loss(e, labels, hostLabels), objective.variables)
        : { value: objective.loss(e, labels, hostLabels), grads: {} as tf.NamedTensorMap };
      const g = tf.grad((x: tf.Tensor) => objective.loss(x as tf.Tensor2D, labels, hostLabels))(e);
      expect(Number.isFinite(value.dataSync()[0])).toBe(true);
      expect(Array.from(g.dataSync()).some((v) => v !== 0)).toBe(true);
      objective.variables.forEach((v) => expect(Array.from(grads[v.name].dataSync()).some((x) => x !== 0)).toBe(true));
      similarities[name] = `${objective.similarity}${objective.normalize ? " (normalised)" : ""}`;
      tf.dispose([value, g, ...Object.values(grads)]);
      objective.dispose();
      expect(tf.memory().numTensors).toBe(before);
    }
    expect(similarities).toEqual({
      softmax: "cosine", normFace: "cosine", cosFace: "cosine", arcFace: "cosine", sphereFace: "cosine",
      contrastive: "euclidean (normalised)", triplet: "euclidean (normalised)", multiSimilarity: "cosine",
    });
    expect(() => omniglotObjective({ name: "cosFace", params: { s: 10, margin: 0.2 } }, 8, 4, 1)).toThrow(/margin/);
    expect(() => omniglotObjective({ name: "lSoftmax" as never, params: {} }, 8, 4, 1)).toThrow(/spec.name/);
    tf.dispose([e, labels]);
  });
});

describe("Omniglot experiment: evaluation", () => {
  it("the raw-pixel baseline gives every protocol's metric in range", () => {
    const m = rawPixelMetrics({ data, splits, protocols: ["validation", "oneShot", "unseen"], evaluation: config.evaluation, seed: 0 });
    expect(Object.keys(m).sort()).toEqual(["auc", "episode3w1s", "episode3w2s", "interUnseenDeg", "intraUnseenDeg", "mapAtR", "oneShotError", "precisionAt1", "tarAtFar1e-2", "tarAtFar1e-3", "validationAccuracy"].sort());
    expect(m.oneShotError).toBeGreaterThanOrEqual(0);
    expect(m.oneShotError).toBeLessThanOrEqual(100);
    for (const k of ["auc", "episode3w1s", "mapAtR", "precisionAt1", "validationAccuracy"]) {
      expect(m[k]).toBeGreaterThanOrEqual(0);
      expect(m[k]).toBeLessThanOrEqual(1);
    }
    // strokes of distinct characters: the pixels alone already beat chance in 3-way episodes
    expect(m.episode3w1s).toBeGreaterThan(1 / 3);
  });
});

describe("Omniglot experiment: a trial", () => {
  const input = (name: (typeof OMNIGLOT_LOSSES)[number], seed = 0): TrialInput => ({
    loss: { name, params: config.grids[name][0] },
    seed,
    characters: splits.trainCharacters,
    protocols: ["oneShot", "unseen", "closedSet"],
    config,
    data,
  });

  if (!trains) {
    it("on wasm, training stops with the missing kernel named (Conv4 has no gradient there)", async () => {
      await expect(runOmniglotTrial(input("softmax"))).rejects.toThrow(/Conv2DBackpropFilter/);
    });
    return;
  }

  it("trains every loss for epochs·images/batch steps, measures every protocol, frees its tensors", async () => {
    for (const name of cheapTraining ? OMNIGLOT_LOSSES : (["cosFace"] as const)) {
      const before = tf.memory().numTensors;
      const r = await runOmniglotTrial(input(name));
      expect(tf.memory().numTensors).toBe(before);
      expect(r.steps).toBe(Math.round((2 * 60) / 16));
      expect([r.characters, r.trainImages]).toEqual([10, 60]);
      expect(Number.isFinite(r.firstLoss) && Number.isFinite(r.lastLoss)).toBe(true);
      expect(r.metrics.closedSetHead === null).toBe(["contrastive", "triplet", "multiSimilarity"].includes(name));
      expect(r.finalLambda === null).toBe(name !== "sphereFace");
      for (const k of ["oneShotError", "auc", "tarAtFar1e-3", "episode3w2s", "mapAtR", "closedSetPrototype", "intraSeenDeg", "interUnseenDeg"]) {
        expect(Number.isFinite(r.metrics[k] as number)).toBe(true);
      }
    }
  });

  if (cheapTraining) it("is a function of its seed: the same input gives the same numbers; another seed other numbers; the loss falls", async () => {
    const longer = (seed: number) => ({ ...input("softmax", seed), config: { ...config, training: { ...config.training, epochs: 8 } } });
    const [a, b, c] = [await runOmniglotTrial(longer(0)), await runOmniglotTrial(longer(0)), await runOmniglotTrial(longer(1))];
    expect(b.firstLoss).toBeCloseTo(a.firstLoss, 5);
    expect(b.metrics.oneShotError).toBeCloseTo(a.metrics.oneShotError as number, 5);
    expect(b.metrics.auc).toBeCloseTo(a.metrics.auc as number, 5);
    expect(c.firstLoss).not.toBeCloseTo(a.firstLoss, 5);
    expect(a.lastLoss).toBeLessThan(a.firstLoss);
  });
});

describe("Omniglot experiment: the whole design on synthetic data", () => {
  if (!cheapTraining) return;
  let results: OmniglotResults;
  beforeAll(async () => {
    results = await runOmniglotExperiment({ data, config, drift: { seed: 0, losses: [{ name: "softmax", params: {} }], epochs: 1 }, command: "test", commit: "0123abc" });
  });

  it("saves config, provenance, baselines, tuning, per-seed numbers, sweeps and the drift slice", () => {
    expect([results.experiment, results.command, results.commit]).toEqual(["omniglot", "test", "0123abc"]);
    expect([results.complete, results.phases]).toEqual([true, ["tuning", "main", "marginSweep", "classSweep"]]);
    expect(Object.keys(results).sort()).toEqual(["backend", "baselines", "classSweep", "command", "commit", "complete", "config", "data", "date", "drift", "experiment", "losslabVersion", "main", "marginSweep", "phases", "published", "seconds", "totalSteps", "tuning", "workers"].sort());
    expect(results.data).toMatchObject({ trainAlphabets: ["A", "B"], trainCharacters: 10, trainImages: 60, testCharacters: 6, oneShotRuns: 2 });
    expect(results.published.map((p) => p.errorPercent)).toContain(38.8);
    expect(results.baselines.modifiedHausdorffErrorPercent).toBeGreaterThanOrEqual(0);
    expect(Object.keys(results.main)).toEqual(["softmax", "cosFace"]);
    for (const p of Object.values(results.main)) {
      expect(p.seeds).toEqual([0, 1]);
      expect(p.metrics.oneShotError).toHaveLength(2);
      expect(p.metrics.closedSetPrototype).toHaveLength(2);
    }
    expect(results.marginSweep.rows.map((r) => r.loss.params.m)).toEqual([-0.1, 0.3]);
    expect(results.classSweep.counts).toEqual([4, 10]);
    expect(results.classSweep.losses.cosFace.map((p) => p.steps)).toEqual([Math.round((2 * 24) / 16), Math.round((2 * 60) / 16)]);
    expect(results.drift.rows[0].metrics.oneShotError).toEqual(expect.any(Number));
    expect(JSON.parse(omniglotResultsJson(results))).toEqual(JSON.parse(JSON.stringify(results)));
  });

  it("tuning picks the best validation accuracy; runs shared between phases give the same numbers", () => {
    const t = results.tuning.cosFace;
    const best = Math.max(...t.grid.map((g) => g.validationAccuracy));
    expect(t.grid.find((g) => JSON.stringify(g.params) === JSON.stringify(t.chosen))!.validationAccuracy).toBe(best);
    expect(results.main.cosFace.loss.params).toEqual(t.chosen);
    // the class sweep's "all" point is the main table's run of the same seed
    const all = results.classSweep.losses.softmax[1];
    expect(all.metrics.oneShotError[0]).toBe(results.main.softmax.metrics.oneShotError[0]);
    // the margin sweep's run at the tuned m is the main table's
    const tuned = results.marginSweep.rows.find((r) => r.loss.params.m === t.chosen.m);
    if (tuned) expect(tuned.metrics.auc[0]).toBe(results.main.cosFace.metrics.auc[0]);
  });

  it("prints its tables: one row per loss plus raw pixels, per margin, per loss and count, per grid point", () => {
    expect(omniglotMainRows(results).map((r) => r.loss)).toEqual(["raw pixels (cosine)", "softmax", expect.stringMatching(/^cosFace s=10 m=/)]);
    expect(omniglotSeenRows(results)).toHaveLength(2);
    expect(omniglotMarginRows(results)).toHaveLength(2);
    expect(omniglotClassSweepRows(results)).toHaveLength(4);
    expect(omniglotTuningRows(results)).toHaveLength(3);
    expect(omniglotPublishedRows(results).at(-1)!.method).toMatch(/ours/);
  });
});
