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
import * as tf from "@tensorflow/tfjs";
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
export type IndicesTupleInput = {
    a1: IndexList;
    p: IndexList;
    a2: IndexList;
    n: IndexList;
} | {
    a: IndexList;
    p: IndexList;
    n: IndexList;
};
export declare function isPairTuple(t: IndicesTuple): t is PairTuple;
/** Disposes the tensors of an indices tuple. */
export declare function disposeIndicesTuple(t: IndicesTuple): void;
/** The host copies of an indices tuple's lists (a read-back, for tests and tables). */
export declare function indicesTupleToArrays(t: IndicesTuple): Record<string, Int32Array>;
/** Every ordered pair i ≠ j: positive if labels agree, negative otherwise, in row-major order (pml's `get_all_pairs_indices`). */
export declare function allPairsIndices(labels: Int32Array): PairTuple;
/** Every valid triplet, ordered by anchor, positive, negative (pml's `get_all_triplets_indices`). */
export declare function allTripletsIndices(labels: Int32Array): TripletTuple;
/** Triplets as pairs: (a, p) positive and (a, n) negative, one of each per triplet (pml's `convert_to_pairs`). */
export declare function tripletsToPairs(t: TripletTuple): PairTuple;
/**
 * Pairs as triplets: every positive pair k and negative pair l with a1[k] = a2[l] give (a1[k], p[k],
 * n[l]), ordered by k then l (pml's `convert_to_triplets`). Reads the index lists back (their length
 * depends on the values).
 */
export declare function pairsToTriplets(t: PairTuple): TripletTuple;
/** An existing miner's triplets (Int32Arrays: `mineBatchHard`, `mineSemiHard`, …) as a triplet tuple. */
export declare function tripletTupleOf(triplets: TripletIndices): TripletTuple;
/**
 * A checked copy of an indices tuple for a batch of `rows` rows (row indices in range, lists of equal
 * length, keys { a1, p, a2, n } or { a, p, n }). The copy is the caller's to dispose.
 */
export declare function toIndicesTuple(fn: string, value: unknown, rows: number): IndicesTuple;
export {};
//# sourceMappingURL=indices_tuple.d.ts.map