import * as tf from "../../tf";
import { LpDistance, normalizeRows } from "../../distances/measures";
import { gatherRows } from "../../models/gather_rows";
import { MeanReducer, type LossTerm } from "../../reducers/reducers";
import { InputTypeError, ValueError, checkRange, describe } from "../../validation";
import { MetricLossFunction, maskedLogSumExp, pairsOf, type LossBatch, type MetricLossOptions } from "./base";

export interface AngularLossSettings extends MetricLossOptions {
  /** The angle α in radians, in (0, π/2) (default 40° = 0.6981317 rad, pml's). */
  alpha?: number;
  /** The same angle in degrees (pml's unit: `alphaDegrees: 40`); give `alpha` or this, not both. */
  alphaDegrees?: number;
}

/** α in radians from `alpha` (radians) or `alphaDegrees`, one of them at most; in (0, π/2), where tan is finite. */
function angleOf(fn: string, options: AngularLossSettings): number {
  if (options.alpha !== undefined && options.alphaDegrees !== undefined) {
    throw new ValueError(fn, "alphaDegrees", "left out when 'alpha' (radians) is given: one angle, in one unit", describe(options.alphaDegrees));
  }
  if (options.alphaDegrees !== undefined) {
    return (checkRange(fn, "alphaDegrees", options.alphaDegrees, { min: 0, max: 90, minOpen: true, maxOpen: true }) * Math.PI) / 180;
  }
  const alpha = options.alpha ?? (40 * Math.PI) / 180;
  if (typeof alpha === "number" && alpha >= Math.PI / 2) {
    throw new ValueError(fn, "alpha", `an angle in radians in (0, π/2) (for pml's degrees pass 'alphaDegrees': ${alpha})`, describe(alpha));
  }
  return checkRange(fn, "alpha", alpha, { min: 0, minOpen: true });
}

/**
 * pytorch-metric-learning's `AngularLoss` (Wang et al., "Deep Metric Learning with Angular Loss",
 * ICCV 2017), following pml 2.9.0. For each positive pair (a, p) of the batch (or of the indices
 * tuple), with x_a, x_p the L2-normalised anchor and positive and x_n every reference row whose label
 * differs from the anchor's,
 *
 *     ℓ_ap = log(1 + Σ_n exp(4·tan²α·(x_a + x_p)ᵀx_n − 2·(1 + tan²α)·x_aᵀx_p)),
 *
 * averaged over the positive pairs (`MeanReducer`); 0 when the batch has no positive or no negative
 * pair. As in pml 2.9.0 the negatives x_n are the embeddings as given (not normalised) and are every
 * other-class row, not only the tuple's negatives. α in radians (default 40° = 0.698 rad; pml takes
 * degrees, `alphaDegrees`). Distance `LpDistance()` only (normalised, power 1, as pml asserts);
 * takes reference embeddings.
 */
export class AngularLoss extends MetricLossFunction {
  /** The angle α in radians. */
  readonly alpha: number;

  constructor(options: AngularLossSettings = {}) {
    super("AngularLoss", options, ["alpha?", "alphaDegrees?"], { distance: () => new LpDistance(), reducer: () => new MeanReducer() });
    const d = this.distance;
    if (!(d instanceof LpDistance) || d.power !== 1 || !d.normalizeEmbeddings) {
      throw new InputTypeError(this.fn, "distance", "new LpDistance() (normalised embeddings, power 1), as pml requires", describe(d.name));
    }
    this.alpha = angleOf(this.fn, options);
  }

  /** Takes `refEmbeddings`/`refLabels` (pml's `ref_emb`, `CrossBatchMemory`). */
  override get acceptsReferences(): boolean {
    return true;
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const t = pairsOf(batch);
    if (t.a1.shape[0] === 0 || t.a2.shape[0] === 0) return [];
    const ref = batch.ref?.embeddings ?? batch.embeddings;
    const refLabels = batch.ref?.labels ?? batch.labels;
    const anchors = gatherRows(normalizeRows(batch.embeddings), t.a1);
    const positives = gatherRows(normalizeRows(ref), t.p);
    const sqTan = Math.tan(this.alpha) ** 2;
    const apDot = tf.sum(tf.mul(anchors, positives), 1, true);
    const toRefs = tf.matMul(tf.add(anchors, positives), ref, false, true);
    const form = tf.sub(tf.mul(toRefs, 4 * sqTan), tf.mul(apDot, 2 * (1 + sqTan))) as tf.Tensor2D;
    // every reference row of another class than the anchor's (a constant)
    const anchorLabels = tf.gather(tf.tensor1d(batch.labels, "int32"), t.a1);
    const keep = tf.cast(tf.notEqual(tf.expandDims(anchorLabels, 1), tf.expandDims(tf.tensor1d(refLabels, "int32"), 0)), "float32") as tf.Tensor2D;
    const losses = tf.reshape(maskedLogSumExp(form, keep, true, 1), [-1]) as tf.Tensor1D;
    return [{ losses, type: "posPair", anchors: t.a1, batchSize: batch.labels.length }];
  }
}
