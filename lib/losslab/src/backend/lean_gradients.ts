/**
 * Leaner gradients for three of TensorFlow.js's kernels on the native backend, where every full-size
 * element-wise kernel of a convolutional network costs milliseconds (a [64, 28, 28, 64] tensor is
 * 3.2 M numbers). Same values, fewer kernels over the large tensor:
 *
 * - Relu: tfjs-core's gradient is dy·step(x), and tfjs-node's Step kernel is six kernels (isNaN,
 *   greater, ones, fill, two selects), so dy·step(x) is seven full-size kernels. Here: dy·sign(y) with
 *   y = relu(x), two. On the native backend sign(relu(x)) equals step(x) everywhere, NaN (NaN),
 *   −0, ±∞ and denormals included (tested); on wasm sign(NaN) is 0, so the other backends keep
 *   tfjs-core's gradient.
 * - FusedBatchNorm (`tf.batchNorm`, and tf.layers' batch normalisation): tfjs-core's gradient tiles
 *   rsqrt(var) to the input's size and runs about 13 full-size kernels; here, with k = γ/√(var + ε)
 *   and the sums over the batch and spatial axes, dx = dy·k, doffset = Σdy, dscale = Σdy(x − μ)·
 *   /√(var + ε), dμ = −k·Σdy, dvar = −½·k/(var + ε)·Σdy(x − μ): five full-size kernels.
 * - Mean (used by `tf.moments` for batch statistics): tfjs-core's gradient multiplies dy by a tensor
 *   of ones of the input's size and divides (three kernels); here dy/N broadcast (one).
 *
 * Installed once, when losslab loads (`installLeanGradients`), for every backend: on a backend other
 * than "tensorflow" each gradient hands over to tfjs-core's own. `tf.registerGradient` is global, so a
 * model the application builds itself gets these gradients too; tests compare them with tfjs-core's
 * at normal and extreme inputs.
 */
import * as tf from "../tf";

const NATIVE = "tensorflow";

type GradFunc = tf.GradConfig["gradFunc"];

/** tfjs-core's gradient of `kernel` as registered before losslab replaced it (for other backends and tests). */
const ORIGINAL = new Map<string, tf.GradConfig>();

function reductionAxes(rank: number, channelsLast: number): number[] {
  return Array.from({ length: rank }, (_, i) => i).filter((i) => i !== channelsLast);
}

const reluGrad: GradFunc = (dys, saved, attrs) => {
  const dy = dys as tf.Tensor;
  const [x, y] = saved;
  if (tf.getBackend() !== NATIVE) return ORIGINAL.get("Relu")!.gradFunc(dys, [x], attrs);
  return { x: () => tf.mul(dy, tf.sign(y)) };
};

const batchNormGrad: GradFunc = (dys, saved, attrs) => {
  const dy = dys as tf.Tensor;
  const [x, mean, variance, scale] = saved;
  if (tf.getBackend() !== NATIVE || mean.rank !== 1 || x.rank < 2) return ORIGINAL.get("FusedBatchNorm")!.gradFunc(dys, saved, attrs);
  const { varianceEpsilon } = attrs as unknown as { varianceEpsilon: number };
  const axes = reductionAxes(x.rank, x.rank - 1);
  const inv = tf.rsqrt(tf.add(variance, varianceEpsilon));
  const k = scale == null ? inv : tf.mul(inv, scale);
  // the two sums every input's gradient shares, made here (each closure below runs in a tidy of its own)
  const sdy = tf.sum(dy, axes);
  const sdyx = tf.sum(tf.mul(dy, tf.sub(x, mean)), axes);
  return {
    x: () => tf.mul(dy, k),
    mean: () => tf.neg(tf.mul(k, sdy)),
    variance: () => tf.mul(tf.mul(tf.mul(k, tf.square(inv)), -0.5), sdyx),
    scale: () => tf.mul(sdyx, inv),
    offset: () => tf.clone(sdy),
  };
};

const meanGrad: GradFunc = (dys, saved, attrs) => {
  const dy = dys as tf.Tensor;
  const [x] = saved;
  if (tf.getBackend() !== NATIVE) return ORIGINAL.get("Mean")!.gradFunc(dys, saved, attrs);
  const axes = tf.util.parseAxisParam((attrs as unknown as { axis: number | number[] }).axis, x.shape);
  const expanded = x.shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const n = axes.reduce((p, a) => p * x.shape[a], 1);
  return { x: () => tf.broadcastTo(tf.div(tf.reshape(dy, expanded), n), x.shape) };
};

const LEAN: tf.GradConfig[] = [
  { kernelName: "Relu", inputsToSave: ["x"], outputsToSave: [true], gradFunc: reluGrad },
  { kernelName: "FusedBatchNorm", inputsToSave: ["x", "mean", "variance", "scale"], gradFunc: batchNormGrad },
  { kernelName: "Mean", inputsToSave: ["x"], gradFunc: meanGrad },
];

/** Registers the lean gradients (idempotent). Called when losslab loads. */
export function installLeanGradients(): void {
  for (const config of LEAN) {
    const current = tf.getGradient(config.kernelName);
    if (current === config) continue;
    if (!ORIGINAL.has(config.kernelName) && current !== undefined) ORIGINAL.set(config.kernelName, current);
    tf.registerGradient(config);
  }
}

/** Puts tfjs-core's own gradients back (for side-by-side measurements and tests); `installLeanGradients` re-installs. */
export function uninstallLeanGradients(): void {
  for (const [, config] of ORIGINAL) tf.registerGradient(config);
}
