/**
 * Argument checks shared by every public function. Each check throws one of the error types of
 * `errors.ts` with the function and argument named, so a student sees what to fix, never a NaN.
 */
import * as tf from "../tf";
import { InputTypeError, ShapeError, ValueError, describe } from "./errors";

/** Values accepted wherever a tensor is expected: a tensor, a number, or nested arrays of numbers. */
export type TensorInput = tf.Tensor | tf.TensorLike;

/** Global switch for checks that must read tensor values (NaN, range, class index). */
export const validationConfig = {
  /**
   * When true (the default), value checks read the tensor (a `dataSync`, cheap for small
   * sizes). A training loop that has validated its data once may turn them off for speed.
   */
  valueChecks: true,
};

/**
 * Runs `f` with value checks on or off (`validationConfig.valueChecks`), then restores the setting,
 * also when `f` throws. For a synchronous training step whose data were validated once: the checks
 * of shapes, types and options still run, only the reads of tensor values (NaN and range scans) stop.
 */
export function withValueChecks<T>(on: boolean, f: () => T): T {
  const previous = validationConfig.valueChecks;
  validationConfig.valueChecks = on;
  try {
    return f();
  } finally {
    validationConfig.valueChecks = previous;
  }
}

/** A finite number. */
export function checkNumber(fn: string, arg: string, value: unknown): number {
  if (typeof value !== "number") throw new InputTypeError(fn, arg, "a number", describe(value));
  if (!Number.isFinite(value)) throw new ValueError(fn, arg, "a finite number", describe(value));
  return value;
}

/** A finite number in a range; bounds are inclusive unless `open` says otherwise. */
export function checkRange(
  fn: string,
  arg: string,
  value: unknown,
  range: { min?: number; max?: number; minOpen?: boolean; maxOpen?: boolean },
): number {
  const v = checkNumber(fn, arg, value);
  const { min, max, minOpen = false, maxOpen = false } = range;
  const lowOk = min === undefined || (minOpen ? v > min : v >= min);
  const highOk = max === undefined || (maxOpen ? v < max : v <= max);
  if (!lowOk || !highOk) {
    const parts: string[] = [];
    if (min !== undefined) parts.push(`${minOpen ? ">" : ">="} ${min}`);
    if (max !== undefined) parts.push(`${maxOpen ? "<" : "<="} ${max}`);
    throw new ValueError(fn, arg, `a number ${parts.join(" and ")}`, describe(v));
  }
  return v;
}

/** A whole number, optionally bounded (inclusive). */
export function checkInteger(fn: string, arg: string, value: unknown, range: { min?: number; max?: number } = {}): number {
  const v = checkNumber(fn, arg, value);
  const { min, max } = range;
  if (!Number.isInteger(v) || (min !== undefined && v < min) || (max !== undefined && v > max)) {
    const bounds = [min !== undefined ? `>= ${min}` : "", max !== undefined ? `<= ${max}` : ""].filter(Boolean).join(" and ");
    throw new ValueError(fn, arg, `an integer${bounds ? " " + bounds : ""}`, describe(v));
  }
  return v;
}

/** One of a fixed set of strings. */
export function checkOneOf<T extends string>(fn: string, arg: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== "string" || !allowed.includes(value as T)) {
    throw new ValueError(fn, arg, `one of ${allowed.map((a) => `'${a}'`).join(", ")}`, describe(value));
  }
  return value as T;
}

/** A non-empty array of finite numbers. */
export function checkNumberArray(fn: string, arg: string, value: unknown, opts: { minLength?: number } = {}): number[] {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) {
    throw new InputTypeError(fn, arg, "an array of numbers", describe(value));
  }
  const arr = Array.from(value as ArrayLike<unknown>);
  const minLength = opts.minLength ?? 1;
  if (arr.length < minLength) {
    throw new ShapeError(fn, arg, `an array of at least ${minLength} number${minLength === 1 ? "" : "s"}`,
      arr.length === 0 ? "an empty array" : `an array of length ${arr.length}`);
  }
  arr.forEach((v, i) => {
    if (typeof v !== "number") throw new InputTypeError(fn, `${arg}[${i}]`, "a number", describe(v));
    if (!Number.isFinite(v)) throw new ValueError(fn, `${arg}[${i}]`, "a finite number", describe(v));
  });
  return arr as number[];
}

/** Two arrays or tensors of equal length / shape. */
export function checkSameLength(fn: string, argA: string, a: ArrayLike<unknown>, argB: string, b: ArrayLike<unknown>): void {
  if (a.length !== b.length) {
    throw new ShapeError(fn, argB, `of the same length as '${argA}' (${a.length})`, `length ${b.length}`);
  }
}

/**
 * Converts a tensor-like argument to a float32 (or the given dtype) tensor, with losslab's error on
 * bad input. A tensor passed in is returned as it is (not cloned); a converted one is new.
 */
export function toTensor(fn: string, arg: string, value: unknown, dtype: "float32" | "int32" = "float32"): tf.Tensor {
  if (value instanceof tf.Tensor) {
    if (value.dtype === "string" || value.dtype === "complex64") {
      throw new InputTypeError(fn, arg, "a numeric tensor", describe(value));
    }
    return value.dtype === dtype ? value : tf.cast(value, dtype);
  }
  const ok = typeof value === "number" || Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
  if (!ok) throw new InputTypeError(fn, arg, "a Tensor, a number or an array of numbers", describe(value));
  // checked here, element by element: tf.tensor reads null as 0 and pads ragged arrays silently
  if (Array.isArray(value)) checkNestedNumbers(fn, arg, value);
  return tf.tensor(value as tf.TensorLike, undefined, dtype);
}

function isNumericArray(value: unknown): boolean {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/**
 * A nested array of numbers (or booleans) with every row of one length, checked before tf.tensor
 * sees it; the first offending element is named by its index (`labels[1][2]`). Returns the shape.
 */
export function checkNestedNumbers(fn: string, arg: string, value: unknown[]): number[] {
  if (value.length === 0) return [0];
  const first = value[0];
  const nested = Array.isArray(first) || isNumericArray(first);
  let inner: number[] | undefined;
  value.forEach((v, i) => {
    const at = `${arg}[${i}]`;
    if (!nested) {
      if (typeof v !== "number" && typeof v !== "boolean") throw new InputTypeError(fn, at, "a number", describe(v));
      return;
    }
    if (!Array.isArray(v) && !isNumericArray(v)) throw new ShapeError(fn, at, `a row like '${arg}[0]' (every row of the same length)`, describe(v));
    const shape = Array.isArray(v) ? checkNestedNumbers(fn, at, v) : [(v as ArrayLike<number>).length];
    if (inner === undefined) inner = shape;
    else if (shape.length !== inner.length || shape.some((s, d) => s !== inner![d])) {
      throw new ShapeError(fn, at, `of shape [${inner.join(", ")}] like '${arg}[0]' (a rectangular array)`, `shape [${shape.join(", ")}]`);
    }
  });
  return [value.length, ...(inner ?? [])];
}

/** The tensor's shape equals `shape`; -1 in `shape` matches any size. */
export function checkShape(fn: string, arg: string, t: tf.Tensor, shape: number[], what?: string): void {
  const ok = t.rank === shape.length && shape.every((s, i) => s === -1 || s === t.shape[i]);
  if (!ok) {
    const expected = what ?? `of shape [${shape.map((s) => (s === -1 ? "*" : s)).join(", ")}]`;
    throw new ShapeError(fn, arg, expected, describe(t));
  }
}

/** The tensor has the given rank. */
export function checkRank(fn: string, arg: string, t: tf.Tensor, rank: number | number[]): void {
  const ranks = Array.isArray(rank) ? rank : [rank];
  if (!ranks.includes(t.rank)) {
    throw new ShapeError(fn, arg, `a tensor of rank ${ranks.join(" or ")}`, describe(t));
  }
}

/** Two tensors have the same shape. */
export function checkSameShape(fn: string, argA: string, a: tf.Tensor, argB: string, b: tf.Tensor): void {
  if (a.rank !== b.rank || a.shape.some((s, i) => s !== b.shape[i])) {
    throw new ShapeError(fn, argB, `of the same shape as '${argA}' [${a.shape.join(", ")}]`, describe(b));
  }
}

/** The tensor holds at least one element. */
export function checkNotEmpty(fn: string, arg: string, t: tf.Tensor): void {
  if (t.size === 0) throw new ShapeError(fn, arg, "a non-empty tensor", describe(t));
}

/**
 * Every value is finite and inside [min, max] (and a whole number when `integer`). Reads the tensor,
 * so it is skipped when `validationConfig.valueChecks` is off. Names the first offending index.
 */
export function checkValues(
  fn: string,
  arg: string,
  t: tf.Tensor,
  opts: { min?: number; max?: number; integer?: boolean; what?: string } = {},
): void {
  if (!validationConfig.valueChecks) return;
  const values = t.dataSync();
  const { min = -Infinity, max = Infinity, integer = false } = opts;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const bad = !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v));
    if (bad) {
      const where = t.rank <= 1 ? `[${i}]` : `[${unravel(i, t.shape).join(", ")}]`;
      const range = [
        Number.isFinite(min) ? `>= ${min}` : "",
        Number.isFinite(max) ? `<= ${max}` : "",
      ].filter(Boolean).join(" and ");
      const expected = opts.what ?? `${integer ? "integers" : "finite numbers"}${range ? " " + range : ""}`;
      throw new ValueError(fn, arg, expected, `${describe(v)} at index ${where}`);
    }
  }
}

function unravel(index: number, shape: number[]): number[] {
  const out = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    out[d] = index % shape[d];
    index = Math.floor(index / shape[d]);
  }
  return out;
}
