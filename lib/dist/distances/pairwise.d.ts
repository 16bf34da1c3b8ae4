/**
 * The distance matrix of a batch: entry (i, j) is D(aᵢ, bⱼ), for every pair at once. Miners read it to
 * pick pairs and triplets, batch losses gather their D(A, P) and D(A, N) from it, and a histogram of
 * positive vs negative distances starts from it.
 *
 * Squared Euclidean is computed exactly, from the differences aᵢ − bⱼ, when the [N, M, d] block of
 * differences has at most `EXACT_PAIRWISE_LIMIT` elements (every training batch of the course).
 * Larger sets use the expansion ‖a‖² + ‖b‖² − 2a·b (one matrix product, as TensorFlow Addons'
 * `pairwise_distance`), clamped at 0: its absolute error is about 1e-7·(‖a‖² + ‖b‖²) in float32, so two
 * equal rows may come out a hair apart. The diagonal of a batch against itself is exactly 0.
 */
import * as tf from "@tensorflow/tfjs";
import { type TensorInput } from "../validation";
import { type DistanceName } from "./distance";
/** Largest N·M·d computed from explicit differences (4M float32 values, 16 MB). */
export declare const EXACT_PAIRWISE_LIMIT: number;
export interface PairwiseOptions {
    /** A second matrix [M, d]: distances from each row of the first to each of this one. Default: the first (self-distances). */
    other?: TensorInput;
    /** Default "squaredEuclidean" (the notes' D). */
    distance?: DistanceName;
}
/**
 * The distance matrix of validated embeddings, differentiable (no checks; used by miners and batch
 * losses). Without `b`, the batch against itself, diagonal exactly 0.
 */
export declare function distanceMatrix(name: DistanceName, a: tf.Tensor2D, b?: tf.Tensor2D, exactLimit?: number): tf.Tensor2D;
/** All distances between the rows of `a` [N, d] (and of `other` [M, d]): an [N, N] (or [N, M]) matrix. */
export declare function pairwiseDistances(a: TensorInput, options?: PairwiseOptions): tf.Tensor2D;
//# sourceMappingURL=pairwise.d.ts.map