import * as tf from "../../tf";
import { CosineSimilarity } from "../../distances/measures";
import { MeanReducer, type LossTerm } from "../../reducers/reducers";
import { InputTypeError, ValueError, checkRange, describe } from "../../validation";
import { MetricLossFunction, type LossBatch, type MetricLossOptions } from "./base";
import { tupleWeights } from "./miner_weights";

export interface SmoothAPLossSettings extends MetricLossOptions {
  /** The sigmoid's temperature τ (default 0.01). */
  temperature?: number;
}

/**
 * pytorch-metric-learning's `SmoothAPLoss` (Brown, Xie, Kalogeiton & Zisserman, "Smooth-AP: Smoothing
 * the Path Towards Large-Scale Image Retrieval", ECCV 2020). With s the cosine similarities of the
 * batch, σ_τ(x) = sigmoid(x/τ) and P(i) the rows of i's class (i itself included, |P(i)| = m),
 *
 *     R_all(i, p) = 1 + Σ_{q ≠ p} σ_τ(s_iq − s_ip),   R_pos(i, p) = 1 + Σ_{q ∈ P(i), q ≠ p} σ_τ(s_iq − s_ip),
 *     AP(i) = (1/m)·Σ_{p ∈ P(i)} R_pos(i, p) / R_all(i, p),   loss_i = (1 − AP(i))·w_i,
 *
 * w_i the miner weight of row i (pml's `convert_to_weights`; 1 without a tuple), averaged over the
 * rows (`MeanReducer`). Every class of the batch must have the same number of rows (as pml requires:
 * batches from `MPerClassSampler`). Default τ = 0.01; `CosineSimilarity` only; no reference embeddings.
 *
 * Values and gradients are pml 2.9.0's for a batch sorted by class with as many rows per class as
 * classes (m = C, e.g. 3 × 3, the layout pml's comment shows). pml 2.9.0 groups the rows in
 * consecutive blocks of C rows whatever the labels, so for any other batch (m ≠ C, or rows not
 * sorted by class) it compares rows of different classes as positives; losslab groups by label, the
 * formula above, in every batch.
 */
export class SmoothAPLoss extends MetricLossFunction {
  readonly temperature: number;

  constructor(options: SmoothAPLossSettings = {}) {
    super("SmoothAPLoss", options, ["temperature?"], { distance: () => new CosineSimilarity(), reducer: () => new MeanReducer() });
    if (!(this.distance instanceof CosineSimilarity)) throw new InputTypeError(this.fn, "distance", "new CosineSimilarity(), as pml requires", describe(this.distance.name));
    this.temperature = checkRange(this.fn, "temperature", options.temperature ?? 0.01, { min: 0, minOpen: true });
  }

  protected override checkBatch(batch: LossBatch): void {
    const counts = new Map<number, number>();
    for (const l of batch.labels) counts.set(l, (counts.get(l) ?? 0) + 1);
    const sizes = [...counts.values()];
    if (sizes.some((c) => c !== sizes[0])) {
      const got = [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([l, c]) => `class ${l}: ${c}`).join(", ");
      throw new ValueError(this.fn, "labels", "the same number of rows for every class (batches from MPerClassSampler)", got);
    }
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const n = batch.labels.length;
    if (n === 0) return [];
    const labels = tf.tensor1d(batch.labels, "int32");
    const same = tf.cast(tf.equal(tf.expandDims(labels, 1), tf.expandDims(labels, 0)), "float32"); // [i, q]
    const s = this.distance.matrix(batch.embeddings);
    // diff[i, p, q] = s_iq − s_ip, over q ≠ p
    const diff = tf.sub(tf.expandDims(s, 1), tf.expandDims(s, 2));
    const sig = tf.mul(tf.sigmoid(tf.div(diff, this.temperature)), tf.sub(1, tf.eye(n)));
    const rankAll = tf.add(tf.sum(sig, 2), 1);
    const rankPos = tf.add(tf.sum(tf.mul(sig, tf.expandDims(same, 1)), 2), 1);
    const m = tf.sum(same, 1);
    const ap = tf.div(tf.sum(tf.mul(same, tf.div(rankPos, rankAll)), 1), m);
    const losses = tf.mul(tf.sub(1, ap), tupleWeights(batch.tuple, n, false)) as tf.Tensor1D;
    return [{ losses, type: "element", batchSize: n }];
  }
}
