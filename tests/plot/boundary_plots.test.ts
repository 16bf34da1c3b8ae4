import { aSoftmaxPlaneFigure, decisionBoundariesFigure, decisionRegionsFigure, halfPlaneInSquare, marginOverKFigure,
         NOTES_RULES, softmaxBoundaryFigure, withAlpha, type Trace } from "losslab-course";
import { applyStep, seen } from "./apply_slider";

const byName = (traces: Trace[], name: string) => traces.find((t) => t.name === name)!;
const xy = (t: Trace) => ({ x: t.x as number[], y: t.y as number[] });

describe("small helpers", () => {
  it("withAlpha turns a palette colour into rgba", () => {
    expect(withAlpha("#332288", 0.5)).toBe("rgba(51, 34, 136, 0.5)");
  });

  it("halfPlaneInSquare clips the square to n·p ≥ 0", () => {
    expect(halfPlaneInSquare([1, 0], 2)).toEqual({ x: [0, 2, 2, 0], y: [-2, -2, 2, 2] });
    const diagonal = halfPlaneInSquare([1, 1], 1); // the triangle above x + y = 0, each corner once
    expect(diagonal).toEqual({ x: [1, 1, -1], y: [-1, 1, 1] });
    diagonal.x.forEach((x, i) => expect(x + diagonal.y[i]).toBeGreaterThanOrEqual(-1e-12));
  });
});

describe("softmaxBoundaryFigure (lesson 05)", () => {
  it("starts at the notes' case: x closer to w₁ by angle, yet class 2", () => {
    const fig = softmaxBoundaryFigure();
    const x = byName(seen(fig), "x");
    expect((x.text as string[])[0]).toContain("θ₁ = 30°, θ₂ = 60° (closer to w₁ by angle)");
    expect((x.text as string[])[0]).toContain("softmax: class 2");
    expect((fig.layout.sliders as unknown[]).length).toBe(3);
  });

  it("draws the boundary perpendicular to w₁ − w₂, and the bisector perpendicular to ŵ₁ − ŵ₂", () => {
    const shown = seen(softmaxBoundaryFigure());
    const w1 = xy(byName(shown, "w₁"));
    const w2 = xy(byName(shown, "w₂"));
    const b = xy(byName(shown, "softmax boundary (W₁ − W₂)·x = 0"));
    const d = [b.x[1] - b.x[0], b.y[1] - b.y[0]];
    expect(d[0] * (w1.x[1] - w2.x[1]) + d[1] * (w1.y[1] - w2.y[1])).toBeCloseTo(0, 9);
    const bis = xy(byName(shown, "modified softmax: the angle bisector"));
    const n1 = Math.hypot(w1.x[1], w1.y[1]);
    const n2 = Math.hypot(w2.x[1], w2.y[1]);
    const e = [bis.x[1] - bis.x[0], bis.y[1] - bis.y[0]];
    expect(e[0] * (w1.x[1] / n1 - w2.x[1] / n2) + e[1] * (w1.y[1] / n1 - w2.y[1] / n2)).toBeCloseTo(0, 9);
  });

  it("with equal norms (‖w₂‖ slider to 1) the boundary is the bisector and x goes to class 1", () => {
    const fig = softmaxBoundaryFigure();
    applyStep(fig, 1, 1); // ‖w₂‖ = 1
    const shown = seen(fig);
    const b = xy(byName(shown, "softmax boundary (W₁ − W₂)·x = 0"));
    const bis = xy(byName(shown, "modified softmax: the angle bisector"));
    expect(Math.abs(b.x[1] * bis.y[1] - b.y[1] * bis.x[1])).toBeLessThan(1e-9); // parallel lines through 0
    expect((byName(shown, "x").text as string[])[0]).toContain("softmax: class 1");
  });
});

describe("aSoftmaxPlaneFigure (lesson 07)", () => {
  it("marks class 1's boundary on θ₁ + θ₂ = K at K/(m + 1): the notes' 10° for K = 30°, m = 2", () => {
    const shown = seen(aSoftmaxPlaneFigure());
    const pts = byName(shown, "boundary points");
    expect(pts.x).toEqual([10, 20]);
    expect(pts.y).toEqual([20, 10]);
    expect((pts.text as string[])[0]).toContain("θ₁ = K/(m + 1) = 10°");
  });

  it("follows its two sliders: m = 4, K = 120° puts the boundary at 24°", () => {
    const fig = aSoftmaxPlaneFigure();
    applyStep(fig, 0, 3); // m = 4
    applyStep(fig, 1, 3); // K = 120°
    const pts = byName(seen(fig), "boundary points");
    expect(pts.x).toEqual([24, 96]);
    expect(byName(seen(fig), "class 1's boundary θ₂ = mθ₁").x).toEqual([0, 45]);
  });
});

describe("marginOverKFigure", () => {
  it("plots the margin against K, with the notes' marks: A-Softmax m = 2 gives 10° at 30° and 40° at 120°", () => {
    const fig = marginOverKFigure({ curves: [{ name: "A-Softmax, m = 2", id: "c", options: { m: 2, psi: true } }], marks: [{ curve: 0, K: 30 }, { curve: 0, K: 120 }] });
    const marks = byName(fig.data, "the notes' examples");
    expect((marks.y as number[])[0]).toBeCloseTo(10, 6);
    expect((marks.y as number[])[1]).toBeCloseTo(40, 6);
    const curve = xy(fig.data[0]);
    const i = curve.x.indexOf(90);
    expect(curve.y[i]).toBeCloseTo(30, 6);
  });
});

describe("decision rule figures (lesson 08)", () => {
  it("one slider step per rule; the literal (c) has points claimed by both classes, the ψ form none", () => {
    const fig = decisionRegionsFigure();
    const steps = (fig.layout.sliders as { steps: { label: string }[] }[])[0].steps;
    expect(steps.map((s) => s.label)).toEqual(NOTES_RULES.map((r) => r.short));
    const heatmaps = fig.data.filter((t) => t.type === "heatmap");
    expect(heatmaps.length).toBe(2 * NOTES_RULES.length);
    const codes = (k: number) => new Set((heatmaps[2 * k].z as number[][]).flat());
    expect(codes(2).has(3)).toBe(true); // (c) literal
    expect(codes(3).has(3)).toBe(false); // (c) with ψ
    expect(codes(3).has(0)).toBe(true); // ... and a margin band
    for (const k of [0, 1]) {
      // (a) and (b): one shared boundary; grid points exactly on it (ties) count for neither, not for both
      expect(codes(k).has(3)).toBe(false);
      expect(codes(k).has(1) && codes(k).has(2)).toBe(true);
    }
  });

  it("the overview draws class 1's boundary of the five rules in both planes, one legend entry each", () => {
    const fig = decisionBoundariesFigure();
    expect(fig.data.length).toBe(10);
    expect(fig.data.filter((t) => t.showlegend).map((t) => t.name)).toEqual(NOTES_RULES.filter((r) => !r.short.includes("literal")).map((r) => r.label));
    expect(new Set(fig.data.map((t) => t.xaxis))).toEqual(new Set(["x", "x2"]));
  });
});
