/**
 * pytorch-metric-learning's lifted structure losses, following pml 2.9.0 (default distance
 * `LpDistance()`, `MeanReducer`; signs flipped for a similarity, pml's `distance.margin`):
 *
 * - `LiftedStructureLoss({ negMargin = 1, posMargin = 0 })` (Oh Song et al. 2016): per positive pair
 *   (a, p), ½·relu(d_ap − posMargin + log Σ_n e^{negMargin − d_·n})², the sum over the negative pairs
 *   whose anchor is a or p; reduced per positive pair (anchor a).
 * - `GeneralizedLiftedStructureLoss({ negMargin = 1, posMargin = 0 })` (Hermans et al. 2017, p. 4):
 *   per anchor, relu(log Σ_pos e^{d_ap − posMargin} + log Σ_neg e^{negMargin − d_an}), each log-sum
 *   0 for an anchor without such pairs.
 *
 * With at most one pair of each kind the loss is 0 (pml's guard).
 */
import * as tf from "../../tf";
import { LpDistance } from "../../distances/measures";
import { MeanReducer, type LossTerm } from "../../reducers/reducers";
import { checkRange } from "../../validation";
import { MetricLossFunction, cellMask, entries, maskedLogSumExp, matrixOf, pairsOf, refRows, tooFewPairs, type LossBatch, type MetricLossOptions } from "./base";

export interface LiftedStructureSettings extends MetricLossOptions {
  /** Default 1. */
  negMargin?: number;
  /** Default 0. */
  posMargin?: number;
}

/** Both lifted losses: their two margins, default distance and reducer. */
abstract class LiftedLoss extends MetricLossFunction {
  /** Takes `refEmbeddings`/`refLabels` (pml's `ref_emb`, `CrossBatchMemory`). */
  override get acceptsReferences(): boolean {
    return true;
  }

  readonly negMargin: number;
  readonly posMargin: number;

  protected constructor(fn: string, options: LiftedStructureSettings) {
    super(fn, options, ["negMargin?", "posMargin?"], { distance: () => new LpDistance(), reducer: () => new MeanReducer() });
    this.negMargin = checkRange(fn, "negMargin", options.negMargin ?? 1, {});
    this.posMargin = checkRange(fn, "posMargin", options.posMargin ?? 0, {});
  }
}

/**
 * pytorch-metric-learning's `LiftedStructureLoss({ negMargin = 1, posMargin = 0 })` (Oh Song et al.,
 * "Deep Metric Learning via Lifted Structured Feature Embedding", CVPR 2016), following pml 2.9.0: per
 * positive pair (a, p), ½·relu(d_ap − posMargin + log Σ_n e^{negMargin − d_·n})², the sum over the
 * negative pairs whose anchor is a or p; reduced per positive pair. Default `LpDistance()`, `MeanReducer`.
 */
export class LiftedStructureLoss extends LiftedLoss {
  constructor(options: LiftedStructureSettings = {}) {
    super("LiftedStructureLoss", options);
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const t = pairsOf(batch);
    if (tooFewPairs(t) || t.a1.shape[0] === 0 || t.a2.shape[0] === 0) return [];
    const mat = matrixOf(this, batch);
    const pos = entries(mat, t.a1, t.p);
    const neg = entries(mat, t.a2, t.n);
    // [K, L]: negative pair l counts for positive pair k when its anchor is a1[k] or p[k]
    const a2 = tf.expandDims(t.a2, 0);
    const keep = tf.cast(tf.logicalOr(tf.equal(a2, tf.expandDims(t.a1, 1)), tf.equal(a2, tf.expandDims(t.p, 1))), "float32") as tf.Tensor2D;
    const remainingNeg = tf.mul(this.distance.margin(this.negMargin, tf.expandDims(neg, 0)), tf.onesLike(keep)) as tf.Tensor2D;
    const negLoss = tf.reshape(maskedLogSumExp(remainingNeg, keep, false, 1), [-1]);
    const losses = tf.div(tf.square(tf.relu(tf.add(negLoss, this.distance.margin(pos, this.posMargin)))), 2) as tf.Tensor1D;
    return [{ losses, type: "posPair", anchors: t.a1, batchSize: batch.labels.length }];
  }
}

/**
 * pytorch-metric-learning's `GeneralizedLiftedStructureLoss({ negMargin = 1, posMargin = 0 })` (Hermans
 * et al., "In Defense of the Triplet Loss for Person Re-Identification", 2017, p. 4), following pml
 * 2.9.0: per anchor, relu(log Σ_pos e^{d_ap − posMargin} + log Σ_neg e^{negMargin − d_an}), each
 * log-sum 0 for an anchor without such pairs. Default `LpDistance()`, `MeanReducer`.
 */
export class GeneralizedLiftedStructureLoss extends LiftedLoss {
  constructor(options: LiftedStructureSettings = {}) {
    super("GeneralizedLiftedStructureLoss", options);
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const t = pairsOf(batch);
    if (tooFewPairs(t)) return [];
    const n = batch.labels.length, m = refRows(batch);
    const mat = matrixOf(this, batch);
    const pos = maskedLogSumExp(this.distance.margin(mat, this.posMargin) as tf.Tensor2D, cellMask(t.a1, t.p, n, m), false, 1);
    const neg = maskedLogSumExp(this.distance.margin(this.negMargin, mat) as tf.Tensor2D, cellMask(t.a2, t.n, n, m), false, 1);
    return [{ losses: tf.reshape(tf.relu(tf.add(pos, neg)), [-1]) as tf.Tensor1D, type: "element", batchSize: n }];
  }
}
