import * as tf from "../../tf";
import { MeanReducer, type LossTerm } from "../../reducers/reducers";
import { InputTypeError, ValueError, checkShape, describe, toTensor, type TensorInput } from "../../validation";
import type { LossBatch } from "./base";
import { ClassVectorLoss, type ClassVectorSettings } from "./proxy_losses";

export interface P2SGradLossSettings extends ClassVectorSettings {
  /** Starting class weights W [embeddingSize, numClasses] (columns scaled to unit length; default seeded). */
  weights?: TensorInput;
}

/**
 * The columns of W scaled to length 1 as pml does (PyTorch's `renorm(2, 1, 1e-5)·1e5`: w / (‖w‖ + 1e-7));
 * a column of length ≤ 1e-5 is refused (pml's renorm leaves it short and its length assertion fails).
 */
function unitColumns(fn: string, w: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const norms = tf.norm(w, 2, 0, true);
    const shortest = tf.min(norms).dataSync()[0];
    if (!(shortest > 1e-5)) throw new ValueError(fn, "weights", "columns of length > 1e-5 (each is scaled to length 1)", `a column of length ${shortest}`);
    return tf.div(w, tf.add(norms, 1e-7)) as tf.Tensor2D;
  });
}

/**
 * pytorch-metric-learning's `P2SGradLoss(descriptors_dim, num_classes)` (Zhang et al., "P2SGrad:
 * Refined Gradients for Optimizing Deep Face Models", CVPR 2019), following pml 2.9.0: trainable class
 * weights `W` [d, C] whose columns are scaled to unit length at every call (as pml rescales its
 * parameter in place, outside the gradient); with cos θ_ic = x_iᵀw_c / ‖x_i‖ clipped to [−1, 1],
 *
 *     L = (1/(N·C))·Σ_i Σ_c (cos θ_ic − [c = y_i])²,
 *
 * the mean squared error against one-hot targets, whose gradient is the paper's Eq. 11. Already
 * reduced, as pml: no reducer option, no indices tuple, no reference embeddings. A zero embedding row
 * has cos θ = 0 (‖x‖ floored at 1e-12; pml gives NaN there). pml's start is uniform(−1, 1) with unit
 * columns; losslab's a seeded uniform(−1, 1) likewise, or `weights` given.
 */
export class P2SGradLoss extends ClassVectorLoss {
  /** The class weights W [d, C], trainable; columns of unit length after each call. */
  readonly W: tf.Variable;

  constructor(options: P2SGradLossSettings) {
    super("P2SGradLoss", options, ["weights?"], () => new MeanReducer());
    const fn = this.fn;
    if (options.reducer !== undefined) throw new InputTypeError(fn, "reducer", "no reducer (the loss is a mean over every sample and class, already reduced, as in pml)", describe(options.reducer));
    const shape: [number, number] = [this.embeddingSize, this.numClasses];
    this.W = tf.tidy(() => {
      let start: tf.Tensor = tf.randomUniform(shape, -1, 1, "float32", this.seed);
      if (options.weights !== undefined) {
        start = toTensor(fn, "weights", options.weights);
        checkShape(fn, "weights", start, shape);
      }
      return tf.variable(unitColumns(fn, start as tf.Tensor2D));
    });
  }

  protected classVectors(): tf.Variable {
    return this.W;
  }

  protected override regularizedRows(): tf.Tensor2D {
    return tf.transpose(this.W) as tf.Tensor2D;
  }

  protected override checkBatch(batch: LossBatch): void {
    super.checkBatch(batch);
    if (batch.tuple !== undefined) throw new InputTypeError(this.fn, "indicesTuple", "no indices tuple (P2SGradLoss uses every sample, as pml)", "a tuple");
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const n = batch.labels.length;
    if (n === 0) return [];
    // pml rescales W's columns in place before each call, outside the gradient
    tf.tidy(() => this.W.assign(unitColumns(this.fn, this.W as tf.Tensor2D)));
    const x = batch.embeddings;
    const norms = tf.sqrt(tf.maximum(tf.sum(tf.square(x), 1, true), 1e-24));
    const cos = tf.clipByValue(tf.div(tf.matMul(x, this.W as tf.Tensor2D), norms), -1, 1);
    const targets = tf.oneHot(tf.tensor1d(batch.labels, "int32"), this.numClasses);
    const losses = tf.mean(tf.square(tf.sub(cos, targets)), 1) as tf.Tensor1D;
    return [{ losses, type: "element", batchSize: n }];
  }

  /** Frees `W`. */
  dispose(): void {
    this.W.dispose();
  }
}
