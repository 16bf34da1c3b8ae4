import * as tf from "../../tf";
import { CosineSimilarity } from "../../distances/measures";
import { MeanReducer, type LossTerm } from "../../reducers/reducers";
import { checkRange } from "../../validation";
import { MetricLossFunction, entries, matrixOf, pairsOf, tooFewPairs, type LossBatch, type MetricLossOptions } from "./base";

export interface IntraPairVarianceLossSettings extends MetricLossOptions {
  /** ε of the positive pairs (default 0.01). */
  posEps?: number;
  /** ε of the negative pairs (default 0.01). */
  negEps?: number;
}

/**
 * pytorch-metric-learning's `IntraPairVarianceLoss` (Yu & Tao 2019, the tuplet margin paper's
 * intra-pair variance term), following pml 2.9.0. With μ⁺ and μ⁻ the mean similarities of the
 * positive and negative pairs, per positive pair relu((1 − ε⁺)·μ⁺ − s_ap)² and per negative pair
 * relu(s_an − (1 + ε⁻)·μ⁻)² (the other way round for a distance), each set averaged
 * (`MeanReducer`) and the two added. Default `CosineSimilarity()`; takes reference embeddings.
 */
export class IntraPairVarianceLoss extends MetricLossFunction {
  readonly posEps: number;
  readonly negEps: number;

  constructor(options: IntraPairVarianceLossSettings = {}) {
    super("IntraPairVarianceLoss", options, ["posEps?", "negEps?"], { distance: () => new CosineSimilarity(), reducer: () => new MeanReducer() });
    this.posEps = checkRange(this.fn, "posEps", options.posEps ?? 0.01, {});
    this.negEps = checkRange(this.fn, "negEps", options.negEps ?? 0.01, {});
  }

  /** Takes `refEmbeddings`/`refLabels` (pml's `ref_emb`, `CrossBatchMemory`). */
  override get acceptsReferences(): boolean {
    return true;
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const t = pairsOf(batch);
    if (tooFewPairs(t)) return [];
    const mat = matrixOf(this, batch);
    const n = batch.labels.length;
    // pml's variance_with_eps: (1 − ε)·mean − x where a larger value is wanted, x − (1 + ε)·mean otherwise
    const variance = (pairs: tf.Tensor1D, eps: number, increase: boolean) => {
      const mean = tf.mean(pairs);
      return tf.square(tf.relu(increase ? tf.sub(tf.mul(mean, 1 - eps), pairs) : tf.sub(pairs, tf.mul(mean, 1 + eps)))) as tf.Tensor1D;
    };
    const terms: LossTerm[] = [];
    const inverted = this.distance.isInverted;
    if (t.a1.shape[0] > 0) terms.push({ losses: variance(entries(mat, t.a1, t.p), this.posEps, inverted), type: "posPair", anchors: t.a1, batchSize: n });
    if (t.a2.shape[0] > 0) terms.push({ losses: variance(entries(mat, t.a2, t.n), this.negEps, !inverted), type: "negPair", anchors: t.a2, batchSize: n });
    return terms;
  }
}
