/**
 * L2 norms and L2 normalisation that stay finite at the zero vector.
 *
 *   ‖x‖_ε = √(max(Σ xᵢ², ε)),   x̂ = x / ‖x‖_ε
 *
 * The plain norm √(Σ xᵢ²) has an infinite derivative at x = 0, so one all-zero feature row (a dead
 * ReLU layer, a padded sample) would make every gradient NaN. With the floor ε on the squared norm
 * (ε = 1e-12 as in TensorFlow's `tf.math.l2_normalize`) the zero vector normalises to the zero vector,
 * its norm is √ε = 1e-6, and both gradients are finite: ∂‖x‖_ε/∂x = 0 and ∂x̂/∂x = I/√ε there.
 * Away from 0 (‖x‖ > 1e-6) the values are the exact norm and unit vector.
 *
 * Layouts: features are rows [B, d] (axis -1); the weights of a head are columns [d, C] (axis 0),
 * the layout of a dense layer's kernel, so `x · W` gives the logits.
 */
import * as tf from "@tensorflow/tfjs";
import { type TensorInput } from "../validation";
/** Floor on the squared norm, as in TensorFlow's l2_normalize. */
export declare const L2_EPSILON = 1e-12;
export interface L2Options {
    /** The axis that holds the vectors' components: -1 (rows of [B, d], default) or 0 (columns of [d, C]). */
    axis?: number;
    /** Floor on the squared norm, > 0. @default 1e-12 */
    epsilon?: number;
}
/** ‖x‖_ε along `axis` (kept as a size-1 axis when `keepDims`), finite with a finite gradient at 0. */
export declare function l2Norm(x: TensorInput, options?: L2Options & {
    keepDims?: boolean;
}): tf.Tensor;
/** x / ‖x‖_ε along `axis`: unit vectors, and the zero vector for a zero vector. */
export declare function l2Normalize(x: TensorInput, options?: L2Options): tf.Tensor;
/** `l2Norm` without the checks, for inputs validated already (the heads' training step). */
export declare function normsOf(t: tf.Tensor, axis: number, keepDims: boolean, epsilon?: number): tf.Tensor;
/** `l2Normalize` without the checks, for inputs validated already (the heads' training step). */
export declare function unitVectorsOf(t: tf.Tensor, axis: number, epsilon?: number): tf.Tensor;
//# sourceMappingURL=normalize.d.ts.map