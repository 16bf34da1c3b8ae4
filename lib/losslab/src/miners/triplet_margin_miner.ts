import * as tf from "../tf";
import { DistanceMeasure, LpDistance, toMeasure } from "../distances/measures";
import { checkOneOf, checkOptions, checkRange, type TensorInput } from "../validation";
import { checkReferences } from "./base_miner";
import type { TripletTuple } from "./indices_tuple";

export type TypeOfTriplets = "all" | "hard" | "semihard" | "easy";
export const TYPES_OF_TRIPLETS: readonly TypeOfTriplets[] = ["all", "hard", "semihard", "easy"];

export interface TripletMarginMinerOptions {
  /** Default 0.2 (pml's). */
  margin?: number;
  /** Default "all". */
  typeOfTriplets?: TypeOfTriplets;
  /** Default `new LpDistance()`. */
  distance?: DistanceMeasure;
}

/**
 * [N, N] 0/1: same label and another row (positives), other label (negatives). Labels are host data.
 * With `refLabels` [M]: [N, M], query i against reference j (i = j is a pair too).
 */
export function labelMasks(labels: Int32Array, refLabels?: Int32Array): { positives: tf.Tensor2D; negatives: tf.Tensor2D } {
  return tf.tidy(() => {
    const n = labels.length;
    const y = tf.tensor1d(labels, "int32");
    const ry = refLabels === undefined ? y : tf.tensor1d(refLabels, "int32");
    const same = tf.cast(tf.equal(tf.expandDims(y, 1), tf.expandDims(ry, 0)), "float32");
    return { positives: (refLabels === undefined ? tf.sub(same, tf.eye(n)) : same) as tf.Tensor2D, negatives: tf.sub(1, same) as tf.Tensor2D };
  });
}

/** [N, N, N] 0/1 of valid triplets (a, p, n): positives[a, p] · negatives[a, n] ([N, M, M] with `refLabels`). */
export function validTripletMask(labels: Int32Array, refLabels?: Int32Array): tf.Tensor3D {
  return tf.tidy(() => {
    const { positives, negatives } = labelMasks(labels, refLabels);
    return tf.mul(tf.expandDims(positives, 2), tf.expandDims(negatives, 1)) as tf.Tensor3D;
  });
}

/**
 * pytorch-metric-learning's `TripletMarginMiner({ margin = 0.2, typeOfTriplets = "all" })`, computed as
 * a mask on the device. With t = d_an − d_ap (d_ap − d_an for a similarity), of every valid triplet:
 * - "all": t ≤ margin (the triplets that violate the margin);
 * - "hard": t ≤ 0 (the negative is no farther than the positive);
 * - "semihard": 0 < t ≤ margin;
 * - "easy": t > margin.
 * Default distance `LpDistance()` (normalised embeddings), pml's.
 *
 * `mask` gives the [N, N, N] 0/1 tensor of kept (a, p, n) without reading anything back; `mine`
 * reads it back once and returns the triplets as an indices tuple, ordered by a, p, n as pml's.
 */
export class TripletMarginMiner {
  readonly margin: number;
  readonly typeOfTriplets: TypeOfTriplets;
  readonly distance: DistanceMeasure;

  constructor(options: TripletMarginMinerOptions = {}) {
    const fn = "TripletMarginMiner";
    checkOptions(fn, options, ["margin?", "typeOfTriplets?", "distance?"]);
    this.margin = checkRange(fn, "margin", options.margin ?? 0.2, {});
    this.typeOfTriplets = checkOneOf(fn, "typeOfTriplets", options.typeOfTriplets ?? "all", TYPES_OF_TRIPLETS);
    this.distance = toMeasure(fn, options.distance, () => new LpDistance());
  }

  /**
   * The kept triplets as an [N, N, N] 0/1 tensor (entry [a, p, n]); nothing is read back. With
   * `refEmbeddings` [M, d] and `refLabels` (pml's `ref_emb`), [N, M, M]: anchors from the batch,
   * positives and negatives from the references.
   */
  mask(embeddings: TensorInput, labels: TensorInput | Int32Array, refEmbeddings?: TensorInput, refLabels?: TensorInput | Int32Array): tf.Tensor3D {
    return this.maskOf("TripletMarginMiner.mask", embeddings, labels, refEmbeddings, refLabels);
  }

  private maskOf(fn: string, embeddings: TensorInput, labels: TensorInput | Int32Array, refEmbeddings?: TensorInput, refLabels?: TensorInput | Int32Array): tf.Tensor3D {
    return tf.tidy(() => {
      const { e, y, r, ry, self } = checkReferences(fn, embeddings, labels, refEmbeddings, refLabels);
      if (y.length === 0 || ry.length === 0) return tf.zeros([y.length, ry.length, ry.length]) as tf.Tensor3D;
      const mat = this.distance.matrix(e, self ? undefined : r);
      // t[a, p, n] = d(a, n) − d(a, p) for a distance, the other way round for a similarity
      const an = tf.expandDims(mat, 1);
      const ap = tf.expandDims(mat, 2);
      const t = this.distance.isInverted ? tf.sub(ap, an) : tf.sub(an, ap);
      const m = this.margin;
      const keep =
        this.typeOfTriplets === "easy" ? tf.greater(t, m)
        : this.typeOfTriplets === "hard" ? tf.logicalAnd(tf.lessEqual(t, m), tf.lessEqual(t, 0))
        : this.typeOfTriplets === "semihard" ? tf.logicalAnd(tf.lessEqual(t, m), tf.greater(t, 0))
        : tf.lessEqual(t, m);
      return tf.mul(validTripletMask(y, self ? undefined : ry), tf.cast(keep, "float32")) as tf.Tensor3D;
    });
  }

  /**
   * The kept triplets (one read-back of the mask), ordered by anchor, positive, negative, as an
   * indices tuple of three int32 tensors. They are the caller's: free them
   * with `disposeIndicesTuple(t)` after the loss, or mine inside `tf.tidy` / `optimizer.minimize`
   * (which free every tensor made in them), else each call keeps three tensors alive.
   */
  mine(embeddings: TensorInput, labels: TensorInput | Int32Array, refEmbeddings?: TensorInput, refLabels?: TensorInput | Int32Array): TripletTuple {
    const mask = this.maskOf("TripletMarginMiner.mine", embeddings, labels, refEmbeddings, refLabels);
    const m = mask.shape[1];
    const values = mask.dataSync();
    mask.dispose();
    const a: number[] = [], p: number[] = [], q: number[] = [];
    for (let i = 0; i < values.length; i++) {
      if (values[i] === 0) continue;
      a.push(Math.floor(i / (m * m)));
      p.push(Math.floor(i / m) % m);
      q.push(i % m);
    }
    const i32 = (v: number[]) => tf.tensor1d(Int32Array.from(v), "int32");
    return { a: i32(a), p: i32(p), n: i32(q) };
  }
}
