/**
 * Where the time of a training step goes: `tf.profile` over steps of the reference model or of
 * Conv-4, kernels grouped by name and input shapes.
 *
 * Custom-gradient ops (the fused dense layer, the margin heads' loss) and composite ops such as
 * `logSoftmax` appear in the profile both as a whole ("unnamed scope", "logSoftmax__op") and as the
 * kernels they run; only the kernels are counted. The profiler slows a step down, so the step time
 * reported is the median of unprofiled steps timed afterwards.
 */
import * as tf from "@tensorflow/tfjs";
import { REFERENCE_HEADS, type ReferenceHead } from "./reference_model";
import { referenceRun, timeMs, type ReferenceRun } from "./reference_run";
import { conv4Run } from "./conv4_run";
import { checkInteger, checkOneOf, checkOptions } from "losslab/internal";
import { median } from "./median";

export interface KernelTime {
  /** Kernel name and input shapes, e.g. "BatchMatMul [128,784]·[784,256]". */
  kernel: string;
  /** Calls per step. */
  calls: number;
  /** Milliseconds per step. */
  ms: number;
}

export interface StepProfile {
  head: ReferenceHead;
  backend: string;
  /** Median wall time of an unprofiled step. */
  msPerStep: number;
  /** Time inside kernels, per step. */
  kernelMs: number;
  /** Kernels run per step. */
  kernelsPerStep: number;
  /** The kernels, slowest first. */
  kernels: KernelTime[];
}

export interface ProfileOptions {
  head: ReferenceHead;
  images: Float32Array;
  labels: Int32Array;
  /** Profiled steps, averaged (default 10), after `warmup` (default 5). */
  steps?: number;
  /** Unprofiled steps timed afterwards for `msPerStep` (default 20). */
  timedSteps?: number;
  warmup?: number;
  batchSize?: number;
}

/** Whether a profiled entry is a kernel (not a custom-gradient op or a composite op's scope, see above). */
function isKernel(k: { name: string }): boolean {
  return k.name !== "unnamed scope" && !k.name.endsWith("__op");
}

/** The kernels among the entries of a `tf.profile`. */
export function countKernels(kernels: readonly { name: string }[]): number {
  return kernels.filter(isKernel).length;
}

export async function profileTrainingStep(options: ProfileOptions): Promise<StepProfile> {
  const fn = "profileTrainingStep";
  checkOptions(fn, options, ["head", "images", "labels", "steps?", "timedSteps?", "warmup?", "batchSize?"]);
  checkOneOf(fn, "head", options.head, REFERENCE_HEADS);
  const counts = profileCounts(fn, options);
  const batchSize = checkInteger(fn, "batchSize", options.batchSize ?? 128, { min: 1 });
  const run = referenceRun(fn, options.head, options.images, options.labels, batchSize);
  return { head: options.head, ...(await profileRun(run, counts)) };
}

/** Where the time of a Conv-4 training step goes (`conv4Run`: batch 64, 292 classes by default). */
export async function profileConv4Step(options: Omit<ProfileOptions, "head" | "images" | "labels"> & { classes?: number; filters?: number } = {}): Promise<Omit<StepProfile, "head">> {
  const fn = "profileConv4Step";
  checkOptions(fn, options, ["steps?", "timedSteps?", "warmup?", "batchSize?", "classes?", "filters?"]);
  const counts = profileCounts(fn, options);
  return profileRun(conv4Run({ batchSize: options.batchSize, classes: options.classes, filters: options.filters }), counts);
}

type Counts = { steps: number; warmup: number; timedSteps: number };

function profileCounts(fn: string, options: { steps?: number; warmup?: number; timedSteps?: number }): Counts {
  return {
    steps: checkInteger(fn, "steps", options.steps ?? 10, { min: 1 }),
    warmup: checkInteger(fn, "warmup", options.warmup ?? 5, { min: 0 }),
    timedSteps: checkInteger(fn, "timedSteps", options.timedSteps ?? 20, { min: 1 }),
  };
}

/** Profiles `run` (then disposes it): kernels by name and input shapes, and the median unprofiled step. */
async function profileRun(run: ReferenceRun, { steps, warmup, timedSteps }: Counts): Promise<Omit<StepProfile, "head">> {
  try {
    for (let i = 0; i < warmup; i++) run.step(i);
    const byKernel = new Map<string, { calls: number; ms: number }>();
    let count = 0;
    for (let i = 0; i < steps; i++) {
      const info = await tf.profile(() => run.step(i));
      for (const k of info.kernels) {
        if (!isKernel(k)) continue;
        const key = `${k.name} ${k.inputShapes.map((s) => `[${s}]`).join("·")}`;
        const entry = byKernel.get(key) ?? { calls: 0, ms: 0 };
        entry.calls += 1;
        entry.ms += typeof k.kernelTimeMs === "number" ? k.kernelTimeMs : 0;
        byKernel.set(key, entry);
        count += 1;
      }
    }
    const stepMs = Array.from({ length: timedSteps }, (_, i) => timeMs(() => run.step(i)));
    const kernels = [...byKernel.entries()]
      .map(([kernel, e]) => ({ kernel, calls: e.calls / steps, ms: e.ms / steps }))
      .sort((a, b) => b.ms - a.ms);
    return {
      backend: tf.getBackend(),
      msPerStep: median(stepMs),
      kernelMs: kernels.reduce((s, k) => s + k.ms, 0),
      kernelsPerStep: count / steps,
      kernels,
    };
  } finally {
    run.dispose();
  }
}
