/**
 * batchNormTraining (lib/losslab/src/backend/batch_norm_training.ts): TensorFlow's fused training-mode
 * kernels on the native backend, tf.moments + tf.batchNorm elsewhere. Reference: tf.moments and
 * tf.batchNorm with TensorFlow.js autograd, and a float64 plain loop for the forward values.
 */
import { tf, batchNormTraining, Rng, ShapeError, ValueError } from "losslab";
import { relativeToLargest } from "./relative_to_largest";

const rng = new Rng(23);
const normal = (n: number, scale = 1, shift = 0) => Float32Array.from({ length: n }, () => rng.normal() * scale + shift);

function reference(x: tf.Tensor, gamma: tf.Tensor1D, beta: tf.Tensor1D, eps: number) {
  const axes = x.rank === 4 ? [0, 1, 2] : [0];
  const { mean, variance } = tf.moments(x, axes);
  return tf.batchNorm(x, mean, variance, beta, gamma, eps);
}

/** Largest |a − b| over the largest |b| (floor 1e-12). */
const relative = relativeToLargest;

describe("batchNormTraining", () => {
  describe.each([
    ["[N, H, W, C], ordinary values", [4, 6, 6, 5], 1, 0],
    ["[N, H, W, C], large values far from 0", [3, 5, 5, 4], 1e3, 1e4],
    ["[N, C]", [16, 7], 2, -1],
  ])("%s", (_, shape, scale, shift) => {
    it("normalises with the batch's mean and biased variance (float64 loop), and returns them", () => {
      const size = (shape as number[]).reduce((p, q) => p * q, 1);
      const c = (shape as number[])[(shape as number[]).length - 1];
      const data = normal(size, scale as number, shift as number);
      const x: tf.Tensor = tf.tensor(data, shape as number[]);
      const gamma = tf.tensor1d(normal(c));
      const beta = tf.tensor1d(normal(c));
      const before = tf.memory().numTensors;
      const out = batchNormTraining(x as tf.Tensor4D, gamma, beta, 1e-3);
      const n = size / c;
      const mean = new Float64Array(c);
      const variance = new Float64Array(c);
      data.forEach((v, i) => (mean[i % c] += v / n));
      data.forEach((v, i) => (variance[i % c] += (v - mean[i % c]) ** 2 / n));
      const g = gamma.dataSync();
      const b = beta.dataSync();
      const y = Array.from(data, (v, i) => g[i % c] * ((v - mean[i % c]) / Math.sqrt(variance[i % c] + 1e-3)) + b[i % c]);
      expect(relative(out.y.dataSync(), y)).toBeLessThan(1e-4);
      expect(relative(out.mean.dataSync(), mean)).toBeLessThan(1e-5);
      expect(relative(out.variance.dataSync(), variance)).toBeLessThan(1e-4);
      expect(out.y.shape).toEqual(shape);
      tf.dispose([out.y, out.mean, out.variance]);
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose([x, gamma, beta]);
    });

    it("has the gradients of tf.moments + tf.batchNorm for x, γ and β", () => {
      const size = (shape as number[]).reduce((p, q) => p * q, 1);
      const c = (shape as number[])[(shape as number[]).length - 1];
      const x: tf.Tensor = tf.tensor(normal(size, scale as number, shift as number), shape as number[]);
      const gamma = tf.tensor1d(normal(c));
      const beta = tf.tensor1d(normal(c));
      const r = tf.tensor(normal(size), shape as number[]);
      const before = tf.memory().numTensors;
      const [fused, ref] = tf.tidy(() => [
        tf.grads((a, g, b) => tf.sum(tf.mul(tf.relu(batchNormTraining(a as tf.Tensor4D, g as tf.Tensor1D, b as tf.Tensor1D, 1e-3).y), r)))([x, gamma, beta]).map((t) => t.dataSync()),
        tf.grads((a, g, b) => tf.sum(tf.mul(tf.relu(reference(a, g as tf.Tensor1D, b as tf.Tensor1D, 1e-3)), r)))([x, gamma, beta]).map((t) => t.dataSync()),
      ]);
      expect(tf.memory().numTensors).toBe(before);
      // dx and dβ are sums that cancel: float32 noise relative to the largest entry
      expect(relative(fused[0], ref[0])).toBeLessThan(2e-3);
      expect(relative(fused[1], ref[1])).toBeLessThan(1e-3);
      expect(relative(fused[2], ref[2])).toBeLessThan(1e-3);
      fused.forEach((g) => expect(Array.from(g).every(Number.isFinite)).toBe(true));
      tf.dispose([x, gamma, beta, r]);
    });
  });

  it("refuses bad shapes and ε before computing, naming the argument", () => {
    const x = tf.zeros([2, 3, 3, 4]) as tf.Tensor4D;
    const g = tf.ones([4]) as tf.Tensor1D;
    const rank3 = tf.zeros([2, 3, 4]);
    const three = tf.ones([3]) as tf.Tensor1D;
    const single = tf.zeros([1, 4]) as tf.Tensor2D;
    const before = tf.memory().numTensors;
    expect(() => batchNormTraining(rank3 as never, g, g)).toThrow("argument 'x'");
    expect(() => batchNormTraining(x, three, g)).toThrow(ShapeError);
    expect(() => batchNormTraining(x, g, [1, 2] as never)).toThrow("argument 'beta'");
    expect(() => batchNormTraining(x, g, g, 0)).toThrow(ValueError);
    expect(() => batchNormTraining(single, g, g)).toThrow("at least two values per channel");
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, g, rank3, three, single]);
  });
});
