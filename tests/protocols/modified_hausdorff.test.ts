import { Rng, ShapeError } from "losslab";
import { modifiedHausdorffDistance } from "losslab-course";

/** Dubuisson & Jain's d₂₂ by its definition, every pair of points. */
function reference(a: number[][], b: number[][]): number {
  const directed = (p: number[][], q: number[][]) =>
    p.reduce((s, [x, y]) => s + Math.min(...q.map(([u, v]) => Math.hypot(x - u, y - v))), 0) / p.length;
  return Math.max(directed(a, b), directed(b, a));
}

const cloud = (rng: Rng, n: number, spread: number) => Array.from({ length: n }, () => [Math.round(rng.normal(0, spread)), rng.normal(0, spread)]);

describe("modifiedHausdorffDistance", () => {
  it("equals the definition (every pair) on random point sets, unsorted, with repeated x, of different sizes", () => {
    const rng = new Rng(3);
    for (let t = 0; t < 30; t++) {
      const a = cloud(rng, 1 + rng.int(40), 5);
      const b = cloud(rng, 1 + rng.int(60), 8);
      const expected = reference(a, b);
      expect(modifiedHausdorffDistance(a, b)).toBeCloseTo(expected, 12);
      expect(modifiedHausdorffDistance(b, a)).toBeCloseTo(expected, 12);
      expect(modifiedHausdorffDistance(Float64Array.from(a.flat()), b.flat())).toBeCloseTo(expected, 12);
    }
  });

  it("is 0 between a set and itself and the offset between a set and its translate by a constant vector along x ≥ the spacing", () => {
    const a = [[0, 0], [0, 1], [1, 0]];
    expect(modifiedHausdorffDistance(a, a)).toBe(0);
    // one point against three: d(A,B) = mean of 3 distances, d(B,A) = nearest one
    expect(modifiedHausdorffDistance(a, [[0, 0]])).toBeCloseTo((0 + 1 + 1) / 3, 15);
  });

  it("refuses empty sets, odd-length coordinate lists and NaN, naming the argument", () => {
    expect(() => modifiedHausdorffDistance([], [[0, 0]])).toThrow(ShapeError);
    expect(() => modifiedHausdorffDistance([[0, 0]], [1, 2, 3])).toThrow(/argument 'b' must be interleaved/);
    expect(() => modifiedHausdorffDistance([[0, NaN]], [[0, 0]])).toThrow(/argument 'a' must be finite coordinates/);
    expect(() => modifiedHausdorffDistance([[0, 0, 1]], [[0, 0]])).toThrow(/a\[0\]/);
  });
});
