/**
 * The notes' "notion of a metric", checked numerically: a distance f is a metric when, for all x, y, z,
 *
 *   non-negativity            f(x, y) ≥ 0
 *   identity of indiscernibles f(x, y) = 0 ⇔ x = y
 *   symmetry                  f(x, y) = f(y, x)
 *   triangle inequality       f(x, z) ≤ f(x, y) + f(y, z)
 *
 * `checkMetricAxioms` tries every pair and triple of a finite set of points and reports, for each axiom,
 * whether it held and the worst counterexample. Euclidean and Manhattan distances pass; the squared
 * Euclidean distance of the notes' triplet loss fails the triangle inequality (0, 1, 2 on a line:
 * 4 > 1 + 1); the cosine distance 1 − cos fails it too (0°, 45°, 90°) and also the identity of
 * indiscernibles (x and 2x are at distance 0). Plain float64 numbers, no tensors.
 */
import { formatNumber } from "../notebook/display";
import { InputTypeError, ShapeError } from "losslab";
import { checkNumber, checkNumberArray, checkOneOf, checkOptions, checkRange, describe } from "losslab/internal";
import { rawPointDistance } from "./raw_distance";

export type PointDistanceName = "euclidean" | "squaredEuclidean" | "cosine" | "manhattan";
export const POINT_DISTANCES: readonly PointDistanceName[] = ["euclidean", "squaredEuclidean", "cosine", "manhattan"];

export type MetricAxiom = "non-negativity" | "identity of indiscernibles" | "symmetry" | "triangle inequality";
export const METRIC_AXIOMS: readonly MetricAxiom[] = ["non-negativity", "identity of indiscernibles", "symmetry", "triangle inequality"];

/**
 * The distance of two plain vectors, in float64: ‖a − b‖, ‖a − b‖², 1 − cos(a, b) (a zero vector has
 * cosine 0 with everything, as in `cosineDistance`), or Σ|aᵢ − bᵢ|. Checks the name and that a and b
 * are equally long, non-empty arrays of finite numbers (O(d), as cheap as the distance itself).
 */
export function pointDistance(name: PointDistanceName, a: ArrayLike<number>, b: ArrayLike<number>): number {
  const fn = "pointDistance";
  checkOneOf(fn, "name", name, POINT_DISTANCES);
  const [x, y] = [checkNumberArray(fn, "a", a), checkNumberArray(fn, "b", b)];
  if (x.length !== y.length) throw new ShapeError(fn, "b", `a point with ${x.length} coordinates, as a`, `${y.length} coordinates`);
  return rawPointDistance(name, x, y);
}

export interface AxiomCheck {
  axiom: MetricAxiom;
  holds: boolean;
  /**
   * How far the worst case misses (0 when the axiom holds): −f(x, y) for non-negativity, |f(x, x)| or,
   * for two different points at distance 0, their Euclidean distance for the identity, |f(x, y) − f(y, x)|
   * for symmetry, f(x, z) − f(x, y) − f(y, z) for the triangle inequality.
   */
  worst: number;
  /** The worst counterexample in words, with the point numbers (empty when the axiom holds). */
  example: string;
  /** Pairs or triples tried. */
  checked: number;
}

export interface MetricAxiomOptions {
  /** The points x₀, x₁, …: equally long arrays of finite numbers. */
  points: number[][];
  /** The distance to check: by name, or any function of two points (to test a distance of your own). */
  distance: PointDistanceName | ((a: number[], b: number[]) => number);
  /** Rounding allowance: a miss smaller than tolerance·(1 + size of the values) is no miss. @default 1e-12 */
  tolerance?: number;
}

function checkPoints(fn: string, points: unknown): number[][] {
  if (!Array.isArray(points) || points.length === 0) throw new InputTypeError(fn, "points", "a non-empty array of points", describe(points));
  const d = Array.isArray(points[0]) ? points[0].length : -1;
  points.forEach((p, i) => {
    if (!Array.isArray(p) || p.length !== d || d === 0) throw new ShapeError(fn, `points[${i}]`, `a point with ${d} coordinates, like points[0]`, describe(p));
    p.forEach((v, j) => {
      if (typeof v !== "number" || !Number.isFinite(v)) throw new InputTypeError(fn, `points[${i}][${j}]`, "a finite number", describe(v));
    });
  });
  return points as number[][];
}

const f4 = (v: number) => formatNumber(v, 3);

/** Checks the four metric axioms on every pair and triple of `points`; one entry per axiom, in the notes' order. */
export function checkMetricAxioms(options: MetricAxiomOptions): AxiomCheck[] {
  const fn = "checkMetricAxioms";
  checkOptions(fn, options, ["points", "distance", "tolerance?"]);
  const points = checkPoints(fn, options.points);
  const given = options.distance;
  const dist = typeof given === "function" ? given : ((name: PointDistanceName) => (a: number[], b: number[]) => rawPointDistance(name, a, b))(checkOneOf(fn, "distance", given, POINT_DISTANCES));
  const tol = checkRange(fn, "tolerance", options.tolerance ?? 1e-12, { min: 0 });
  const n = points.length;
  const f = points.map((a) => points.map((b) => checkNumber(fn, "distance(a, b)", dist(a, b))));
  const same = (i: number, j: number) => points[i].every((v, k) => v === points[j][k]);
  const slack = (...v: number[]) => tol * (1 + v.reduce((s, x) => s + Math.abs(x), 0));
  const results: AxiomCheck[] = [];
  const worst = (axiom: MetricAxiom, checked: number, cases: Iterable<[number, string]>) => {
    let top: [number, string] = [0, ""];
    for (const c of cases) if (c[0] > top[0]) top = c;
    results.push({ axiom, holds: top[0] === 0, worst: top[0], example: top[1], checked });
  };
  const pairs = function* (visit: (i: number, j: number) => [number, string] | null) {
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      const r = visit(i, j);
      if (r !== null) yield r;
    }
  };
  worst("non-negativity", n * n, pairs((i, j) => (f[i][j] < -slack(f[i][j]) ? [-f[i][j], `f(x${i}, x${j}) = ${f4(f[i][j])} < 0`] : null)));
  worst("identity of indiscernibles", n * n, pairs((i, j) => {
    if (same(i, j)) return Math.abs(f[i][j]) > slack(f[i][j]) ? [Math.abs(f[i][j]), `f(x${i}, x${i}) = ${f4(f[i][j])} ≠ 0 for the same point`] : null;
    // different points at distance 0: the miss is how far apart they really are (Euclidean)
    if (Math.abs(f[i][j]) > slack(f[i][j])) return null;
    return [rawPointDistance("euclidean", points[i], points[j]), `f(x${i}, x${j}) = ${f4(f[i][j])} although x${i} = (${points[i].map(f4).join(", ")}) ≠ x${j} = (${points[j].map(f4).join(", ")})`];
  }));
  worst("symmetry", n * n, pairs((i, j) => {
    const miss = Math.abs(f[i][j] - f[j][i]);
    return miss > slack(f[i][j], f[j][i]) ? [miss, `f(x${i}, x${j}) = ${f4(f[i][j])} but f(x${j}, x${i}) = ${f4(f[j][i])}`] : null;
  }));
  const triangles = function* (): Generator<[number, string]> {
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) {
      const miss = f[i][k] - f[i][j] - f[j][k];
      if (miss > slack(f[i][k], f[i][j], f[j][k])) {
        yield [miss, `f(x${i}, x${k}) = ${f4(f[i][k])} > f(x${i}, x${j}) + f(x${j}, x${k}) = ${f4(f[i][j])} + ${f4(f[j][k])}`];
      }
    }
  };
  worst("triangle inequality", n * n * n, triangles());
  return results;
}

/**
 * One table row per distance, one column per axiom: "✓" where it held on every pair and triple of the
 * points, else "✗" with the worst counterexample.
 */
export function metricAxiomRows(points: number[][], distances: readonly PointDistanceName[] = POINT_DISTANCES): Record<string, string>[] {
  return distances.map((distance) => {
    const row: Record<string, string> = { distance };
    for (const c of checkMetricAxioms({ points, distance })) row[c.axiom] = c.holds ? "✓" : `✗ ${c.example}`;
    return row;
  });
}
