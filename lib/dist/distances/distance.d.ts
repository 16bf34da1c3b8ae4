/**
 * Distances between matching rows of two embedding matrices [N, d] → [N]: the D(·,·) of the
 * contrastive and triplet losses. Like pytorch-metric-learning's `distances/`, a loss or a miner takes
 * the distance by name, so one formula serves all three.
 *
 * - squared Euclidean ‖a − b‖²: the notes' D(A, P) = ‖x_a − x_p‖² (triplet) and the contrastive loss;
 * - Euclidean ‖a − b‖, through `safeSqrt` (gradient 0, not NaN, for identical rows);
 * - cosine distance 1 − cos(a, b) in [0, 2]; a zero vector has cosine 0 with everything (distance 1):
 *   squared norms are clamped at ε = 1e-12 (norms at 1e-6), as PyTorch's `cosine_similarity` does.
 */
import * as tf from "@tensorflow/tfjs";
import { type TensorInput } from "../validation";
export type DistanceName = "euclidean" | "squaredEuclidean" | "cosine";
export declare const DISTANCES: readonly DistanceName[];
/** Clamp of squared norms in the cosine: rows shorter than √ε = 1e-6 count as that long. */
export declare const COSINE_EPSILON = 1e-12;
/** Rows scaled to unit length (a zero row stays zero). No checks: for validated tensors. */
export declare function unitRows(x: tf.Tensor2D): tf.Tensor2D;
/** The row-wise distance of validated [N, d] tensors, without checks (used by losses and miners). */
export declare function rowDistance(name: DistanceName, a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor1D;
/** ‖aᵢ − bᵢ‖ for each row i of two [N, d] matrices; gradient 0 where the rows are equal. */
export declare function euclideanDistance(a: TensorInput, b: TensorInput): tf.Tensor1D;
/** ‖aᵢ − bᵢ‖² for each row i of two [N, d] matrices (the notes' D). */
export declare function squaredEuclideanDistance(a: TensorInput, b: TensorInput): tf.Tensor1D;
/** 1 − cos(aᵢ, bᵢ) for each row i, in [0, 2]; 1 when either row is zero. */
export declare function cosineDistance(a: TensorInput, b: TensorInput): tf.Tensor1D;
/** cos(aᵢ, bᵢ) = aᵢ·bᵢ / (‖aᵢ‖‖bᵢ‖) for each row i, in [−1, 1]; 0 when either row is zero. */
export declare function cosineSimilarity(a: TensorInput, b: TensorInput): tf.Tensor1D;
/** The row-wise distance chosen by name: `distance(a, b, "cosine")`. */
export declare function distance(a: TensorInput, b: TensorInput, name?: DistanceName): tf.Tensor1D;
//# sourceMappingURL=distance.d.ts.map