/**
 * The contract between miners and losses, pytorch-metric-learning's "indices tuple", as int32
 * tensors: pairs { a1, p, a2, n } (positive pairs (a1[k], p[k]) and negative pairs (a2[k], n[k])) or
 * triplets { a, p, n }. Any miner's output works with any loss: a pair loss given triplets uses their
 * (a, p) and (a, n) pairs, a triplet loss given pairs joins each positive pair with every negative
 * pair of the same anchor (pml's `convert_to_triplets`).
 *
 * The tensors belong to the caller (dispose them with `disposeIndicesTuple`). Inputs accept int32
 * tensors, Int32Arrays or number arrays.
 */
import * as tf from "../tf";
import { InputTypeError, ShapeError, checkObject, checkSameCount, describe, toIndices, validationConfig } from "../validation";
import type { TripletIndices } from "./types";

export interface PairTuple {
  a1: tf.Tensor1D;
  p: tf.Tensor1D;
  a2: tf.Tensor1D;
  n: tf.Tensor1D;
}

export interface TripletTuple {
  a: tf.Tensor1D;
  p: tf.Tensor1D;
  n: tf.Tensor1D;
}

export type IndicesTuple = PairTuple | TripletTuple;

type IndexList = tf.Tensor | Int32Array | number[];
/** An indices tuple as a caller may pass it. */
export type IndicesTupleInput = { a1: IndexList; p: IndexList; a2: IndexList; n: IndexList } | { a: IndexList; p: IndexList; n: IndexList };

/** Whether an indices tuple holds pairs `{ a1, p, a2, n }` (rather than triplets `{ a, p, n }`). */
export function isPairTuple(t: IndicesTuple): t is PairTuple {
  return "a1" in t;
}

const i32 = (values: ArrayLike<number>) => tf.tensor1d(Int32Array.from(values), "int32");

/** Disposes the tensors of an indices tuple. */
export function disposeIndicesTuple(t: IndicesTuple): void {
  tf.dispose(Object.values(t) as tf.Tensor[]);
}

/** The host copies of an indices tuple's lists (a read-back, for tests and tables). */
export function indicesTupleToArrays(t: IndicesTuple): Record<string, Int32Array> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, (v as tf.Tensor).dataSync() as Int32Array]));
}

/**
 * Every ordered pair i ≠ j: positive if labels agree, negative otherwise, in row-major order (pml's
 * `get_all_pairs_indices`). With `refLabels`, every pair (query i, reference j), i = j included.
 */
export function allPairsIndices(labels: Int32Array, refLabels?: Int32Array): PairTuple {
  const a1: number[] = [], p: number[] = [], a2: number[] = [], n: number[] = [];
  const ref = refLabels ?? labels;
  for (let i = 0; i < labels.length; i++) {
    for (let j = 0; j < ref.length; j++) {
      if (labels[i] !== ref[j]) {
        a2.push(i);
        n.push(j);
      } else if (i !== j || refLabels !== undefined) {
        a1.push(i);
        p.push(j);
      }
    }
  }
  return { a1: i32(a1), p: i32(p), a2: i32(a2), n: i32(n) };
}

/**
 * Every valid triplet, ordered by anchor, positive, negative (pml's `get_all_triplets_indices`); with
 * `refLabels`, positives and negatives are reference rows (the anchor's own index included).
 */
export function allTripletsIndices(labels: Int32Array, refLabels?: Int32Array): TripletTuple {
  const a: number[] = [], p: number[] = [], n: number[] = [];
  const ref = refLabels ?? labels;
  for (let i = 0; i < labels.length; i++) {
    for (let j = 0; j < ref.length; j++) {
      if ((j === i && refLabels === undefined) || ref[j] !== labels[i]) continue;
      for (let k = 0; k < ref.length; k++) {
        if (ref[k] !== labels[i]) {
          a.push(i);
          p.push(j);
          n.push(k);
        }
      }
    }
  }
  return { a: i32(a), p: i32(p), n: i32(n) };
}

/** Triplets as pairs: (a, p) positive and (a, n) negative, one of each per triplet (pml's `convert_to_pairs`). */
export function tripletsToPairs(t: TripletTuple): PairTuple {
  return { a1: t.a.clone(), p: t.p.clone(), a2: t.a.clone(), n: t.n.clone() };
}

/**
 * Pairs as triplets: every positive pair k and negative pair l with a1[k] = a2[l] give (a1[k], p[k],
 * n[l]), ordered by k then l (pml's `convert_to_triplets`). Reads the index lists back (their length
 * depends on the values).
 */
export function pairsToTriplets(t: PairTuple): TripletTuple {
  const a1 = t.a1.dataSync(), p = t.p.dataSync(), a2 = t.a2.dataSync(), n = t.n.dataSync();
  const byAnchor = new Map<number, number[]>();
  a2.forEach((anchor, l) => {
    const list = byAnchor.get(anchor) ?? [];
    list.push(n[l]);
    byAnchor.set(anchor, list);
  });
  const ta: number[] = [], tp: number[] = [], tn: number[] = [];
  a1.forEach((anchor, k) => {
    for (const negative of byAnchor.get(anchor) ?? []) {
      ta.push(anchor);
      tp.push(p[k]);
      tn.push(negative);
    }
  });
  return { a: i32(ta), p: i32(tp), n: i32(tn) };
}

/** An existing miner's triplets (Int32Arrays: `mineBatchHard`, `mineSemiHard`, …) as a triplet tuple. */
export function tripletTupleOf(triplets: TripletIndices): TripletTuple {
  return { a: i32(triplets.anchors), p: i32(triplets.positives), n: i32(triplets.negatives) };
}

/** One list of an indices tuple as an int32 tensor of rows in [0, rows). */
function toIndexTensor(fn: string, arg: string, value: unknown, rows: number): tf.Tensor1D {
  if (value instanceof tf.Tensor) {
    if (value.dtype !== "int32") throw new InputTypeError(fn, arg, "an int32 tensor of row indices", describe(value));
    if (value.rank !== 1) throw new ShapeError(fn, arg, "a 1-D tensor of row indices", describe(value));
    // the range check reads the indices, as every value check does (off with validationConfig.valueChecks)
    if (validationConfig.valueChecks) toIndices(fn, arg, Array.from(value.dataSync()), rows);
    return value.clone() as tf.Tensor1D;
  }
  return i32(toIndices(fn, arg, value, rows));
}

/**
 * A checked copy of an indices tuple for a batch of `rows` rows (row indices in range, lists of equal
 * length, keys { a1, p, a2, n } or { a, p, n }). The copy is the caller's to dispose.
 */
export function toIndicesTuple(fn: string, value: unknown, rows: number, refRows = rows): IndicesTuple {
  const what = "an indices tuple { a1, p, a2, n } (pairs) or { a, p, n } (triplets)";
  checkObject(fn, value, "indicesTuple", what);
  const keys = Object.keys(value as object).sort().join(",");
  const names = keys === "a1,a2,n,p" ? ["a1", "p", "a2", "n"] : keys === "a,n,p" ? ["a", "p", "n"] : undefined;
  if (names === undefined) {
    // the mining functions' { anchors, positives, negatives } (mineBatchHard, mineSemiHard, …): name the converter
    const mined = ["anchors", "positives", "negatives"].every((k) => k in (value as object));
    const hint = mined ? " (a mining function's { anchors, positives, negatives }: convert it with tripletTupleOf(mined))" : "";
    throw new InputTypeError(fn, "indicesTuple", what + hint, `an object with keys { ${keys} }`);
  }
  const out: Record<string, tf.Tensor1D> = {};
  try {
    // anchors index the batch, positives and negatives the references (the batch itself by default)
    for (const k of names) out[k] = toIndexTensor(fn, `indicesTuple.${k}`, (value as Record<string, unknown>)[k], k.startsWith("a") ? rows : refRows);
    const [first, second, third, fourth] = names.map((k) => out[k].shape[0]);
    checkSameCount(fn, `indicesTuple.${names[0]}`, { length: first }, `indicesTuple.${names[1]}`, { length: second });
    if (names.length === 3) checkSameCount(fn, "indicesTuple.a", { length: first }, "indicesTuple.n", { length: third });
    else checkSameCount(fn, "indicesTuple.a2", { length: third }, "indicesTuple.n", { length: fourth });
  } catch (e) {
    tf.dispose(Object.values(out));
    throw e;
  }
  return out as unknown as IndicesTuple;
}
