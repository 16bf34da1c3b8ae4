/**
 * Lesson 04's mining comparison: the same network (same initial weights), the same batches and the same
 * number of epochs, trained with the triplet loss under each miner; then each is verified on held-out
 * pairs. One progress bar follows all the runs, which run side by side on worker threads (`runJobs`).
 */
import type { MnistSet } from "../data/mnist";
import type { DistanceName } from "losslab";
import { EmbeddingNet } from "losslab";
import { live as liveOutput, type LiveOutput } from "../notebook/display";
import { combinedProgress, runJobs } from "../parallel/pool";
import { defineJob, reportingOutput } from "../parallel/jobs";
import { InputTypeError } from "losslab";
import { checkInteger, checkOptions, describe } from "losslab/internal";
import { embeddingRunName, trainEmbedding, type EmbeddingRun, type TrainEmbeddingOptions, type TripletMinerName } from "./train_embedding";
import { verifyEmbedding, type PairVerification } from "./verify";

/** One contender: a miner, optionally after warm-up epochs with another. */
export interface MinerSetting {
  miner: TripletMinerName;
  /** D of this run (default the notes' squared Euclidean). */
  distance?: DistanceName;
  warmup?: { miner: TripletMinerName; epochs: number };
  /** Row name in the table. @default from the miners */
  name?: string;
}

export interface CompareMinersOptions
  extends Pick<TrainEmbeddingOptions, "train" | "probe" | "margin" | "epochs" | "batchSize" | "learningRate" | "seed" | "notesTriplets" | "watchPerClass"> {
  miners: (TripletMinerName | MinerSetting)[];
  /** Held-out digits the verification is measured on (t is fitted on `train`). */
  test: MnistSet;
  /** Seed of every run's initial weights (all runs start from the same network). @default 0 */
  netSeed?: number;
  /** d. @default 2 */
  embeddingSize?: number;
  /** Hidden layer sizes of the networks. @default [256, 128] (the course's) */
  hidden?: number[];
  /** Show one progress bar over all the runs. @default true */
  progress?: boolean;
  /** Worker threads the runs are spread over (see `runJobs`). @default LOSSLAB_WORKERS, else the cores */
  workers?: number;
}

/** A trained run and its verification on held-out pairs. */
export interface VerifiedRun {
  run: EmbeddingRun;
  verification: PairVerification;
}

export interface MinerResult extends VerifiedRun {
  setting: MinerSetting;
}

/** A row of the comparison table. */
export function minerRow(r: VerifiedRun): Record<string, string | number> {
  const s = r.run.final;
  const mean = r.run.used.reduce((a, b) => a + b, 0) / Math.max(1, r.run.used.length);
  return {
    mining: r.run.name.replace(/^triplet · /, ""),
    "triplets per batch": Math.round(mean),
    "test ROC AUC": r.verification.auc,
    "test accuracy at t": r.verification.accuracy,
    "spread of the embeddings": s.spread,
    [`semi-hard / hard of ${s.triplets}`]: `${s.semiHard} / ${s.hard}`,
    seconds: r.run.seconds,
  };
}

/** Trains one fresh network per miner setting and verifies each; see the module comment. */
export async function compareMiners(options: CompareMinersOptions): Promise<MinerResult[]> {
  const fn = "compareMiners";
  checkOptions(fn, options, ["miners", "test", "train", "probe?", "margin?", "epochs?", "batchSize?", "learningRate?", "seed?", "notesTriplets?", "watchPerClass?", "netSeed?", "embeddingSize?", "hidden?", "progress?", "workers?"]);
  if (!Array.isArray(options.miners) || options.miners.length === 0) {
    throw new InputTypeError(fn, "miners", "a non-empty array of miners or { miner, warmup }", describe(options.miners));
  }
  const netSeed = checkInteger(fn, "netSeed", options.netSeed ?? 0);
  const embeddingSize = checkInteger(fn, "embeddingSize", options.embeddingSize ?? 2, { min: 1 });
  const settings: MinerSetting[] = options.miners.map((m) => (typeof m === "string" ? { miner: m } : m));
  const { miners: _miners, progress, workers, ...common } = options;
  const inputs: MinerSettingInput[] = settings.map((setting, k) => ({ ...common, netSeed, embeddingSize, setting, runName: `(run ${k + 1} of ${settings.length})` }));
  const output = progress === false ? undefined : liveOutput();
  return runJobs(fn, MINER_SETTING_JOB, inputs, { workers, onReport: combinedProgress(output, settings.length) });
}

/** One miner setting of `compareMiners`: what a worker thread is sent. */
export interface MinerSettingInput extends Omit<CompareMinersOptions, "miners" | "progress" | "workers" | "netSeed" | "embeddingSize"> {
  setting: MinerSetting;
  netSeed: number;
  embeddingSize: number;
  /** Appended to the run's name on the progress bar. */
  runName: string;
}

/** Trains and verifies one fresh network with one miner setting, showing its progress on `output`. */
export async function trainMinerSetting(input: MinerSettingInput, output: LiveOutput | undefined): Promise<MinerResult> {
  const { setting } = input;
  const net = new EmbeddingNet({ embeddingSize: input.embeddingSize, hidden: input.hidden, seed: input.netSeed });
  try {
    const name = setting.name ?? embeddingRunName({ loss: "triplet", ...setting });
    const run = await trainEmbedding({
      net,
      train: input.train,
      probe: input.probe,
      loss: "triplet",
      miner: setting.miner,
      warmup: setting.warmup,
      distance: setting.distance,
      margin: input.margin,
      epochs: input.epochs,
      batchSize: input.batchSize,
      learningRate: input.learningRate,
      seed: input.seed,
      notesTriplets: input.notesTriplets,
      watchPerClass: input.watchPerClass,
      name: `${name} ${input.runName}`,
      output,
    });
    run.name = name;
    return { setting, run, verification: verifyEmbedding({ net, calibration: input.train, test: input.test, seed: input.seed }) };
  } finally {
    net.dispose();
  }
}

/** `trainMinerSetting` as a job of `runJobs`: one miner setting on a worker thread. */
export const MINER_SETTING_JOB = defineJob("minerSetting", (input: MinerSettingInput, report) => trainMinerSetting(input, reportingOutput(report)));
