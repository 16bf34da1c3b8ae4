import * as tf from "../../tf";
import { LpDistance } from "../../distances/measures";
import { withoutGradient } from "../../angular/no_gradient";
import { MeanReducer, type LossTerm } from "../../reducers/reducers";
import { checkRange } from "../../validation";
import { MetricLossFunction, NEG_INF, type LossBatch, type MetricLossOptions } from "./base";
import { tupleWeights } from "./miner_weights";

export interface NCALossSettings extends MetricLossOptions {
  /** The softmax's scale (default 1). */
  softmaxScale?: number;
}

/**
 * pml's `nca_computation`: per query row, −log of the softmax mass on references of its class, times
 * `weights`; rows with none of that mass masked out. `self`: the references are the queries (the
 * diagonal is left out).
 */
export function ncaTerm(loss: MetricLossFunction, query: tf.Tensor2D, reference: tf.Tensor2D | undefined, labels: Int32Array, refLabels: Int32Array, scale: number, weights: tf.Tensor1D): LossTerm {
  const mat = loss.distance.matrix(query, reference);
  let logits = tf.mul(loss.distance.isInverted ? mat : tf.neg(mat), scale) as tf.Tensor2D;
  if (reference === undefined) logits = tf.where(tf.cast(tf.eye(labels.length), "bool"), tf.fill(logits.shape, NEG_INF), logits) as tf.Tensor2D;
  const same = tf.cast(tf.equal(tf.expandDims(tf.tensor1d(labels, "int32"), 1), tf.expandDims(tf.tensor1d(refLabels, "int32"), 0)), "float32");
  const mass = tf.sum(tf.mul(tf.softmax(logits), same), 1);
  // which rows have any same-class mass is a constant of the gradient
  const kept = withoutGradient(mass, (m) => tf.cast(tf.greater(m, 0), "float32")) as tf.Tensor1D;
  const losses = tf.mul(tf.neg(tf.log(tf.add(tf.mul(mass, kept), tf.sub(1, kept)))), weights) as tf.Tensor1D;
  return { losses, type: "element", batchSize: labels.length, mask: kept };
}

/**
 * pytorch-metric-learning's `NCALoss({ softmaxScale = 1 })` (Goldberger et al. 2004, neighbourhood
 * components analysis), following pml 2.9.0: with S = −d (or the similarity) between the batch's rows,
 * its diagonal left out, per row −log Σ_{j of the same class} softmax(softmaxScale · S)_j, times the
 * row's miner weight (pml's `convert_to_weights`); rows with no same-class probability at all are
 * left out. Default `LpDistance({ power: 2 })` (squared, normalised), `MeanReducer`.
 */
export class NCALoss extends MetricLossFunction {
  /** Takes `refEmbeddings`/`refLabels` (pml's `ref_emb`, `CrossBatchMemory`). */
  override get acceptsReferences(): boolean {
    return true;
  }

  readonly softmaxScale: number;

  constructor(options: NCALossSettings = {}) {
    super("NCALoss", options, ["softmaxScale?"], { distance: () => new LpDistance({ power: 2 }), reducer: () => new MeanReducer() });
    this.softmaxScale = checkRange(this.fn, "softmaxScale", options.softmaxScale ?? 1, { min: 0, minOpen: true });
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const n = batch.labels.length;
    if (n <= 1) return [];
    const ref = batch.ref;
    return [ncaTerm(this, batch.embeddings, ref?.embeddings, batch.labels, ref?.labels ?? batch.labels, this.softmaxScale, tupleWeights(batch.tuple, n, ref !== undefined))];
  }
}
