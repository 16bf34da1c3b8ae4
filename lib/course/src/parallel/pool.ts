/**
 * Runs independent training runs (seeds, miners, heads) on worker threads, one TensorFlow.js per
 * thread, so a notebook uses every core: a small network's step keeps about one core busy, and the
 * runs of a multi-seed comparison share nothing but their inputs. Each task is a job (`jobs.ts`,
 * defined by the area that runs it) with plain-data input and output (structured-cloned across
 * threads); a run's numbers do not depend on where it runs, since everything in it follows its own seeds.
 *
 * Threads: `workers`, else the environment variable `LOSSLAB_WORKERS`, else the machine's cores,
 * never more than the tasks. One thread (or one task) runs the jobs in this thread, as before.
 */
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import * as tf from "@tensorflow/tfjs";
import { InputTypeError, ShapeError, ValueError } from "losslab";
import { checkInteger } from "losslab/internal";
import { registeredJob, type Job, type JobReport } from "./jobs";
import type { LiveOutput } from "../notebook/display";

export interface ParallelOptions<R extends { kind: string } = JobReport> {
  /** Worker threads. @default LOSSLAB_WORKERS, else the number of cores */
  workers?: number;
  /** Receives the progress messages of each task (`index` into the inputs), in this thread. */
  onReport?: (index: number, report: R) => void;
}

/** How many threads `runJobs` uses for `tasks` tasks. */
export function workerCount(fn: string, tasks: number, requested?: number): number {
  const fromEnv = process.env.LOSSLAB_WORKERS;
  let n: number;
  if (requested !== undefined) n = checkInteger(fn, "workers", requested, { min: 1 });
  else if (fromEnv !== undefined && fromEnv !== "") {
    n = Number(fromEnv);
    if (!Number.isInteger(n) || n < 1) throw new ValueError(fn, "LOSSLAB_WORKERS", "a whole number of threads, 1 or more", JSON.stringify(fromEnv));
  } else n = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(n, tasks));
}

/**
 * The compiled worker script (`src/worker.ts`, which imports the areas that define jobs): from `src/`
 * (under jest) and from `dist/` alike, the one in `dist/`.
 */
const WORKER_SCRIPT = path.resolve(__dirname, "..", "..", "dist", "worker.js");

interface WorkerMessage {
  type: "ready" | "report" | "done" | "error";
  index?: number;
  report?: { kind: string };
  result?: unknown;
  error?: WorkerError;
}

interface WorkerError {
  name: string;
  message: string;
  stack?: string;
  fields?: Record<string, unknown>;
}

const ERROR_CLASSES: Record<string, { prototype: Error }> = { InputTypeError, ShapeError, ValueError, TypeError, RangeError };

/** A worker's error as it was thrown there: the same class (losslab's argument errors too) and message. */
function rebuiltError(error: WorkerError, where: string): Error {
  const e = Object.create((ERROR_CLASSES[error.name] ?? Error).prototype) as Error;
  for (const [k, v] of Object.entries(error.fields ?? {})) if (v !== undefined) Object.defineProperty(e, k, { value: v, enumerable: true });
  Object.defineProperty(e, "message", { value: error.message, writable: true, configurable: true });
  Object.defineProperty(e, "stack", { value: `${error.stack ?? `${error.name}: ${error.message}`}\n    (in ${where})`, writable: true, configurable: true });
  if (e.name !== error.name) Object.defineProperty(e, "name", { value: error.name, writable: true, configurable: true });
  return e;
}

/**
 * Runs `job` (a job defined with `defineJob`, or its name) on every input, on up to `workers` threads;
 * resolves to the outputs in input order.
 */
export async function runJobs<I, O, R extends { kind: string } = JobReport>(fn: string, job: Job<I, O, R>, inputs: I[], options?: ParallelOptions<R>): Promise<O[]>;
export async function runJobs(fn: string, job: string, inputs: unknown[], options?: ParallelOptions): Promise<unknown[]>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the overloads above type it; a job is looked up by name either way
export async function runJobs(fn: string, job: Job<any, unknown, any> | string, inputs: unknown[], options: ParallelOptions<any> = {}): Promise<unknown[]> {
  const { name, run } = registeredJob(fn, typeof job === "string" ? job : job?.name);
  const threads = workerCount(fn, inputs.length, options.workers);
  const report = options.onReport ?? (() => undefined);
  if (threads <= 1) {
    const outputs: unknown[] = [];
    for (const [index, input] of inputs.entries()) outputs.push(await run(input, (r) => report(index, r)));
    return outputs;
  }
  const outputs = new Array<unknown>(inputs.length);
  const backend = tf.getBackend();
  const workers: Worker[] = [];
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      let failed = false;
      const fail = (e: Error) => {
        if (failed) return;
        failed = true;
        reject(e);
      };
      for (let w = 0; w < threads; w++) {
        const worker = new Worker(WORKER_SCRIPT, { workerData: { backend } });
        workers.push(worker);
        const give = () => {
          if (next < inputs.length) {
            const index = next++;
            worker.postMessage({ index, job: name, input: inputs[index] });
          }
        };
        worker.on("message", (m: WorkerMessage) => {
          if (m.type === "ready") give();
          else if (m.type === "report") report(m.index!, m.report!);
          else if (m.type === "done") {
            outputs[m.index!] = m.result;
            if (++finished === inputs.length) resolve();
            else give();
          } else if (m.type === "error") fail(rebuiltError(m.error!, `${fn}, run ${m.index! + 1} of ${inputs.length}, on a worker thread`));
        });
        worker.on("error", (e) => fail(new Error(`${fn}: a worker thread failed: ${e.message}`)));
        worker.on("exit", (code) => {
          if (code !== 0) fail(new Error(`${fn}: a worker thread exited with code ${code} before its runs were done`));
        });
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outputs;
}

/**
 * One progress bar for several runs that may run at once: each report updates its run's line, and
 * the bar shows the epochs done over all runs, with the status of the runs under way.
 */
export function combinedProgress(output: LiveOutput | undefined, runs: number): (index: number, report: JobReport | { kind: string }) => void {
  const state: { done: number; total: number; status: string }[] = [];
  return (index, r) => {
    if (!output || r.kind !== "progress") return;
    const report = r as JobReport;
    state[index] = { done: report.done, total: report.total, status: report.status };
    const known = state.filter(Boolean);
    const perRun = known[0].total;
    const done = known.reduce((a, s) => a + s.done, 0);
    const total = known.reduce((a, s) => a + s.total, 0) + (runs - known.length) * perRun;
    const active = known.filter((s) => s.done < s.total).map((s) => s.status);
    output.progress(done, total, active.length ? active.join(" · ") : known[known.length - 1].status);
  };
}
