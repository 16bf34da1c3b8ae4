import * as tf from "../../tf";
import { DotProductSimilarity } from "../../distances/measures";
import { gatherRows } from "../../models/gather_rows";
import { MeanReducer, type LossTerm } from "../../reducers/reducers";
import { MetricLossFunction, pairsOf, type LossBatch, type MetricLossOptions } from "./base";

/**
 * pytorch-metric-learning's `NPairsLoss()` (Sohn 2016), following pml 2.9.0: one positive pair per
 * class (the first listed whose anchor has that label, classes in increasing label order), then with
 * S[i, j] the similarity of anchor i and positive j (a distance negated), per pair
 * −log(e^{S_ii} / Σ_j e^{S_ij}), a softmax cross-entropy over the other classes' positives. Default
 * `DotProductSimilarity()` (normalised embeddings, as pml), `MeanReducer`. Pairs from the indices
 * tuple when given (triplets give their (a, p)), else every positive pair.
 */
export class NPairsLoss extends MetricLossFunction {
  constructor(options: MetricLossOptions = {}) {
    super("NPairsLoss", options, [], { distance: () => new DotProductSimilarity(), reducer: () => new MeanReducer() });
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const t = pairsOf(batch);
    const a1 = t.a1.dataSync(), p = t.p.dataSync();
    // pml's np.unique(labels[a], return_index=True): the first pair of each anchor label, labels sorted
    const first = new Map<number, number>();
    a1.forEach((a, k) => {
      if (!first.has(batch.labels[a])) first.set(batch.labels[a], k);
    });
    const chosen = [...first.keys()].sort((x, y) => x - y).map((label) => first.get(label) as number);
    if (chosen.length === 0) return [];
    const anchors = Int32Array.from(chosen, (k) => a1[k]);
    const positives = Int32Array.from(chosen, (k) => p[k]);
    const e = batch.embeddings;
    const mat = this.distance.matrix(gatherRows(e, anchors), gatherRows(e, positives));
    const s = this.distance.isInverted ? mat : tf.neg(mat);
    const losses = tf.neg(tf.sum(tf.mul(tf.logSoftmax(s), tf.eye(chosen.length)), 1)) as tf.Tensor1D;
    return [{ losses, type: "element", batchSize: batch.labels.length }];
  }
}
