/**
 * `tf.gather` along the first axis with a gradient that runs on every backend. TensorFlow.js's own
 * gradient of a gather is an UnsortedSegmentSum, a kernel the wasm backend does not have ("Kernel
 * 'UnsortedSegmentSum' not registered for backend 'wasm'"); this one scatters the incoming gradient
 * back with ScatterNd, which sums over repeated indices just the same.
 */
import * as tf from "@tensorflow/tfjs";
/** Rows `indices` of x ([N, …] → [K, …]); the gradient adds up over repeated rows. No checks (a hot path). */
export declare function gatherRows<T extends tf.Tensor>(x: T, indices: tf.Tensor1D | Int32Array): T;
//# sourceMappingURL=gather_rows.d.ts.map