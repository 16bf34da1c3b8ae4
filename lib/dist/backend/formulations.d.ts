/**
 * Where the fastest way to write a computation differs by TensorFlow.js backend, the choice is made
 * here, once, from measurements (`npm run bench`, section "Formulations": the variants train the
 * reference model side by side in one process, medians of single steps).
 *
 * - Dense layers' backward pass. On wasm a matmul with a transpose flag runs about 12× slower than a
 *   plain one, so `fastDense` transposes explicitly (FACTS.md: a 784-256-128 step 39 → 8.7 ms). On
 *   the native backend transpose flags are free (TensorFlow folds them into the kernel) and the
 *   explicit transposes are two extra ops per layer.
 * - Adam. `FlatAdam` updates all variables as one vector in a third of `tf.train.adam`'s kernels
 *   (135 instead of 214 a step). It was no faster on the native backend (the kernels it saves are
 *   cheap element-wise ones there) and slower on wasm, whose concat and split copies cost more than
 *   the kernels saved; so every backend keeps `tf.train.adam`, and the bench keeps measuring both.
 * - The margin heads' training loss. "host": one op whose [B, C] part (cosines, margin, softmax
 *   cross-entropy and their gradient) runs as float64 loops on the host after reading back ‖x‖², ‖w‖²
 *   and x·W, 11 kernels a step (`fusedMarginLoss`); "tensor": the cosine op and the fused
 *   cross-entropy as tensor ops (`cosineMatrix`, `marginCrossEntropy`), 40–80 kernels, reading back only
 *   the target cosines. On the three CPU-resident backends a kernel costs more than a small readback,
 *   so they use "host"; a GPU backend (where a readback waits for the device) keeps "tensor".
 */
import * as tf from "@tensorflow/tfjs";
export type DenseFormulation = "explicitTranspose" | "transposeFlags";
export type OptimizerFormulation = "adam" | "flatAdam";
export type MarginLossFormulation = "host" | "tensor";
export interface Formulation {
    dense: DenseFormulation;
    optimizer: OptimizerFormulation;
    marginLoss: MarginLossFormulation;
}
/** The formulation chosen for `backend` (default: the active backend). */
export declare function formulationFor(backend?: string): Formulation;
/**
 * Adam with learning rate α as `optimizer` says, by default the faster of `tf.train.adam` and
 * `FlatAdam` on the active backend.
 */
export declare function adamFor(learningRate: number, optimizer?: OptimizerFormulation): tf.Optimizer;
//# sourceMappingURL=formulations.d.ts.map