/** Scores for verification: the distance (or cosine similarity) of each pair of embeddings, and whether it is of one class. */
import * as tf from "../tf";
import { DISTANCES, rowDistance, type DistanceName } from "../distances/distance";
import type { LabelledBatch, PairIndices } from "../miners/types";
import { checkObject, checkOneOf, checkOptions, checkSameCount, toEmbeddings, toIndices, toLabels } from "../validation";
import type { ScoreKind } from "./scores";

/**
 * A distance by name, the cosine similarity, or "manhattan", the L1 distance Σ|aᵢ − bᵢ| of the
 * traditional pipeline (hand-made features compared with the L1 norm); it is for scoring only, no loss uses it.
 */
export type PairScore = DistanceName | "cosineSimilarity" | "manhattan";
export const PAIR_SCORES: readonly PairScore[] = [...DISTANCES, "cosineSimilarity", "manhattan"];

export interface ScorePairsOptions extends LabelledBatch {
  /** The pairs to score (e.g. from `samplePairs`). */
  pairs: PairIndices;
  /** Default "cosineSimilarity"; or a distance name. */
  score?: PairScore;
}

export interface ScoredPairs {
  scores: Float32Array;
  isSame: Uint8Array;
  kind: ScoreKind;
}

/** Scores each pair; the result goes straight into `rocAuc`, `rocCurve` and `bestThreshold`. */
export function scorePairs(options: ScorePairsOptions): ScoredPairs {
  const fn = "scorePairs";
  checkOptions(fn, options, ["embeddings", "labels", "pairs", "score?"]);
  const score = checkOneOf(fn, "score", options.score ?? "cosineSimilarity", PAIR_SCORES);
  // data, not options: a pair set may carry more fields (labels, same); only its form is checked
  checkObject(fn, options.pairs, "pairs", "an object { first, second }");
  let isSame = new Uint8Array(0);
  const t = tf.tidy(() => {
    const e = toEmbeddings(fn, "embeddings", options.embeddings);
    const n = e.shape[0];
    const labels = toLabels(fn, "labels", options.labels, n);
    const first = toIndices(fn, "pairs.first", options.pairs.first, n);
    const second = toIndices(fn, "pairs.second", options.pairs.second, n);
    checkSameCount(fn, "pairs.first", first, "pairs.second", second);
    isSame = Uint8Array.from(first, (i, k) => (labels[i] === labels[second[k]] ? 1 : 0));
    const a = tf.gather(e, tf.tensor1d(first, "int32")) as tf.Tensor2D;
    const b = tf.gather(e, tf.tensor1d(second, "int32")) as tf.Tensor2D;
    if (score === "manhattan") return tf.sum(tf.abs(tf.sub(a, b)), 1);
    return score === "cosineSimilarity" ? tf.sub(1, rowDistance("cosine", a, b)) : rowDistance(score, a, b);
  });
  const scores = Float32Array.from(t.dataSync());
  t.dispose();
  return { scores, isSame, kind: score === "cosineSimilarity" ? "similarity" : "distance" };
}
