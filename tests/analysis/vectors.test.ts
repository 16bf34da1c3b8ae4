import { ShapeError, ValueError } from "losslab";
import { projectToUnit, rowNorms, unitVector, vectorAngle, vectorNorm } from "losslab-course";

describe("vector helpers", () => {
  it("measure the angle between two vectors in radians, in [0, π]", () => {
    expect(vectorAngle([1, 0], [0, 2])).toBeCloseTo(Math.PI / 2, 15);
    expect(vectorAngle([1, 0], [-3, 0])).toBe(Math.PI);
    expect(vectorAngle([1, 1, 0], [1, 0, 0])).toBeCloseTo(Math.PI / 4, 15);
    expect(vectorAngle([2, 0], [Math.cos(1), Math.sin(1)])).toBeCloseTo(1, 14);
  });

  it("clamp the cosine: parallel vectors give exactly 0, never NaN from a cosine of 1 + 1e-16", () => {
    // 0.1·(1, 2, 3) and 0.3·(1, 2, 3): their cosine rounds above 1 without the clamp
    for (const k of [0.3, 7, 1e-3, 123.456]) expect(vectorAngle([0.1, 0.2, 0.3], [0.1 * k, 0.2 * k, 0.3 * k])).toBeLessThan(1e-7);
    expect(Number.isNaN(vectorAngle([0.1, 0.2, 0.3], [-0.3, -0.6, -0.9]))).toBe(false);
  });

  it("treat a zero vector as orthogonal to everything (θ = π/2), as `angles` does for tensors", () => {
    expect(vectorAngle([0, 0], [1, 2])).toBe(Math.PI / 2);
    expect(unitVector([0, 0, 0])).toEqual([0, 0, 0]);
  });

  it("norms neither overflow nor underflow", () => {
    expect(vectorNorm([3e200, 4e200])).toBeCloseTo(5e200, -186);
    expect(vectorNorm([3e-200, 4e-200]) / 5e-200).toBeCloseTo(1, 14);
    expect(vectorAngle([1e-200, 0], [0, 1e-200])).toBeCloseTo(Math.PI / 2, 15);
  });

  it("project rows onto the unit circle / sphere and give their norms", () => {
    expect(projectToUnit([[3, 4], [0, -2]])).toEqual([[0.6, 0.8], [0, -1]]);
    expect(rowNorms([[3, 4], [1, 2, 2].slice(0, 2)])).toEqual([5, Math.sqrt(5)]);
    const p = projectToUnit([[1, 2, 3]]);
    expect(vectorNorm(p[0])).toBeCloseTo(1, 15);
  });

  it("reject ragged, empty or non-finite rows, naming the row", () => {
    expect(() => projectToUnit([[1, 2], [3]])).toThrow(ShapeError);
    expect(() => projectToUnit([[1, 2], [3]])).toThrow("rows[1]");
    expect(() => projectToUnit([])).toThrow(ShapeError);
    expect(() => rowNorms([[1, NaN]])).toThrow(ValueError);
    expect(() => vectorAngle([1, 2], [1, 2, 3])).toThrow(ShapeError);
  });
});
