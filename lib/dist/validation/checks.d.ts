/**
 * Argument checks shared by every public function. Each check throws one of the error types of
 * `errors.ts` with the function and argument named, so a student sees what to fix, never a NaN.
 */
import * as tf from "@tensorflow/tfjs";
/** Values accepted wherever a tensor is expected: a tensor, a number, or nested arrays of numbers. */
export type TensorInput = tf.Tensor | tf.TensorLike;
/** Global switch for checks that must read tensor values (NaN, range, class index). */
export declare const validationConfig: {
    /**
     * When true (the default), value checks read the tensor (a `dataSync`, cheap for the course's
     * sizes). A training loop that has validated its data once may turn them off for speed.
     */
    valueChecks: boolean;
};
/**
 * Runs `f` with value checks on or off (`validationConfig.valueChecks`), then restores the setting,
 * also when `f` throws. For a synchronous training step whose data were validated once: the checks
 * of shapes, types and options still run, only the reads of tensor values (NaN and range scans) stop.
 */
export declare function withValueChecks<T>(on: boolean, f: () => T): T;
/** A finite number. */
export declare function checkNumber(fn: string, arg: string, value: unknown): number;
/** A finite number in a range; bounds are inclusive unless `open` says otherwise. */
export declare function checkRange(fn: string, arg: string, value: unknown, range: {
    min?: number;
    max?: number;
    minOpen?: boolean;
    maxOpen?: boolean;
}): number;
/** A whole number, optionally bounded (inclusive). */
export declare function checkInteger(fn: string, arg: string, value: unknown, range?: {
    min?: number;
    max?: number;
}): number;
/** One of a fixed set of strings. */
export declare function checkOneOf<T extends string>(fn: string, arg: string, value: unknown, allowed: readonly T[]): T;
/** A non-empty array of finite numbers. */
export declare function checkNumberArray(fn: string, arg: string, value: unknown, opts?: {
    minLength?: number;
}): number[];
/** Two arrays or tensors of equal length / shape. */
export declare function checkSameLength(fn: string, argA: string, a: ArrayLike<unknown>, argB: string, b: ArrayLike<unknown>): void;
/**
 * Converts a tensor-like argument to a float32 (or the given dtype) tensor, with losslab's error on
 * bad input. A tensor passed in is returned as it is (not cloned); a converted one is new.
 */
export declare function toTensor(fn: string, arg: string, value: unknown, dtype?: "float32" | "int32"): tf.Tensor;
/**
 * A nested array of numbers (or booleans) with every row of one length, checked before tf.tensor
 * sees it; the first offending element is named by its index (`labels[1][2]`). Returns the shape.
 */
export declare function checkNestedNumbers(fn: string, arg: string, value: unknown[]): number[];
/** The tensor's shape equals `shape`; -1 in `shape` matches any size. */
export declare function checkShape(fn: string, arg: string, t: tf.Tensor, shape: number[], what?: string): void;
/** The tensor has the given rank. */
export declare function checkRank(fn: string, arg: string, t: tf.Tensor, rank: number | number[]): void;
/** Two tensors have the same shape. */
export declare function checkSameShape(fn: string, argA: string, a: tf.Tensor, argB: string, b: tf.Tensor): void;
/** The tensor holds at least one element. */
export declare function checkNotEmpty(fn: string, arg: string, t: tf.Tensor): void;
/**
 * Every value is finite and inside [min, max] (and a whole number when `integer`). Reads the tensor,
 * so it is skipped when `validationConfig.valueChecks` is off. Names the first offending index.
 */
export declare function checkValues(fn: string, arg: string, t: tf.Tensor, opts?: {
    min?: number;
    max?: number;
    integer?: boolean;
    what?: string;
}): void;
//# sourceMappingURL=checks.d.ts.map