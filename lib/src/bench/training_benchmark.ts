/**
 * Training speed of the reference model: steps of Adam on mini-batches of MNIST digits, timed after
 * a warm-up, with the tensor count checked for leaks. Time is wall-clock (process.hrtime), measured
 * around a loop that syncs once at the end, as FACTS.md advises.
 */
import * as tf from "@tensorflow/tfjs";
import { referenceModel, type ReferenceHead } from "./reference_model";
import { checkInteger } from "../validation";

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
  msPerStep: number;
  samplesPerSecond: number;
  /** tf.memory().numTensors after each `memoryEvery` steps: flat means no leak. */
  tensorCounts: number[];
  finalLoss: number;
}

export function benchmarkTraining(options: TrainingBenchmarkOptions): TrainingBenchmarkResult {
  const fn = "benchmarkTraining";
  const steps = checkInteger(fn, "steps", options.steps ?? 100, { min: 1 });
  const warmup = checkInteger(fn, "warmup", options.warmup ?? 5, { min: 0 });
  const batchSize = checkInteger(fn, "batchSize", options.batchSize ?? 128, { min: 1 });
  const n = options.labels.length;
  if (n < batchSize) throw new Error(`losslab.${fn}: need at least batchSize (${batchSize}) digits, got ${n}.`);
  const memoryEvery = options.memoryEvery ?? Math.max(1, Math.floor(steps / 4));
  const model = referenceModel({ head: options.head, featureSize: options.featureSize });
  const optimizer = tf.train.adam(1e-3);
  const variables = [...model.net.variables, ...model.head.trainableVariables];
  const batches = Math.floor(n / batchSize);
  // batches as ready tensors: the benchmark measures training, not data copies
  const xs: tf.Tensor2D[] = [];
  const ys: tf.Tensor1D[] = [];
  for (let b = 0; b < Math.min(batches, 20); b++) {
    xs.push(tf.tensor2d(options.images.subarray(b * batchSize * 784, (b + 1) * batchSize * 784), [batchSize, 784]));
    ys.push(tf.tensor1d(options.labels.subarray(b * batchSize, (b + 1) * batchSize), "int32"));
  }
  const step = (i: number) => {
    const k = i % xs.length;
    optimizer.minimize(() => model.head.loss(model.net.apply(xs[k]), ys[k]) as tf.Scalar, false, variables);
    model.head.step();
  };
  try {
    for (let i = 0; i < warmup; i++) step(i);
    variables[0].dataSync();
    const tensorCounts: number[] = [tf.memory().numTensors];
    const start = process.hrtime.bigint();
    for (let i = 0; i < steps; i++) {
      step(i);
      if ((i + 1) % memoryEvery === 0) tensorCounts.push(tf.memory().numTensors);
    }
    variables[0].dataSync();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const finalLoss = tf.tidy(() => (model.head.loss(model.net.apply(xs[0]), ys[0]) as tf.Scalar).dataSync()[0]);
    return {
      head: options.head,
      backend: tf.getBackend(),
      steps,
      batchSize,
      msPerStep: (seconds * 1000) / steps,
      samplesPerSecond: (steps * batchSize) / seconds,
      tensorCounts,
      finalLoss,
    };
  } finally {
    xs.forEach((t) => t.dispose());
    ys.forEach((t) => t.dispose());
    optimizer.dispose();
    model.dispose();
  }
}
