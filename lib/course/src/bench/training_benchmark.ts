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
import { InputTypeError } from "losslab";
import { checkInteger, checkOneOf, checkOptions, describe } from "losslab/internal";
import { median } from "./median";
import { formulationFor, type Formulation, type MarginLossFormulation } from "losslab";
import { countKernels } from "./profile_step";

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
  /**
   * The margin heads' loss formulations to train (`MarginHead.marginLoss`): each margin head once per
   * entry, side by side. @default [formulationFor().marginLoss]
   */
  marginLoss?: readonly MarginLossFormulation[];
  /** Timed steps per head (default 200), after `warmup` untimed ones (default 5). */
  steps?: number;
  warmup?: number;
  batchSize?: number;
}

export interface HeadOverhead {
  head: ReferenceHead;
  /** The margin loss's formulation (margin heads only). */
  marginLoss?: MarginLossFormulation;
  /** Median time of one training step of the whole model with this head. */
  medianMsPerStep: number;
  /**
   * Time relative to the first head's, minus 1 (0.05: 5 % slower): the median over rounds of the
   * ratio of this head's step to the first head's step of the same round (robust to drift in load).
   */
  overhead: number;
  /** Kernels run per step (`tf.profile` of one step after the timed ones). */
  kernelsPerStep: number;
}

/** The heads whose loss has a formulation choice (`MarginHead`, and the modified softmax). */
const MARGIN_HEADS: readonly ReferenceHead[] = ["modified", "lsoftmax", "asoftmax", "cosface", "arcface"];

/**
 * What each head adds to a training step of the reference model: the models train side by side in
 * one process, one step each in turn, so a burst of load from elsewhere falls on all of them alike,
 * and each is summarised by the median of its single steps.
 */
export async function benchmarkHeads(options: HeadOverheadOptions): Promise<HeadOverhead[]> {
  const fn = "benchmarkHeads";
  checkOptions(fn, options, ["images", "labels", "heads?", "marginLoss?", "steps?", "warmup?", "batchSize?"]);
  const heads = options.heads ?? REFERENCE_HEADS;
  if (!Array.isArray(heads) || heads.length === 0) throw new InputTypeError(fn, "heads", "a non-empty array of head names", describe(heads));
  heads.forEach((h, i) => checkOneOf(fn, `heads[${i}]`, h, REFERENCE_HEADS));
  const forms = options.marginLoss ?? [formulationFor().marginLoss];
  if (!Array.isArray(forms) || forms.length === 0) throw new InputTypeError(fn, "marginLoss", 'a non-empty array of "host" and "tensor"', describe(forms));
  forms.forEach((f, i) => checkOneOf(fn, `marginLoss[${i}]`, f, ["host", "tensor"] as const));
  const steps = checkInteger(fn, "steps", options.steps ?? 200, { min: 1 });
  const warmup = checkInteger(fn, "warmup", options.warmup ?? 5, { min: 0 });
  const batchSize = checkInteger(fn, "batchSize", options.batchSize ?? 128, { min: 1 });
  const entries = heads.flatMap((head) => (MARGIN_HEADS.includes(head) ? forms.map((marginLoss) => ({ head, marginLoss })) : [{ head, marginLoss: undefined }]));
  const timed = await sideBySide(
    entries.map((e) => () => referenceRun(fn, e.head, options.images, options.labels, batchSize, undefined, e.marginLoss ? { marginLoss: e.marginLoss } : {})),
    steps,
    warmup,
  );
  return entries.map((e, k) => ({
    head: e.head,
    ...(e.marginLoss ? { marginLoss: e.marginLoss } : {}),
    medianMsPerStep: timed[k].median,
    overhead: median(timed[k].ms.map((ms, i) => ms / timed[0].ms[i])) - 1,
    kernelsPerStep: timed[k].kernels,
  }));
}

/**
 * Trains several reference runs side by side, one step each in turn (round i starts with run i mod n,
 * so no run always follows the same one), so that a burst of load from elsewhere falls on all of them
 * alike; returns each run's single-step times by round, their median, and the kernels of one step.
 */
async function sideBySide(makers: (() => ReferenceRun)[], steps: number, warmup: number): Promise<{ ms: number[]; median: number; kernels: number }[]> {
  const runs: ReferenceRun[] = [];
  try {
    for (const make of makers) runs.push(make());
    for (let i = 0; i < warmup; i++) runs.forEach((r) => r.step(i));
    runs.forEach((r) => r.sync());
    const stepMs = runs.map(() => [] as number[]);
    for (let i = 0; i < steps; i++) {
      for (let j = 0; j < runs.length; j++) {
        const k = (i + j) % runs.length;
        stepMs[k].push(timeMs(() => runs[k].step(i)));
      }
    }
    const kernels: number[] = [];
    for (const r of runs) kernels.push(countKernels((await tf.profile(() => r.step(steps))).kernels));
    return stepMs.map((ms, k) => ({ ms, median: median(ms), kernels: kernels[k] }));
  } finally {
    runs.forEach((r) => r.dispose());
  }
}

type DenseAndOptimizer = Pick<Formulation, "dense" | "optimizer">;

export interface FormulationTiming extends DenseAndOptimizer {
  medianMsPerStep: number;
  /** True for the formulation `formulationFor` picks on this backend. */
  chosen: boolean;
}

/**
 * Every formulation of the reference softmax step (dense backward products × optimiser) trained side
 * by side on the active backend: the measurement behind `formulationFor`.
 */
export async function benchmarkFormulations(options: { images: Float32Array; labels: Int32Array; steps?: number; warmup?: number; batchSize?: number }): Promise<FormulationTiming[]> {
  const fn = "benchmarkFormulations";
  checkOptions(fn, options, ["images", "labels", "steps?", "warmup?", "batchSize?"]);
  const steps = checkInteger(fn, "steps", options.steps ?? 200, { min: 1 });
  const warmup = checkInteger(fn, "warmup", options.warmup ?? 5, { min: 0 });
  const batchSize = checkInteger(fn, "batchSize", options.batchSize ?? 128, { min: 1 });
  const variants: DenseAndOptimizer[] = [];
  for (const dense of ["explicitTranspose", "transposeFlags"] as const) for (const optimizer of ["adam", "flatAdam"] as const) variants.push({ dense, optimizer });
  const timed = await sideBySide(variants.map((v) => () => referenceRun(fn, "softmax", options.images, options.labels, batchSize, undefined, v)), steps, warmup);
  const chosen = formulationFor();
  return variants.map((v, k) => ({ ...v, medianMsPerStep: timed[k].median, chosen: v.dense === chosen.dense && v.optimizer === chosen.optimizer }));
}
