/**
 * Runs full-batch, sample-wise and mini-batch descent side by side for several learning rates, on
 * the same start and seed: the experiment of lesson 00, and of any lesson that compares them.
 */
import { checkNumberArray } from "../validation";
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

export function compareDescent(
  problem: BatchedProblem,
  opts: { theta0: number[]; learningRates: number[]; epochs: number; batches?: BatchMode[]; seed?: number },
): DescentRun[] {
  checkNumberArray("compareDescent", "learningRates", opts.learningRates);
  const batches = opts.batches ?? ["full", "sample", 4];
  const runs: DescentRun[] = [];
  for (const learningRate of opts.learningRates) {
    for (const batch of batches) {
      const path = gradientDescent(problem, opts.theta0, { learningRate, epochs: opts.epochs, batch, seed: opts.seed ?? 0 });
      runs.push({ label: batchLabel(batch), batch, learningRate, path });
    }
  }
  return runs;
}
