import { fitLine, influenceFigure, lineFitsFigure, lineLossLabel, loadAnscombe, pullsFigure, residualCurvesFigure } from "losslab-course";

type XY = { x: number[]; y: number[]; name: string; visible?: boolean; xaxis?: string };

describe("lesson 01 figures", () => {
  const { x, y } = loadAnscombe("III");

  it("draw ½r², |r| and Huber against r, with the gradients on the right and one Huber step per δ", () => {
    const f = residualCurvesFigure({ residuals: [-2, 0, 2], deltas: [0.5, 1], active: 1 });
    const data = f.data as XY[];
    // L2 and L1 (loss + gradient) always, then per δ: Huber loss, Huber gradient, the |r| = δ markers
    expect(data).toHaveLength(4 + 2 * 3);
    expect(data[0].y).toEqual([2, 0, 2]);
    expect(data[1]).toMatchObject({ y: [-2, 0, 2], xaxis: "x2" });
    expect(data[3].y).toEqual([-1, 0, 1]);
    expect(data[7]).toMatchObject({ name: "Huber, δ = 1", y: [1.5, 0, 1.5], visible: true });
    expect(data[8].y).toEqual([-1, 0, 1]);
    expect(data[4].visible).toBe(false);
  });

  it("labels losses with their formula, with no '|' to break a Markdown table", () => {
    expect(["l2", "l1", "huber"].map((l) => lineLossLabel(l as "l1"))).toEqual(["L2 = ½r²", "L1 = ∣r∣", "Huber, δ = 1"]);
    expect(lineLossLabel("l1")).not.toContain("|");
  });

  it("plot the data, the outlier, the fitted lines and a Huber line per δ", () => {
    const fits = [fitLine(x, y, { loss: "l2" }), fitLine(x, y, { loss: "l1" })];
    const huber = [0.5, 2].map((delta) => fitLine(x, y, { loss: "huber", delta }));
    const f = lineFitsFigure({ x, y, outlier: 2, fits, huberFits: huber, active: 2 });
    const data = f.data as XY[];
    expect(data[1]).toMatchObject({ name: "the outlier", x: [13], y: [12.74] });
    expect(data[0].x).toHaveLength(10);
    expect(data[2].name).toContain("ŷ = 3.00 + 0.500·x");
    expect(data.slice(4).map((t) => t.visible)).toEqual([false, true]);
  });

  it("show each point's pull as grouped bars, ordered by x, and the slope against the outlier's height", () => {
    const pulls = pullsFigure({ x: [3, 1, 2], y: [0, 0, 5], outlier: 2, title: "pulls", pulls: [{ loss: "l1", pulls: [1, -1, 1] }] });
    expect((pulls.data[0] as { x: string[] }).x).toEqual(["x = 1", "x = 2 (outlier)", "x = 3"]);
    expect(pulls.data[0].y).toEqual([-1, 1, 1]);
    expect(pulls.layout.barmode).toBe("group");
    const inf = influenceFigure({ heights: [1, 2], slopes: [{ loss: "l2", slopes: [0.1, 0.2] }], actual: 1.5, xOfOutlier: 13 });
    expect(inf.data).toHaveLength(2);
    expect((inf.data[1] as XY).x).toEqual([1.5, 1.5]);
  });
});
