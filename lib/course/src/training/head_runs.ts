/**
 * Several `trainHead` runs described as plain data (a network's options, a head's kind and options,
 * the data and the schedule) instead of objects, so that they can run side by side on worker threads
 * (`runJobs`): the seeds of a comparison in lessons 05–08. Each run builds its own fresh network and
 * head from the description, as the notebook would, so its numbers are those of the same run here.
 *
 *   const runs = await trainHeads(SEEDS.map((seed) => ({ net: { embeddingSize: 2, seed },
 *     head: { kind: "cosFace", options: { inputDim: 2, numClasses: 10, s: 30, m: 0.35, seed } },
 *     train, test, epochs: 6, seed, progress: `CosFace, seed ${seed}` })));
 */
import { EmbeddingNet, InputTypeError, type ClassificationHead, type EmbeddingNetOptions } from "losslab";
import { checkObject, checkOptions, describe } from "losslab/internal";
import { buildHead, checkHeadSpec, type HeadSpec } from "./head_spec";
import { live as liveOutput, type LiveOutput } from "../notebook/display";
import { combinedProgress, runJobs } from "../parallel/pool";
import { defineJob, reportingOutput } from "../parallel/jobs";
import { trainHead, type HeadTrainingRun, type TrainHeadOptions } from "./train_head";

/** One `trainHead` run as data: `net` and `head` are built fresh from their options. */
export interface HeadRunSpec extends Omit<TrainHeadOptions, "net" | "head" | "live" | "onEpoch" | "output"> {
  net: EmbeddingNetOptions;
  head: HeadSpec;
}

export interface TrainHeadsOptions {
  /** Worker threads the runs are spread over (see `runJobs`). @default LOSSLAB_WORKERS, else the cores */
  workers?: number;
}

/** Checks a run's shape; `at` names it in the error ("runs[2]", "spec"). */
function checkSpec(fn: string, spec: HeadRunSpec, at: string): void {
  checkObject(fn, spec, at, "a run { net, head, train, ... }");
  checkObject(fn, spec.net, `${at}.net`, "EmbeddingNet options { embeddingSize, hidden?, seed? }");
  checkHeadSpec(fn, spec.head, `${at}.head`);
}

/** What a run in this thread may add to its description: a live figure, a callback, an output. */
export type HeadRunExtras = Pick<TrainHeadOptions, "live" | "onEpoch" | "output">;

/**
 * Builds the run's network and head and trains them (`trainHead`) in this thread, with what only
 * this thread can have: a live figure redrawn every epoch, `onEpoch`, an output to share.
 */
export async function trainHeadSpec(spec: HeadRunSpec, extras: HeadRunExtras = {}): Promise<HeadTrainingRun> {
  const fn = "trainHeadSpec";
  checkSpec(fn, spec, "spec");
  checkOptions(fn, extras, ["live?", "onEpoch?", "output?"]);
  const { net: netOptions, head: headSpec, ...rest } = spec;
  const net = new EmbeddingNet(netOptions);
  let head: ClassificationHead | null = null;
  try {
    head = buildHead(headSpec);
    return await trainHead({ ...rest, ...extras, net, head });
  } finally {
    net.dispose();
    head?.dispose();
  }
}

/** Trains every run of `runs` (side by side on worker threads), with one progress bar; outputs in order. */
export async function trainHeads(runs: HeadRunSpec[], options: TrainHeadsOptions = {}): Promise<HeadTrainingRun[]> {
  const fn = "trainHeads";
  if (!Array.isArray(runs) || runs.length === 0) throw new InputTypeError(fn, "runs", "a non-empty array of runs { net, head, train, ... }", describe(runs));
  runs.forEach((spec, k) => checkSpec(fn, spec, `runs[${k}]`));
  checkOptions(fn, options, ["workers?"]);
  const output = runs.some((r) => r.progress !== undefined) ? liveOutput() : undefined;
  return runJobs(fn, HEAD_RUN_JOB, runs, { workers: options.workers, onReport: combinedProgress(output, runs.length) });
}

/**
 * `trainHeads` over groups of runs (one group per setting, one run per seed, say): every run of
 * every group side by side, the outputs grouped as the inputs were.
 */
export async function trainHeadGroups(groups: HeadRunSpec[][], options: TrainHeadsOptions = {}): Promise<HeadTrainingRun[][]> {
  const fn = "trainHeadGroups";
  if (!Array.isArray(groups) || groups.length === 0 || !groups.every((g) => Array.isArray(g) && g.length > 0)) {
    throw new InputTypeError(fn, "groups", "a non-empty array of non-empty arrays of runs", describe(groups));
  }
  const flat = await trainHeads(groups.flat(), options);
  let next = 0;
  return groups.map((g) => g.map(() => flat[next++]));
}

/** `trainHeadSpec` as a job of `runJobs`: one run on a worker thread, its progress bar sent to the parent. */
export const HEAD_RUN_JOB = defineJob("headRun", (input: HeadRunSpec, report) => trainHeadSpec(input, { output: reportingOutput(report) }));
