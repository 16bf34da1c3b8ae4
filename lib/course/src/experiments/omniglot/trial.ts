/**
 * One run of the Omniglot experiment (a "trial"): a Conv-4 trained with one loss and one seed on a set
 * of training characters, then evaluated by the protocols it is asked for. Plain data in and out, so a
 * trial runs on a worker thread (`runJobs`' job "omniglotTrial"): there it loads the data itself (from
 * the decoded cache); tests hand it a small synthetic `data` object instead.
 *
 * Within a seed every loss starts from the same network weights (Conv4's seed), sees the same batches
 * (MPerClassSampler's seed) and the same augmentation draws: differences between losses are paired by seed.
 */
import * as tf from "@tensorflow/tfjs";
import { adamFor, Conv4, MPerClassSampler, ValueError, withValueChecks } from "losslab";
import { loadOmniglot, type OmniglotSet } from "../../data/omniglot";
import { loadOneShotRuns, type OneShotRuns } from "../../data/omniglot_runs";
import type { OmniglotExperimentConfig, LossSpec } from "./config";
import { omniglotObjective, type Objective } from "./losses";
import { omniglotSplits, trainingRows, type OmniglotSplits } from "./splits";
import { evaluateEmbedding, type EmbeddingMetrics, type Protocol } from "./evaluate";

/** The data a trial needs: the background set and the official runs, both at 28×28. */
export interface ExperimentData {
  background: OmniglotSet<Float32Array>;
  runs: OneShotRuns<Float32Array>;
}

export interface TrialInput {
  loss: LossSpec;
  seed: number;
  /** Global character ids to train on (a subset of the training alphabets' characters). */
  characters: number[];
  /** Protocols to run after training. */
  protocols: Protocol[];
  /** Network, training, evaluation and split settings. */
  config: Pick<OmniglotExperimentConfig, "network" | "training" | "evaluation" | "splits">;
  /** Override of config.training.epochs (the drift slice's). */
  epochs?: number;
  /** Folder of the archives (default: the loader's places). */
  dataDir?: string;
  /** The data, instead of loading it (tests: a synthetic set). */
  data?: ExperimentData;
}

export interface TrialResult {
  loss: LossSpec;
  seed: number;
  characters: number;
  trainImages: number;
  steps: number;
  /** Mean loss over the first and the last 10 % of the steps. */
  firstLoss: number;
  lastLoss: number;
  /** SphereFace's final λ, else null. */
  finalLambda: number | null;
  trainSeconds: number;
  evalSeconds: number;
  metrics: EmbeddingMetrics;
}

export type TrialReport = (done: number, total: number, status: string) => void;

let cachedData: { dir: string | undefined; data: ExperimentData } | undefined;

/** The real data, loaded once per thread (the loader's cache makes later loads fast). */
export function loadExperimentData(dataDir?: string): ExperimentData {
  if (cachedData && cachedData.dir === dataDir) return cachedData.data;
  const background = loadOmniglot({ size: 28, ...(dataDir ? { dir: dataDir } : {}) });
  const runs = loadOneShotRuns({ size: 28, ...(dataDir ? { dir: dataDir } : {}) });
  cachedData = { dir: dataDir, data: { background, runs } };
  return cachedData.data;
}

/** Trains and evaluates one trial. */
export async function runOmniglotTrial(input: TrialInput, report: TrialReport = () => undefined): Promise<TrialResult> {
  const fn = "runOmniglotTrial";
  const data = input.data ?? loadExperimentData(input.dataDir);
  const { background } = data;
  const { network, training, evaluation, splits: splitConfig } = input.config;
  const splits = omniglotSplits(background, splitConfig);
  const allowed = new Set(splits.trainCharacters);
  for (const c of input.characters) if (!allowed.has(c)) throw new ValueError(fn, "characters", "characters of the training alphabets", String(c));
  const rows = trainingRows(background, input.characters, splitConfig.trainDrawers);
  const classOf = new Map(input.characters.map((c, k) => [c, k]));
  const labels = Int32Array.from(rows, (r) => classOf.get(background.character[r])!);
  const epochs = input.epochs ?? training.epochs;
  const steps = Math.max(1, Math.round((epochs * rows.length) / training.batchSize));
  const perClass = training.perClass;
  const batchSize = Math.min(training.batchSize, perClass * input.characters.length);
  const sampler = new MPerClassSampler({ labels, m: perClass, batchSize, lengthBeforeNewIter: steps * batchSize, seed: input.seed });
  const net = new Conv4({ imageSize: network.imageSize, filters: network.filters, embeddingSize: network.embeddingSize, seed: input.seed, augmentation: network.augmentation });
  const objective = omniglotObjective(input.loss, net.embeddingSize, input.characters.length, input.seed);
  const optimizer = adamFor(training.learningRate);
  const pixels = background.pixels;
  const losses: number[] = [];
  const start = process.hrtime.bigint();
  try {
    const batches = sampler.batches();
    const varList = [...net.variables, ...objective.variables];
    const status = () => `${input.loss.name} seed ${input.seed} (${input.characters.length} classes)`;
    for (const [step, batch] of batches.entries()) {
      const x = new Float32Array(batch.length * pixels);
      const y = new Int32Array(batch.length);
      batch.forEach((k, j) => {
        x.set(background.images.subarray(rows[k] * pixels, (rows[k] + 1) * pixels), j * pixels);
        y[j] = labels[k];
      });
      const cost = withValueChecks(false, () => optimizer.minimize(() => {
        const e = net.apply(tf.tensor2d(x, [batch.length, pixels]));
        return objective.loss(e, tf.tensor1d(y, "int32"), y);
      }, true, varList)!);
      const value = (await cost.data())[0];
      cost.dispose();
      if (!Number.isFinite(value)) throw new ValueError(fn, "loss", "finite values", `${value} at step ${step} (${status()})`);
      losses.push(value);
      objective.step();
      if (step % 10 === 9 || step === batches.length - 1) report(step + 1, batches.length, status());
    }
    const trainSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    const evalStart = process.hrtime.bigint();
    const metrics = evaluateEmbedding({ net, objective, data, splits, rows, labels, characters: input.characters, protocols: input.protocols, evaluation, seed: input.seed });
    const tenth = Math.max(1, Math.round(losses.length / 10));
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    return {
      loss: input.loss,
      seed: input.seed,
      characters: input.characters.length,
      trainImages: rows.length,
      steps: losses.length,
      firstLoss: mean(losses.slice(0, tenth)),
      lastLoss: mean(losses.slice(-tenth)),
      finalLambda: objective.lambda(),
      trainSeconds,
      evalSeconds: Number(process.hrtime.bigint() - evalStart) / 1e9,
      metrics,
    };
  } finally {
    optimizer.dispose();
    objective.dispose();
    net.dispose();
  }
}

export type { OmniglotSplits, Objective };
