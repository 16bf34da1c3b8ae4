/**
 * pytorch-metric-learning's `TripletMarginLoss({ margin = 0.05, swap = false, smoothLoss = false })`:
 * per triplet relu(d_ap − d_an + margin) (signs flipped for a similarity), or softplus of it with
 * `smoothLoss`; with `swap`, d_an is the closer of d_an and d_pn (Balntas et al. 2016). Defaults:
 * `LpDistance()` (normalised embeddings), `AvgNonZeroReducer`, every valid triplet of the batch.
 * Pairs given as the indices tuple are joined per anchor into triplets (pml's `convert_to_triplets`).
 */
import * as tf from "@tensorflow/tfjs";
import { LpDistance } from "../../distances/measures";
import { AvgNonZeroReducer, type LossTerm } from "../../reducers/reducers";
import { checkBoolean, checkRange } from "../../validation";
import { MetricLossFunction, entries, tripletsOf, type LossBatch, type MetricLossOptions } from "./base";

export interface TripletMarginLossSettings extends MetricLossOptions {
  /** The margin (default 0.05, pml's). */
  margin?: number;
  /** Use the positive–negative distance when it is the closer one (default false). */
  swap?: boolean;
  /** softplus instead of the hinge (default false). */
  smoothLoss?: boolean;
}

export class TripletMarginLoss extends MetricLossFunction {
  readonly margin: number;
  readonly swap: boolean;
  readonly smoothLoss: boolean;

  constructor(options: TripletMarginLossSettings = {}) {
    super("TripletMarginLoss", options, ["margin?", "swap?", "smoothLoss?"], { distance: () => new LpDistance(), reducer: () => new AvgNonZeroReducer() });
    this.margin = checkRange(this.fn, "margin", options.margin ?? 0.05, {});
    this.swap = checkBoolean(this.fn, "swap", options.swap ?? false);
    this.smoothLoss = checkBoolean(this.fn, "smoothLoss", options.smoothLoss ?? false);
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const t = tripletsOf(batch);
    if (t.a.shape[0] === 0) return [];
    const mat = this.distance.matrix(batch.embeddings);
    const ap = entries(mat, t.a, t.p);
    let an: tf.Tensor = entries(mat, t.a, t.n);
    if (this.swap) an = this.distance.closest(an, entries(mat, t.p, t.n));
    const violation = tf.add(this.distance.margin(ap, an), this.margin);
    const losses = (this.smoothLoss ? tf.softplus(violation) : tf.relu(violation)) as tf.Tensor1D;
    return [{ losses, type: "triplet", anchors: t.a, batchSize: batch.labels.length }];
  }
}
