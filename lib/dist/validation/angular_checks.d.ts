/**
 * Checks shared by the angular helpers and the classification heads: a feature matrix [B, d] of a
 * known width, one integer class label in [0, C) per row, an angle in [0, π], a cosine in [-1, 1].
 * Same rules as `checks.ts`: the error names the function and the argument, one error type per kind.
 */
import * as tf from "@tensorflow/tfjs";
/**
 * A float32 feature matrix [B, dim] with finite values (B may be 0). A float32 tensor passed in is
 * returned as it is; anything else is converted (the caller owns the result then).
 */
export declare function toFeatureMatrix(fn: string, arg: string, value: unknown, dim: number): tf.Tensor2D;
/**
 * Class labels as an int32 tensor [batchSize]: whole numbers in [0, numClasses), one per row of the
 * features. Float tensors and arrays are accepted when their values are whole numbers.
 */
export declare function toClassLabels(fn: string, arg: string, value: unknown, batchSize: number, numClasses: number): tf.Tensor1D;
/** An angle in radians, θ ∈ [0, π] (the range of the angle between two vectors). */
export declare function checkAngle(fn: string, arg: string, value: unknown): number;
/** A cosine, c ∈ [-1, 1]. */
export declare function checkCosine(fn: string, arg: string, value: unknown): number;
/** A boolean flag (not a truthy value: `easyMargin: "no"` is a mistake to report, not `true`). */
export declare function checkBoolean(fn: string, arg: string, value: unknown): boolean;
/**
 * Cosines and angles computed in float32 land a rounding error outside their ranges (a normalised dot
 * product of 1.0000001, π rounded up to 3.1415927); within this they are accepted.
 */
export declare const COSINE_TOLERANCE = 0.00001;
export declare const ANGLE_TOLERANCE = 0.00001;
/** A tensor of cosines: finite, in [-1, 1] within `COSINE_TOLERANCE` (a value check: reads the tensor). */
export declare function toCosines(fn: string, arg: string, value: unknown): tf.Tensor;
/** A tensor of angles in radians: finite, in [0, π] within `ANGLE_TOLERANCE` (a value check: reads the tensor). */
export declare function toAngles(fn: string, arg: string, value: unknown): tf.Tensor;
//# sourceMappingURL=angular_checks.d.ts.map