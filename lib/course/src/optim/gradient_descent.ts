/**
 * Gradient descent as the lecture notes write it, θ ← θ − η ∂J/∂θ, in its three flavours:
 * full-batch (every sample per update), sample-wise (one sample per update: SGD) and mini-batch.
 * Works on any problem that gives a cost and a gradient over a batch of sample indices.
 */
import { ValueError } from "losslab";
import { checkOptions, checkInteger, checkNumberArray, checkRange, describe } from "losslab/internal";
import { Rng } from "losslab";

export interface BatchedProblem {
  /** Number of samples. */
  readonly n: number;
  cost(theta: number[], indices?: readonly number[]): number;
  gradient(theta: number[], indices?: readonly number[]): number[];
}

/** "full": all n samples per update; "sample": one (SGD); a number: mini-batches of that size. */
export type BatchMode = "full" | "sample" | number;

export interface DescentOptions {
  /** η, the step size. */
  learningRate: number;
  /** Passes over the data. */
  epochs: number;
  /** Default "full". */
  batch?: BatchMode;
  /** Seed of the shuffle that orders samples in each epoch (default 0). */
  seed?: number;
  /** Stop and flag divergence once the full cost exceeds this (default 1e6) or is not finite. */
  divergeAbove?: number;
}

export interface DescentPath {
  /** θ after each update, θ₀ first. */
  thetas: number[][];
  /** Full-data cost J(θ) at each entry of `thetas`. */
  costs: number[];
  /** Number of updates made. */
  updates: number;
  /** True when the cost blew up and the run was stopped. */
  diverged: boolean;
  /** Samples per update. */
  batchSize: number;
}

/** Batch size of a mode for n samples. */
export function batchSizeOf(mode: BatchMode, n: number): number {
  if (mode === "full") return n;
  if (mode === "sample") return 1;
  checkInteger("gradientDescent", "batch", mode, { min: 1 });
  return Math.min(mode, n);
}

/** Runs descent from theta0 and records the whole path. */
export function gradientDescent(problem: BatchedProblem, theta0: number[], opts: DescentOptions): DescentPath {
  const fn = "gradientDescent";
  checkNumberArray(fn, "theta0", theta0);
  checkOptions(fn, opts, ["learningRate", "epochs", "batch?", "seed?", "divergeAbove?"]);
  checkRange(fn, "learningRate", opts.learningRate, { min: 0, minOpen: true });
  checkInteger(fn, "epochs", opts.epochs, { min: 1 });
  const mode = opts.batch ?? "full";
  if (typeof mode === "string" && mode !== "full" && mode !== "sample") {
    throw new ValueError(fn, "batch", "'full', 'sample' or a positive integer", describe(mode));
  }
  const batchSize = batchSizeOf(mode, problem.n);
  const limit = opts.divergeAbove ?? 1e6;
  const rng = new Rng(opts.seed ?? 0);
  const order = Array.from({ length: problem.n }, (_, i) => i);

  let theta = theta0.slice();
  const thetas = [theta.slice()];
  const costs = [problem.cost(theta)];
  let diverged = !Number.isFinite(costs[0]) || costs[0] > limit;
  let updates = 0;
  for (let epoch = 0; epoch < opts.epochs && !diverged; epoch++) {
    // full batch needs no shuffle; the others visit samples in a new seeded order each epoch
    const visit = batchSize === problem.n ? order : rng.shuffle(order);
    for (let start = 0; start < problem.n && !diverged; start += batchSize) {
      const batch = visit.slice(start, start + batchSize);
      const g = problem.gradient(theta, batch);
      theta = theta.map((t, k) => t - opts.learningRate * g[k]);
      updates += 1;
      const c = problem.cost(theta);
      thetas.push(theta.slice());
      costs.push(c);
      if (!Number.isFinite(c) || c > limit) diverged = true;
    }
  }
  return { thetas, costs, updates, diverged, batchSize };
}
