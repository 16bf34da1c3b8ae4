import { bars, clearSlider, line, onRight, sliderFigure, twoPanels } from "losslab-course";

describe("panel helpers", () => {
  it("bars carry names, hover text and the palette", () => {
    const b = bars(["a", "b"], [1, 2], { name: "counts", color: 1, text: ["A", "B"] });
    expect(b).toMatchObject({ type: "bar", name: "counts", x: ["a", "b"], y: [1, 2], marker: { color: "#CC6677" } });
    expect(b.hovertemplate).toContain("%{text}");
  });

  it("two panels: left and right axes with their titles and headings, traces sent right by onRight", () => {
    const layout = twoPanels({ title: "loss", xTitle: "r", yTitle: "ℓ" }, { title: "gradient", xTitle: "r", yTitle: "∂ℓ/∂ŷ", yaxis: { type: "log" } });
    expect(layout.xaxis2).toMatchObject({ anchor: "y2", title: { text: "r" } });
    expect(layout.yaxis2).toMatchObject({ anchor: "x2", type: "log", title: { text: "∂ℓ/∂ŷ" } });
    expect((layout.annotations as { text: string }[]).map((a) => a.text)).toEqual(["<b>loss</b>", "<b>gradient</b>"]);
    const right = onRight(line([0], [1], { name: "g" }));
    expect(right).toMatchObject({ xaxis: "x2", yaxis: "y2", showlegend: false });
  });

  it("clearSlider moves the slider below the axis title", () => {
    const fig = clearSlider(sliderFigure([], [{ label: "1", traces: [] }], { title: "t", xTitle: "x", yTitle: "y", sliderTitle: "δ" }));
    expect((fig.layout.sliders as { pad: { t: number } }[])[0].pad.t).toBeGreaterThan(40);
    expect(fig.layout.margin).toMatchObject({ b: 145 });
  });
});
