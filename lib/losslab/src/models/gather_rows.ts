/**
 * `tf.gather` along the first axis with a gradient that runs on every backend. TensorFlow.js's own
 * gradient of a gather is an UnsortedSegmentSum, a kernel the wasm backend does not have ("Kernel
 * 'UnsortedSegmentSum' not registered for backend 'wasm'"); this one scatters the incoming gradient
 * back with ScatterNd, which sums over repeated indices just the same.
 */
import * as tf from "../tf";

const gatherOp = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [input, indices, save] = args as [tf.Tensor, tf.Tensor1D, tf.GradSaveFunc];
  const shape = input.shape;
  save([indices]);
  return {
    value: tf.gather(input, indices),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => [
      tf.scatterND(tf.expandDims(saved[0], 1), dy, shape),
      tf.zerosLike(saved[0]), // indices are not differentiable
    ],
  };
});

/** Rows `indices` of x ([N, …] → [K, …]); the gradient adds up over repeated rows. No checks (a hot path). */
export function gatherRows<T extends tf.Tensor>(x: T, indices: tf.Tensor1D | Int32Array): T {
  return tf.tidy(() => gatherOp(x, indices instanceof tf.Tensor ? indices : tf.tensor1d(indices, "int32"))) as T;
}
