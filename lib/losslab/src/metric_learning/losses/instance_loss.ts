import * as tf from "../../tf";
import { CosineSimilarity } from "../../distances/measures";
import { MeanReducer, type LossTerm } from "../../reducers/reducers";
import { InputTypeError, checkRange, describe } from "../../validation";
import { MetricLossFunction, type LossBatch, type MetricLossOptions } from "./base";

export interface InstanceLossSettings extends MetricLossOptions {
  /** The scale γ (default 64). */
  gamma?: number;
}

/**
 * pytorch-metric-learning's `InstanceLoss({ gamma = 64 })` (Zheng et al. 2020, "Dual-path
 * convolutional image-text embeddings with instance loss"), following pml 2.9.0: the batch's cosine
 * matrix times γ as logits, and per row the softmax cross-entropy with target column r, r the rank of
 * the row's label among the batch's distinct labels (pml's `torch.unique(labels, return_inverse=True)`;
 * with every label distinct and 0 … N − 1, each row's own column). `CosineSimilarity` only,
 * `MeanReducer`; no indices tuple (pml).
 */
export class InstanceLoss extends MetricLossFunction {
  readonly gamma: number;

  constructor(options: InstanceLossSettings = {}) {
    super("InstanceLoss", options, ["gamma?"], { distance: () => new CosineSimilarity(), reducer: () => new MeanReducer() });
    if (!(this.distance instanceof CosineSimilarity)) {
      throw new InputTypeError(this.fn, "distance", "new CosineSimilarity(), as pml requires", describe(this.distance.name));
    }
    this.gamma = checkRange(this.fn, "gamma", options.gamma ?? 64, { min: 0, minOpen: true });
  }

  protected override checkBatch(batch: LossBatch): void {
    if (batch.tuple !== undefined) throw new InputTypeError(this.fn, "indicesTuple", "no indices tuple (InstanceLoss uses every sample, as pml)", "a tuple");
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const n = batch.labels.length;
    if (n === 0) return [];
    const distinct = [...new Set(batch.labels)].sort((x, y) => x - y);
    const rank = new Map(distinct.map((label, r) => [label, r]));
    const targets = tf.oneHot(tf.tensor1d(Int32Array.from(batch.labels, (l) => rank.get(l) as number), "int32"), n);
    const logits = tf.mul(this.distance.matrix(batch.embeddings), this.gamma);
    const losses = tf.neg(tf.sum(tf.mul(tf.logSoftmax(logits), targets), 1)) as tf.Tensor1D;
    return [{ losses, type: "element", batchSize: n }];
  }
}
