/**
 * Cosines and angles between features and class weights: the quantities every angular-margin loss is
 * written in. With xᵢ the rows of `features` [B, d] and w_j the columns of `weights` [d, C]:
 *
 *   cos θᵢⱼ = x̂ᵢ · ŵⱼ,   θᵢⱼ = arccos(cos θᵢⱼ) ∈ [0, π]
 *
 * Both sides are normalised with `l2Normalize` (a zero feature or weight vector gives cos θ = 0,
 * θ = π/2, with finite gradients) and the angles come from `safeAcos` (exact at 0 and π, bounded
 * gradient there).
 */
import * as tf from "@tensorflow/tfjs";
import { ShapeError, checkRank, describe, toTensor, type TensorInput } from "../validation";
import { l2Normalize } from "./normalize";
import { safeAcos } from "./safe_acos";

function toPair(fn: string, features: TensorInput, weights: TensorInput): [tf.Tensor2D, tf.Tensor2D] {
  const x = toTensor(fn, "features", features);
  const w = toTensor(fn, "weights", weights);
  checkRank(fn, "features", x, 2);
  checkRank(fn, "weights", w, 2);
  if (w.shape[0] !== x.shape[1]) {
    throw new ShapeError(fn, "weights", `a matrix [d, C] with d = ${x.shape[1]} rows (one column a class, as the features' width)`, describe(w));
  }
  return [x as tf.Tensor2D, w as tf.Tensor2D];
}

const cosineMatrix = (x: tf.Tensor2D, w: tf.Tensor2D) => tf.matMul(l2Normalize(x), l2Normalize(w, { axis: 0 })) as tf.Tensor2D;

/** cos θ [B, C] between each feature row of `features` [B, d] and each class column of `weights` [d, C]. */
export function cosines(features: TensorInput, weights: TensorInput): tf.Tensor2D {
  return tf.tidy(() => cosineMatrix(...toPair("cosines", features, weights)));
}

/** θ [B, C] in radians, in [0, π], between feature rows and class columns (see `cosines`). */
export function angles(features: TensorInput, weights: TensorInput, options: { epsilon?: number } = {}): tf.Tensor2D {
  return tf.tidy(() => {
    return safeAcos(cosineMatrix(...toPair("angles", features, weights)), options) as tf.Tensor2D;
  });
}
