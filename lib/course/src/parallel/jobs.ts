/**
 * What a worker thread (pool.ts) can run: a job is a named function that takes plain data, returns
 * plain data and reports its progress as plain data too, so all three cross threads by structured
 * clone. Each area defines its jobs (`defineJob`) beside the function a job runs, and `runJobs` is
 * given the job; the worker thread's entry (`src/worker.ts`) imports those areas, which registers their
 * jobs there under the same names. This folder knows no job: the areas import `parallel/`, never the
 * other way round (tests/tooling/import_cycles.test.ts).
 */
import { ValueError } from "losslab";
import { describe } from "losslab/internal";
import type { LiveOutput } from "../notebook/display";

/** A progress bar's state: what every job may report while it runs. */
export interface ProgressReport {
  kind: "progress";
  done: number;
  total: number;
  status: string;
}

/** What a job says while it runs: a progress bar's state (a job may add reports of its own kinds). */
export type JobReport = ProgressReport;

/** The name a job is registered under (`defineJob`), the same in every thread. */
export type JobName = string;

/** A job: its name and the function a thread runs; `R` is what it reports while it runs. */
export interface Job<I, O, R extends { kind: string } = JobReport> {
  readonly name: JobName;
  readonly run: (input: I, report: (r: R) => void) => O | Promise<O>;
}

const registry = new Map<JobName, Job<never, unknown, never>>();

/**
 * Defines and registers a job. Called once per job, at the top level of the module that defines it,
 * so that importing that module (as `src/worker.ts` does in a worker thread) registers the job.
 */
export function defineJob<I, O, R extends { kind: string } = JobReport>(name: JobName, run: (input: I, report: (r: R) => void) => O | Promise<O>): Job<I, Awaited<O>, R> {
  if (typeof name !== "string" || name === "") throw new ValueError("defineJob", "name", "a non-empty string", describe(name));
  if (registry.has(name)) throw new ValueError("defineJob", "name", "a name no other job has", JSON.stringify(name));
  const job = { name, run } as Job<I, Awaited<O>, R>;
  registry.set(name, job as unknown as Job<never, unknown, never>);
  return job;
}

/** The job registered under `name` in this thread; the error lists the registered ones. */
export function registeredJob(fn: string, name: unknown): Job<unknown, unknown, { kind: string }> {
  const job = typeof name === "string" ? registry.get(name) : undefined;
  if (!job) throw new ValueError(fn, "job", `a registered job (one of ${[...registry.keys()].map((k) => `'${k}'`).join(", ") || "none"})`, describe(name));
  return job as unknown as Job<unknown, unknown, { kind: string }>;
}

/** The names of the jobs registered in this thread. */
export function registeredJobNames(): JobName[] {
  return [...registry.keys()];
}

/** A stand-in for a notebook output inside a worker: its progress bar is sent to the parent thread. */
export function reportingOutput(report: (r: JobReport) => void): LiveOutput {
  const progress = (done: number, total: number, status = "") => report({ kind: "progress", done, total, status });
  return { progress, text: () => undefined, markdown: () => undefined, figure: () => undefined } as unknown as LiveOutput;
}
