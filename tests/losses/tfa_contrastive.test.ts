// tfaContrastiveLoss against TensorFlow Addons' own unit tests (tensorflow_addons/losses/contrastive_test.py:
// test_zero_loss, test_unweighted) and a plain loop; gradients by finite differences.
import { ShapeError, ValueError, tf, tfaContrastiveLoss } from "losslab";
import { expectClose, finiteDifferences, flat, num } from "./helpers";

const yTrue = [0, 0, 1, 1, 0, 1];

describe("tfaContrastiveLoss (TF Addons' contrastive_loss)", () => {
  it("TFA's test_zero_loss: every pair where it belongs gives 0", () => {
    expect(num(tfaContrastiveLoss({ labels: yTrue, distances: [1, 1, 0, 0, 1, 0] }))).toBe(0);
  });

  it("TFA's test_unweighted: 0.621666 (its per-pair values 0.81, 0.49, 1.69, 0.49, 0, 0.25)", () => {
    const distances = [0.1, 0.3, 1.3, 0.7, 1.1, 0.5];
    expectClose([num(tfaContrastiveLoss({ labels: yTrue, distances }))], [0.621666], { rel: 1e-6 });
    expectClose(flat(tfaContrastiveLoss({ labels: yTrue, distances, reduction: "none" })), [0.81, 0.49, 1.69, 0.49, 0, 0.25], { rel: 1e-6 });
  });

  it("a plain loop at another margin, with sum, and finite-difference gradients", () => {
    const d = [0.05, 2.5, 0.4, 1.7, 0.9, 3.2, 0];
    const y = [1, 0, 0, 1, 0, 1, 0];
    const loop = (x: number[]) => x.reduce((s, v, i) => s + (y[i] ? v * v : Math.max(2 - v, 0) ** 2), 0);
    expectClose([num(tfaContrastiveLoss({ labels: y, distances: d, margin: 2, reduction: "sum" }))], [loop(d)], { rel: 1e-6 });
    const g = tf.tidy(() => Array.from(tf.grad((x: tf.Tensor) => tfaContrastiveLoss({ labels: y, distances: x, margin: 2, reduction: "sum" }))(tf.tensor1d(d)).dataSync()));
    expectClose(g, finiteDifferences(loop, d), { rel: 1e-4, scale: 1 });
  });

  it("refuses bad input before computing, leaving no tensor", () => {
    const before = tf.memory().numTensors;
    expect(() => tfaContrastiveLoss({ labels: [1, 2], distances: [0.1, 0.2] })).toThrow(ValueError);
    // the label error states TF Addons' convention and contrastiveLoss's opposite one
    expect(() => tfaContrastiveLoss({ labels: [1, 2], distances: [0.1, 0.2] })).toThrow(/'labels' must be pair labels 0 or 1: 1 = similar, 0 = dissimilar \(TF Addons' convention; contrastiveLoss takes 0 = similar unless similarLabel: 1\)/);
    expect(() => tfaContrastiveLoss({ labels: [1], distances: [0.1, 0.2] })).toThrow(ShapeError);
    expect(() => tfaContrastiveLoss({ labels: [1], distances: [-0.1] })).toThrow(/tfaContrastiveLoss.*'distances'.*>= 0/);
    expect(() => tfaContrastiveLoss({ labels: [1], distances: [0.1], y_true: [1] } as never)).toThrow(/tfaContrastiveLoss.*'y_true'/);
    expect(tf.memory().numTensors).toBe(before);
  });
});
