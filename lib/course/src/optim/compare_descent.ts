/**
 * Runs full-batch, sample-wise and mini-batch descent side by side for several learning rates, on
 * the same start and seed: the experiment of lesson 00, and of any lesson that compares them.
 */
import { InputTypeError, ShapeError, ValueError } from "losslab";
import { checkInteger, checkNumberArray, checkObject, checkOptions, describe } from "losslab/internal";
import { gradientDescent, type BatchedProblem, type BatchMode, type DescentPath } from "./gradient_descent";

export interface DescentRun {
  /** "full batch", "sample-wise (SGD)" or "mini-batch (b)". */
  label: string;
  batch: BatchMode;
  learningRate: number;
  path: DescentPath;
}

/** A readable name for a batch mode. */
export function batchLabel(batch: BatchMode): string {
  if (batch === "full") return "full batch";
  if (batch === "sample") return "sample-wise (SGD)";
  return `mini-batch (${batch})`;
}

export interface CompareDescentOptions {
  /** The starting parameters, shared by every run. */
  theta0: number[];
  /** The learning rates to try (each > 0); every batch mode runs with each. */
  learningRates: number[];
  /** Passes over the data of each run. */
  epochs: number;
  /** The batch modes: "full", "sample" or a mini-batch size (default ["full", "sample", 4]). */
  batches?: BatchMode[];
  /** Seed of the shuffles, the same for every run (default 0). */
  seed?: number;
}

/** A batch mode: "full", "sample" or a whole mini-batch size ≥ 1, named by its index in `batches`. */
function checkBatchMode(fn: string, arg: string, mode: unknown): BatchMode {
  if (mode === "full" || mode === "sample") return mode;
  if (typeof mode === "number") return checkInteger(fn, arg, mode, { min: 1 });
  if (typeof mode === "string") throw new ValueError(fn, arg, "'full', 'sample' or a mini-batch size", describe(mode));
  throw new InputTypeError(fn, arg, "'full', 'sample' or a mini-batch size", describe(mode));
}

export function compareDescent(problem: BatchedProblem, opts: CompareDescentOptions): DescentRun[] {
  const fn = "compareDescent";
  checkObject(fn, problem, "problem", "a problem { n, gradient, cost } (a LinearRegression, say)");
  checkOptions(fn, opts, ["theta0", "learningRates", "epochs", "batches?", "seed?"]);
  checkNumberArray(fn, "theta0", opts.theta0);
  checkNumberArray(fn, "learningRates", opts.learningRates).forEach((eta, i) => {
    if (eta <= 0) throw new ValueError(fn, `learningRates[${i}]`, "a number > 0", describe(eta));
  });
  checkInteger(fn, "epochs", opts.epochs, { min: 1 });
  const seed = checkInteger(fn, "seed", opts.seed ?? 0);
  const given: unknown = opts.batches ?? ["full", "sample", 4];
  if (!Array.isArray(given)) throw new InputTypeError(fn, "batches", "an array of batch modes ('full', 'sample' or a mini-batch size)", describe(given));
  if (given.length === 0) throw new ShapeError(fn, "batches", "at least one batch mode", "an empty array");
  const batches = given.map((mode, i) => checkBatchMode(fn, `batches[${i}]`, mode));
  const runs: DescentRun[] = [];
  for (const learningRate of opts.learningRates) {
    for (const batch of batches) {
      const path = gradientDescent(problem, opts.theta0, { learningRate, epochs: opts.epochs, batch, seed });
      runs.push({ label: batchLabel(batch), batch, learningRate, path });
    }
  }
  return runs;
}
