import * as tf from "../../tf";
import { LpDistance } from "../../distances/measures";
import { withoutGradient } from "../../angular/no_gradient";
import { labelMasks } from "../../miners/triplet_margin_miner";
import { MeanReducer, type LossTerm } from "../../reducers/reducers";
import { InputTypeError, checkInteger, describe } from "../../validation";
import { MetricLossFunction, type LossBatch, type MetricLossOptions } from "./base";
import { tupleWeights } from "./miner_weights";

export interface FastAPLossSettings extends MetricLossOptions {
  /** Histogram bins L (default 10). */
  numBins?: number;
}

/**
 * pytorch-metric-learning's `FastAPLoss({ numBins = 10 })` (Cakir et al. 2019, "Deep metric learning to
 * rank"), following pml 2.9.0: average precision per anchor from soft histograms of its distances.
 * With the L+1 bin centres c_b = b·Δ over [0, 2^power] (Δ = 2^power / L) and triangular pulses
 * δ_b(d) = relu(1 − |d − c_b|/Δ), h⁺_b and h⁻_b the anchor's positive and negative histograms and H⁺,
 * H their cumulative sums (positives, all), FastAP = (1/N⁺)·Σ_b h⁺_b·H⁺_b / H_b (terms with
 * h⁺_b·H⁺_b = 0 or H_b = 0 left out), and the loss per anchor with a positive is (1 − FastAP) times its
 * miner weight; 0 if no term anywhere is kept. Distance `LpDistance()` on normalised embeddings only
 * (default power 2, the squared distance), `MeanReducer` over the anchors with a positive.
 */
export class FastAPLoss extends MetricLossFunction {
  readonly numBins: number;

  constructor(options: FastAPLossSettings = {}) {
    super("FastAPLoss", options, ["numBins?"], { distance: () => new LpDistance({ power: 2 }), reducer: () => new MeanReducer() });
    if (!(this.distance instanceof LpDistance) || !this.distance.normalizeEmbeddings) {
      throw new InputTypeError(this.fn, "distance", "an LpDistance on normalised embeddings (new LpDistance({ power: 2 }) by default), as pml requires", describe(this.distance.name));
    }
    this.numBins = checkInteger(this.fn, "numBins", options.numBins ?? 10, { min: 1, max: 10_000 });
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const n = batch.labels.length;
    const { positives, negatives } = labelMasks(batch.labels);
    const nPos = tf.sum(positives, 1);
    const hasPositive = tf.cast(tf.greater(nPos, 0), "float32") as tf.Tensor1D;
    if (!batch.labels.some((l, i) => batch.labels.some((m, j) => i !== j && l === m))) return [];
    const max = 2 ** (this.distance as LpDistance).power;
    const delta = max / this.numBins;
    const mids = tf.reshape(tf.linspace(0, max, this.numBins + 1), [-1, 1, 1]);
    const dist = tf.expandDims(this.distance.matrix(batch.embeddings), 0);
    const pulse = tf.relu(tf.sub(1, tf.div(tf.abs(tf.sub(dist, mids)), delta))); // [L+1, N, N]
    const posHist = tf.transpose(tf.sum(tf.mul(pulse, positives), 2)); // [N, L+1]
    const negHist = tf.transpose(tf.sum(tf.mul(pulse, negatives), 2));
    const totalPos = tf.cumsum(posHist, 1);
    const total = tf.cumsum(tf.add(posHist, negHist), 1);
    const product = tf.mul(posHist, totalPos);
    // which terms are kept is a constant of the gradient; divide by 1 where one is left out (no 0/0)
    const positive = (t: tf.Tensor) => withoutGradient(t, (v) => tf.cast(tf.greater(v, 0), "float32"));
    const safe = tf.mul(positive(product), positive(total));
    const ratio = tf.mul(tf.div(product, tf.add(tf.mul(total, safe), tf.sub(1, safe))), safe);
    const fastAP = tf.div(tf.sum(ratio, 1), tf.maximum(nPos, 1));
    const anyKept = tf.max(safe);
    const losses = tf.mul(tf.mul(tf.sub(1, fastAP), tupleWeights(batch.tuple, n, false)), anyKept) as tf.Tensor1D;
    return [{ losses, type: "element", batchSize: n, mask: hasPositive }];
  }
}
