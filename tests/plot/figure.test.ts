import { classColor, contour, figure, grid, line, linspace, PALETTE, points, sliderFigure } from "losslab-course";

describe("figure builders", () => {
  it("apply the house layout: title, axis titles, palette, merged axis options", () => {
    const f = figure([], { title: "J", xTitle: "θ", yTitle: "J(θ)", layout: { yaxis: { type: "log" } } });
    expect(f.layout.title).toEqual({ text: "J" });
    expect(f.layout.xaxis).toMatchObject({ title: { text: "θ" } });
    expect(f.layout.yaxis).toMatchObject({ title: { text: "J(θ)" }, type: "log" });
    expect(f.layout.colorway).toEqual([...PALETTE]);
  });

  it("give every trace a name and hover text", () => {
    const l = line([0, 1], [2, 3], { name: "L2" });
    const p = points([0], [1], { name: "data", text: ["point 1"] });
    expect(l).toMatchObject({ type: "scatter", mode: "lines", name: "L2" });
    expect(l.hovertemplate).toContain("L2");
    expect(p.hovertemplate).toContain("%{text}");
  });

  it("keep each class's colour fixed: ten distinct colours, wrapping after ten", () => {
    expect(new Set(PALETTE).size).toBe(10);
    expect(classColor(3)).toBe(PALETTE[3]);
    expect(classColor(13)).toBe(PALETTE[3]);
  });

  it("grid samples f(x, y) row by row for contours", () => {
    const g = grid((x, y) => x + 10 * y, [0, 1], [0, 2], 3);
    expect(g.x).toEqual([0, 0.5, 1]);
    expect(g.z[2]).toEqual([20, 20.5, 21]);
    expect(contour(g.x, g.y, g.z, { name: "f", zTitle: "f" }).type).toBe("contour");
    expect(linspace(1, 2, 1)).toEqual([1]);
  });
});

describe("sliderFigure", () => {
  const base = [line([0], [0], { name: "base" })];
  const steps = [0.1, 0.2, 0.3].map((eta) => ({
    label: String(eta),
    traces: [line([0], [eta], { name: "a" }), line([0], [-eta], { name: "b" })],
  }));
  const f = sliderFigure(base, steps, { title: "t", xTitle: "x", yTitle: "y", sliderTitle: "η", active: 1 });

  it("shows the base traces and only the active step's group", () => {
    expect(f.data).toHaveLength(7);
    expect(f.data.map((t) => t.visible)).toEqual([undefined, false, false, true, true, false, false]);
  });

  it("has one slider step per group whose visibility mask selects that group", () => {
    const slider = (f.layout.sliders as { steps: { label: string; args: [{ visible: boolean[] }] }[]; active: number }[])[0];
    expect(slider.active).toBe(1);
    expect(slider.steps.map((s) => s.label)).toEqual(["0.1", "0.2", "0.3"]);
    expect(slider.steps[2].args[0].visible).toEqual([true, false, false, false, false, true, true]);
  });
});
