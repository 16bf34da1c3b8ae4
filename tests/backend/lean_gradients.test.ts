/**
 * The lean gradients of Relu, FusedBatchNorm (tf.batchNorm) and Mean (lib/losslab/src/backend/lean_gradients.ts)
 * against tfjs-core's own (the reference: TensorFlow.js autograd with losslab's gradients taken out), at
 * normal and extreme inputs, on every backend (off the native backend they hand over to tfjs-core's).
 */
import { tf, formulationFor, installLeanGradients, uninstallLeanGradients, Rng } from "losslab";

const rng = new Rng(11);
const normal = (n: number, scale = 1) => Float32Array.from({ length: n }, () => rng.normal() * scale);

/** Gradients of f with tfjs-core's gradients and with the lean ones, as arrays; the lean ones stay installed. */
function both(f: (...xs: tf.Tensor[]) => tf.Scalar, xs: tf.Tensor[]): { reference: Float32Array[]; lean: Float32Array[] } {
  const grads = () => tf.tidy(() => tf.grads(f)(xs).map((g) => g.dataSync() as Float32Array));
  uninstallLeanGradients();
  try {
    return { reference: grads(), lean: (installLeanGradients(), grads()) };
  } finally {
    installLeanGradients();
  }
}

/** Largest |a − b| / (|b| + floor) over the entries; NaN where one is NaN and the other not. */
function relativeError(a: Float32Array, b: Float32Array, floor: number): number {
  let worst = 0;
  a.forEach((v, i) => {
    if (Number.isNaN(v) !== Number.isNaN(b[i])) worst = NaN;
    else if (!Number.isNaN(v) && v !== b[i]) worst = Math.max(worst, Math.abs(v - b[i]) / (Math.abs(b[i]) + floor));
  });
  return worst;
}

describe("lean gradients", () => {
  it("are the registered gradients once losslab has loaded (installing twice changes nothing)", () => {
    const relu = tf.getGradient("Relu");
    installLeanGradients();
    expect(tf.getGradient("Relu")).toBe(relu);
    expect(relu.outputsToSave).toEqual([true]);
    uninstallLeanGradients();
    expect(tf.getGradient("Relu")).not.toBe(relu);
    installLeanGradients();
    expect(tf.getGradient("Relu")).toBe(relu);
  });

  it("come back when something registers tfjs-core's again (the @tensorflow/tfjs bundle does when it loads) and formulationFor runs", () => {
    const relu = tf.getGradient("Relu");
    uninstallLeanGradients();
    formulationFor();
    expect(tf.getGradient("Relu")).toBe(relu);
  });

  it("Relu: the same gradient as tfjs-core's, bit for bit, at NaN, ±∞, ±0, denormals and ordinary values", () => {
    const x = tf.tensor1d([NaN, -Infinity, Infinity, -0, 0, 1e-30, -1e-30, 1e-45, 3, -3, ...normal(40)]);
    const w = tf.tensor1d(normal(50));
    const { reference, lean } = both((a, b) => tf.sum(tf.mul(tf.relu(a), b)), [x, w]);
    expect(Array.from(lean[0])).toEqual(Array.from(reference[0]));
    expect(Array.from(lean[1])).toEqual(Array.from(reference[1]));
    expect(Number.isNaN(lean[0][0])).toBe(true);
    tf.dispose([x, w]);
  });

  it("Mean: the same gradient as tfjs-core's over any axes", () => {
    const x = tf.tensor4d(normal(2 * 3 * 4 * 5), [2, 3, 4, 5]);
    const r = tf.tensor1d(normal(5));
    for (const axes of [[0, 1, 2], [1], [3], [0, 3]]) {
      const { reference, lean } = both((a) => tf.sum(tf.mul(tf.mean(a, axes, true), tf.reshape(r, [1, 1, 1, 5]).slice([0, 0, 0, 0], [1, 1, 1, axes.includes(3) ? 1 : 5]))), [x]);
      expect(relativeError(lean[0], reference[0], 1e-6)).toBeLessThan(1e-6);
    }
    tf.dispose([x, r]);
  });

  describe.each([
    ["ordinary", 1, 1e-3],
    ["large", 1e4, 1e-3],
    ["tiny, variance below ε", 1e-4, 1e-3],
  ])("batch norm with batch statistics (tf.moments, then tf.batchNorm), %s inputs", (_, scale, eps) => {
    it("gives every input (x, γ, β) the gradient tfjs-core gives, to float32 rounding", () => {
      const x = tf.tensor4d(normal(4 * 5 * 5 * 6, scale as number), [4, 5, 5, 6]);
      const gamma = tf.tensor1d(normal(6));
      const beta = tf.tensor1d(normal(6));
      const r = tf.tensor4d(normal(4 * 5 * 5 * 6), [4, 5, 5, 6]);
      const f = (a: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => {
        const { mean, variance } = tf.moments(a, [0, 1, 2]);
        return tf.sum(tf.mul(tf.relu(tf.batchNorm(a, mean, variance, b as tf.Tensor1D, g as tf.Tensor1D, eps as number)), r)) as tf.Scalar;
      };
      const before = tf.memory().numTensors;
      const { reference, lean } = both(f, [x, gamma, beta]);
      expect(tf.memory().numTensors).toBe(before);
      // dx sums terms that cancel (it is orthogonal to the batch mean): compared relative to its largest entry
      const largest = (v: Float32Array) => Math.max(...Array.from(v, Math.abs));
      expect(relativeError(lean[0], reference[0], largest(reference[0]) * 1e-2)).toBeLessThan(1e-3);
      expect(relativeError(lean[1], reference[1], 1e-6)).toBeLessThan(1e-4);
      expect(relativeError(lean[2], reference[2], 1e-6)).toBeLessThan(1e-4);
      lean.forEach((g) => expect(g.every(Number.isFinite)).toBe(true));
      tf.dispose([x, gamma, beta, r]);
    });
  });

  it("batch norm with given statistics: the gradients of x, mean, variance, offset and scale agree with tfjs-core's", () => {
    const x = tf.tensor2d(normal(8 * 3, 2), [8, 3]);
    const mean = tf.tensor1d(normal(3));
    const variance = tf.tensor1d(Float32Array.from(normal(3), (v) => v * v + 0.5));
    const offset = tf.tensor1d(normal(3));
    const scale = tf.tensor1d(normal(3));
    const r = tf.tensor2d(normal(8 * 3), [8, 3]);
    const { reference, lean } = both((a, m, v, o, s) => tf.sum(tf.mul(tf.batchNorm(a, m as tf.Tensor1D, v as tf.Tensor1D, o as tf.Tensor1D, s as tf.Tensor1D, 1e-3), r)), [x, mean, variance, offset, scale]);
    lean.forEach((g, i) => expect(relativeError(g, reference[i], 1e-6)).toBeLessThan(1e-5));
    // (tfjs-core's own gradient fails without a scale tensor, so there is no reference for that case)
    tf.dispose([x, mean, variance, offset, scale, r]);
  });
});
