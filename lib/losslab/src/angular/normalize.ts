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
import * as tf from "../tf";
import { checkBoolean, checkInteger, checkOptions, checkRange, checkValues, toTensor, type OptionNames, type TensorInput } from "../validation";

/** Floor on the squared norm, as in TensorFlow's l2_normalize. */
export const L2_EPSILON = 1e-12;

export interface L2Options {
  /** The axis that holds the vectors' components: -1 (rows of [B, d], default) or 0 (columns of [d, C]). */
  axis?: number;
  /** Floor on the squared norm, > 0. @default 1e-12 */
  epsilon?: number;
}

function checkL2Options(fn: string, t: tf.Tensor, options: L2Options & { keepDims?: boolean }, names: OptionNames): { axis: number; epsilon: number } {
  checkOptions(fn, options, names);
  checkValues(fn, "x", t);
  const { axis = -1, epsilon = L2_EPSILON } = options;
  checkInteger(fn, "axis", axis, { min: -Math.max(t.rank, 1), max: Math.max(t.rank - 1, 0) });
  checkRange(fn, "epsilon", epsilon, { min: 0, minOpen: true });
  return { axis, epsilon };
}

/** ‖x‖_ε along `axis` (kept as a size-1 axis when `keepDims`), finite with a finite gradient at 0. */
export function l2Norm(x: TensorInput, options: L2Options & { keepDims?: boolean } = {}): tf.Tensor {
  return tf.tidy(() => {
    const t = toTensor("l2Norm", "x", x);
    const { axis, epsilon } = checkL2Options("l2Norm", t, options, ["axis?", "epsilon?", "keepDims?"]);
    const keepDims = checkBoolean("l2Norm", "keepDims", options.keepDims ?? false);
    return normsOf(t, axis, keepDims, epsilon);
  });
}

/** x / ‖x‖_ε along `axis`: unit vectors, and the zero vector for a zero vector. */
export function l2Normalize(x: TensorInput, options: L2Options = {}): tf.Tensor {
  return tf.tidy(() => {
    const t = toTensor("l2Normalize", "x", x);
    const { axis, epsilon } = checkL2Options("l2Normalize", t, options, ["axis?", "epsilon?"]);
    return unitVectorsOf(t, axis, epsilon);
  });
}

/** `l2Norm` without the checks, for inputs validated already (the heads' training step). */
export function normsOf(t: tf.Tensor, axis: number, keepDims: boolean, epsilon = L2_EPSILON): tf.Tensor {
  return tf.sqrt(tf.maximum(tf.sum(tf.square(t), axis, keepDims), epsilon));
}

/** `l2Normalize` without the checks, for inputs validated already (the heads' training step). */
export function unitVectorsOf(t: tf.Tensor, axis: number, epsilon = L2_EPSILON): tf.Tensor {
  return tf.mul(t, tf.rsqrt(tf.maximum(tf.sum(tf.square(t), axis, true), epsilon)));
}
