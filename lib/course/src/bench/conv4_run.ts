/**
 * The Conv-4 training step the benchmark times: losslab's `Conv4` (4 × [conv 3×3 64, batch norm,
 * ReLU, max-pool 2] on 28×28×1) with a `classes`-way linear layer on its 64-number embedding (the
 * Omniglot experiment's 292 background characters by default), softmax cross-entropy, Adam(1e-3), batch
 * 64, on random images (the speed of a step does not depend on the pixel values). The step is the one
 * losslab's `train` runs: `optimizer.minimize` over `Conv4.apply` in training mode. The PyTorch
 * reference is `python/reference/bench_torch.py --model conv4`.
 */
import * as tf from "@tensorflow/tfjs";
import { Conv4, Rng, adamFor } from "losslab";
import { checkInteger, checkOptions } from "losslab/internal";
import type { ReferenceRun } from "./reference_run";

export interface Conv4RunOptions {
  /** Images per step (default 64). */
  batchSize?: number;
  /** Classes of the softmax layer (default 292). */
  classes?: number;
  /** Seed of the weights and the random images (default 0). */
  seed?: number;
  /** Ready batches cycled through (default 4). */
  batches?: number;
  /** Filters of every convolution (default 64; fewer make a quick test on the slow backends). */
  filters?: number;
}

/** Conv-4 training one step at a time on ready random batches. */
export function conv4Run(options: Conv4RunOptions = {}): ReferenceRun {
  const fn = "conv4Run";
  checkOptions(fn, options, ["batchSize?", "classes?", "seed?", "batches?", "filters?"]);
  const batchSize = checkInteger(fn, "batchSize", options.batchSize ?? 64, { min: 1 });
  const classes = checkInteger(fn, "classes", options.classes ?? 292, { min: 2 });
  const seed = checkInteger(fn, "seed", options.seed ?? 0, { min: 0 });
  const count = checkInteger(fn, "batches", options.batches ?? 4, { min: 1 });
  const filters = checkInteger(fn, "filters", options.filters ?? 64, { min: 1 });
  const net = new Conv4({ embeddingSize: classes, seed, filters });
  const optimizer = adamFor(1e-3);
  const rng = new Rng(seed + 1);
  const xs: tf.Tensor2D[] = [];
  const ys: tf.Tensor2D[] = [];
  for (let b = 0; b < count; b++) {
    xs.push(tf.tensor2d(Float32Array.from({ length: batchSize * net.inputSize }, () => rng.next()), [batchSize, net.inputSize]));
    const onehot = new Float32Array(batchSize * classes);
    for (let i = 0; i < batchSize; i++) onehot[i * classes + rng.int(classes)] = 1;
    ys.push(tf.tensor2d(onehot, [batchSize, classes]));
  }
  const variables = net.variables;
  const lossOf = (k: number) => tf.losses.softmaxCrossEntropy(ys[k], net.apply(xs[k])) as tf.Scalar;
  return {
    step(i) {
      optimizer.minimize(() => lossOf(i % count), false, variables);
    },
    sync: () => void variables[0].dataSync(),
    loss: () => tf.tidy(() => lossOf(0).dataSync()[0]),
    dispose() {
      xs.forEach((t) => t.dispose());
      ys.forEach((t) => t.dispose());
      optimizer.dispose();
      net.dispose();
    },
  };
}
