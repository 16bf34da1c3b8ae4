/**
 * Batch-hard mining (Hermans, Beyer & Leibe 2017): for each anchor, its farthest positive and its
 * closest negative in the batch, one triplet per anchor.
 *
 * Chosen on the device: an arg max over the anchor's positives and an arg min over its negatives of
 * the distance matrix, so only the 2N chosen row indices are read back, not the N × N matrix.
 */
import * as tf from "../tf";
import { DISTANCES } from "../distances/distance";
import { distanceMatrix } from "../distances/pairwise";
import { checkOneOf, checkOptions, toEmbeddings, toLabels } from "../validation";
import { LabelGroups } from "./label_groups";
import { labelMasks } from "./triplet_margin_miner";
import { TripletList } from "./prepare";
import type { MinedTriplets, MinerOptions } from "./types";

/**
 * One triplet (a, hardest positive, hardest negative) for every anchor a that has both a positive and a
 * negative in the batch; ties go to the lowest index. `candidates` is the number of rows of the batch.
 */
export function mineBatchHard(options: MinerOptions): MinedTriplets {
  const fn = "mineBatchHard";
  checkOptions(fn, options, ["embeddings", "labels", "distance?"]);
  const distance = checkOneOf(fn, "distance", options.distance ?? "squaredEuclidean", DISTANCES);
  let y = new Int32Array(0);
  const chosen = tf.tidy(() => {
    const e = toEmbeddings(fn, "embeddings", options.embeddings);
    y = toLabels(fn, "labels", options.labels, e.shape[0]);
    if (y.length === 0) return tf.zeros([2, 0], "int32");
    const dist = distanceMatrix(distance, e);
    const { positives, negatives } = labelMasks(y);
    // arg max / arg min return the first extreme: ties to the lowest index, as the loop did
    const farthest = tf.argMax(tf.where(tf.greater(positives, 0), dist, tf.fill(dist.shape, -Infinity)), 1);
    const closest = tf.argMin(tf.where(tf.greater(negatives, 0), dist, tf.fill(dist.shape, Infinity)), 1);
    return tf.stack([farthest, closest]);
  });
  const picks = chosen.dataSync();
  chosen.dispose();
  const n = y.length;
  const groups = new LabelGroups(y);
  const out = new TripletList();
  for (let a = 0; a < n; a++) {
    if (groups.hasPositive(a) && groups.hasNegative(a)) out.push(a, picks[a], picks[n + a]);
  }
  return { ...out.toIndices(), candidates: n };
}
