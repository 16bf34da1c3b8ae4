/**
 * Batch normalisation in training mode (batch statistics over every axis but the last, channels
 * last) as two kernels on the native backend: TensorFlow's `FusedBatchNormV3` with `is_training`
 * (statistics and normalisation in one pass) and `FusedBatchNormGradV3` (dx, dγ, dβ in one). tfjs-node
 * calls `FusedBatchNorm` only in inference mode, so `tf.moments` followed by `tf.batchNorm` (what
 * tf.layers' BatchNormalization runs) takes about ten full-size kernels forward and backward. A Conv-4
 * step written each way, side by side: 0.60× the time (README, Timings). On the other backends the
 * same function runs `tf.moments` and `tf.batchNorm`.
 *
 * y = γ·(x − μ)/√(σ² + ε) + β, with μ and σ² (biased) the batch's mean and variance per channel. The
 * gradient flows through y (including through μ and σ²); the returned `mean` and `variance` are
 * constants for the caller's moving averages (no gradient flows through them).
 */
import * as tf from "../tf";
import { checkRange, checkRank, describe, ShapeError } from "../validation";

const FORWARD = "LosslabBatchNormTraining";
const BACKWARD = "LosslabBatchNormTrainingGrad";

type NativeBackend = {
  binding: { TF_ATTR_FLOAT: number; TF_ATTR_STRING: number; TF_ATTR_BOOL: number; TF_ATTR_TYPE: number; TF_FLOAT: number };
  executeMultipleOutputs(name: string, attrs: unknown[], inputs: tf.TensorInfo[], outputs: number): tf.TensorInfo[];
};

function attrs(backend: NativeBackend, epsilon: number): unknown[] {
  const b = backend.binding;
  return [
    { name: "T", type: b.TF_ATTR_TYPE, value: b.TF_FLOAT },
    { name: "U", type: b.TF_ATTR_TYPE, value: b.TF_FLOAT },
    { name: "epsilon", type: b.TF_ATTR_FLOAT, value: epsilon },
    { name: "data_format", type: b.TF_ATTR_STRING, value: "NHWC" },
    { name: "is_training", type: b.TF_ATTR_BOOL, value: true },
  ];
}

/** The value of t, with no gradient flowing back through it (tfjs has no stopGradient). */
const constant = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => ({
  value: tf.clone(args[0] as tf.Tensor),
  gradFunc: (dy: tf.Tensor) => tf.zerosLike(dy),
})) as (t: tf.Tensor) => tf.Tensor;

let registered = false;

/** Registers the two native kernels and the forward one's gradient (once; only where the native backend is). */
function registerNative(): void {
  if (registered) return;
  registered = true;
  tf.registerKernel({
    kernelName: FORWARD,
    backendName: "tensorflow",
    kernelFunc: ({ inputs, backend, attrs: a }) => {
      const { x, scale, offset, empty } = inputs as Record<string, tf.TensorInfo>;
      const native = backend as unknown as NativeBackend;
      const factor = { name: "exponential_avg_factor", type: native.binding.TF_ATTR_FLOAT, value: 1 };
      // outputs: y, batch mean, batch variance (Bessel-corrected), three reserve spaces for the gradient
      return native.executeMultipleOutputs("FusedBatchNormV3", [...attrs(native, (a as { epsilon: number }).epsilon), factor], [x, scale, offset, empty, empty], 6);
    },
  });
  tf.registerKernel({
    kernelName: BACKWARD,
    backendName: "tensorflow",
    kernelFunc: ({ inputs, backend, attrs: a }) => {
      const { dy, x, scale, r1, r2, r3 } = inputs as Record<string, tf.TensorInfo>;
      const native = backend as unknown as NativeBackend;
      const out = native.executeMultipleOutputs("FusedBatchNormGradV3", attrs(native, (a as { epsilon: number }).epsilon), [dy, x, scale, r1, r2, r3], 5);
      // dx, dγ, dβ; the last two outputs are placeholders
      const own = backend as unknown as { disposeData(id: object): void };
      own.disposeData(out[3].dataId);
      own.disposeData(out[4].dataId);
      return out.slice(0, 3);
    },
  });
  tf.registerGradient({
    kernelName: FORWARD,
    inputsToSave: ["x", "scale"],
    outputsToSave: [false, false, false, true, true, true],
    gradFunc: (dys, saved, a) => {
      const dy = Array.isArray(dys) ? dys[0] : dys;
      const [x, scale, r1, r2, r3] = saved;
      const [dx, dscale, doffset] = tf.engine().runKernel(BACKWARD, { dy, x, scale, r1, r2, r3 } as unknown as tf.NamedTensorMap, a) as tf.Tensor[];
      return { x: () => dx, scale: () => dscale, offset: () => doffset, empty: () => tf.zeros([0]) };
    },
  });
}

export interface BatchNormTrainingResult<T extends tf.Tensor> {
  /** The normalised, scaled and shifted input. */
  y: T;
  /** The batch's mean per channel (a constant: no gradient flows through it). */
  mean: tf.Tensor1D;
  /** The batch's biased variance per channel (a constant). */
  variance: tf.Tensor1D;
}

/**
 * Batch normalisation of `x` (rank 2 [N, C] or 4 [N, H, W, C]) with its own batch statistics, scale
 * `gamma` [C] and offset `beta` [C]; `epsilon` (default 1e-3, as tf.layers') is added to the variance.
 */
export function batchNormTraining<T extends tf.Tensor2D | tf.Tensor4D>(x: T, gamma: tf.Tensor1D, beta: tf.Tensor1D, epsilon = 1e-3): BatchNormTrainingResult<T> {
  const fn = "batchNormTraining";
  if (!(x instanceof tf.Tensor) || (x.rank !== 2 && x.rank !== 4)) throw new ShapeError(fn, "x", "a tensor [N, C] or [N, H, W, C]", describe(x));
  const c = x.shape[x.rank - 1];
  if (!(gamma instanceof tf.Tensor)) throw new ShapeError(fn, "gamma", `a vector of ${c} scales`, describe(gamma));
  if (!(beta instanceof tf.Tensor)) throw new ShapeError(fn, "beta", `a vector of ${c} offsets`, describe(beta));
  checkRank(fn, "gamma", gamma, 1);
  checkRank(fn, "beta", beta, 1);
  if (gamma.shape[0] !== c) throw new ShapeError(fn, "gamma", `a vector of ${c} scales, one per channel of x`, describe(gamma));
  if (beta.shape[0] !== c) throw new ShapeError(fn, "beta", `a vector of ${c} offsets, one per channel of x`, describe(beta));
  checkRange(fn, "epsilon", epsilon, { min: 0, minOpen: true });
  const n = x.size / c;
  if (n < 2) throw new ShapeError(fn, "x", "at least two values per channel (a batch variance needs them)", describe(x));
  if (tf.getBackend() !== "tensorflow") {
    return tf.tidy(() => {
      const axes = x.rank === 4 ? [0, 1, 2] : [0];
      const { mean, variance } = tf.moments(x, axes);
      const y = tf.batchNorm(x, mean, variance, beta, gamma, epsilon) as T;
      return { y, mean: constant(mean) as tf.Tensor1D, variance: constant(variance) as tf.Tensor1D };
    });
  }
  registerNative();
  return tf.tidy(() => {
    const x4 = x.rank === 4 ? x : tf.reshape(x, [x.shape[0], 1, 1, c]);
    const empty = tf.zeros([0]);
    const [y4, mean, corrected] = tf.engine().runKernel(FORWARD, { x: x4, scale: gamma, offset: beta, empty } as unknown as tf.NamedTensorMap, { epsilon } as unknown as tf.NamedAttrMap) as tf.Tensor[];
    const y = (x.rank === 4 ? y4 : tf.reshape(y4, x.shape)) as T;
    // TensorFlow's batch variance is Bessel-corrected (for its running average): the biased one is (n − 1)/n of it
    const variance = tf.mul(constant(corrected), (n - 1) / n) as tf.Tensor1D;
    return { y, mean: constant(mean) as tf.Tensor1D, variance };
  });
}
