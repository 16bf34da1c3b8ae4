import * as tf from "../../tf";
import { LpDistance } from "../../distances/measures";
import { AvgNonZeroReducer, type LossTerm } from "../../reducers/reducers";
import { differentiableZero } from "../../losses/reduction";
import { InputTypeError, ValueError, checkBoolean, checkRange, checkShape, describe, toEmbeddings, toLabels, type TensorInput } from "../../validation";
import { MetricLossFunction, entries, matrixOf, tripletsOf, type LossBatch, type MetricLossOptions } from "./base";

export interface TripletMarginLossSettings extends MetricLossOptions {
  /** The margin (default 0.2, pml 3's; pml 2's was 0.05). */
  margin?: number;
  /** Use the positive–negative distance when it is the closer one (default false). */
  swap?: boolean;
  /** softplus instead of the hinge (default false). */
  smoothLoss?: boolean;
}

/**
 * pytorch-metric-learning's `TripletMarginLoss({ margin = 0.2, swap = false, smoothLoss = false })`:
 * per triplet relu(d_ap − d_an + margin) (signs flipped for a similarity), or softplus of it with
 * `smoothLoss`; with `swap`, d_an is the closer of d_an and d_pn (Balntas et al. 2016). Defaults:
 * `LpDistance()` (normalised embeddings), `AvgNonZeroReducer`, every valid triplet of the batch.
 * Pairs given as the indices tuple are joined per anchor into triplets (pml's `convert_to_triplets`).
 *
 * The default margin is pml 3.x's 0.2 (pml 3.0 changed it from 0.05, matching `TripletMarginMiner` and
 * FaceNet); pass `margin: 0.05` for pml 2.x's. TF Addons' triplet losses (`tfaTripletSemiHardLoss`,
 * `compileBatchTripletLoss`) keep TF Addons' own default, margin 1.0 on the Euclidean distance.
 *
 * A miner's output goes in as the indices tuple: `TripletMarginMiner.mine` and `mineBatchAll`'s
 * `{ a, p, n }` directly; the mining functions that return `{ anchors, positives, negatives }`
 * (`mineBatchHard`, `mineSemiHard`, …) through `tripletTupleOf(mined)`; given as they are, they are
 * refused with an error naming that converter.
 */
export class TripletMarginLoss extends MetricLossFunction {
  /** Takes `refEmbeddings`/`refLabels` (pml's `ref_emb`, `CrossBatchMemory`). */
  override get acceptsReferences(): boolean {
    return true;
  }

  readonly margin: number;
  readonly swap: boolean;
  readonly smoothLoss: boolean;

  constructor(options: TripletMarginLossSettings = {}) {
    super("TripletMarginLoss", options, ["margin?", "swap?", "smoothLoss?"], { distance: () => new LpDistance(), reducer: () => new AvgNonZeroReducer() });
    this.margin = checkRange(this.fn, "margin", options.margin ?? 0.2, {});
    this.swap = checkBoolean(this.fn, "swap", options.swap ?? false);
    this.smoothLoss = checkBoolean(this.fn, "smoothLoss", options.smoothLoss ?? false);
  }

  /**
   * The loss over a miner's mask instead of an indices tuple: `mask` [N, N, N] is 1 at the kept
   * (a, p, n) (`TripletMarginMiner.mask`), and the value equals `forward` on the same triplets listed.
   * Nothing is read back: every triplet is computed and the mask weighs them (N³ values).
   */
  forwardMasked(embeddings: TensorInput, labels: TensorInput | Int32Array, mask: tf.Tensor): tf.Scalar {
    const fn = `${this.fn}.forwardMasked`;
    return tf.tidy(() => {
      const e = toEmbeddings(fn, "embeddings", embeddings);
      const n = e.shape[0];
      const y = toLabels(fn, "labels", labels, n);
      if (!(mask instanceof tf.Tensor)) throw new InputTypeError(fn, "mask", "a [N, N, N] tensor of 0 and 1 (TripletMarginMiner.mask)", describe(mask));
      checkShape(fn, "mask", mask, [n, n, n], `a [${n}, ${n}, ${n}] mask, one entry per (anchor, positive, negative)`);
      if (n === 0) return differentiableZero(e);
      const mat = this.distance.matrix(e);
      const ap = tf.expandDims(mat, 2);
      let an: tf.Tensor = tf.expandDims(mat, 1);
      // d(p, n) at [·, p, n]; both tiled to [N, N, N]: the gradient of a broadcasting minimum is wrong in TF.js
      if (this.swap) an = this.distance.closest(tf.tile(an, [1, n, 1]), tf.tile(tf.expandDims(mat, 0), [n, 1, 1]));
      const violation = tf.add(this.distance.margin(ap, an), this.margin);
      const losses = tf.reshape(this.smoothLoss ? tf.softplus(violation) : tf.relu(violation), [-1]) as tf.Tensor1D;
      const anchors = tf.reshape(tf.tile(tf.reshape(tf.range(0, n, 1, "int32"), [n, 1]), [1, n * n]), [-1]) as tf.Tensor1D;
      const flatMask = tf.reshape(tf.cast(mask, "float32"), [-1]) as tf.Tensor1D;
      return this.reducer.reduce({ losses, type: "triplet", anchors, batchSize: n, mask: flatMask, labels: y }, e);
    });
  }

  protected override checkBatch(batch: LossBatch): void {
    // swap needs d(p, n) between two references, which the batch-to-references matrix does not hold
    if (this.swap && batch.ref !== undefined) throw new ValueError(this.fn, "refEmbeddings", "no reference embeddings with swap: true (d(p, n) is between two references)", "reference embeddings");
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const t = tripletsOf(batch);
    if (t.a.shape[0] === 0) return [];
    const mat = matrixOf(this, batch);
    const ap = entries(mat, t.a, t.p);
    let an: tf.Tensor = entries(mat, t.a, t.n);
    if (this.swap) an = this.distance.closest(an, entries(mat, t.p, t.n));
    const violation = tf.add(this.distance.margin(ap, an), this.margin);
    const losses = (this.smoothLoss ? tf.softplus(violation) : tf.relu(violation)) as tf.Tensor1D;
    return [{ losses, type: "triplet", anchors: t.a, batchSize: batch.labels.length }];
  }
}
