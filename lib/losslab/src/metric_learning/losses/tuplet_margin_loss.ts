import * as tf from "../../tf";
import { CosineSimilarity } from "../../distances/measures";
import { safeAcos } from "../../angular/safe_acos";
import { MeanReducer, type LossTerm } from "../../reducers/reducers";
import { InputTypeError, checkRange, describe } from "../../validation";
import { MetricLossFunction, entries, maskedLogSumExp, matrixOf, pairsOf, tooFewPairs, type LossBatch, type MetricLossOptions } from "./base";
import { angularMargin } from "./margin_softmax_losses";

export interface TupletMarginLossSettings extends MetricLossOptions {
  /** The angular margin in radians (default 5.73° = 0.1000074 rad, pml's). */
  margin?: number;
  /** The same margin in degrees (pml 2's unit: `marginDegrees: 5.73`); give `margin` or this, not both. */
  marginDegrees?: number;
  /** The scale s (default 64). */
  scale?: number;
}

/**
 * pytorch-metric-learning's `TupletMarginLoss` (Yu & Tao, "Deep metric learning with tuplet margin
 * loss", ICCV 2019), following pml 2.9.0: per positive pair (a, p) with θ_ap its angle,
 * log(1 + Σ_{negative pairs (a, n)} e^{s·(cos θ_an − cos(θ_ap − m))}), averaged over the positive pairs
 * (`MeanReducer`). Margin m in radians (default pml's 5.73° = 0.1000074 rad; `marginDegrees` for pml 2's unit),
 * s = 64. `CosineSimilarity` only; takes reference embeddings.
 */
export class TupletMarginLoss extends MetricLossFunction {
  /** The margin in radians. */
  readonly margin: number;
  readonly scale: number;

  constructor(options: TupletMarginLossSettings = {}) {
    super("TupletMarginLoss", options, ["margin?", "marginDegrees?", "scale?"], { distance: () => new CosineSimilarity(), reducer: () => new MeanReducer() });
    if (!(this.distance instanceof CosineSimilarity)) throw new InputTypeError(this.fn, "distance", "new CosineSimilarity(), as pml requires", describe(this.distance.name));
    this.margin = angularMargin(this.fn, options, (5.73 * Math.PI) / 180);
    this.scale = checkRange(this.fn, "scale", options.scale ?? 64, { min: 0, minOpen: true });
  }

  /** Takes `refEmbeddings`/`refLabels` (pml's `ref_emb`, `CrossBatchMemory`). */
  override get acceptsReferences(): boolean {
    return true;
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const t = pairsOf(batch);
    if (tooFewPairs(t) || t.a1.shape[0] === 0 || t.a2.shape[0] === 0) return [];
    const mat = matrixOf(this, batch);
    const pos = tf.cos(tf.sub(safeAcos(entries(mat, t.a1, t.p)), this.margin));
    const neg = entries(mat, t.a2, t.n);
    const inside = tf.mul(tf.sub(tf.expandDims(neg, 0), tf.expandDims(pos, 1)), this.scale) as tf.Tensor2D;
    const keep = tf.cast(tf.equal(tf.expandDims(t.a2, 0), tf.expandDims(t.a1, 1)), "float32") as tf.Tensor2D;
    const losses = tf.reshape(maskedLogSumExp(inside, keep, true, 1), [-1]) as tf.Tensor1D;
    return [{ losses, type: "posPair", anchors: t.a1, batchSize: batch.labels.length }];
  }
}
