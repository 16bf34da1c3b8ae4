import { ShapeError, ValueError } from "losslab";
import { gaussianClasses } from "losslab-course";

describe("gaussianClasses", () => {
  it("draws counts[c] points of class c around means[c], the same for the same seed", () => {
    const a = gaussianClasses({ counts: [300, 100], means: [[0, 0], [5, -5]], std: 0.5, seed: 7 });
    expect(a.x).toHaveLength(400);
    expect(a.y.filter((v) => v === 1)).toHaveLength(100);
    const mean = (c: number, k: number) => {
      const rows = a.x.filter((_, i) => a.y[i] === c);
      return rows.reduce((s, p) => s + p[k], 0) / rows.length;
    };
    expect(mean(0, 0)).toBeCloseTo(0, 1);
    expect(mean(1, 1)).toBeCloseTo(-5, 1);
    expect(gaussianClasses({ counts: [300, 100], means: [[0, 0], [5, -5]], std: 0.5, seed: 7 })).toEqual(a);
    expect(gaussianClasses({ counts: [300, 100], means: [[0, 0], [5, -5]], std: 0.5, seed: 8 })).not.toEqual(a);
  });

  it("shuffles the classes together and allows one std per class", () => {
    const d = gaussianClasses({ counts: [50, 50], means: [[0], [0]], std: [0, 1] });
    expect(d.y.slice(0, 50).some((v) => v === 1)).toBe(true);
    d.x.forEach((p, i) => (d.y[i] === 0 ? expect(p[0]).toBe(0) : undefined));
  });

  it("rejects mismatched means, dimensions, counts and deviations", () => {
    expect(() => gaussianClasses({ counts: [1, 2], means: [[0]] })).toThrow(ShapeError);
    expect(() => gaussianClasses({ counts: [1, 2], means: [[0], [0, 1]] })).toThrow(ShapeError);
    expect(() => gaussianClasses({ counts: [1.5, 2], means: [[0], [1]] })).toThrow(ValueError);
    expect(() => gaussianClasses({ counts: [1, 2], means: [[0], [1]], std: -1 })).toThrow(ValueError);
  });
});
