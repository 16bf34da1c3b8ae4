import { InputTypeError, ValueError } from "losslab";
import { forestPlot, forestRowLabel, pairedComparison, seriesColor, type PairedComparison } from "losslab-course";

describe("forestPlot", () => {
  // CosFace: +1 or so with a wide spread (interval crosses 0); ArcFace: clearly behind (interval excludes 0)
  const cosFace = pairedComparison([81.0, 83.5, 80.2, 84.0, 82.1], [80.5, 81.0, 80.9, 82.0, 80.4], { names: ["CosFace", "softmax"] });
  const arcFace = pairedComparison([70, 71, 69, 72, 70.5], [75, 75.5, 74, 76.8, 75.1], { names: ["ArcFace", "softmax"] });
  const rows: PairedComparison[] = [cosFace, arcFace];

  it("draws one row per comparison, top to bottom in order, at the mean with its interval as asymmetric bars", () => {
    const fig = forestPlot(rows, { xTitle: "difference in one-shot accuracy (points)", unit: "points" });
    expect(fig.data).toHaveLength(2);
    expect(fig.data.map((t) => (t.y as string[])[0])).toEqual(["CosFace − softmax", "ArcFace − softmax"]);
    expect(forestRowLabel(cosFace)).toBe("CosFace − softmax");
    rows.forEach((c, k) => {
      const t = fig.data[k];
      expect((t.x as number[])[0]).toBeCloseTo(c.mean, 12);
      const e = t.error_x as { array: number[]; arrayminus: number[]; symmetric: boolean };
      expect(e.symmetric).toBe(false);
      expect((t.x as number[])[0] + e.array[0]).toBeCloseTo(c.interval[1], 12);
      expect((t.x as number[])[0] - e.arrayminus[0]).toBeCloseTo(c.interval[0], 12);
    });
    expect((fig.layout.yaxis as { autorange: string }).autorange).toBe("reversed");
  });

  it("has a zero line, palette colours, filled dots only where the interval excludes zero", () => {
    const fig = forestPlot(rows, { xTitle: "Δ accuracy (points)" });
    const zero = (fig.layout.shapes as { x0: number; x1: number; yref: string }[])[0];
    expect([zero.x0, zero.x1, zero.yref]).toEqual([0, 0, "paper"]);
    expect(cosFace.distinguishable).toBe(false);
    expect(arcFace.distinguishable).toBe(true);
    const marker = (k: number) => fig.data[k].marker as { color: string; line: { color: string } };
    expect(marker(0).line.color).toBe(seriesColor(0));
    expect(marker(0).color).toBe("white");
    expect(marker(1).color).toBe(seriesColor(1));
  });

  it("puts the numbers in the hover text: difference, interval, seeds, p and the design's MDE", () => {
    const fig = forestPlot(rows, { xTitle: "Δ", unit: "points", decimals: 1 });
    const text = (fig.data[1].text as string[])[0];
    const f = (x: number) => `${x < 0 ? "−" : "+"}${Math.abs(x).toFixed(1)}`;
    expect(text).toContain(`ArcFace − softmax: ${f(arcFace.mean)} points`);
    expect(text).toContain(`95 % interval [${f(arcFace.interval[0])}, ${f(arcFace.interval[1])}] points`);
    expect(text).toContain("5 seeds, paired");
    expect(text).toContain(`p = ${arcFace.pValue.toPrecision(2)}`);
    expect(text).toContain(`detects about ${arcFace.minimumDetectableEffect.toFixed(1)} points`);
    expect((fig.data[0].text as string[])[0]).toContain("not distinguishable");
    expect(fig.data[0].hovertemplate).toBe("%{text}<extra></extra>");
  });

  it("says which side is better in the axis title when told, and grows with the rows", () => {
    const fig = forestPlot(rows, { xTitle: "Δ error (points)", higherIsBetter: false, title: "t" });
    expect((fig.layout.xaxis as { title: { text: string } }).title.text).toBe("Δ error (points)  (← better)");
    expect(fig.layout.title).toEqual({ text: "t" });
    expect(forestPlot([cosFace], { xTitle: "x" }).layout.height).toBeLessThan(fig.layout.height as number);
  });

  it("refuses what it cannot draw, naming the argument", () => {
    expect(() => forestPlot([], { xTitle: "x" })).toThrow(/forestPlot.*'comparisons'/);
    expect(() => forestPlot([{ mean: 1 } as never], { xTitle: "x" })).toThrow(ValueError);
    expect(() => forestPlot([cosFace, cosFace], { xTitle: "x" })).toThrow(/repeated row/);
    expect(() => forestPlot(rows, {} as never)).toThrow(/'xTitle'/);
    expect(() => forestPlot(rows, { xTitle: "x", unti: "°" } as never)).toThrow(/did you mean 'unit'/);
    expect(() => forestPlot(rows, { xTitle: 3 } as never)).toThrow(InputTypeError);
  });
});
