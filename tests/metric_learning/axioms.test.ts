import { InputTypeError, ShapeError, ValueError, Rng } from "losslab";
import { checkMetricAxioms, metricAxiomRows, pointDistance } from "losslab-course";

describe("pointDistance", () => {
  it("computes the four distances in float64", () => {
    expect(pointDistance("euclidean", [0, 0], [3, 4])).toBe(5);
    expect(pointDistance("squaredEuclidean", [0, 0], [3, 4])).toBe(25);
    expect(pointDistance("manhattan", [1, -1], [-2, 3])).toBe(7);
    expect(pointDistance("cosine", [1, 0], [0, 2])).toBeCloseTo(1, 15);
    expect(pointDistance("cosine", [1, 1], [2, 2])).toBeCloseTo(0, 15);
    expect(pointDistance("cosine", [1, 0], [-1, 0])).toBeCloseTo(2, 15);
  });

  it("gives a zero vector cosine 0 with everything (distance 1), as cosineDistance does", () => {
    expect(pointDistance("cosine", [0, 0], [1, 2])).toBe(1);
    expect(pointDistance("cosine", [0, 0], [0, 0])).toBe(1);
  });
});

describe("checkMetricAxioms", () => {
  const rng = new Rng(4);
  const points = [...Array.from({ length: 12 }, () => [rng.normal(), rng.normal()]), [1, 0], [1, 1], [0, 1], [2, 0]];
  const byAxiom = (distance: "euclidean" | "squaredEuclidean" | "cosine" | "manhattan") =>
    Object.fromEntries(checkMetricAxioms({ points, distance }).map((c) => [c.axiom, c]));

  it("Euclidean and Manhattan distances pass all four axioms on every pair and triple", () => {
    for (const d of ["euclidean", "manhattan"] as const) {
      const r = checkMetricAxioms({ points, distance: d });
      expect(r.map((c) => c.axiom)).toEqual(["non-negativity", "identity of indiscernibles", "symmetry", "triangle inequality"]);
      expect(r.every((c) => c.holds && c.worst === 0 && c.example === "")).toBe(true);
      expect(r.map((c) => c.checked)).toEqual([16 ** 2, 16 ** 2, 16 ** 2, 16 ** 3]);
    }
  });

  it("the squared Euclidean distance breaks only the triangle inequality (0, 1, 2 on a line: 4 > 1 + 1)", () => {
    const r = checkMetricAxioms({ points: [[0], [1], [2]], distance: "squaredEuclidean" });
    expect(r.map((c) => c.holds)).toEqual([true, true, true, false]);
    expect(r[3].worst).toBe(2);
    expect(r[3].example).toBe("f(x0, x2) = 4 > f(x0, x1) + f(x1, x2) = 1 + 1");
  });

  it("the cosine distance breaks the identity of indiscernibles (x and 2x) and the triangle inequality", () => {
    const r = byAxiom("cosine");
    expect(r["non-negativity"].holds).toBe(true);
    expect(r["symmetry"].holds).toBe(true);
    expect(r["identity of indiscernibles"].holds).toBe(false);
    expect(r["identity of indiscernibles"].example).toBe("f(x12, x15) = 0 although x12 = (1, 0) ≠ x15 = (2, 0)");
    expect(r["identity of indiscernibles"].worst).toBe(1); // ‖(2, 0) − (1, 0)‖
    const tri = r["triangle inequality"];
    expect(tri.holds).toBe(false);
    // the worst triple is at least as bad as 0°, 45°, 90°: 1 − 2(1 − 1/√2); at most 0.5 (120° with a 60° stop)
    expect(tri.worst).toBeGreaterThanOrEqual(1 - 2 * (1 - Math.SQRT1_2) - 1e-12);
    expect(tri.worst).toBeLessThanOrEqual(0.5 + 1e-12);
  });

  it("checks a distance given as a function: a signed difference breaks non-negativity and symmetry", () => {
    const signed = (a: number[], b: number[]) => b[0] - a[0];
    const r = checkMetricAxioms({ points: [[0], [1], [3]], distance: signed });
    // identity holds (f(x, x) = 0, f ≠ 0 elsewhere) and the triangle holds with equality (b − a telescopes)
    expect(r.map((c) => c.holds)).toEqual([false, true, false, true]);
    expect(r[0]).toMatchObject({ worst: 3, example: "f(x2, x0) = -3 < 0" });
    expect(r[2]).toMatchObject({ worst: 6, example: "f(x0, x2) = 3 but f(x2, x0) = -3" });
  });

  it("a function that returns something other than a number is reported", () => {
    expect(() => checkMetricAxioms({ points: [[0], [1]], distance: () => NaN })).toThrow(/distance\(a, b\)/);
  });

  it("metricAxiomRows: one row per distance, ✓ or ✗ with the worst counterexample", () => {
    const rows = metricAxiomRows([[0], [1], [3]], ["manhattan", "squaredEuclidean"]);
    expect(rows).toEqual([
      { distance: "manhattan", "non-negativity": "✓", "identity of indiscernibles": "✓", symmetry: "✓", "triangle inequality": "✓" },
      { distance: "squaredEuclidean", "non-negativity": "✓", "identity of indiscernibles": "✓", symmetry: "✓", "triangle inequality": "✗ f(x0, x2) = 9 > f(x0, x1) + f(x1, x2) = 1 + 4" },
    ]);
  });

  it("a tolerance absorbs rounding: points on a line pass the Euclidean triangle with equality", () => {
    const line = [[0.1], [0.2], [0.3]];
    expect(checkMetricAxioms({ points: line, distance: "euclidean" })[3].holds).toBe(true);
  });

  it("rejects bad points and options, naming the argument", () => {
    expect(() => checkMetricAxioms({ points: [], distance: "euclidean" })).toThrow(InputTypeError);
    expect(() => checkMetricAxioms({ points: [[1, 2], [3]], distance: "euclidean" })).toThrow(/points\[1\]/);
    expect(() => checkMetricAxioms({ points: [[1, 2], [3]], distance: "euclidean" })).toThrow(ShapeError);
    expect(() => checkMetricAxioms({ points: [[1, NaN]], distance: "euclidean" })).toThrow(/points\[0\]\[1\]/);
    expect(() => checkMetricAxioms({ points: [[1]], distance: "hamming" as never })).toThrow(ValueError);
    expect(() => checkMetricAxioms({ points: [[1]], distance: "euclidean", tolerance: -1 })).toThrow(/tolerance/);
  });
});
