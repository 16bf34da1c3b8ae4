/**
 * Cosines and angles between features and class weights: the quantities every angular-margin loss is
 * written in. With xᵢ the rows of `features` [B, d] and w_j the columns of `weights` [d, C]:
 *
 *   cos θᵢⱼ = x̂ᵢ · ŵⱼ,   θᵢⱼ = arccos(cos θᵢⱼ) ∈ [0, π]
 *
 * Both sides are normalised with `l2Normalize` (a zero feature or weight vector gives cos θ = 0,
 * θ = π/2, with finite gradients) and the angles come from `safeAcos` (exact at 0 and π, bounded
 * gradient there).
 */
import * as tf from "@tensorflow/tfjs";
import { type TensorInput } from "../validation";
/** cos θ [B, C] of validated features x [B, d] and class columns W [d, C] (zero vectors give 0). */
export declare function cosineMatrix(x: tf.Tensor2D, w: tf.Tensor2D): tf.Tensor2D;
/** cos θ [B, C] between each feature row of `features` [B, d] and each class column of `weights` [d, C]. */
export declare function cosines(features: TensorInput, weights: TensorInput): tf.Tensor2D;
/** θ [B, C] in radians, in [0, π], between feature rows and class columns (see `cosines`). */
export declare function angles(features: TensorInput, weights: TensorInput, options?: {
    epsilon?: number;
}): tf.Tensor2D;
//# sourceMappingURL=cosines.d.ts.map