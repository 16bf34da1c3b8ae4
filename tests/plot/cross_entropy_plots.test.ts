import { gaussianClasses, logisticCurvesFigure, logitGradientFigure, predictionLossFigure, trainingComparisonFigure,
         trainLogisticRegression } from "losslab-course";

type XY = { x: number[]; y: number[]; name: string; visible?: boolean; xaxis?: string; showlegend?: boolean };

describe("lesson 02 figures", () => {
  it("mark the worked example on both losses and both derivatives", () => {
    const f = predictionLossFigure({ label: 1, predictions: [0.1, 0.5, 0.9], mark: 0.1 });
    const marks = (f.data as XY[]).filter((t) => t.x.length === 1);
    expect(marks).toHaveLength(4);
    const [mse, dMse, ce, dCe] = marks.map((t) => t.y[0]);
    expect(mse).toBeCloseTo(0.81, 5);
    expect(dMse).toBeCloseTo(-1.8, 5);
    expect(ce).toBeCloseTo(2.302585, 5);
    expect(dCe).toBeCloseTo(-10, 4);
    expect(marks.filter((t) => t.showlegend)).toHaveLength(1);
    expect(f.layout.yaxis2).toMatchObject({ range: [-20, 3] });
  });

  it("draw ∂L/∂z through the sigmoid: MSE's vanishes for a confident mistake, CE's tends to −1", () => {
    const f = logitGradientFigure({ label: 1, logits: [-30, 0], mark: 0 });
    const [mse, , ce] = f.data as XY[];
    expect(Math.abs(mse.y[0])).toBeLessThan(1e-10);
    expect(ce.y[0]).toBeCloseTo(-1, 6);
    expect(ce.y[1]).toBeCloseTo(-0.5, 6);
  });

  const data = gaussianClasses({ counts: [10, 10], means: [[-2], [2]], seed: 2 });
  const run = (loss: "mse" | "bce") => ({
    label: loss,
    color: 0,
    history: trainLogisticRegression(data, { loss, learningRate: 0.5, epochs: 5, init: { w: [-4], b: 0 } }).history,
  });

  it("plot accuracy and the gradient norm of each run side by side", () => {
    const f = trainingComparisonFigure({ runs: [run("mse"), run("bce")], title: "t" });
    expect(f.data).toHaveLength(4);
    expect((f.data[1] as XY).xaxis).toBe("x2");
    expect(f.layout.yaxis2).toMatchObject({ type: "log" });
    expect((f.data[0] as XY).x).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("show each run's σ(wx + b) per epoch on a slider, over the two classes", () => {
    const f = logisticCurvesFigure({ data, runs: [run("mse"), run("bce")], epochs: [0, 5, 9] });
    const data2 = f.data as XY[];
    expect(data2).toHaveLength(2 + 3 * 2);
    expect(data2[0].y.every((v) => v === 0)).toBe(true);
    const start = data2[3];
    expect(start.y[0]).toBeGreaterThan(0.99); // w = −4: confidently wrong on the left
    expect(data2[7].name).toContain("mse"); // drawn last, on top
    expect(data2[7].y).toEqual(data2[5].y); // epoch 9 asked: the last one (5) drawn
  });
});
