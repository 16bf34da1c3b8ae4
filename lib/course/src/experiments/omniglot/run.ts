/**
 * The Omniglot experiment (`npm run experiment:omniglot`): does an angular margin give embeddings that
 * generalise to characters no network saw? Conv-4 trained on the background alphabets with each loss,
 * evaluated on unseen characters (the official one-shot runs on the evaluation alphabets, episodes,
 * verification and retrieval on a held-out background alphabet) and on held-out drawers of the trained
 * characters (closed set). Phases, each a list of trials run side by side on worker threads (`runJobs`):
 *
 * 1. tuning: every loss gets its grid (config.ts: the same number of trials for every loss with a
 *    hyperparameter; softmax has none) on ONE tuning seed, scored on the validation alphabet only;
 *    the best validation accuracy wins (ties: the first grid point);
 * 2. main table: every loss at its tuned point, `seeds` seeds, every protocol;
 * 3. CosFace margin sweep: m over `marginSweep.margins` (negative margins included), s fixed, 3 seeds;
 * 4. class-count sweep: softmax, NormFace, CosFace, ArcFace (tuned) on nested subsets of 25, 50, 100
 *    training characters with the same budget per image (epochs), and all 203 (the main table's runs);
 * 5. the drift slice (config.ts `OMNIGLOT_DRIFT_SLICE`), saved for tests/experiments/omniglot_drift.test.ts.
 * Trials with the same loss, hyperparameters, seed, characters and epochs are run once and shared
 * between phases (e.g. the sweep's "all" point is the main table's run).
 */
import { checkOptions } from "losslab/internal";
import { runJobs, workerCount } from "../../parallel/pool";
import { OMNIGLOT_TRIAL_JOB } from "./trial_job";
import { modifiedHausdorffOneShotError } from "../../protocols/one_shot_runs";
import { provenance, PROVENANCE_OPTION_NAMES, type Provenance, type ProvenanceOptions } from "../provenance";
import { OMNIGLOT_DRIFT_SLICE, OMNIGLOT_EXPERIMENT, type LossSpec, type OmniglotExperimentConfig, type OmniglotLossName } from "./config";
import { rawPixelMetrics, type EmbeddingMetrics, type Protocol } from "./evaluate";
import { omniglotSplits, sweepCharacters } from "./splits";
import { loadExperimentData, type ExperimentData, type TrialInput, type TrialResult } from "./trial";

/** Published one-shot error rates on the same 20 runs, for the table (the sources say where each comes from). */
export const PUBLISHED_ONE_SHOT = Object.freeze([
  { method: "People", errorPercent: 4.5, source: "Lake, Salakhutdinov & Tenenbaum 2015, Science 350(6266):1332-1338" },
  { method: "Bayesian Program Learning", errorPercent: 3.3, source: "Lake, Salakhutdinov & Tenenbaum 2015, Science 350(6266):1332-1338" },
  { method: "Convolutional Siamese net", errorPercent: 8.0, source: "Koch, Zemel & Salakhutdinov 2015, ICML Deep Learning Workshop, Table 2 (92.0 % accuracy on 20-way within-alphabet trials they drew themselves)" },
  { method: "Modified Hausdorff Distance", errorPercent: 38.8, source: "brendenlake/omniglot, python/one-shot-classification/demo_classification.py" },
]);

/** One loss's numbers over seeds: every metric a list, one value per seed (in `seeds` order). */
export interface PerSeed {
  loss: LossSpec;
  seeds: number[];
  metrics: Record<string, (number | null)[]>;
  finalLambda: (number | null)[];
  steps: number;
}

export interface OmniglotResults extends Provenance {
  experiment: "omniglot";
  /** Whether every phase finished; `phases` lists those that did (tuning, main, marginSweep, classSweep). */
  complete: boolean;
  phases: string[];
  config: OmniglotExperimentConfig;
  /** Worker threads used and the training steps of the whole run. */
  workers: number;
  totalSteps: number;
  data: {
    trainAlphabets: string[];
    validationAlphabets: string[];
    testAlphabets: string[];
    trainCharacters: number;
    trainImages: number;
    validationCharacters: number;
    testCharacters: number;
    testImages: number;
    closedSetImages: number;
    oneShotRuns: number;
    duplicateAlphabetsDropped: string[];
  };
  published: typeof PUBLISHED_ONE_SHOT;
  /** Our Modified Hausdorff Distance on the 20 runs (error %), and the raw-pixel baseline's metrics (cosine, 28×28). */
  baselines: { modifiedHausdorffErrorPercent: number; rawPixels: EmbeddingMetrics };
  tuning: Record<string, { grid: { params: Record<string, number>; validationAccuracy: number; seconds: number }[]; chosen: Record<string, number> }>;
  main: Record<string, PerSeed>;
  marginSweep: { s: number; margins: number[]; seeds: number[]; rows: PerSeed[] };
  classSweep: { counts: number[]; seeds: number[]; losses: Record<string, PerSeed[]> };
  drift: { seed: number; epochs: number; rows: { loss: LossSpec; metrics: EmbeddingMetrics; firstLoss: number; lastLoss: number }[] };
}

export interface RunOmniglotOptions extends ProvenanceOptions {
  /** The design (default OMNIGLOT_EXPERIMENT). */
  config?: OmniglotExperimentConfig;
  /** Worker threads (default LOSSLAB_WORKERS, else the cores). */
  workers?: number;
  /** Folder of the archives. */
  dataDir?: string;
  /** Data instead of loading it (tests: synthetic; then everything runs in this thread). */
  data?: ExperimentData;
  /** The drift slice (default OMNIGLOT_DRIFT_SLICE). */
  drift?: { seed: number; losses: LossSpec[]; epochs: number };
  /** Progress lines. */
  onProgress?: (line: string) => void;
  /** Called with the results so far after each phase (the script saves them each time). */
  onPhase?: (results: OmniglotResults) => void;
}

const MAIN_PROTOCOLS: Protocol[] = ["oneShot", "unseen", "closedSet"];
const SWEEP_PROTOCOLS: Protocol[] = ["oneShot", "unseen"];

/** A trial's identity: runs with the same key are the same computation. */
function trialKey(t: { loss: LossSpec; seed: number; characters: number[]; epochs?: number }): string {
  const params = Object.keys(t.loss.params).sort().map((k) => `${k}=${t.loss.params[k]}`).join(",");
  return `${t.loss.name}(${params})|seed ${t.seed}|${t.characters.length}:${t.characters.join(",")}|epochs ${t.epochs ?? "config"}`;
}

/** Runs trials (deduplicated by key, protocols merged), on worker threads; results by key. */
async function runTrials(
  trials: Omit<TrialInput, "config" | "dataDir" | "data">[],
  shared: Pick<TrialInput, "config" | "dataDir" | "data">,
  workers: number,
  label: string,
  log: (line: string) => void,
): Promise<Map<string, TrialResult>> {
  const unique = new Map<string, Omit<TrialInput, "config" | "dataDir" | "data">>();
  for (const t of trials) {
    const key = trialKey(t);
    const known = unique.get(key);
    if (known) known.protocols = [...new Set([...known.protocols, ...t.protocols])];
    else unique.set(key, { ...t, protocols: [...t.protocols] });
  }
  // longest first, so the last trials to finish are short ones
  const order = [...unique.entries()].sort((a, b) => b[1].characters.length * (b[1].epochs ?? 1e3) - a[1].characters.length * (a[1].epochs ?? 1e3));
  const inputs: TrialInput[] = order.map(([, t]) => ({ ...t, ...shared }));
  const start = process.hrtime.bigint();
  let finished = 0;
  const outputs = await runJobs("runOmniglotExperiment", OMNIGLOT_TRIAL_JOB, inputs, {
    workers: shared.data ? 1 : workers,
    onReport: (index, report) => {
      if (report.kind !== "progress" || report.done !== report.total) return;
      finished += 1;
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      log(`${label} ${finished}/${inputs.length} ${report.status}: ${report.total} steps, ${seconds.toFixed(0)} s into the phase (trial ${index + 1})`);
    },
  });
  const results = new Map<string, TrialResult>();
  order.forEach(([key], i) => results.set(key, outputs[i] as TrialResult));
  return results;
}

/** A loss's trials over seeds as lists per metric. */
function perSeed(results: Map<string, TrialResult>, loss: LossSpec, seeds: number[], characters: number[]): PerSeed {
  const rows = seeds.map((seed) => results.get(trialKey({ loss, seed, characters }))!);
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.metrics)))];
  const metrics: Record<string, (number | null)[]> = {};
  for (const name of names) metrics[name] = rows.map((r) => r.metrics[name] ?? null);
  return { loss, seeds: [...seeds], metrics, finalLambda: rows.map((r) => r.finalLambda), steps: rows[0].steps };
}

/** Runs the whole design; resolves with the results to save. */
export async function runOmniglotExperiment(options: RunOmniglotOptions = {}): Promise<OmniglotResults> {
  checkOptions("runOmniglotExperiment", options, [...PROVENANCE_OPTION_NAMES, "config?", "workers?", "dataDir?", "data?", "drift?", "onProgress?", "onPhase?"]);
  const start = process.hrtime.bigint();
  const config = options.config ?? (JSON.parse(JSON.stringify(OMNIGLOT_EXPERIMENT)) as OmniglotExperimentConfig);
  const drift = options.drift ?? OMNIGLOT_DRIFT_SLICE;
  const log = options.onProgress ?? (() => undefined);
  const data = options.data ?? loadExperimentData(options.dataDir);
  const splits = omniglotSplits(data.background, config.splits);
  const all = splits.trainCharacters;
  const trainImages = splits.trainCharacters.length * config.splits.trainDrawers.length;
  const shared = { config: { network: config.network, training: config.training, evaluation: config.evaluation, splits: config.splits }, dataDir: options.dataDir, data: options.data };
  const planned = Math.max(1, workerCount("runOmniglotExperiment", 2, options.workers));
  const workers = options.data ? 1 : planned;
  log(`Omniglot: ${all.length} training characters (${trainImages} images), validation ${config.splits.validationAlphabets.join(", ")}, test ${config.splits.testAlphabets.join(", ")}; ${workers} worker thread(s)`);

  // baselines (no training)
  const modifiedHausdorffErrorPercent = modifiedHausdorffOneShotError(data.runs.runs).errorPercent;
  const rawPixels = rawPixelMetrics({ data, splits, protocols: ["validation", "oneShot", "unseen"], evaluation: config.evaluation, seed: config.seeds[0] });
  log(`baselines: Modified Hausdorff ${modifiedHausdorffErrorPercent.toFixed(2)} % one-shot error; raw pixels ${rawPixels.oneShotError!.toFixed(2)} %`);

  // results grow phase by phase; `onPhase` sees them after each (the script saves them: a run cut short
  // still leaves the phases it finished, with `phases` saying which)
  const results: OmniglotResults = {
    experiment: "omniglot",
    ...provenance(options, "npm run experiment:omniglot", start),
    complete: false,
    phases: [],
    config,
    workers,
    totalSteps: 0,
    data: {
      trainAlphabets: splits.trainAlphabets,
      validationAlphabets: config.splits.validationAlphabets,
      testAlphabets: config.splits.testAlphabets,
      trainCharacters: all.length,
      trainImages,
      validationCharacters: splits.validationCharacters.length,
      testCharacters: splits.testCharacters.length,
      testImages: splits.testRows.length,
      closedSetImages: splits.closedSetRows.length,
      oneShotRuns: data.runs.runs.length,
      duplicateAlphabetsDropped: data.background.duplicates,
    },
    published: PUBLISHED_ONE_SHOT,
    baselines: { modifiedHausdorffErrorPercent, rawPixels },
    tuning: {},
    main: {},
    marginSweep: { s: config.marginSweep.s, margins: [...config.marginSweep.margins], seeds: [...config.marginSweep.seeds], rows: [] },
    classSweep: { counts: [...config.classSweep.counts, all.length], seeds: [...config.classSweep.seeds], losses: {} },
    drift: { seed: drift.seed, epochs: drift.epochs, rows: [] },
  };
  const done = new Map<string, TrialResult>();
  const phase = async (name: string, trials: Omit<TrialInput, "config" | "dataDir" | "data">[]) => {
    const todo = trials.filter((t) => !done.has(trialKey(t)));
    const ran = todo.length ? await runTrials(todo, shared, workers, name, log) : new Map<string, TrialResult>();
    ran.forEach((r, k) => done.set(k, r));
    results.totalSteps = [...done.values()].reduce((a, r) => a + r.steps, 0);
  };
  const finish = (name: string) => {
    results.phases.push(name);
    Object.assign(results, provenance(options, "npm run experiment:omniglot", start));
    options.onPhase?.(results);
  };

  // 1. tuning (and the drift slice, which needs no tuning)
  const tuningTrials = config.losses.flatMap((name) => config.grids[name].map((params) => ({ loss: { name, params }, seed: config.tuningSeed, characters: all, protocols: ["validation"] as Protocol[] })));
  const driftTrials = drift.losses.map((loss) => ({ loss, seed: drift.seed, characters: all, epochs: drift.epochs, protocols: SWEEP_PROTOCOLS }));
  await phase("tuning", [...tuningTrials, ...driftTrials]);
  const chosen = {} as Record<OmniglotLossName, LossSpec>;
  for (const name of config.losses) {
    const grid = config.grids[name].map((params) => {
      const r = done.get(trialKey({ loss: { name, params }, seed: config.tuningSeed, characters: all }))!;
      return { params, validationAccuracy: r.metrics.validationAccuracy as number, seconds: r.trainSeconds + r.evalSeconds };
    });
    const best = grid.reduce((b, g) => (g.validationAccuracy > b.validationAccuracy ? g : b), grid[0]);
    results.tuning[name] = { grid, chosen: best.params };
    chosen[name] = { name, params: best.params };
    log(`tuned ${name}: ${JSON.stringify(best.params)} (validation accuracy ${(100 * best.validationAccuracy).toFixed(1)} %)`);
  }
  results.drift.rows = drift.losses.map((loss) => {
    const r = done.get(trialKey({ loss, seed: drift.seed, characters: all, epochs: drift.epochs }))!;
    return { loss, metrics: r.metrics, firstLoss: r.firstLoss, lastLoss: r.lastLoss };
  });
  finish("tuning");

  // 2. the main table
  await phase("main", config.losses.flatMap((name) => config.seeds.map((seed) => ({ loss: chosen[name], seed, characters: all, protocols: MAIN_PROTOCOLS }))));
  for (const name of config.losses) results.main[name] = perSeed(done, chosen[name], config.seeds, all);
  finish("main");

  // 3. CosFace's margin sweep
  const marginSpecs = config.marginSweep.margins.map((m) => ({ name: "cosFace" as const, params: { s: config.marginSweep.s, m } }));
  await phase("marginSweep", marginSpecs.flatMap((loss) => config.marginSweep.seeds.map((seed) => ({ loss, seed, characters: all, protocols: SWEEP_PROTOCOLS }))));
  results.marginSweep.rows = marginSpecs.map((loss) => perSeed(done, loss, config.marginSweep.seeds, all));
  finish("marginSweep");

  // 4. the class-count sweep (its "all" point: the main table's runs)
  const subsets = [...config.classSweep.counts.map((count) => sweepCharacters(all, count)), all];
  await phase("classSweep", config.classSweep.losses.flatMap((name) => subsets.flatMap((characters) => config.classSweep.seeds.map((seed) => ({ loss: chosen[name], seed, characters, protocols: SWEEP_PROTOCOLS })))));
  for (const name of config.classSweep.losses) results.classSweep.losses[name] = subsets.map((characters) => perSeed(done, chosen[name], config.classSweep.seeds, characters));
  results.complete = true;
  finish("classSweep");
  return results;
}
