/**
 * The jobs a worker thread can run (pool.ts): each takes plain data and returns plain data, and
 * reports its progress as plain data too, so all three cross threads by structured clone.
 */
import type { LiveOutput } from "../notebook/display";
import { trainOneSeed, type OneSeedInput } from "../metric_learning/seeded_runs";
import { trainMinerSetting, type MinerSettingInput } from "../metric_learning/compare_miners";
import { runCapstone, type CapstoneOptions, type CapstoneProgress } from "../capstone/run_capstone";
import { trainHeadSpec, type HeadRunSpec } from "../training/head_runs";
import { runOmniglotTrial, type TrialInput } from "../experiments/omniglot/trial";
import { trainLogisticSpec, type LogisticRunSpec } from "../classification/logistic_runs";

/** What a job says while it runs: a progress bar's state, or a capstone's progress. */
export type JobReport =
  | { kind: "progress"; done: number; total: number; status: string }
  | { kind: "capstone"; progress: CapstoneProgress };

type Report = (r: JobReport) => void;

/** A stand-in for a notebook output inside a worker: its progress bar is sent to the parent thread. */
export function reportingOutput(report: Report): LiveOutput {
  const progress = (done: number, total: number, status = "") => report({ kind: "progress", done, total, status });
  return { progress, text: () => undefined, markdown: () => undefined, figure: () => undefined } as unknown as LiveOutput;
}

export const JOBS = {
  seededEmbedding: (input: OneSeedInput, report: Report) => trainOneSeed(input, reportingOutput(report)),
  minerSetting: (input: MinerSettingInput, report: Report) => trainMinerSetting(input, reportingOutput(report)),
  capstoneSeed: (input: Omit<CapstoneOptions, "onProgress">, report: Report) =>
    runCapstone({ ...input, onProgress: (progress) => report({ kind: "capstone", progress }) }),
  headRun: (input: HeadRunSpec, report: Report) => trainHeadSpec(input, { output: reportingOutput(report) }),
  logisticRun: (input: LogisticRunSpec, report: Report) => trainLogisticSpec(input, report),
  omniglotTrial: (input: TrialInput, report: Report) => runOmniglotTrial(input, (done, total, status) => report({ kind: "progress", done, total, status })),
};

export type JobName = keyof typeof JOBS;
export type JobInput<J extends JobName> = Parameters<(typeof JOBS)[J]>[0];
export type JobOutput<J extends JobName> = Awaited<ReturnType<(typeof JOBS)[J]>>;
