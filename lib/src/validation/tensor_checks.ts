/**
 * Checks on whole tensor arguments, built from those of `checks.ts`: the one-call conversion the
 * losses and activations start with.
 */
import * as tf from "@tensorflow/tfjs";
import { checkNotEmpty, checkValues, toTensor } from "./checks";

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
