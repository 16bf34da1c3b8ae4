import { capstoneFeatureFigure, capstonePanel, classColor, type CapstoneFeatures } from "losslab-course";

function fake(name: string, d: number, weights: boolean): CapstoneFeatures {
  const v = (k: number) => Array.from({ length: d }, (_, j) => Math.cos(k + j));
  return {
    loss: "softmax",
    name,
    seen: { features: [v(1), v(2), v(3), v(4)], labels: [0, 0, 1, 1] },
    unseen: { features: [v(5), v(6)], labels: [8, 9] },
    retrieval: { features: [v(5), v(6)], labels: [8, 9] },
    weights: weights ? [v(7), v(8)] : null,
  };
}

describe("capstoneFeatureFigure", () => {
  const features = Array.from({ length: 8 }, (_, k) => fake(`loss ${k}`, 3, k < 6));

  it("draws one 3-D scene per loss in a grid of 4 columns, with a title per panel", () => {
    const fig = capstoneFeatureFigure(features);
    const scenes = Object.keys(fig.layout).filter((k) => k.startsWith("scene"));
    expect(scenes).toHaveLength(8);
    const domains = scenes.map((s) => (fig.layout[s] as { domain: { x: number[]; y: number[] } }).domain);
    expect(new Set(domains.map((d) => d.x[0].toFixed(3))).size).toBe(4);
    expect(new Set(domains.map((d) => d.y[0].toFixed(3))).size).toBe(2);
    for (const d of domains) for (const v of [...d.x, ...d.y]) expect(v >= 0 && v <= 1).toBe(true);
    const titles = (fig.layout.annotations as { text: string }[]).map((a) => a.text);
    expect(titles).toEqual(features.map((f) => f.name));
    expect((fig.layout.title as { text: string }).text).toMatch(/unseen digits 8 and 9/);
  });

  it("keeps each digit's colour, draws the unseen digits as diamonds named '(unseen)', on the unit sphere", () => {
    const fig = capstoneFeatureFigure(features);
    const points = fig.data.filter((t) => t.type === "scatter3d" && t.mode === "markers");
    const seen = points.filter((t) => t.name === "digit 0");
    const unseen = points.filter((t) => t.name === "digit 8 (unseen)");
    expect(seen).toHaveLength(8);
    expect(unseen).toHaveLength(8);
    expect((seen[0].marker as { color: string }).color).toBe(classColor(0));
    expect((unseen[0].marker as { color: string; symbol: string }).color).toBe(classColor(8));
    expect((unseen[0].marker as { symbol: string }).symbol).toBe("diamond");
    expect((unseen[0].text as string[])[0]).toMatch(/unseen/);
    const p = [0, 1, 2].map((k) => ([unseen[0].x, unseen[0].y, unseen[0].z][k] as number[])[0]);
    expect(Math.hypot(...p)).toBeCloseTo(1, 6);
    // one legend entry per digit
    expect(points.filter((t) => t.showlegend).map((t) => t.name)).toEqual(["digit 0", "digit 1", "digit 8 (unseen)", "digit 9 (unseen)"]);
    // class weight directions only for the classifier panels
    expect(fig.data.filter((t) => t.mode === "lines" && String(t.name).startsWith("w"))).toHaveLength(12);
  });

  it("draws 2-D features on the unit circle, unseen digits as crosses", () => {
    const fig = capstoneFeatureFigure([fake("a", 2, true), fake("b", 2, false)], { columns: 2 });
    const unseen = fig.data.filter((t) => t.name === "digit 9 (unseen)");
    expect(unseen).toHaveLength(2);
    expect((unseen[0].marker as { symbol: string }).symbol).toBe("x");
    expect((fig.layout.title as { text: string }).text).toMatch(/circle/);
  });

  it("rejects features it cannot draw", () => {
    expect(() => capstoneFeatureFigure([])).toThrow(/no features/);
    expect(() => capstoneFeatureFigure([fake("a", 4, false)])).toThrow(/2-D or 3-D/);
  });

  it("makes a panel of seen then unseen features", () => {
    const p = capstonePanel(fake("a", 3, false));
    expect(p.labels).toEqual([0, 0, 1, 1, 8, 9]);
    expect(p.weights).toBeUndefined();
  });
});
