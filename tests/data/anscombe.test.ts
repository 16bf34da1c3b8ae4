import { ValueError } from "losslab";
import { ANSCOMBE_SETS, loadAnscombe } from "losslab-course";

describe("loadAnscombe", () => {
  it("has four sets of 11 points with the same means and variances (Anscombe 1973)", () => {
    for (const s of ANSCOMBE_SETS) {
      const { x, y } = loadAnscombe(s);
      expect(x).toHaveLength(11);
      const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
      const variance = (v: number[]) => v.reduce((a, b) => a + (b - mean(v)) ** 2, 0) / (v.length - 1);
      expect(mean(x)).toBe(9);
      expect(variance(x)).toBe(11);
      expect(mean(y)).toBeCloseTo(7.5, 2);
      expect(variance(y)).toBeCloseTo(4.12, 1);
    }
  });

  it("holds set III's outlier at x = 13", () => {
    const { x, y } = loadAnscombe("III");
    expect(y[x.indexOf(13)]).toBe(12.74);
  });

  it("returns copies and rejects unknown sets", () => {
    loadAnscombe("I").x.push(99);
    expect(loadAnscombe("I").x).toHaveLength(11);
    expect(() => loadAnscombe("V" as never)).toThrow(ValueError);
    expect(() => loadAnscombe("V" as never)).toThrow("argument 'set' must be one of 'I', 'II', 'III', 'IV', but got 'V'");
  });
});
