/**
 * Logistic-regression runs as plain data, for side-by-side training on worker threads (lesson 03's
 * focal-loss comparison over several seeds): `trainLogisticSpec` trains one run and scores it on its
 * test set; `trainLogisticRuns` trains many, each on a thread of `runJobs`, with one progress bar.
 */
import { InputTypeError } from "losslab";
import { checkOptions, describe } from "losslab/internal";
import { trainLogisticRegression, logisticProbabilities, type LogisticModel, type LogisticTrainingOptions } from "./logistic_regression";
import { binaryMetrics, type BinaryMetrics } from "./metrics";
import type { LabelledPoints } from "./toy_data";
import { runJobs, combinedProgress } from "../parallel/pool";
import { defineJob, type JobReport } from "../parallel/jobs";
import { live as liveOutput } from "../notebook/display";

/** One run: the data, the training options (no callback: a run crosses threads as data), a progress label. */
export interface LogisticRunSpec {
  train: LabelledPoints;
  test: LabelledPoints;
  options: Omit<LogisticTrainingOptions, "onEpoch">;
  /** The run's name on the progress bar; a bar is shown when any run has one. */
  progress?: string;
}

export interface LogisticRunResult {
  model: LogisticModel;
  /** Class-1 metrics on `test` at threshold 0.5. */
  test: BinaryMetrics;
  /** The training loss after the last update. */
  finalLoss: number;
}

/** Trains one run (`trainLogisticRegression`) and scores it on its test set; reports progress every 10 % of the epochs. */
export function trainLogisticSpec(spec: LogisticRunSpec, report?: (r: JobReport) => void): LogisticRunResult {
  const fn = "trainLogisticSpec";
  if (typeof spec !== "object" || spec === null) throw new InputTypeError(fn, "spec", "a run { train, test, options }", describe(spec));
  checkOptions(fn, spec, ["train", "test", "options", "progress?"]);
  const status = spec.progress ?? "";
  const every = Math.max(1, Math.round((spec.options?.epochs ?? 1) / 10));
  const run = trainLogisticRegression(spec.train, { ...spec.options,
    onEpoch: (r, epochs) => { if (report && (r.epoch % every === 0 || r.epoch === epochs)) report({ kind: "progress", done: r.epoch, total: epochs, status }); } });
  const test = binaryMetrics(spec.test.y, logisticProbabilities(run.model, spec.test.x));
  return { model: run.model, test, finalLoss: run.history[run.history.length - 1].loss };
}

/** Trains every run of `specs` side by side on worker threads (one progress bar); the results in the order of `specs`. */
export async function trainLogisticRuns(specs: LogisticRunSpec[], options: { workers?: number } = {}): Promise<LogisticRunResult[]> {
  const fn = "trainLogisticRuns";
  if (!Array.isArray(specs) || specs.length === 0) throw new InputTypeError(fn, "specs", "a non-empty array of runs { train, test, options }", describe(specs));
  checkOptions(fn, options, ["workers?"]);
  const output = specs.some((s) => s?.progress !== undefined) ? liveOutput() : undefined;
  return runJobs(fn, LOGISTIC_RUN_JOB, specs, { workers: options.workers, onReport: combinedProgress(output, specs.length) });
}

/** `trainLogisticSpec` as a job of `runJobs`: one run on a worker thread. */
export const LOGISTIC_RUN_JOB = defineJob("logisticRun", (input: LogisticRunSpec, report) => trainLogisticSpec(input, report));
