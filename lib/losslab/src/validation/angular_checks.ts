/**
 * Checks shared by the angular helpers and the classification heads: a feature matrix [B, d] of a
 * known width, one integer class label in [0, C) per row, an angle in [0, π], a cosine in [-1, 1].
 * Same rules as `checks.ts`: the error names the function and the argument, one error type per kind.
 */
import * as tf from "../tf";
import { InputTypeError, ShapeError, describe } from "./errors";
import { checkRange, checkRank, checkValues, toTensor } from "./checks";

/**
 * A float32 feature matrix [B, dim] with finite values (B may be 0). A float32 tensor passed in is
 * returned as it is; anything else is converted (the caller owns the result then).
 */
export function toFeatureMatrix(fn: string, arg: string, value: unknown, dim: number): tf.Tensor2D {
  const t = toTensor(fn, arg, value);
  if (t.rank !== 2 || t.shape[1] !== dim) {
    throw new ShapeError(fn, arg, `a matrix [B, ${dim}] (one ${dim}-D feature vector a row)`, describe(t));
  }
  checkValues(fn, arg, t);
  return t as tf.Tensor2D;
}

/**
 * Class labels as an int32 tensor [batchSize]: whole numbers in [0, numClasses), one per row of the
 * features. Float tensors and arrays are accepted when their values are whole numbers.
 */
export function toClassLabels(fn: string, arg: string, value: unknown, batchSize: number, numClasses: number): tf.Tensor1D {
  return tf.tidy(() => {
    const t = toTensor(fn, arg, value);
    checkRank(fn, arg, t, 1);
    if (t.shape[0] !== batchSize) {
      throw new ShapeError(fn, arg, `${batchSize} labels, one per row of 'features'`, describe(t));
    }
    checkValues(fn, arg, t, { integer: true, min: 0, max: numClasses - 1, what: `class indices, integers >= 0 and < ${numClasses}` });
    return tf.cast(t, "int32") as tf.Tensor1D;
  });
}

/** An angle in radians, θ ∈ [0, π] (the range of the angle between two vectors). */
export function checkAngle(fn: string, arg: string, value: unknown): number {
  return checkRange(fn, arg, value, { min: 0, max: Math.PI });
}

/** A cosine, c ∈ [-1, 1]. */
export function checkCosine(fn: string, arg: string, value: unknown): number {
  return checkRange(fn, arg, value, { min: -1, max: 1 });
}

/** A boolean flag (not a truthy value: `easyMargin: "no"` is a mistake to report, not `true`). */
export function checkBoolean(fn: string, arg: string, value: unknown): boolean {
  if (typeof value !== "boolean") throw new InputTypeError(fn, arg, "true or false", describe(value));
  return value;
}

/**
 * Cosines and angles computed in float32 land a rounding error outside their ranges (a normalised dot
 * product of 1.0000001, π rounded up to 3.1415927); within this they are accepted.
 */
export const COSINE_TOLERANCE = 1e-5;
export const ANGLE_TOLERANCE = 1e-5;

/** A tensor of cosines: finite, in [-1, 1] within `COSINE_TOLERANCE` (a value check: reads the tensor). */
export function toCosines(fn: string, arg: string, value: unknown): tf.Tensor {
  const t = toTensor(fn, arg, value);
  checkValues(fn, arg, t, { min: -1 - COSINE_TOLERANCE, max: 1 + COSINE_TOLERANCE, what: "cosines: finite numbers in [-1, 1]" });
  return t;
}

/** A tensor of angles in radians: finite, in [0, π] within `ANGLE_TOLERANCE` (a value check: reads the tensor). */
export function toAngles(fn: string, arg: string, value: unknown): tf.Tensor {
  const t = toTensor(fn, arg, value);
  checkValues(fn, arg, t, { min: -ANGLE_TOLERANCE, max: Math.PI + ANGLE_TOLERANCE, what: "angles in radians: finite numbers in [0, π]" });
  return t;
}
