/**
 * `mineSemiHardTfa` and `mineBatchAll` as [N, N, N] 0/1 masks computed on the device (entry [a, p, n]
 * is 1 for a kept triplet), for `TripletMarginLoss.forwardMasked`: nothing is read back, where the
 * host miners read the N×N distance matrix. The same triplets as the host miners (ties to the lowest
 * index, as they break them), with the same options: `distance` a name, default "squaredEuclidean".
 *
 * TFA's `triplet_semihard_loss` is then
 * `new TripletMarginLoss({ margin: 1, distance: new LpDistance({ normalizeEmbeddings: false, power: 2 }), reducer: new MeanReducer() })`
 * `.forwardMasked(embeddings, labels, semiHardTfaMask({ embeddings, labels }))`.
 */
import * as tf from "../tf";
import { DISTANCES } from "../distances/distance";
import { distanceMatrix } from "../distances/pairwise";
import { checkOneOf, checkOptions, toEmbeddings, toLabels, type OptionNames } from "../validation";
import { checkMargin } from "./prepare";
import { labelMasks } from "./triplet_margin_miner";
import { DEFAULT_TRIPLET_MARGIN, type MinerOptions } from "./types";

/** Checked inputs and, in a tidy, the masks' common part: D [N, N] and the label masks; an empty batch gives an empty mask. */
function deviceBatch(fn: string, options: MinerOptions, extra: OptionNames, build: (d: tf.Tensor2D, positives: tf.Tensor2D, negatives: tf.Tensor2D, n: number) => tf.Tensor): tf.Tensor3D {
  checkOptions(fn, options, ["embeddings", "labels", "distance?", ...extra]);
  const distance = checkOneOf(fn, "distance", options.distance ?? "squaredEuclidean", DISTANCES);
  return tf.tidy(() => {
    const e = toEmbeddings(fn, "embeddings", options.embeddings);
    const y = toLabels(fn, "labels", options.labels, e.shape[0]);
    const n = y.length;
    if (n === 0) return tf.zeros([0, 0, 0]) as tf.Tensor3D;
    const { positives, negatives } = labelMasks(y);
    return build(distanceMatrix(distance, e), positives, negatives, n) as tf.Tensor3D;
  });
}

/**
 * TensorFlow Addons' semi-hard triplets (`mineSemiHardTfa`) as a mask: for every ordered positive pair
 * (a, p), the closest negative with D(a, n) > D(a, p), or, with none farther, the anchor's farthest
 * negative; an anchor without negatives has none.
 */
export function semiHardTfaMask(options: MinerOptions): tf.Tensor3D {
  return deviceBatch("semiHardTfaMask", options, [], (d, positives, negatives, n) => {
    const full = [n, n, n];
    const dan = tf.tile(tf.expandDims(d, 1), [1, n, 1]); // [a, ·, n] = D(a, n)
    const dap = tf.tile(tf.expandDims(d, 2), [1, 1, n]); // [a, p, ·] = D(a, p)
    const negative = tf.cast(tf.tile(tf.expandDims(negatives, 1), [1, n, 1]), "bool");
    const outside = tf.logicalAnd(negative, tf.greater(dan, dap));
    // argMin / argMax return the first extreme: ties to the lowest index, as the host loop
    const closestOutside = tf.argMin(tf.where(outside, dan, tf.fill(full, Infinity)), 2);
    const farthest = tf.argMax(tf.where(negative, dan, tf.fill(full, -Infinity)), 2);
    const chosen = tf.where(tf.any(outside, 2), closestOutside, farthest);
    const hasNegative = tf.expandDims(tf.cast(tf.greater(tf.sum(negatives, 1, true), 0), "float32"), 2);
    return tf.mul(tf.mul(tf.oneHot(tf.cast(chosen, "int32"), n), tf.expandDims(positives, 2)), hasNegative);
  });
}

/** Batch-all (`mineBatchAll`) as a mask: every valid triplet with D(a, p) − D(a, n) + α > 0 (default α = 0.2). */
export function batchAllMask(options: MinerOptions & { margin?: number }): tf.Tensor3D {
  const margin = checkMargin("batchAllMask", options.margin ?? DEFAULT_TRIPLET_MARGIN);
  return deviceBatch("batchAllMask", options, ["margin?"], (d, positives, negatives) => {
    const violates = tf.greater(tf.add(tf.sub(tf.expandDims(d, 2), tf.expandDims(d, 1)), margin), 0);
    return tf.mul(tf.mul(tf.expandDims(positives, 2), tf.expandDims(negatives, 1)), tf.cast(violates, "float32"));
  });
}
