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
import * as tf from "../tf";
import { ShapeError, checkRank, checkValues, describe, toTensor, type TensorInput } from "../validation";
import { L2_EPSILON } from "./normalize";
import { acosChecked } from "./safe_acos";
import { formulationFor } from "../backend/formulations";

function toPair(fn: string, features: TensorInput, weights: TensorInput): [tf.Tensor2D, tf.Tensor2D] {
  const x = toTensor(fn, "features", features);
  const w = toTensor(fn, "weights", weights);
  checkRank(fn, "features", x, 2);
  checkRank(fn, "weights", w, 2);
  if (w.shape[0] !== x.shape[1]) {
    throw new ShapeError(fn, "weights", `a matrix [d, C] with d = ${x.shape[1]} rows (one column a class, as the features' width)`, describe(w));
  }
  checkValues(fn, "features", x);
  checkValues(fn, "weights", w);
  return [x as tf.Tensor2D, w as tf.Tensor2D];
}

/** v/‖v‖_ε along `axis`, with ‖v‖² (kept as a size-1 axis) and 1/‖v‖_ε for the gradient. */
function normalized(v: tf.Tensor2D, axis: number): { unit: tf.Tensor2D; squared: tf.Tensor2D; inverse: tf.Tensor2D } {
  const squared = tf.sum(tf.square(v), axis, true) as tf.Tensor2D;
  const inverse = tf.rsqrt(tf.maximum(squared, L2_EPSILON)) as tf.Tensor2D;
  return { unit: tf.mul(v, inverse), squared, inverse };
}

/**
 * Gradient through v̂ = v/‖v‖_ε: r(dv̂ − v̂ (v̂·dv̂)) with r = 1/‖v‖, or dv̂/√ε where the floor holds
 * (the derivative of `l2Normalize`, whose norm is constant below the floor).
 */
function normalizeGradient(dUnit: tf.Tensor2D, n: ReturnType<typeof normalized>, axis: number): tf.Tensor2D {
  const aboveFloor = tf.cast(tf.greaterEqual(n.squared, L2_EPSILON), "float32");
  const along = tf.mul(tf.sum(tf.mul(dUnit, n.unit), axis, true), aboveFloor);
  return tf.mul(tf.sub(dUnit, tf.mul(n.unit, along)), n.inverse) as tf.Tensor2D;
}

/**
 * x̂·Ŵ for validated x [B, d] and W [d, C]: the same values and gradients as
 * `matMul(l2Normalize(x), l2Normalize(W, { axis: 0 }))`, as one op with its gradient written out
 * (dx̂ = dcos·Ŵᵀ, dŴ = x̂ᵀ·dcos, then through each normalisation). Why: every margin head computes it
 * each training step, and taped it is some 30 small ops forward and back, each ~0.1 ms on wasm.
 */
const cosineMatrixOp = tf.customGrad((x: tf.Tensor | tf.GradSaveFunc, w: tf.Tensor | tf.GradSaveFunc, save: tf.Tensor | tf.GradSaveFunc) => {
  const [xs, ws] = [x as tf.Tensor2D, w as tf.Tensor2D];
  // only the inputs are saved: intermediates saved here would outlive a call made without a gradient
  (save as tf.GradSaveFunc)([xs, ws]);
  return {
    value: tf.matMul(normalized(xs, 1).unit, normalized(ws, 0).unit),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [nx, nw] = [normalized(saved[0] as tf.Tensor2D, 1), normalized(saved[1] as tf.Tensor2D, 0)];
      const d = dy as tf.Tensor2D;
      // transpose flags are free on the native backend and slow on wasm (formulationFor)
      const flags = formulationFor().dense === "transposeFlags";
      const dUnitX: tf.Tensor2D = flags ? tf.matMul(d, nw.unit, false, true) : tf.matMul(d, tf.transpose(nw.unit) as tf.Tensor2D);
      // an empty batch: no contribution (wasm's matMul with an inner size 0 reads uninitialised memory)
      const dUnitW: tf.Tensor2D =
        d.shape[0] === 0 ? tf.zerosLike(nw.unit) : flags ? tf.matMul(nx.unit, d, true, false) : tf.matMul(tf.transpose(nx.unit) as tf.Tensor2D, d);
      return [normalizeGradient(dUnitX, nx, 1), normalizeGradient(dUnitW, nw, 0)];
    },
  };
});

/** cos θ [B, C] of validated features x [B, d] and class columns W [d, C] (zero vectors give 0). */
export function cosineMatrix(x: tf.Tensor2D, w: tf.Tensor2D): tf.Tensor2D {
  return cosineMatrixOp(x, w) as tf.Tensor2D;
}

/** cos θ [B, C] between each feature row of `features` [B, d] and each class column of `weights` [d, C]. */
export function cosines(features: TensorInput, weights: TensorInput): tf.Tensor2D {
  return tf.tidy(() => cosineMatrix(...toPair("cosines", features, weights)));
}

/** θ [B, C] in radians, in [0, π], between feature rows and class columns (see `cosines`). */
export function angles(features: TensorInput, weights: TensorInput, options: { epsilon?: number } = {}): tf.Tensor2D {
  return tf.tidy(() => {
    return acosChecked("angles", cosineMatrix(...toPair("angles", features, weights)), options) as tf.Tensor2D;
  });
}
