/**
 * Helpers the exercise checkers of lessons 01–03 share: a short rendering of an input for a message,
 * and a test of whether a wrong answer matches a known mistake (to choose the hint).
 */
import { compare } from "./checker";

/** A list of numbers for a message: all of them when short, else the first few and the count. */
export function shortList(values: readonly number[], max = 6): string {
  const shown = values.slice(0, max).map((v) => +v.toPrecision(4));
  return values.length <= max ? `[${shown.join(", ")}]` : `[${shown.join(", ")}, …] (${values.length} numbers)`;
}

/** A matrix of numbers for a message, one short list per row, at most `maxRows` rows. */
export function shortRows(rows: readonly number[][], maxRows = 3): string {
  const shown = rows.slice(0, maxRows).map((r) => shortList(r, 5));
  return rows.length <= maxRows ? `[${shown.join(", ")}]` : `[${shown.join(", ")}, …] (${rows.length} rows)`;
}

/** True when `got` equals `candidate` to a relative 1e-4: the answer is that known mistake. */
export function looksLike(got: unknown, candidate: unknown): boolean {
  try {
    return compare(candidate, got, 1e-4, 1e-7) === "";
  } catch {
    return false;
  }
}

/** True when the answer holds a NaN or an infinite number. */
export function hasNonFinite(got: unknown): boolean {
  const flat = Array.isArray(got) ? (got.flat(Infinity) as unknown[]) : [got];
  return flat.some((v) => typeof v === "number" && !Number.isFinite(v));
}
