/**
 * Plain-number vector helpers for looking at trained features (float64, no tensors): norms, the
 * projection onto the unit circle or sphere, and the angle between two vectors.
 */
import { ShapeError } from "losslab";
import { checkNumberArray, describe } from "losslab/internal";

/** ‖v‖, computed with a scale factor so tiny and huge vectors neither underflow nor overflow. */
export function vectorNorm(v: ArrayLike<number>): number {
  let scale = 0;
  for (let i = 0; i < v.length; i++) scale = Math.max(scale, Math.abs(v[i]));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += (v[i] / scale) ** 2;
  return scale * Math.sqrt(sum);
}

/** v/‖v‖; a zero vector stays zero (it has no direction). */
export function unitVector(v: ArrayLike<number>): number[] {
  const n = vectorNorm(v);
  return Array.from(v, (x) => (n > 0 ? x / n : 0));
}

/**
 * The angle θ ∈ [0, π] between a and b, in radians: arccos of the cosine of the two unit vectors,
 * clamped to [-1, 1] (rounding can put it a hair outside, where arccos is NaN). A zero vector makes
 * cos θ = 0, θ = π/2, as `angles` does for tensors. a and b must be equally long, non-empty arrays
 * of finite numbers.
 */
export function vectorAngle(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const fn = "vectorAngle";
  const [x, y] = [checkNumberArray(fn, "a", a), checkNumberArray(fn, "b", b)];
  if (x.length !== y.length) throw new ShapeError(fn, "b", `a vector of length ${x.length}, as a`, `length ${y.length}`);
  return rawVectorAngle(x, y);
}

/**
 * `vectorAngle` without its checks, for loops over rows already checked (`checkRows`). Internal: the
 * package's index does not export it.
 */
export function rawVectorAngle(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const ua = unitVector(a);
  const ub = unitVector(b);
  let c = 0;
  for (let i = 0; i < ua.length; i++) c += ua[i] * ub[i];
  return Math.acos(Math.min(1, Math.max(-1, c)));
}

/** Checks a list of feature rows: a non-empty array of equally long arrays of finite numbers. */
export function checkRows(fn: string, arg: string, rows: unknown): number[][] {
  if (!Array.isArray(rows) || rows.length === 0) throw new ShapeError(fn, arg, "a non-empty array of feature rows", describe(rows));
  const d = Array.isArray(rows[0]) || ArrayBuffer.isView(rows[0]) ? (rows[0] as ArrayLike<number>).length : -1;
  return rows.map((r, i) => {
    // checkNumberArray also rejects NaN and ±Infinity
    const row = checkNumberArray(fn, `${arg}[${i}]`, r);
    if (row.length !== d) throw new ShapeError(fn, `${arg}[${i}]`, `a row of length ${d}, as ${arg}[0]`, `length ${row.length}`);
    return row;
  });
}

/** Each row divided by its norm: features projected onto the unit circle (d = 2) or sphere (d = 3). */
export function projectToUnit(rows: ArrayLike<number>[]): number[][] {
  return checkRows("projectToUnit", "rows", rows).map(unitVector);
}

/** The norm of every row. */
export function rowNorms(rows: ArrayLike<number>[]): number[] {
  return checkRows("rowNorms", "rows", rows).map(vectorNorm);
}
