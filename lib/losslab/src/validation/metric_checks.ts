/**
 * Checks shared by the metric-learning pieces (distances, contrastive and triplet losses, miners,
 * verification): embeddings as an [N, d] matrix, class labels one per row, index lists into a batch.
 * Same rules as `checks.ts`: the error names the function and the argument, one error type per kind.
 */
import * as tf from "../tf";
import { InputTypeError, ShapeError, ValueError, describe } from "./errors";
import { checkRank, checkValues, toTensor } from "./checks";

/**
 * A float32 matrix of embeddings, one row per sample: [N, d] with d ≥ 1 and finite values (N may be
 * 0: an empty batch gives empty results, and a loss over it a differentiable zero). A float32 tensor
 * passed in is returned as it is; anything else is converted (the caller owns the result then).
 */
export function toEmbeddings(fn: string, arg: string, value: unknown): tf.Tensor2D {
  const t = toTensor(fn, arg, value);
  checkRank(fn, arg, t, 2);
  if ((t.shape[1] ?? 0) < 1) throw new ShapeError(fn, arg, "a matrix [N, d] with d >= 1", describe(t));
  checkValues(fn, arg, t);
  return t as tf.Tensor2D;
}

/** Two embedding matrices with the same number of rows and the same dimension d. */
export function checkPairedEmbeddings(fn: string, argA: string, a: tf.Tensor, argB: string, b: tf.Tensor): void {
  if (a.shape[1] !== b.shape[1]) {
    throw new ShapeError(fn, argB, `embeddings of the same size d = ${a.shape[1]} as '${argA}'`, describe(b));
  }
  if (a.shape[0] !== b.shape[0]) {
    throw new ShapeError(fn, argB, `as many rows as '${argA}' (${a.shape[0]})`, describe(b));
  }
}

/** Two views [N, d] of the same N inputs (`embeddings`, `refEmbeddings`): each checked, then paired. */
export function toViews(fn: string, embeddings: unknown, refEmbeddings: unknown): [tf.Tensor2D, tf.Tensor2D] {
  const z = toEmbeddings(fn, "embeddings", embeddings);
  const zr = toEmbeddings(fn, "refEmbeddings", refEmbeddings);
  checkPairedEmbeddings(fn, "embeddings", z, "refEmbeddings", zr);
  return [z, zr];
}

/** Reads a list of numbers from a tensor, a typed array or a (flat) array. */
function readList(fn: string, arg: string, value: unknown): ArrayLike<number> {
  if (value instanceof tf.Tensor) {
    if (value.rank !== 1) throw new ShapeError(fn, arg, "a 1-D list", describe(value));
    if (value.dtype === "string" || value.dtype === "complex64") {
      throw new InputTypeError(fn, arg, "a numeric tensor", describe(value));
    }
    return value.dataSync() as ArrayLike<number>;
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return value as unknown as ArrayLike<number>;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      if (typeof v !== "number" && typeof v !== "boolean") {
        throw new InputTypeError(fn, `${arg}[${i}]`, "a number", describe(v));
      }
    });
    return value.map(Number);
  }
  throw new InputTypeError(fn, arg, "an array, a typed array or a 1-D tensor of integers", describe(value));
}

/** Integers of a list, each in [min, max] (int32 bounds), as a new Int32Array; the first offending index is named. */
function toIntegers(fn: string, arg: string, list: ArrayLike<number>, min: number, max: number, what: string): Int32Array {
  const out = list instanceof Int32Array ? list.slice() : new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    // (v | 0) === v: an integer in the int32 range (false for NaN, ±Infinity and fractions)
    if ((v | 0) !== v || v < min || v > max) {
      throw new ValueError(fn, arg, what, `${describe(v)} at index [${i}]`);
    }
    out[i] = v;
  }
  return out;
}

/**
 * Class labels (any integers, one per sample) as an Int32Array; with `n`, exactly n of them
 * (one per row of the embeddings named `rowsOf`).
 */
export function toLabels(fn: string, arg: string, value: unknown, n?: number, rowsOf = "embeddings"): Int32Array {
  const list = readList(fn, arg, value);
  if (n !== undefined && list.length !== n) {
    throw new ShapeError(fn, arg, `${n} labels, one per row of '${rowsOf}'`, `${list.length}`);
  }
  return toIntegers(fn, arg, list, -(2 ** 31), 2 ** 31 - 1, "integer class labels");
}

/** Row indices into a batch of n rows: integers in [0, n). */
export function toIndices(fn: string, arg: string, value: unknown, n: number): Int32Array {
  const list = readList(fn, arg, value);
  return toIntegers(fn, arg, list, 0, n - 1, `row indices, integers >= 0 and < ${n}`);
}

/** Lists that must be as long as each other (the three index lists of triplets, scores and labels). */
export function checkSameCount(fn: string, argA: string, a: ArrayLike<unknown>, argB: string, b: ArrayLike<unknown>): void {
  if (a.length !== b.length) {
    throw new ShapeError(fn, argB, `as many entries as '${argA}' (${a.length})`, `${b.length}`);
  }
}
