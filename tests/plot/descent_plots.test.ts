import { compareDescent, descentContourFigure, descentCostFigure, LinearRegression, loadAnscombe } from "losslab-course";

describe("descent figures", () => {
  const { x, y } = loadAnscombe("I");
  const model = new LinearRegression(x, y);
  const runs = compareDescent(model, { theta0: [1, -1], learningRates: [0.05, 0.1], epochs: 5 });

  it("draw the cost contour, θ̂, and one path per batch mode for each η", () => {
    const f = descentContourFigure({
      cost: (a, b) => model.cost([a, b]),
      minimum: model.leastSquares(),
      runs,
      range: { theta0: [0, 10], theta1: [-2, 2] },
      active: 0.1,
    });
    expect(f.data[0].type).toBe("contour");
    expect(f.data).toHaveLength(2 + runs.length);
    const path = f.data[2] as { x: number[]; y: number[] };
    expect(path.x[0]).toBe(1);
    expect(path.y[0]).toBe(-1);
    expect(path.x).toHaveLength(runs[0].path.thetas.length);
    // the slider starts at η = 0.1: the second group of three paths is the visible one
    expect(f.data.slice(2).map((t) => t.visible)).toEqual([false, false, false, true, true, true]);
  });

  it("plot the excess cost against epochs, where one epoch is n samples", () => {
    const f = descentCostFigure({ runs, minCost: model.cost(model.leastSquares()), n: model.n });
    const sgd = f.data[1] as { x: number[]; y: number[] };
    expect(sgd.x[model.n]).toBeCloseTo(1, 12); // n sample-wise updates make one epoch
    expect(Math.min(...sgd.y)).toBeGreaterThan(0);
  });
});
