/**
 * Checks on whole tensor arguments, built from those of `checks.ts`: the one-call conversion the
 * losses and activations start with.
 */
import * as tf from "../tf";
import { checkNotEmpty, checkValues, toTensor, validationConfig } from "./checks";
import { ValueError, describe } from "./errors";

/**
 * Converts a tensor-like argument to float32 and checks that it is non-empty and that every value
 * is finite and inside [min, max] (bounds optional, inclusive). The value check reads the tensor and
 * follows `validationConfig.valueChecks`.
 */
export function toFiniteTensor(fn: string, arg: string, value: unknown, range: { min?: number; max?: number } = {}): tf.Tensor {
  const t = toTensor(fn, arg, value);
  checkNotEmpty(fn, arg, t);
  checkValues(fn, arg, t, range);
  return t;
}

/**
 * How far a float32 row of C probabilities may sum from 1: rounding each value to float32 moves it
 * by up to 2⁻²⁴ of itself, so C·2⁻²³ plus a margin for values computed upstream (a softmax).
 */
export function rowSumTolerance(numClasses: number): number {
  return 1e-5 + numClasses * 2 ** -23;
}

/**
 * Every row (the last axis) of `t` sums to 1 within float32 tolerance: per-class targets that are a
 * distribution (one-hot rows, smoothed labels). `what` describes the rows in the message. Reads the
 * tensor, so it follows `validationConfig.valueChecks`.
 */
export function checkRowsSumToOne(fn: string, arg: string, t: tf.Tensor, what = "rows that sum to 1 (one-hot rows or probabilities)"): void {
  if (!validationConfig.valueChecks || t.size === 0) return;
  const values = t.dataSync();
  const width = t.shape[t.rank - 1] ?? 1;
  const tolerance = rowSumTolerance(width);
  for (let row = 0; row * width < values.length; row++) {
    let sum = 0;
    for (let j = 0; j < width; j++) sum += values[row * width + j];
    if (!(Math.abs(sum - 1) <= tolerance)) {
      throw new ValueError(fn, arg, what, `a row summing to ${describe(sum)} at row [${row}]`);
    }
  }
}

/** A one-hot matrix: every value 0 or 1, one 1 a row (reads the tensor; follows `validationConfig.valueChecks`). */
export function checkOneHot(fn: string, arg: string, t: tf.Tensor): void {
  checkValues(fn, arg, t, { min: 0, max: 1, integer: true, what: "one-hot rows: values 0 or 1" });
  checkRowsSumToOne(fn, arg, t, "one-hot rows (a single 1 in every row)");
}
