import * as tf from "../../tf";
import type { LossTerm } from "../../reducers/reducers";
import { entries, matrixOf, pairsOf, tooFewPairs, type LossBatch, type MetricLossFunction } from "./base";

/**
 * The contrastive sub-losses of a batch (ContrastiveLoss, SignalToNoiseRatioContrastiveLoss):
 * relu(d − posMargin) for positive pairs and relu(negMargin − d) for negative pairs (signs flipped
 * for a similarity), the pairs from the indices tuple or all of them; none with at most one pair of
 * each kind. Internal (not exported by the package).
 */
export function contrastiveTerms(loss: MetricLossFunction, batch: LossBatch, posMargin: number, negMargin: number): LossTerm[] {
  const pairs = pairsOf(batch);
  if (tooFewPairs(pairs)) return [];
  const mat = matrixOf(loss, batch);
  const n = batch.labels.length;
  const pos = tf.relu(loss.distance.margin(entries(mat, pairs.a1, pairs.p), posMargin)) as tf.Tensor1D;
  const neg = tf.relu(loss.distance.margin(negMargin, entries(mat, pairs.a2, pairs.n))) as tf.Tensor1D;
  return [
    { losses: pos, type: "posPair", anchors: pairs.a1, batchSize: n },
    { losses: neg, type: "negPair", anchors: pairs.a2, batchSize: n },
  ];
}
