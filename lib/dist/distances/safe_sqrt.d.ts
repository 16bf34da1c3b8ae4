/**
 * √x with a usable gradient at 0. The plain derivative 1/(2√x) is infinite at x = 0, so a pair of
 * identical embeddings would turn every gradient in the batch into NaN (0·∞). Here the gradient at
 * x = 0 is 0 (the sub-gradient TensorFlow Addons' pairwise distance also uses), and 1/(2√x) elsewhere.
 */
import * as tf from "@tensorflow/tfjs";
import { type TensorInput } from "../validation";
/**
 * Element-wise √x (x < 0, from rounding, is read as 0: a documented clamp); the gradient at 0 is 0.
 * NaN and infinite values are refused (a value check).
 */
export declare function safeSqrt(x: TensorInput): tf.Tensor;
/** `safeSqrt` without the checks, for tensors computed from validated inputs (distances in a training step). */
export declare function safeSqrtOf(x: tf.Tensor): tf.Tensor;
//# sourceMappingURL=safe_sqrt.d.ts.map