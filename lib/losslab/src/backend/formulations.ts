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
 * - Gradients of Relu, batch norm and Mean on the native backend (`lean_gradients.ts`, installed when
 *   this module loads): tfjs-core's run 7, about 13 and 3 full-size kernels where 2, 5 and 1 give the
 *   same values. A Conv-4 training step (batch 64) side by side in one process, 2026-12-07, load about
 *   17: 637 → 411 ms (median ratio 0.61 over 12 rounds); the other backends keep tfjs-core's.
 */
import * as tf from "../tf";
import { FlatAdam } from "../optim/flat_adam";
import { installLeanGradients } from "./lean_gradients";
export { installLeanGradients, uninstallLeanGradients } from "./lean_gradients";
export { batchNormTraining, type BatchNormTrainingResult } from "./batch_norm_training";

export type DenseFormulation = "explicitTranspose" | "transposeFlags";
export type OptimizerFormulation = "adam" | "flatAdam";
export type MarginLossFormulation = "host" | "tensor";
export interface Formulation {
  dense: DenseFormulation;
  optimizer: OptimizerFormulation;
  marginLoss: MarginLossFormulation;
}

const BY_BACKEND: Readonly<Record<string, Formulation>> = {
  // npm run bench, 2026-12-01, 2 cores (AMD EPYC), medians of 200 steps side by side:
  // tensorflow: explicit+adam 7.7, explicit+flat 7.1, flags+adam 6.6, flags+flat 6.7 ms
  // wasm:       explicit+adam 10.3, explicit+flat 14.4, flags+adam 48.5, flags+flat 51.4 ms
  // margin loss, 2026-12-02, added to the softmax step, tensor → host (benchmarkHeads, medians of 5 runs on
  // tensorflow, 3 on wasm; load 20-25): tensorflow L-Softmax +26.5 → −7.4 %, A-Softmax +19.9 → −10.0 %,
  // CosFace +11.4 → −6.9 %, ArcFace +13.4 → −8.1 %; wasm +10.2 → −2.9, +16.2 → +4.9, +14.2 → +0.2, +10.9 → −3.0 %;
  // cpu (one run of 20 steps, 1–2 s a step at that load) +17 → +15, +31 → +31, +34 → +10, +3 → −5 %: within its
  // noise, and host runs 67–119 fewer kernels, each a JavaScript loop there
  tensorflow: { dense: "transposeFlags", optimizer: "adam", marginLoss: "host" },
  wasm: { dense: "explicitTranspose", optimizer: "adam", marginLoss: "host" },
  cpu: { dense: "explicitTranspose", optimizer: "adam", marginLoss: "host" },
};
const DEFAULT: Formulation = { dense: "explicitTranspose", optimizer: "adam", marginLoss: "tensor" };

/** The formulation chosen for `backend` (default: the active backend). */
export function formulationFor(backend: string = tf.getBackend()): Formulation {
  // @tensorflow/tfjs's bundle registers tfjs-core's gradients again when it loads (after losslab, if the
  // application imports it later): put the lean ones back (three registry look-ups when they are in place)
  installLeanGradients();
  return BY_BACKEND[backend] ?? DEFAULT;
}

/**
 * Adam with learning rate α as `optimizer` says, by default the faster of `tf.train.adam` and
 * `FlatAdam` on the active backend.
 */
export function adamFor(learningRate: number, optimizer: OptimizerFormulation = formulationFor().optimizer): tf.Optimizer {
  return optimizer === "flatAdam" ? new FlatAdam({ learningRate }) : tf.train.adam(learningRate);
}

// the native backend's lean gradients of Relu, batch norm and Mean (lean_gradients.ts), from the start (and again
// in formulationFor, and when an application's backend selection has loaded a backend)
installLeanGradients();
