import { controlledFigure, line, type Trace } from "losslab-course";
import { applyStep as apply, seen } from "./apply_slider";

describe("controlledFigure", () => {
  // one line y = a + 10b + 100c per state, plus a marker trace with hover text
  const traces = (a: number, b: number, c: number): Trace[] => [
    line([0, 1], [a + 10 * b + 100 * c, 0], { name: "state" }),
    { type: "scatter", mode: "markers", x: [c], y: [a], text: [`a=${a} b=${b} c=${c}`], name: "point", showlegend: false, opacity: 0.5 },
  ];
  const make = () =>
    controlledFigure({
      title: "t", xTitle: "x", yTitle: "y", traces,
      base: [line([0], [0], { name: "base" })],
      controls: [
        { name: "a", values: [1, 2, 3], active: 1 },
        { name: "b", values: [4, 5] },
        { name: "c", values: [6, 7, 8], active: 2 },
      ],
    });

  it("starts by showing the base traces and the traces of the active values", () => {
    const fig = make();
    expect(fig.data.length).toBe(1 + 3 * 2 * 2);
    const shown = seen(fig);
    expect(shown.map((t) => t.name)).toEqual(["base", "state", "point"]);
    expect(shown[1].y).toEqual([2 + 40 + 800, 0]);
    expect(shown[2].text).toEqual(["a=2 b=4 c=8"]);
    expect(shown[2].opacity).toBe(0.5); // the trace's own opacity is kept
  });

  it("shows traces(a, b, c) for the current values, whatever order the sliders are moved in", () => {
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 2, 0]]) {
      const fig = make();
      const choice = [2, 1, 0]; // a = 3, b = 5, c = 6
      for (const s of order) apply(fig, s, choice[s]);
      const shown = seen(fig);
      expect(shown.length).toBe(3);
      expect(shown[1].y).toEqual([3 + 50 + 600, 0]);
      expect(shown[2].text).toEqual(["a=3 b=5 c=6"]);
      expect(shown[2].opacity).toBe(0.5);
      // hidden traces leave the legend and do not answer the mouse
      const hidden = fig.data.filter((t) => t.opacity === 0);
      expect(hidden.every((t) => t.showlegend === false && t.hoverinfo === "skip")).toBe(true);
      expect(shown[1].showlegend).toBe(true);
      expect(shown[2].showlegend).toBe(false);
    }
  });

  it("stacks one labelled slider per control under the plot", () => {
    const fig = make();
    const sliders = fig.layout.sliders as { active: number; currentvalue: { prefix: string }; steps: { label: string }[] }[];
    expect(sliders.map((s) => s.currentvalue.prefix)).toEqual(["a = ", "b = ", "c = "]);
    expect(sliders.map((s) => s.active)).toEqual([1, 0, 2]);
    expect(sliders[0].steps.map((s) => s.label)).toEqual(["1", "2", "3"]);
    expect(fig.layout.height).toBeGreaterThan(450);
  });

  it("works with a single control (a plain visibility slider)", () => {
    const fig = controlledFigure({ title: "t", xTitle: "x", yTitle: "y", controls: [{ name: "a", values: [1, 2] }], traces: (a) => [line([0], [a], { name: "a" })] });
    expect(seen(fig).map((t) => t.y)).toEqual([[1]]);
    apply(fig, 0, 1);
    expect(seen(fig).map((t) => t.y)).toEqual([[2]]);
  });

  it("refuses no controls or more than three", () => {
    expect(() => controlledFigure({ title: "t", xTitle: "x", yTitle: "y", controls: [], traces: () => [] })).toThrow("1 to 3");
  });
});
