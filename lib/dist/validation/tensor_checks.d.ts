/**
 * Checks on whole tensor arguments, built from those of `checks.ts`: the one-call conversion the
 * losses and activations start with.
 */
import * as tf from "@tensorflow/tfjs";
/**
 * Converts a tensor-like argument to float32 and checks that it is non-empty and that every value
 * is finite and inside [min, max] (bounds optional, inclusive). The value check reads the tensor and
 * follows `validationConfig.valueChecks`.
 */
export declare function toFiniteTensor(fn: string, arg: string, value: unknown, range?: {
    min?: number;
    max?: number;
}): tf.Tensor;
/**
 * How far a float32 row of C probabilities may sum from 1: rounding each value to float32 moves it
 * by up to 2⁻²⁴ of itself, so C·2⁻²³ plus a margin for values computed upstream (a softmax).
 */
export declare function rowSumTolerance(numClasses: number): number;
/**
 * Every row (the last axis) of `t` sums to 1 within float32 tolerance: per-class targets that are a
 * distribution (one-hot rows, smoothed labels). `what` describes the rows in the message. Reads the
 * tensor, so it follows `validationConfig.valueChecks`.
 */
export declare function checkRowsSumToOne(fn: string, arg: string, t: tf.Tensor, what?: string): void;
/** A one-hot matrix: every value 0 or 1, one 1 a row (reads the tensor; follows `validationConfig.valueChecks`). */
export declare function checkOneHot(fn: string, arg: string, t: tf.Tensor): void;
//# sourceMappingURL=tensor_checks.d.ts.map