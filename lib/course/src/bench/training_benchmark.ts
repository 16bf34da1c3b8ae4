/**
 * Training speed of the reference model: steps of Adam on mini-batches of MNIST digits, timed after
 * a warm-up, with the tensor count checked for leaks. Time is wall-clock (process.hrtime): the mean
 * over the whole loop, which syncs once at the end (FACTS.md), and the median of the single steps,
 * which a shared machine's bursts of load move much less. (On the wasm and cpu backends an op has
 * finished when it returns, so a single step can be timed without a sync.)
 */
import * as tf from "@tensorflow/tfjs";
import { REFERENCE_HEADS, type ReferenceHead } from "./reference_model";
import { referenceRun, timeMs, type ReferenceRun } from "./reference_run";
import { InputTypeError, checkInteger, checkOneOf, checkOptions, describe } from "losslab";
import { median } from "./median";
import { formulationFor, type Formulation } from "losslab";

export interface TrainingBenchmarkOptions {
  head: ReferenceHead;
  /** Images [N, 784] and labels [N]. */
  images: Float32Array;
  labels: Int32Array;
  /** Timed steps (default 100), after `warmup` untimed ones (default 5). */
  steps?: number;
  warmup?: number;
  batchSize?: number;
  featureSize?: number;
  /** Record tf.memory().numTensors every this many steps (default: steps / 4). */
  memoryEvery?: number;
}

export interface TrainingBenchmarkResult {
  head: ReferenceHead;
  backend: string;
  steps: number;
  batchSize: number;
  /** Mean wall-clock time of a step. */
  msPerStep: number;
  /** Median time of a single step (robust to bursts of load from other processes). */
  medianMsPerStep: number;
  samplesPerSecond: number;
  /** tf.memory().numTensors after each `memoryEvery` steps: flat means no leak. */
  tensorCounts: number[];
  finalLoss: number;
}

export function benchmarkTraining(options: TrainingBenchmarkOptions): TrainingBenchmarkResult {
  const fn = "benchmarkTraining";
  checkOptions(fn, options, ["head", "images", "labels", "steps?", "warmup?", "batchSize?", "featureSize?", "memoryEvery?"]);
  checkOneOf(fn, "head", options.head, REFERENCE_HEADS);
  const steps = checkInteger(fn, "steps", options.steps ?? 100, { min: 1 });
  const warmup = checkInteger(fn, "warmup", options.warmup ?? 5, { min: 0 });
  const batchSize = checkInteger(fn, "batchSize", options.batchSize ?? 128, { min: 1 });
  const memoryEvery = checkInteger(fn, "memoryEvery", options.memoryEvery ?? Math.max(1, Math.floor(steps / 4)), { min: 1 });
  const run = referenceRun(fn, options.head, options.images, options.labels, batchSize, options.featureSize);
  try {
    for (let i = 0; i < warmup; i++) run.step(i);
    run.sync();
    const tensorCounts: number[] = [tf.memory().numTensors];
    const stepMs: number[] = [];
    const totalMs = timeMs(() => {
      for (let i = 0; i < steps; i++) {
        stepMs.push(timeMs(() => run.step(i)));
        if ((i + 1) % memoryEvery === 0) tensorCounts.push(tf.memory().numTensors);
      }
      run.sync();
    });
    return {
      head: options.head,
      backend: tf.getBackend(),
      steps,
      batchSize,
      msPerStep: totalMs / steps,
      medianMsPerStep: median(stepMs),
      samplesPerSecond: (steps * batchSize * 1000) / totalMs,
      tensorCounts,
      finalLoss: run.loss(),
    };
  } finally {
    run.dispose();
  }
}

export interface HeadOverheadOptions {
  /** Images [N, 784] and labels [N]. */
  images: Float32Array;
  labels: Int32Array;
  /** The heads to compare; the first is the baseline. @default REFERENCE_HEADS (softmax first) */
  heads?: readonly ReferenceHead[];
  /** Timed steps per head (default 200), after `warmup` untimed ones (default 5). */
  steps?: number;
  warmup?: number;
  batchSize?: number;
}

export interface HeadOverhead {
  head: ReferenceHead;
  /** Median time of one training step of the whole model with this head. */
  medianMsPerStep: number;
  /** medianMsPerStep relative to the first head's, minus 1 (0.05: 5 % slower). */
  overhead: number;
}

/**
 * What each head adds to a training step of the reference model: the models train side by side in
 * one process, one step each in turn, so a burst of load from elsewhere falls on all of them alike,
 * and each is summarised by the median of its single steps.
 */
export function benchmarkHeads(options: HeadOverheadOptions): HeadOverhead[] {
  const fn = "benchmarkHeads";
  checkOptions(fn, options, ["images", "labels", "heads?", "steps?", "warmup?", "batchSize?"]);
  const heads = options.heads ?? REFERENCE_HEADS;
  if (!Array.isArray(heads) || heads.length === 0) throw new InputTypeError(fn, "heads", "a non-empty array of head names", describe(heads));
  heads.forEach((h, i) => checkOneOf(fn, `heads[${i}]`, h, REFERENCE_HEADS));
  const steps = checkInteger(fn, "steps", options.steps ?? 200, { min: 1 });
  const warmup = checkInteger(fn, "warmup", options.warmup ?? 5, { min: 0 });
  const batchSize = checkInteger(fn, "batchSize", options.batchSize ?? 128, { min: 1 });
  const medians = sideBySide(heads.map((h) => () => referenceRun(fn, h, options.images, options.labels, batchSize)), steps, warmup);
  return heads.map((head, k) => ({ head, medianMsPerStep: medians[k], overhead: medians[k] / medians[0] - 1 }));
}

/**
 * Trains several reference runs side by side, one step each in turn, so that a burst of load from
 * elsewhere falls on all of them alike; returns the median single-step time of each.
 */
function sideBySide(makers: (() => ReferenceRun)[], steps: number, warmup: number): number[] {
  const runs: ReferenceRun[] = [];
  try {
    for (const make of makers) runs.push(make());
    for (let i = 0; i < warmup; i++) runs.forEach((r) => r.step(i));
    runs.forEach((r) => r.sync());
    const stepMs = runs.map(() => [] as number[]);
    for (let i = 0; i < steps; i++) runs.forEach((r, k) => stepMs[k].push(timeMs(() => r.step(i))));
    return stepMs.map(median);
  } finally {
    runs.forEach((r) => r.dispose());
  }
}

export interface FormulationTiming extends Formulation {
  medianMsPerStep: number;
  /** True for the formulation `formulationFor` picks on this backend. */
  chosen: boolean;
}

/**
 * Every formulation of the reference softmax step (dense backward products × optimiser) trained side
 * by side on the active backend: the measurement behind `formulationFor`.
 */
export function benchmarkFormulations(options: { images: Float32Array; labels: Int32Array; steps?: number; warmup?: number; batchSize?: number }): FormulationTiming[] {
  const fn = "benchmarkFormulations";
  checkOptions(fn, options, ["images", "labels", "steps?", "warmup?", "batchSize?"]);
  const steps = checkInteger(fn, "steps", options.steps ?? 200, { min: 1 });
  const warmup = checkInteger(fn, "warmup", options.warmup ?? 5, { min: 0 });
  const batchSize = checkInteger(fn, "batchSize", options.batchSize ?? 128, { min: 1 });
  const variants: Formulation[] = [];
  for (const dense of ["explicitTranspose", "transposeFlags"] as const) for (const optimizer of ["adam", "flatAdam"] as const) variants.push({ dense, optimizer });
  const medians = sideBySide(variants.map((v) => () => referenceRun(fn, "softmax", options.images, options.labels, batchSize, undefined, v)), steps, warmup);
  const chosen = formulationFor();
  return variants.map((v, k) => ({ ...v, medianMsPerStep: medians[k], chosen: v.dense === chosen.dense && v.optimizer === chosen.optimizer }));
}
