/**
 * A dense layer y = x·W + b. `fastDense` has the same value and the same gradients as
 * `tf.add(tf.matMul(x, w), b)`, but as one custom op whose backward pass is written out:
 *
 *   dX = dY·Wᵀ,   dW = Xᵀ·dY,   db = Σ_rows dY.
 *
 * Why: TensorFlow.js's own gradient of the weight is one BatchMatMul with `transposeA`, which on the
 * wasm backend runs about 12× slower than a plain product of the same size; it was 25 of the 39 ms of
 * a 784-256-128 training step. With explicit transposes the step took 8.7 ms (shared/FACTS.md). On
 * the native backend the same flags are free, so there the products keep them (`formulationFor`);
 * one custom op instead of a matMul and an add also puts fewer ops on the tape.
 */
import * as tf from "@tensorflow/tfjs";
import { type DenseFormulation } from "../backend/formulations";
/**
 * x·W + b for x [N, in], W [in, out], b [out], with the backward pass written out. No checks (a hot
 * path). With `inputGradient: false` the gradient with respect to x is reported as zeros and not
 * computed: for a first layer fed with data, whose input gradient nobody uses (it would cost as much
 * as dW). `formulation` says how the products with a transposed factor are written (default: the
 * fastest on the active backend, `formulationFor`): "explicitTranspose" (tf.transpose, then a plain
 * matMul: wasm's transpose flags are slow) or "transposeFlags" (free on the native backend).
 */
export declare function fastDense(x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D, options?: {
    inputGradient?: boolean;
    formulation?: DenseFormulation;
}): tf.Tensor2D;
/** x·W + b with TensorFlow.js's own gradients: the reference `fastDense` is tested against. */
export declare function plainDense(x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D): tf.Tensor2D;
//# sourceMappingURL=dense.d.ts.map