import { psi, radians, targetLogit } from "losslab";
import { arcFaceFallbackFigure, psiFigure, targetLogitFigure, thetaGrid } from "losslab-course";
import { applyStep, seen } from "./apply_slider";

describe("thetaGrid", () => {
  it("spans 0–180° and adds each breakpoint with a point just before it, so a jump is drawn as one", () => {
    const g = thetaGrid(30, [151.35]);
    expect(g[0]).toBe(0);
    expect(g[g.length - 1]).toBe(180);
    expect(g).toContain(151.35);
    expect(g).toContain(151.35 - 1e-7);
    expect(g.every((v, i) => i === 0 || v > g[i - 1])).toBe(true);
  });
});

describe("psiFigure (lesson 06)", () => {
  it("one step per m: ψ itself, its k intervals shaded and labelled, ticks at kπ/m", () => {
    const fig = psiFigure({ ms: [1, 2, 3, 4], active: 2 });
    const shown = seen(fig);
    const curve = shown.find((t) => t.name === "ψ(θ)")!;
    (curve.x as number[]).forEach((deg, i) => i % 97 === 0 && expect((curve.y as number[])[i]).toBeCloseTo(psi(radians(deg), 2), 12));
    expect((fig.layout.shapes as unknown[]).length).toBe(2);
    expect((fig.layout.annotations as { text: string }[]).map((a) => a.text)).toEqual(["k = 0", "k = 1"]);
    applyStep(fig, 0, 3); // m = 4
    expect((fig.layout.shapes as unknown[]).length).toBe(4);
    expect((fig.layout.xaxis as { tickvals: number[] }).tickvals).toEqual([0, 45, 90, 135, 180]);
    const ends = seen(fig).find((t) => t.name?.startsWith("piece ends"))!;
    expect(ends.y).toEqual([1, -1, -3, -5, -7]);
  });
});

describe("targetLogitFigure", () => {
  it("draws each curve from targetLogit for the sliders' values", () => {
    const fig = targetLogitFigure({
      title: "t",
      controls: [{ name: "s", values: [1, 64] }, { name: "m", values: [0.35, 0.5] }],
      curves: (s, m) => [{ name: "ArcFace", options: { loss: "arcFace", s, m } }],
    });
    const check = (s: number, m: number) => {
      const t = seen(fig)[0];
      const i = (t.x as number[]).indexOf(60);
      expect((t.y as number[])[i]).toBeCloseTo(targetLogit({ loss: "arcFace", theta: radians(60), s, m }), 9);
      // the fallback's jump at π − m is on the grid
      expect(t.x as number[]).toContain(180 - (m * 180) / Math.PI);
    };
    check(1, 0.35);
    applyStep(fig, 0, 1);
    applyStep(fig, 1, 1);
    check(64, 0.5);
  });
});

describe("arcFaceFallbackFigure (lesson 08)", () => {
  it("marks the jump at θ = π − m: down for m = 0.5, up for m = 2.5", () => {
    const fig = arcFaceFallbackFigure({ ms: [0.5, 2.5], active: 0.5 });
    const jump = () => seen(fig).find((t) => t.name === "the jump at θ = π − m")!;
    expect(jump().y).toEqual([-1, -Math.cos(0.5) - 0.5 * Math.sin(0.5)]);
    expect((fig.layout.title as { text: string }).text).toContain("goes down by 0.117");
    applyStep(fig, 0, 1);
    expect((jump().y as number[])[1]).toBeGreaterThan(-1);
    expect((fig.layout.title as { text: string }).text).toContain("goes up");
  });
});
