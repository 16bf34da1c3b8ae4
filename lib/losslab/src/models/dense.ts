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
import * as tf from "../tf";
import { formulationFor, type DenseFormulation } from "../backend/formulations";

function denseOp(inputGradient: boolean, transposeFlags: boolean) {
  return tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [x, w, b, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D, tf.GradSaveFunc];
    save([x, w]);
    return {
      value: tf.add(tf.matMul(x, w), b),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xs, ws] = saved as [tf.Tensor2D, tf.Tensor2D];
        const d = dy as tf.Tensor2D;
        const dw = transposeFlags ? tf.matMul(xs, d, true, false) : tf.matMul(tf.transpose(xs), d);
        const dx = !inputGradient ? tf.zerosLike(xs) : transposeFlags ? tf.matMul(d, ws, false, true) : tf.matMul(d, tf.transpose(ws));
        return [dx, dw, tf.sum(d, 0)];
      },
    };
  });
}

/** The four custom ops: [inputGradient][transposeFlags]. */
const OPS = [
  [denseOp(false, false), denseOp(false, true)],
  [denseOp(true, false), denseOp(true, true)],
];

/**
 * x·W + b for x [N, in], W [in, out], b [out], with the backward pass written out. No checks (a hot
 * path). With `inputGradient: false` the gradient with respect to x is reported as zeros and not
 * computed: for a first layer fed with data, whose input gradient nobody uses (it would cost as much
 * as dW). `formulation` says how the products with a transposed factor are written (default: the
 * fastest on the active backend, `formulationFor`): "explicitTranspose" (tf.transpose, then a plain
 * matMul: wasm's transpose flags are slow) or "transposeFlags" (free on the native backend).
 */
export function fastDense(
  x: tf.Tensor2D,
  w: tf.Tensor2D,
  b: tf.Tensor1D,
  options: { inputGradient?: boolean; formulation?: DenseFormulation } = {},
): tf.Tensor2D {
  const flags = (options.formulation ?? formulationFor().dense) === "transposeFlags";
  return OPS[options.inputGradient === false ? 0 : 1][flags ? 1 : 0](x, w, b) as tf.Tensor2D;
}

/** x·W + b with TensorFlow.js's own gradients: the reference `fastDense` is tested against. */
export function plainDense(x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D): tf.Tensor2D {
  return tf.add(tf.matMul(x, w), b);
}

