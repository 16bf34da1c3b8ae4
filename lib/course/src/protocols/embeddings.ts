/**
 * What every protocol takes: embeddings (one row an image) plus labels, and a similarity. Embeddings may
 * be a 2-D tensor (read back once, not disposed: the caller owns it), rows (number[][] or Float32Array[]),
 * or a flat block `{ values, dim }` (e.g. images straight from a loader: the raw-pixel baseline). The
 * protocols compute in float64 on plain arrays: episodes and pair scores are small, and the results are
 * plain data. Nothing here knows of a model or a loss.
 *
 * Similarities (larger = more alike): "cosine" is a·b / (‖a‖‖b‖) (a zero row has cosine 0 with
 * everything); "euclidean" is −‖a − b‖, so that one rule (the largest similarity wins) serves both.
 */
import * as tf from "@tensorflow/tfjs";
import { InputTypeError, ShapeError, ValueError } from "losslab";
import { checkOneOf, describe, toLabels } from "losslab/internal";

export type Similarity = "cosine" | "euclidean";
export const SIMILARITIES: readonly Similarity[] = ["cosine", "euclidean"];

/** A flat block of rows: `values.length` = rows · dim. */
export interface EmbeddingBlock {
  values: ArrayLike<number>;
  dim: number;
}

export type EmbeddingsInput = tf.Tensor2D | ArrayLike<number>[] | EmbeddingBlock;

/** Embeddings as float64 rows in one block. */
export interface EmbeddingRows {
  data: Float64Array;
  count: number;
  dim: number;
}

function isBlock(value: unknown): value is EmbeddingBlock {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "values" in value && "dim" in value;
}

/** Checks and copies embeddings into float64 rows; NaN or infinite values are refused, naming the row. */
export function toEmbeddingRows(fn: string, arg: string, value: unknown): EmbeddingRows {
  let data: Float64Array;
  let dim: number;
  if (value instanceof tf.Tensor) {
    if (value.rank !== 2) throw new ShapeError(fn, arg, "a 2-D tensor [N, d] (one row an embedding)", describe(value));
    dim = value.shape[1] as number;
    data = Float64Array.from(value.dataSync() as Float32Array);
  } else if (isBlock(value)) {
    const { values } = value;
    if (!Number.isInteger(value.dim) || value.dim < 1) throw new ValueError(fn, `${arg}.dim`, "an integer >= 1", describe(value.dim));
    if (!ArrayBuffer.isView(values) && !Array.isArray(values)) throw new InputTypeError(fn, `${arg}.values`, "an array or typed array of numbers", describe(values));
    if (values.length % value.dim !== 0) throw new ShapeError(fn, `${arg}.values`, `a length that is a multiple of dim = ${value.dim}`, `${values.length}`);
    dim = value.dim;
    data = Float64Array.from(values as ArrayLike<number>);
  } else if (Array.isArray(value)) {
    if (value.length === 0) throw new ShapeError(fn, arg, "at least one row", "none");
    const first = value[0];
    if (first === null || typeof first !== "object" || typeof (first as ArrayLike<number>).length !== "number") {
      throw new InputTypeError(fn, `${arg}[0]`, "a row of numbers (an array or typed array)", describe(first));
    }
    dim = (first as ArrayLike<number>).length;
    if (dim < 1) throw new ShapeError(fn, `${arg}[0]`, "a row of at least one number", "an empty row");
    data = new Float64Array(value.length * dim);
    value.forEach((row, i) => {
      if (row === null || typeof row !== "object" || (row as ArrayLike<number>).length !== dim) {
        throw new ShapeError(fn, `${arg}[${i}]`, `a row of ${dim} numbers like row 0`, describe(row));
      }
      for (let k = 0; k < dim; k++) data[i * dim + k] = (row as ArrayLike<number>)[k];
    });
  } else {
    throw new InputTypeError(fn, arg, "a 2-D tensor, an array of rows, or a block { values, dim }", describe(value));
  }
  for (let k = 0; k < data.length; k++) {
    if (!Number.isFinite(data[k])) throw new ValueError(fn, arg, "finite numbers", `${data[k]} in row ${Math.floor(k / dim)}`);
  }
  if (data.length === 0) throw new ShapeError(fn, arg, "at least one row", "none");
  return { data, count: data.length / dim, dim };
}

/** Labels (integers ≥ 0), one per embedding row. */
export function toRowLabels(fn: string, arg: string, value: unknown, count: number): Int32Array {
  return toLabels(fn, arg, value, count);
}

export function checkSimilarity(fn: string, value: unknown): Similarity {
  return checkOneOf(fn, "similarity", value, SIMILARITIES);
}

/** Similarity of row i of `a` and row j of `b` (both of width dim). */
export function similarityOf(similarity: Similarity, a: Float64Array, i: number, b: Float64Array, j: number, dim: number): number {
  const ai = i * dim;
  const bj = j * dim;
  if (similarity === "euclidean") {
    let s = 0;
    for (let k = 0; k < dim; k++) {
      const d = a[ai + k] - b[bj + k];
      s += d * d;
    }
    return -Math.sqrt(s);
  }
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < dim; k++) {
    dot += a[ai + k] * b[bj + k];
    na += a[ai + k] * a[ai + k];
    nb += b[bj + k] * b[bj + k];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Index of the largest value; ties go to the first (numpy's argmax). */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k] > values[best]) best = k;
  return best;
}
