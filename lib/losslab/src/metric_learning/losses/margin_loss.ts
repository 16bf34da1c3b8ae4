import * as tf from "../../tf";
import { LpDistance } from "../../distances/measures";
import { gatherRows } from "../../models/gather_rows";
import { DivisorReducer, type LossTerm } from "../../reducers/reducers";
import { ValueError, checkBoolean, checkInteger, checkRange } from "../../validation";
import { MetricLossFunction, entries, matrixOf, tripletsOf, type LossBatch, type MetricLossOptions } from "./base";

export interface MarginLossSettings extends MetricLossOptions {
  /** The margin α around the boundary (default 0.2). */
  margin?: number;
  /** Weight ν of the β regularization when β is learned (default 0). */
  nu?: number;
  /** The boundary β (default 1.2). */
  beta?: number;
  /** Train β (default false). */
  learnBeta?: boolean;
  /** One β per class (labels 0 … numClasses − 1); default one β for all. */
  numClasses?: number;
}

/**
 * pytorch-metric-learning's `MarginLoss({ margin = 0.2, nu = 0, beta = 1.2, learnBeta = false,
 * numClasses? })` (Wu et al. 2017, "Sampling matters in deep embedding learning"), following pml
 * 2.9.0: per triplet (a, p, n), relu(d_ap − β + margin) + relu(β − d_an + margin) (signs flipped for
 * a similarity), summed and divided by the number of the two hinges that are > 0 (`DivisorReducer`;
 * 0 when none is). β is one number, or one per class with `numClasses` (the anchor's class, labels
 * 0 … C − 1); with `learnBeta` it is a trainable `tf.Variable` (`beta`) and ν·β is added (pml's
 * `beta_reg_loss`: as it is for one β, per triplet over the same divisor for per-class β). Default
 * `LpDistance()`, every valid triplet (pml's `triplets_per_anchor = "all"`) or the miner's tuple.
 */
export class MarginLoss extends MetricLossFunction {
  /** Takes `refEmbeddings`/`refLabels` (pml's `ref_emb`, `CrossBatchMemory`). */
  override get acceptsReferences(): boolean {
    return true;
  }

  readonly margin: number;
  readonly nu: number;
  readonly learnBeta: boolean;
  readonly numClasses?: number;
  /** β: [1], or [numClasses]; a trainable variable with `learnBeta`. */
  readonly beta: tf.Variable;

  constructor(options: MarginLossSettings = {}) {
    super("MarginLoss", options, ["margin?", "nu?", "beta?", "learnBeta?", "numClasses?"], { distance: () => new LpDistance(), reducer: () => new DivisorReducer() });
    const fn = this.fn;
    this.margin = checkRange(fn, "margin", options.margin ?? 0.2, {});
    this.nu = checkRange(fn, "nu", options.nu ?? 0, {});
    const beta = checkRange(fn, "beta", options.beta ?? 1.2, {});
    this.learnBeta = checkBoolean(fn, "learnBeta", options.learnBeta ?? false);
    this.numClasses = options.numClasses === undefined ? undefined : checkInteger(fn, "numClasses", options.numClasses, { min: 1 });
    this.beta = tf.tidy(() => tf.variable(tf.fill([this.numClasses ?? 1], beta), this.learnBeta));
  }

  /** Frees β. */
  dispose(): void {
    this.beta.dispose();
  }

  protected override checkBatch(batch: LossBatch): void {
    const C = this.numClasses;
    if (C === undefined) return;
    batch.labels.forEach((label, i) => {
      if (label < 0 || label >= C) throw new ValueError(this.fn, "labels", `class indices 0 … ${C - 1} (one β per class)`, `${label} at index [${i}]`);
    });
  }

  protected override parameters(): tf.Tensor[] {
    return this.learnBeta ? [this.beta] : [];
  }

  /** β of each triplet's anchor. */
  private betaOf(batch: LossBatch, anchors: tf.Tensor1D): tf.Tensor1D {
    if (this.numClasses === undefined) return tf.mul(tf.cast(tf.onesLike(anchors), "float32"), this.beta) as tf.Tensor1D;
    return gatherRows(this.beta as tf.Tensor1D, gatherRows(tf.tensor1d(batch.labels, "int32"), anchors));
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const t = tripletsOf(batch);
    if (t.a.shape[0] === 0) return [];
    const mat = matrixOf(this, batch);
    const beta = this.betaOf(batch, t.a);
    const pos = tf.relu(tf.add(this.distance.margin(entries(mat, t.a, t.p), beta), this.margin));
    const neg = tf.relu(tf.add(this.distance.margin(beta, entries(mat, t.a, t.n)), this.margin));
    // pml's divisor: how many hinges are active (one number read back)
    const divisor = tf.add(tf.sum(tf.cast(tf.greater(pos, 0), "int32")), tf.sum(tf.cast(tf.greater(neg, 0), "int32"))).dataSync()[0];
    const n = batch.labels.length;
    const terms: LossTerm[] = [{ losses: tf.add(pos, neg) as tf.Tensor1D, type: "triplet", anchors: t.a, batchSize: n, divisor }];
    if (this.learnBeta && this.numClasses !== undefined) terms.push({ losses: tf.mul(beta, this.nu) as tf.Tensor1D, type: "element", batchSize: n, divisor });
    return terms;
  }

  protected override reducedTerms(batch: LossBatch): tf.Scalar[] {
    // one learned β: ν·β added as it is (pml's "already_reduced"), whenever there is a triplet
    if (!this.learnBeta || this.numClasses !== undefined || tripletCount(batch) === 0) return [];
    return [tf.mul(tf.reshape(this.beta, []), this.nu) as tf.Scalar];
  }
}

function tripletCount(batch: LossBatch): number {
  const t = tripletsOf(batch);
  const count = t.a.shape[0];
  tf.dispose(Object.values(t));
  return count;
}
