/**
 * The benchmarks' training loop, shared by `benchmarkTraining`, `benchmarkHeads` and
 * `profileTrainingStep`: the reference model, Adam, and ready mini-batches, one step at a time.
 */
import * as tf from "@tensorflow/tfjs";
import { referenceModel, type ReferenceHead } from "./reference_model";
import { adamFor, type Formulation } from "losslab";
import { MarginHead } from "losslab";
import { ModifiedSoftmaxHead } from "losslab";
import { InputTypeError, ShapeError } from "losslab";
import { checkInteger, checkOptions, describe } from "losslab/internal";

/** A reference model with its optimiser and up to 20 ready mini-batches: one training step at a time. */
export interface ReferenceRun {
  step(i: number): void;
  /** Syncs: returns when every queued op has run. */
  sync(): void;
  loss(): number;
  dispose(): void;
}

/**
 * The reference model training on the first batches of `images`. `formulation` picks the dense
 * layers', the optimiser's and a margin head's loss formulation (default: the fastest on the active
 * backend).
 */
export function referenceRun(
  fn: string,
  head: ReferenceHead,
  images: Float32Array,
  labels: Int32Array,
  batchSize: number,
  featureSize?: number,
  formulation: Partial<Formulation> = {},
): ReferenceRun {
  if (!(images instanceof Float32Array)) throw new InputTypeError(fn, "images", "a Float32Array of 784 pixels per digit (loadMnist().images)", describe(images));
  if (!(labels instanceof Int32Array)) throw new InputTypeError(fn, "labels", "an Int32Array of digit labels (loadMnist().labels)", describe(labels));
  const n = labels.length;
  if (images.length !== n * 784) throw new ShapeError(fn, "images", `${n} × 784 = ${n * 784} numbers, one row per label`, `${images.length}`);
  checkInteger(fn, "batchSize", batchSize, { min: 1 });
  if (n < batchSize) throw new ShapeError(fn, "labels", `at least batchSize (${batchSize}) digits`, `${n}`);
  checkOptions(fn, formulation, ["dense?", "optimizer?", "marginLoss?"], "formulation");
  const model = referenceModel({ head, featureSize, dense: formulation.dense });
  if (formulation.marginLoss !== undefined && (model.head instanceof MarginHead || model.head instanceof ModifiedSoftmaxHead)) model.head.marginLoss = formulation.marginLoss;
  const optimizer = adamFor(1e-3, formulation.optimizer);
  const variables = [...model.net.variables, ...model.head.trainableVariables];
  // batches as ready tensors: the benchmark measures training, not data copies
  const xs: tf.Tensor2D[] = [];
  const ys: tf.Tensor1D[] = [];
  for (let b = 0; b < Math.min(Math.floor(n / batchSize), 20); b++) {
    xs.push(tf.tensor2d(images.subarray(b * batchSize * 784, (b + 1) * batchSize * 784), [batchSize, 784]));
    ys.push(tf.tensor1d(labels.subarray(b * batchSize, (b + 1) * batchSize), "int32"));
  }
  return {
    step(i) {
      const k = i % xs.length;
      optimizer.minimize(() => model.head.loss(model.net.apply(xs[k]), ys[k]) as tf.Scalar, false, variables);
      model.head.step();
    },
    sync: () => void variables[0].dataSync(),
    loss: () => tf.tidy(() => (model.head.loss(model.net.apply(xs[0]), ys[0]) as tf.Scalar).dataSync()[0]),
    dispose() {
      xs.forEach((t) => t.dispose());
      ys.forEach((t) => t.dispose());
      optimizer.dispose();
      model.dispose();
    },
  };
}

/** Wall-clock milliseconds of f (process.hrtime). */
export function timeMs(f: () => void): number {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
