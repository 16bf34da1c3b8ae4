/**
 * The pair-based losses of pytorch-metric-learning, with its defaults and conventions (each tested
 * against pml 2.9.0's values on the same inputs, tests/fixtures/pml):
 *
 * - `ContrastiveLoss({ posMargin = 0, negMargin = 1 })`: relu(d − posMargin) for positive pairs and
 *   relu(negMargin − d) for negative pairs (signs flipped for a similarity), each set reduced on its
 *   own (default `AvgNonZeroReducer`) and the two added; default distance `LpDistance()`.
 * - `MultiSimilarityLoss({ alpha = 2, beta = 50, base = 0.5 })` (Wang et al. 2019): per anchor
 *   (1/α)·log(1 + Σ_pos e^{−α(s − base)}) + (1/β)·log(1 + Σ_neg e^{β(s − base)}); cosine, mean.
 * - `CircleLoss({ m = 0.4, gamma = 80 })` (Sun et al. 2020): per anchor
 *   softplus(logΣ_pos e^{−γ·[1+m−s]₊(s − (1−m))} + logΣ_neg e^{γ·[s+m]₊(s − m)}), the weights [·]₊
 *   held constant in the gradient; 0 for an anchor without a positive or a negative; cosine only;
 *   `AvgNonZeroReducer`.
 * - `NTXentLoss({ temperature = 0.07 })` (InfoNCE, SimCLR): per positive pair (a, p),
 *   −log(e^{s_ap/τ} / (e^{s_ap/τ} + Σ_{n of a} e^{s_an/τ})); cosine, mean over positive pairs.
 * - `SupConLoss({ temperature = 0.1 })` (Khosla et al. 2020): per anchor, −mean over its positives of
 *   log softmax of s/τ over all its other samples; cosine, `AvgNonZeroReducer`.
 *
 * With at most one pair of each kind the loss is 0 (pml's guard).
 */
import * as tf from "../../tf";
import { CosineSimilarity, LpDistance } from "../../distances/measures";
import { withoutGradient } from "../../angular/no_gradient";
import { AvgNonZeroReducer, MeanReducer, type LossTerm } from "../../reducers/reducers";
import { InputTypeError, checkRange, describe } from "../../validation";
import { contrastiveTerms } from "./contrastive_terms";
import { MetricLossFunction, cellCounts, cellMask, entries, maskedLogSumExp, matrixOf, pairsOf, refRows, tooFewPairs, type LossBatch, type MetricLossOptions } from "./base";

/** A matrix-based pair loss: the batch's matrix and its positive and negative masks, or nothing to learn. */
function maskedBatch(loss: MetricLossFunction, batch: LossBatch) {
  const pairs = pairsOf(batch);
  if (tooFewPairs(pairs)) return undefined;
  const n = batch.labels.length, m = refRows(batch);
  return { mat: matrixOf(loss, batch), pos: cellMask(pairs.a1, pairs.p, n, m), neg: cellMask(pairs.a2, pairs.n, n, m) };
}

export interface ContrastiveLossSettings extends MetricLossOptions {
  /** Positive pairs pay beyond this (default 0). */
  posMargin?: number;
  /** Negative pairs pay inside this (default 1). */
  negMargin?: number;
}

/**
 * pytorch-metric-learning's `ContrastiveLoss` (Hadsell, Chopra & LeCun, "Dimensionality Reduction by
 * Learning an Invariant Mapping", CVPR 2006): for a positive pair relu(d − posMargin), for a negative
 * pair relu(negMargin − d) (signs flipped when the distance is a similarity); each kind reduced on its
 * own (default `AvgNonZeroReducer`) and the two added. Defaults posMargin = 0, negMargin = 1,
 * `LpDistance()` (normalised Euclidean). Pairs from an indices tuple, else every pair of the batch;
 * 0 with at most one pair of each kind. Values as pml 2.9.0.
 */
export class ContrastiveLoss extends MetricLossFunction {
  /** Takes `refEmbeddings`/`refLabels` (pml's `ref_emb`, `CrossBatchMemory`). */
  override get acceptsReferences(): boolean {
    return true;
  }

  readonly posMargin: number;
  readonly negMargin: number;

  constructor(options: ContrastiveLossSettings = {}) {
    super("ContrastiveLoss", options, ["posMargin?", "negMargin?"], { distance: () => new LpDistance(), reducer: () => new AvgNonZeroReducer() });
    this.posMargin = checkRange(this.fn, "posMargin", options.posMargin ?? 0, {});
    this.negMargin = checkRange(this.fn, "negMargin", options.negMargin ?? 1, {});
  }

  protected terms(batch: LossBatch): LossTerm[] {
    return contrastiveTerms(this, batch, this.posMargin, this.negMargin);
  }
}

export interface MultiSimilarityLossSettings extends MetricLossOptions {
  /** Weight of positive pairs in the exponent (default 2). */
  alpha?: number;
  /** Weight of negative pairs in the exponent (default 50). */
  beta?: number;
  /** The similarity both are measured from (default 0.5). */
  base?: number;
}

/**
 * pytorch-metric-learning's `MultiSimilarityLoss` (Wang et al., "Multi-Similarity Loss with General
 * Pair Weighting for Deep Metric Learning", CVPR 2019): per anchor
 * (1/α)·log(1 + Σ_pos e^{−α(s − base)}) + (1/β)·log(1 + Σ_neg e^{β(s − base)}), s the cosine
 * similarity; defaults α = 2, β = 50, base = 0.5, `CosineSimilarity()`, `MeanReducer`. Values as pml 2.9.0.
 */
export class MultiSimilarityLoss extends MetricLossFunction {
  /** Takes `refEmbeddings`/`refLabels` (pml's `ref_emb`, `CrossBatchMemory`). */
  override get acceptsReferences(): boolean {
    return true;
  }

  readonly alpha: number;
  readonly beta: number;
  readonly base: number;

  constructor(options: MultiSimilarityLossSettings = {}) {
    super("MultiSimilarityLoss", options, ["alpha?", "beta?", "base?"], { distance: () => new CosineSimilarity(), reducer: () => new MeanReducer() });
    this.alpha = checkRange(this.fn, "alpha", options.alpha ?? 2, { min: 0, minOpen: true });
    this.beta = checkRange(this.fn, "beta", options.beta ?? 50, { min: 0, minOpen: true });
    this.base = checkRange(this.fn, "base", options.base ?? 0.5, {});
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const m = maskedBatch(this, batch);
    if (m === undefined) return [];
    const posExp = tf.mul(this.distance.margin(m.mat, this.base), this.alpha) as tf.Tensor2D;
    const negExp = tf.mul(this.distance.margin(this.base, m.mat), this.beta) as tf.Tensor2D;
    const pos = tf.div(maskedLogSumExp(posExp, m.pos, true, 1), this.alpha);
    const neg = tf.div(maskedLogSumExp(negExp, m.neg, true, 1), this.beta);
    return [{ losses: tf.reshape(tf.add(pos, neg), [-1]) as tf.Tensor1D, type: "element", batchSize: batch.labels.length }];
  }
}

export interface CircleLossSettings extends MetricLossOptions {
  /** The relaxation m (default 0.4). */
  m?: number;
  /** The scale γ (default 80). */
  gamma?: number;
}

/**
 * pytorch-metric-learning's `CircleLoss` (Sun et al., "Circle Loss: A Unified Perspective of Pair
 * Similarity Optimization", CVPR 2020): per anchor
 * softplus(logΣ_pos e^{−γ·[1+m−s]₊(s − (1−m))} + logΣ_neg e^{γ·[s+m]₊(s − m)}), the weights [·]₊ held
 * constant in the gradient; 0 for an anchor without a positive or a negative. Defaults m = 0.4,
 * γ = 80, cosine similarity only, `AvgNonZeroReducer`. Values as pml 2.9.0.
 */
export class CircleLoss extends MetricLossFunction {
  /** Takes `refEmbeddings`/`refLabels` (pml's `ref_emb`, `CrossBatchMemory`). */
  override get acceptsReferences(): boolean {
    return true;
  }

  readonly m: number;
  readonly gamma: number;

  constructor(options: CircleLossSettings = {}) {
    super("CircleLoss", options, ["m?", "gamma?"], { distance: () => new CosineSimilarity(), reducer: () => new AvgNonZeroReducer() });
    if (!(this.distance instanceof CosineSimilarity)) {
      throw new InputTypeError(this.fn, "distance", "a CosineSimilarity (the circle loss is defined on cosines)", describe(this.distance.name));
    }
    this.m = checkRange(this.fn, "m", options.m ?? 0.4, {});
    this.gamma = checkRange(this.fn, "gamma", options.gamma ?? 80, { min: 0, minOpen: true });
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const b = maskedBatch(this, batch);
    if (b === undefined) return [];
    const { m, gamma } = this;
    // the weights αp = [1 + m − s]₊ and αn = [s + m]₊ are constants of the gradient (pml's .detach())
    const alphaP = withoutGradient(b.mat, (s) => tf.relu(tf.sub(1 + m, s)));
    const alphaN = withoutGradient(b.mat, (s) => tf.relu(tf.add(s, m)));
    const logitP = tf.mul(tf.mul(alphaP, tf.sub(b.mat, 1 - m)), -gamma) as tf.Tensor2D;
    const logitN = tf.mul(tf.mul(alphaN, tf.sub(b.mat, m)), gamma) as tf.Tensor2D;
    const lse = tf.add(maskedLogSumExp(logitP, b.pos, false, 1), maskedLogSumExp(logitN, b.neg, false, 1));
    const both = tf.logicalAnd(tf.greater(tf.sum(b.pos, 1, true), 0), tf.greater(tf.sum(b.neg, 1, true), 0));
    const losses = tf.where(both, tf.softplus(lse), tf.zerosLike(lse));
    return [{ losses: tf.reshape(losses, [-1]) as tf.Tensor1D, type: "element", batchSize: batch.labels.length }];
  }
}

export interface TemperatureSettings extends MetricLossOptions {
  /** τ > 0. */
  temperature?: number;
}

/** s/τ as a similarity (a distance is negated first, pml's convention). */
function scaledSimilarity(loss: MetricLossFunction, mat: tf.Tensor2D, temperature: number): tf.Tensor2D {
  return tf.div(loss.distance.isInverted ? mat : tf.neg(mat), temperature) as tf.Tensor2D;
}

/**
 * pytorch-metric-learning's `NTXentLoss`, InfoNCE / NT-Xent (Chen et al., "A Simple Framework for
 * Contrastive Learning of Visual Representations" (SimCLR), ICML 2020; van den Oord et al. 2018): per
 * positive pair (a, p), −log(e^{s_ap/τ} / (e^{s_ap/τ} + Σ_{n of a} e^{s_an/τ})), s the cosine similarity;
 * default τ = 0.07, mean over the positive pairs. Values as pml 2.9.0.
 */
export class NTXentLoss extends MetricLossFunction {
  /** Takes `refEmbeddings`/`refLabels` (pml's `ref_emb`, `CrossBatchMemory`). */
  override get acceptsReferences(): boolean {
    return true;
  }

  readonly temperature: number;

  constructor(options: TemperatureSettings = {}) {
    super("NTXentLoss", options, ["temperature?"], { distance: () => new CosineSimilarity(), reducer: () => new MeanReducer() });
    this.temperature = checkRange(this.fn, "temperature", options.temperature ?? 0.07, { min: 0, minOpen: true });
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const pairs = pairsOf(batch);
    if (tooFewPairs(pairs) || pairs.a1.shape[0] === 0 || pairs.a2.shape[0] === 0) return [];
    const n = batch.labels.length;
    const s = scaledSimilarity(this, matrixOf(this, batch), this.temperature);
    // each anchor's negatives, counted as often as the tuple lists them (pml sums over its negative pairs)
    const counts = cellCounts(pairs.a2, pairs.n, n, refRows(batch));
    const withCounts = tf.add(s, tf.log(tf.maximum(counts, 1e-30))) as tf.Tensor2D;
    const negLse = tf.reshape(maskedLogSumExp(withCounts, counts, false, 1), [-1]) as tf.Tensor1D;
    const hasNeg = tf.reshape(tf.greater(tf.sum(counts, 1), 0), [-1]) as tf.Tensor1D;
    const pos = entries(s, pairs.a1, pairs.p);
    const anchorNeg = entries(tf.expandDims(negLse, 1) as tf.Tensor2D, pairs.a1, tf.zerosLike(pairs.a1));
    const anchorHas = entries(tf.expandDims(tf.cast(hasNeg, "float32"), 1) as tf.Tensor2D, pairs.a1, tf.zerosLike(pairs.a1));
    // −log(e^pos / (e^pos + Σ e^neg)) = softplus(lse_neg − pos); 0 for an anchor without negatives
    const losses = tf.mul(tf.softplus(tf.sub(anchorNeg, pos)), anchorHas) as tf.Tensor1D;
    return [{ losses, type: "posPair", anchors: pairs.a1, batchSize: n }];
  }
}

/**
 * pytorch-metric-learning's `SupConLoss` (Khosla et al., "Supervised Contrastive Learning", NeurIPS
 * 2020): per anchor, −mean over its positives p of log(e^{s_ap/τ} / Σ_{k ≠ a} e^{s_ak/τ}), s the cosine
 * similarity; default τ = 0.1, `AvgNonZeroReducer`. Values as pml 2.9.0.
 */
export class SupConLoss extends MetricLossFunction {
  /** Takes `refEmbeddings`/`refLabels` (pml's `ref_emb`, `CrossBatchMemory`). */
  override get acceptsReferences(): boolean {
    return true;
  }

  readonly temperature: number;

  constructor(options: TemperatureSettings = {}) {
    super("SupConLoss", options, ["temperature?"], { distance: () => new CosineSimilarity(), reducer: () => new AvgNonZeroReducer() });
    this.temperature = checkRange(this.fn, "temperature", options.temperature ?? 0.1, { min: 0, minOpen: true });
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const b = maskedBatch(this, batch);
    if (b === undefined) return [];
    const s = scaledSimilarity(this, b.mat, this.temperature);
    const denominator = maskedLogSumExp(s, tf.add(b.pos, b.neg) as tf.Tensor2D, false, 1);
    const logProb = tf.sub(s, denominator);
    const positives = tf.sum(b.pos, 1);
    const meanLogProbPos = tf.div(tf.sum(tf.mul(b.pos, logProb), 1), tf.maximum(positives, 1));
    // pml's guard, on the device: no loss unless the batch has a positive and a negative pair
    const both = tf.mul(tf.minimum(tf.sum(b.pos), 1), tf.minimum(tf.sum(b.neg), 1));
    return [{ losses: tf.mul(tf.neg(meanLogProbPos), both) as tf.Tensor1D, type: "element", batchSize: batch.labels.length }];
  }
}
