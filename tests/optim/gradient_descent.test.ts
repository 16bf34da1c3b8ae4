import { ValueError } from "losslab";
import { gradientDescent, LinearRegression, loadAnscombe, type BatchedProblem } from "losslab-course";

const { x, y } = loadAnscombe("I");
const model = new LinearRegression(x, y);
const best = model.leastSquares();
const dist = (t: number[]) => Math.hypot(t[0] - best[0], t[1] - best[1]);

describe("gradientDescent", () => {
  it("makes the update θ ← θ − η∇J: one full-batch step equals the formula", () => {
    const theta0 = [1, -1];
    const path = gradientDescent(model, theta0, { learningRate: 0.05, epochs: 1 });
    const g = model.gradient([1, -1]);
    expect(path.thetas[1][0]).toBeCloseTo(1 - 0.05 * g[0], 12);
    expect(path.thetas[1][1]).toBeCloseTo(-1 - 0.05 * g[1], 12);
    expect(path.updates).toBe(1);
    expect(path.costs[1]).toBeCloseTo(model.cost(path.thetas[1] as [number, number]), 12);
  });

  it("counts updates: n/batch per epoch for full, sample-wise and mini-batch descent", () => {
    const opts = { learningRate: 0.01, epochs: 3 };
    expect(gradientDescent(model, [0, 0], { ...opts, batch: "full" }).updates).toBe(3);
    expect(gradientDescent(model, [0, 0], { ...opts, batch: "sample" }).updates).toBe(33);
    expect(gradientDescent(model, [0, 0], { ...opts, batch: 4 }).updates).toBe(9); // 4 + 4 + 3 per epoch
  });

  it("full-batch descent converges below η = 2/λmax and diverges above it", () => {
    const etaMax = model.maxStableLearningRate();
    const below = gradientDescent(model, [0, 0], { learningRate: 0.95 * etaMax, epochs: 400 });
    expect(below.diverged).toBe(false);
    expect(dist(below.thetas[below.thetas.length - 1])).toBeLessThan(1e-6);
    const above = gradientDescent(model, [0, 0], { learningRate: 1.05 * etaMax, epochs: 2000 });
    expect(above.diverged).toBe(true);
    expect(above.costs[above.costs.length - 1]).toBeGreaterThan(1e6);
  });

  it("SGD and mini-batch reach the neighbourhood of θ̂, and a seed makes the path repeatable", () => {
    const sgd = gradientDescent(model, [0, 0], { learningRate: 0.02, epochs: 60, batch: "sample", seed: 3 });
    const mini = gradientDescent(model, [0, 0], { learningRate: 0.05, epochs: 60, batch: 4, seed: 3 });
    expect(dist(sgd.thetas[sgd.thetas.length - 1])).toBeLessThan(0.3);
    expect(dist(mini.thetas[mini.thetas.length - 1])).toBeLessThan(0.3);
    const again = gradientDescent(model, [0, 0], { learningRate: 0.02, epochs: 60, batch: "sample", seed: 3 });
    expect(again.thetas).toEqual(sgd.thetas);
    const other = gradientDescent(model, [0, 0], { learningRate: 0.02, epochs: 60, batch: "sample", seed: 4 });
    expect(other.thetas).not.toEqual(sgd.thetas);
  });

  it("works on any BatchedProblem (a 1-D quadratic)", () => {
    const quad: BatchedProblem = { n: 1, cost: (t) => (t[0] - 3) ** 2, gradient: (t) => [2 * (t[0] - 3)] };
    const path = gradientDescent(quad, [0], { learningRate: 0.25, epochs: 30 });
    expect(path.thetas[path.thetas.length - 1][0]).toBeCloseTo(3, 8);
  });

  it("validates its options", () => {
    expect(() => gradientDescent(model, [0, 0], { learningRate: 0, epochs: 1 })).toThrow(
      "losslab.gradientDescent: argument 'learningRate' must be a number > 0, but got 0.",
    );
    expect(() => gradientDescent(model, [0, 0], { learningRate: 0.1, epochs: 1.5 })).toThrow(ValueError);
    expect(() => gradientDescent(model, [0, 0], { learningRate: 0.1, epochs: 1, batch: 0 })).toThrow(
      "argument 'batch' must be an integer >= 1, but got 0",
    );
    expect(() => gradientDescent(model, [0, 0], { learningRate: 0.1, epochs: 1, batch: "half" as never })).toThrow(
      "argument 'batch' must be 'full', 'sample' or a positive integer, but got 'half'",
    );
  });
});
