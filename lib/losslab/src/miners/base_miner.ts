import * as tf from "../tf";
import { DistanceMeasure, toMeasure } from "../distances/measures";
import { ShapeError, checkOptions, describe, toEmbeddings, toLabels, type OptionNames, type TensorInput } from "../validation";
import type { IndicesTuple, PairTuple, TripletTuple } from "./indices_tuple";

/** The measured batch a miner chooses from (host copies). */
export interface MinerBatch {
  /** Query rows N and reference rows M. */
  n: number;
  m: number;
  labels: Int32Array;
  refLabels: Int32Array;
  /** true when the references are the batch itself (no `refEmbeddings`): (i, i) is not a pair. */
  self: boolean;
  /** The distance matrix, [i·m + j] = distance(query i, reference j), as the miner's measure computes it (float32). */
  mat: Float32Array;
}

/** The rows themselves, read back only for miners that need them (else empty), and their size d. */
export interface MinedEmbeddings {
  query: Float32Array;
  ref: Float32Array;
  d: number;
}

const i32 = (v: ArrayLike<number>) => tf.tensor1d(Int32Array.from(v), "int32");

/** Index lists as a pair tuple of int32 tensors. */
export function pairTupleOf(a1: ArrayLike<number>, p: ArrayLike<number>, a2: ArrayLike<number>, n: ArrayLike<number>): PairTuple {
  return { a1: i32(a1), p: i32(p), a2: i32(a2), n: i32(n) };
}

/** Index lists as a triplet tuple of int32 tensors. */
export function tripletTupleFrom(a: ArrayLike<number>, p: ArrayLike<number>, n: ArrayLike<number>): TripletTuple {
  return { a: i32(a), p: i32(p), n: i32(n) };
}

/** Whether query i and reference j form a positive pair (same label, not the same row of one batch). */
export function isPositive(b: MinerBatch, i: number, j: number): boolean {
  return b.labels[i] === b.refLabels[j] && !(b.self && i === j);
}

/** Whether query i and reference j form a negative pair (different labels). */
export function isNegative(b: MinerBatch, i: number, j: number): boolean {
  return b.labels[i] !== b.refLabels[j];
}

/** Checked embeddings and labels, and the references (the batch itself when none are given). */
export function checkReferences(fn: string, embeddings: TensorInput, labels: TensorInput | Int32Array, refEmbeddings?: TensorInput, refLabels?: TensorInput | Int32Array) {
  const e = toEmbeddings(fn, "embeddings", embeddings);
  const y = toLabels(fn, "labels", labels, e.shape[0]);
  if (refEmbeddings === undefined) {
    if (refLabels !== undefined) throw new ShapeError(fn, "refLabels", "no reference labels without 'refEmbeddings'", describe(refLabels));
    return { e, y, r: e, ry: y, self: true };
  }
  const r = toEmbeddings(fn, "refEmbeddings", refEmbeddings);
  if (r.shape[1] !== e.shape[1]) throw new ShapeError(fn, "refEmbeddings", `embeddings of the same size d = ${e.shape[1]} as 'embeddings'`, describe(r));
  if (refLabels === undefined) throw new ShapeError(fn, "refLabels", `${r.shape[0]} labels, one per row of 'refEmbeddings'`, "none");
  const ry = toLabels(fn, "refLabels", refLabels, r.shape[0], "refEmbeddings");
  return { e, y, r, ry, self: false };
}

/**
 * What pytorch-metric-learning's miners share (`BaseMiner`): `miner.mine(embeddings, labels,
 * refEmbeddings?, refLabels?)` checks its arguments, measures the batch with the miner's distance
 * (pml's `ref_emb`/`ref_labels`: the queries against another set, e.g. a `CrossBatchMemory` bank;
 * without them the batch against itself, where a row is never its own positive) and returns an
 * indices tuple of int32 tensors (the caller's to dispose: `disposeIndicesTuple`). Mining is not
 * differentiated: the [N, M] matrix is read back once and the choice is made on the host, in pml's
 * order, identically on every backend.
 */
export abstract class BaseMiner {
  readonly distance: DistanceMeasure;

  protected constructor(readonly fn: string, options: { distance?: DistanceMeasure }, names: OptionNames, defaultDistance: () => DistanceMeasure) {
    checkOptions(fn, options, ["distance?", ...names]);
    this.distance = toMeasure(fn, options.distance, defaultDistance);
  }

  /** Checks a subclass's own options before it fills in fixed ones (an unknown key is named against `names`). */
  static checkOwnOptions(fn: string, options: unknown, names: OptionNames): void {
    checkOptions(fn, options, names);
  }

  /** The tuple chosen from a measured batch (host data in, tensors out). */
  protected abstract select(batch: MinerBatch, embeddings: MinedEmbeddings): IndicesTuple;

  /** Whether `select` needs the embeddings themselves (read back only then). */
  protected needsEmbeddings(): boolean {
    return false;
  }

  /**
   * The pairs or triplets this miner chooses in a batch `embeddings` [N, d] with `labels`, or between
   * the batch (anchors) and `refEmbeddings` [M, d] with `refLabels` (positives and negatives), pml's
   * `miner(embeddings, labels, ref_emb, ref_labels)`. The tensors are the caller's to dispose.
   */
  mine(embeddings: TensorInput, labels: TensorInput | Int32Array, refEmbeddings?: TensorInput, refLabels?: TensorInput | Int32Array): IndicesTuple {
    const { batch, embeddings: e } = this.measure(`${this.fn}.mine`, embeddings, labels, refEmbeddings, refLabels);
    return this.select(batch, e);
  }

  /** The checked, measured batch (host copies; no tensor is left behind). */
  protected measure(fn: string, embeddings: TensorInput, labels: TensorInput | Int32Array, refEmbeddings?: TensorInput, refLabels?: TensorInput | Int32Array): { batch: MinerBatch; embeddings: MinedEmbeddings } {
    let out: { batch: MinerBatch; embeddings: MinedEmbeddings } | undefined;
    tf.tidy(() => {
      const { e, y, r, ry, self } = checkReferences(fn, embeddings, labels, refEmbeddings, refLabels);
      const n = e.shape[0], m = r.shape[0];
      const mat = n === 0 || m === 0 ? new Float32Array(0) : (this.distance.matrix(e, self ? undefined : r).dataSync() as Float32Array);
      const batch: MinerBatch = { n, m, labels: y, refLabels: ry, self, mat };
      const emb = this.needsEmbeddings() ? { query: e.dataSync() as Float32Array, ref: r.dataSync() as Float32Array, d: e.shape[1] } : { query: new Float32Array(0), ref: new Float32Array(0), d: e.shape[1] };
      out = { batch, embeddings: emb };
    });
    return out as unknown as { batch: MinerBatch; embeddings: MinedEmbeddings };
  }
}
