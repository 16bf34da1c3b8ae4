import { centerLoss, updateCenters, tf, ShapeError, ValueError } from "losslab";

const features = [[1, 2], [0.5, -1], [3, 0], [-2, 2], [1e3, -1e3]];
const labels = [0, 1, 0, 2, 1];
const centers = [[0, 0], [1, 1], [-1, 2]];

/** ½‖xᵢ − c_{yᵢ}‖² per sample, by plain loops (the reference). */
function reference(): number[] {
  return features.map((x, i) => 0.5 * x.reduce((s, v, k) => s + (v - centers[labels[i]][k]) ** 2, 0));
}

describe("the center loss (Wen et al. 2016)", () => {
  it("½ Σᵢ ‖xᵢ − c_{yᵢ}‖² (sum, the paper's), the mean and per sample, at normal and extreme inputs", () => {
    const per = reference();
    const total = per.reduce((a, b) => a + b, 0);
    expect(centerLoss({ features, labels, centers }).dataSync()[0]).toBeCloseTo(total, -1); // ~1e6: float32
    expect(Math.abs(centerLoss({ features, labels, centers }).dataSync()[0] / total - 1)).toBeLessThan(1e-6);
    expect(Math.abs(centerLoss({ features, labels, centers, reduction: "mean" }).dataSync()[0] / (total / 5) - 1)).toBeLessThan(1e-6);
    const none = centerLoss({ features: features.slice(0, 4), labels: labels.slice(0, 4), centers, reduction: "none" }).dataSync();
    per.slice(0, 4).forEach((v, i) => expect(none[i]).toBeCloseTo(v, 5));
  });

  it("its gradient in the features is xᵢ − c_{yᵢ} (autograd against the closed form)", () => {
    const g = tf.grad((x: tf.Tensor) => centerLoss({ features: x, labels, centers }))(tf.tensor2d(features)).arraySync() as number[][];
    features.forEach((x, i) => x.forEach((v, k) => expect(g[i][k]).toBeCloseTo(v - centers[labels[i]][k], 2)));
  });

  it("moves each centre by α·Σ(c_j − xᵢ)/(1 + n_j), classes absent from the batch stay put", () => {
    const alpha = 0.5;
    const got = updateCenters({ features: features.slice(0, 4), labels: [0, 1, 0, 0], centers, alpha }).arraySync();
    const expected = centers.map((c, j) => {
      const members = features.slice(0, 4).filter((_, i) => [0, 1, 0, 0][i] === j);
      return c.map((v, k) => v - (alpha * members.reduce((s, x) => s + (v - x[k]), 0)) / (1 + members.length));
    });
    expected.forEach((row, j) => row.forEach((v, k) => expect(got[j][k]).toBeCloseTo(v, 5)));
    expect(got[2]).toEqual(centers[2]);
  });

  it("alone it collapses: every feature on its centre costs nothing", () => {
    expect(centerLoss({ features: [[1, 1], [1, 1]], labels: [0, 1], centers: [[1, 1], [1, 1]] }).dataSync()[0]).toBe(0);
  });

  it("refuses bad shapes, labels and α before computing, and leaks nothing when it throws", () => {
    const before = tf.memory().numTensors;
    expect(() => centerLoss({ features: [[1, 2, 3]], labels: [0], centers })).toThrow(ShapeError);
    expect(() => centerLoss({ features, labels: [0, 1, 0, 3, 1], centers })).toThrow("losslab.centerLoss: argument 'labels'");
    expect(() => centerLoss({ features: [[NaN, 0]], labels: [0], centers })).toThrow(ValueError);
    expect(() => centerLoss({ features, labels, centers, reduce: "sum" } as never)).toThrow("reduce");
    expect(() => updateCenters({ features, labels, centers, alpha: 2 })).toThrow("argument 'alpha'");
    expect(() => updateCenters({ features, labels, centers: [1, 2] })).toThrow("argument 'centers'");
    expect(tf.memory().numTensors).toBe(before);
  });
});
