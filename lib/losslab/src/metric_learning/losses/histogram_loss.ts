import * as tf from "../../tf";
import { CosineSimilarity } from "../../distances/measures";
import { MeanReducer, type LossTerm } from "../../reducers/reducers";
import { InputTypeError, ValueError, checkInteger, checkRange, describe } from "../../validation";
import { MetricLossFunction, entries, tripletsOf, type LossBatch, type MetricLossOptions } from "./base";

export interface HistogramLossSettings extends MetricLossOptions {
  /** Bins R of the histograms over [−1, 1] (default 100). */
  nBins?: number;
  /** The bin width Δ = 2/R (give `nBins` or `delta`, or both if they agree). */
  delta?: number;
}

/**
 * pytorch-metric-learning's `HistogramLoss({ nBins = 100 })` (Ustinova & Lempitsky, "Learning Deep
 * Embeddings with Histogram Loss", NeurIPS 2016), following pml 2.9.0. The cosine similarities of the
 * distinct positive pairs and of the distinct negative pairs of the batch's triplets (every valid
 * triplet, or the indices tuple's) are spread over R + 1 nodes t_r = −1 + rΔ, Δ = 2/R, linearly
 * between the two nodes around each value: p⁺ and p⁻ the two densities (each summing to 1),
 *
 *     L = Σ_r p⁻_r · Φ⁺_r,   Φ⁺_r = Σ_{q ≤ r} p⁺_q,
 *
 * the probability that a negative pair is more similar than a positive one. 0 with no triplet.
 * Already reduced, as pml: no reducer option. `CosineSimilarity` only (the nodes span [−1, 1]); no
 * reference embeddings. A similarity of 1 (a pair of equal directions) goes in the last bin; pml 2.9.0
 * indexes past its histogram there and fails.
 */
export class HistogramLoss extends MetricLossFunction {
  readonly nBins: number;
  readonly delta: number;

  constructor(options: HistogramLossSettings = {}) {
    super("HistogramLoss", options, ["nBins?", "delta?"], { distance: () => new CosineSimilarity(), reducer: () => new MeanReducer() });
    const fn = this.fn;
    if (!(this.distance instanceof CosineSimilarity)) throw new InputTypeError(fn, "distance", "new CosineSimilarity() (the histogram spans [−1, 1])", describe(this.distance.name));
    if (options.reducer !== undefined) throw new InputTypeError(fn, "reducer", "no reducer (the loss is one number over the batch, already reduced, as in pml)", describe(options.reducer));
    if (options.delta !== undefined) {
      const delta = checkRange(fn, "delta", options.delta, { min: 0, max: 2, minOpen: true });
      const bins = Math.round(2 / delta);
      if (Math.abs(bins * delta - 2) > 1e-9) throw new ValueError(fn, "delta", "2 divided by a whole number of bins", describe(delta));
      if (options.nBins !== undefined && options.nBins !== bins) throw new ValueError(fn, "delta", `2 / nBins = ${2 / options.nBins} (they must agree)`, describe(delta));
      this.nBins = bins;
    } else {
      this.nBins = checkInteger(fn, "nBins", options.nBins ?? 100, { min: 1, max: 100_000 });
    }
    this.delta = 2 / this.nBins;
  }

  /** The density over the R + 1 nodes of the similarities s [K] (each split between its two nodes). */
  private density(s: tf.Tensor1D): tf.Tensor2D {
    const nodes = this.nBins + 1;
    const scaled = tf.div(tf.add(tf.clipByValue(s, -1, 1), 1), this.delta);
    const lower = tf.minimum(tf.floor(scaled), this.nBins - 1); // a similarity of 1 in the last bin
    const a = tf.sub(scaled, lower); // the share of the upper node
    const index = tf.cast(lower, "int32") as tf.Tensor1D;
    const upperShare = tf.matMul(tf.expandDims(a, 0), tf.oneHot(tf.add(index, tf.scalar(1, "int32")) as tf.Tensor1D, nodes));
    const lowerShare = tf.matMul(tf.expandDims(tf.sub(1, a), 0), tf.oneHot(index, nodes));
    return tf.div(tf.add(upperShare, lowerShare), s.shape[0]) as tf.Tensor2D;
  }

  /** The distinct unordered pairs {i, j} of two index lists (pml's `filter_pairs`), sorted. */
  private static distinctPairs(x: Int32Array, y: Int32Array): [Int32Array, Int32Array] {
    const keys = [...new Set(Array.from(x, (v, k) => Math.min(v, y[k]) * 2 ** 21 + Math.max(v, y[k])))].sort((p, q) => p - q);
    return [Int32Array.from(keys, (k) => Math.floor(k / 2 ** 21)), Int32Array.from(keys, (k) => k % 2 ** 21)];
  }

  protected override checkBatch(batch: LossBatch): void {
    if (batch.labels.length >= 2 ** 21) throw new ValueError(this.fn, "embeddings", `fewer than ${2 ** 21} rows`, `${batch.labels.length} rows`);
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const t = tripletsOf(batch);
    if (t.a.shape[0] === 0) return [];
    const [a, p, n] = [t.a, t.p, t.n].map((x) => x.dataSync() as Int32Array);
    const mat = this.distance.matrix(batch.embeddings);
    const similarities = ([r, c]: [Int32Array, Int32Array]) => entries(mat, tf.tensor1d(r, "int32"), tf.tensor1d(c, "int32"));
    const pos = this.density(similarities(HistogramLoss.distinctPairs(a, p)));
    const neg = this.density(similarities(HistogramLoss.distinctPairs(a, n)));
    const loss = tf.sum(tf.mul(neg, tf.cumsum(pos, 1)));
    return [{ losses: tf.reshape(loss, [1]) as tf.Tensor1D, type: "element", batchSize: batch.labels.length }];
  }
}
