/**
 * TensorFlow Addons' `triplet_semihard_loss` and `triplet_hard_loss`, computed as TFA computes them:
 * masked minima and maxima of the batch's distance matrix, all on the device (nothing read back).
 *
 * - semi-hard: for every positive pair (a, p), a ≠ p, the closest negative with D(a, n) > D(a, p), or
 *   the anchor's farthest negative when none is farther (D = 0 for an anchor without negatives);
 *   loss = Σ max(margin + D(a, p) − D(a, n), 0) / (number of positive pairs);
 * - hard: per anchor, the farthest positive and the closest negative (0 for an anchor without
 *   positives, TFA's masked maximum), loss = mean over all N anchors of max(d⁺ − d⁻ + margin, 0), or
 *   log(1 + e^{d⁺ − d⁻}) with `soft`.
 *
 * `distanceMetric` keeps TFA's names: "L_2" (the default) is the SQUARED Euclidean distance, "L_1"
 * the (plain) Euclidean distance (TFA's pairwise_distance with squared=False), "angular" 1 − cos.
 */
import * as tf from "@tensorflow/tfjs";
import { type TensorInput } from "../validation";
export type TfaDistanceMetric = "L_2" | "L_1" | "angular";
export declare const TFA_DISTANCE_METRICS: readonly TfaDistanceMetric[];
export interface TfaTripletOptions {
    embeddings: TensorInput;
    labels: TensorInput | Int32Array;
    /** Default 1 (TFA's). */
    margin?: number;
    /** Default "L_2" (squared Euclidean, TFA's). */
    distanceMetric?: TfaDistanceMetric;
}
/** TFA's `triplet_semihard_loss` (tfa.losses.TripletSemiHardLoss). */
export declare function tfaTripletSemiHardLoss(options: TfaTripletOptions): tf.Scalar;
/** TFA's `triplet_hard_loss` (tfa.losses.TripletHardLoss). */
export declare function tfaTripletHardLoss(options: TfaTripletOptions & {
    soft?: boolean;
}): tf.Scalar;
//# sourceMappingURL=tfa_triplet.d.ts.map