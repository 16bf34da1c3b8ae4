/**
 * One embedding training repeated over several seeds (initial weights, batches and pairs all follow
 * the seed), each verified on held-out pairs: what a comparing sentence needs (mean ± standard error
 * over the seeds). Besides the test verification, each run keeps labelled pair distances of its
 * *training* digits, on which a Siamese binary classifier (`fitSiameseClassifier`) can be fitted
 * without touching the test pairs. One progress bar follows all the seeds, which run side by side on
 * worker threads (`runJobs`).
 */
import type { MnistSet } from "../data/mnist";
import { EmbeddingNet } from "losslab";
import { live as liveOutput, type LiveOutput } from "../notebook/display";
import { combinedProgress, runJobs } from "../parallel/pool";
import { defineJob, reportingOutput } from "../parallel/jobs";
import { InputTypeError } from "losslab";
import { checkInteger, checkOptions, describe } from "losslab/internal";
import { trainEmbedding, type TrainEmbeddingOptions } from "./train_embedding";
import { verifyEmbedding } from "./verify";
import type { VerifiedRun } from "./compare_miners";

export interface SeededTrainingOptions
  extends Pick<TrainEmbeddingOptions, "train" | "probe" | "loss" | "miner" | "warmup" | "distance" | "margin" | "epochs" | "batchSize" | "learningRate" | "notesTriplets" | "watchPerClass"> {
  /** Seeds of the runs, one network each. */
  seeds: number[];
  /** Held-out digits the verification is measured on (t is fitted on `train`). */
  test: MnistSet;
  /** d. @default 2 */
  embeddingSize?: number;
  /** Hidden layer sizes. @default [256, 128] */
  hidden?: number[];
  /** Name on the progress bar. */
  name?: string;
  /** Show one progress bar over all the seeds. @default true */
  progress?: boolean;
  /** Worker threads the seeds are spread over (see `runJobs`). @default LOSSLAB_WORKERS, else the cores */
  workers?: number;
}

export interface SeededRun extends VerifiedRun {
  seed: number;
  /** Distances of labelled pairs of training digits (1 = different classes): a classifier's calibration set. */
  calibrationPairs: { distances: number[]; different: number[] };
}

/** Trains and verifies one fresh network per seed; see the module comment. */
export async function trainSeeds(options: SeededTrainingOptions): Promise<SeededRun[]> {
  const fn = "trainSeeds";
  checkOptions(fn, options, ["seeds", "test", "train", "probe?", "loss", "miner?", "warmup?", "distance?", "margin?", "epochs?", "batchSize?", "learningRate?", "notesTriplets?", "watchPerClass?", "embeddingSize?", "hidden?", "name?", "progress?", "workers?"]);
  if (!Array.isArray(options.seeds) || options.seeds.length === 0) {
    throw new InputTypeError(fn, "seeds", "a non-empty array of integer seeds", describe(options.seeds));
  }
  const seeds = options.seeds.map((s, i) => checkInteger(fn, `seeds[${i}]`, s));
  const embeddingSize = checkInteger(fn, "embeddingSize", options.embeddingSize ?? 2, { min: 1 });
  const { seeds: _seeds, embeddingSize: _d, name, progress, workers, ...rest } = options;
  const inputs: OneSeedInput[] = seeds.map((seed, k) => ({ ...rest, embeddingSize, seed, name: `${name ?? options.loss} (seed ${seed}, ${k + 1} of ${seeds.length})` }));
  const output = progress === false ? undefined : liveOutput();
  return runJobs(fn, SEEDED_EMBEDDING_JOB, inputs, { workers, onReport: combinedProgress(output, seeds.length) });
}

/** One seed of `trainSeeds`: what a worker thread is sent. */
export interface OneSeedInput extends Omit<SeededTrainingOptions, "seeds" | "name" | "progress" | "workers"> {
  seed: number;
  name: string;
}

/** Trains and verifies one network (one seed of `trainSeeds`), showing its progress on `output`. */
export async function trainOneSeed(input: OneSeedInput, output: LiveOutput | undefined): Promise<SeededRun> {
  const { test, embeddingSize, hidden, seed, name, ...training } = input;
  const net = new EmbeddingNet({ embeddingSize, hidden, seed });
  try {
    const run = await trainEmbedding({ ...training, net, seed, output, name });
    const verification = verifyEmbedding({ net, calibration: input.train, test, seed });
    const onTrain = verifyEmbedding({ net, calibration: input.train, test: input.train, seed: seed + 100 });
    const calibrationPairs = {
      distances: [...onTrain.positive, ...onTrain.negative],
      different: [...onTrain.positive.map(() => 0), ...onTrain.negative.map(() => 1)],
    };
    return { seed, run, verification, calibrationPairs };
  } finally {
    net.dispose();
  }
}

/** `trainOneSeed` as a job of `runJobs`: one seed on a worker thread. */
export const SEEDED_EMBEDDING_JOB = defineJob("seededEmbedding", (input: OneSeedInput, report) => trainOneSeed(input, reportingOutput(report)));
