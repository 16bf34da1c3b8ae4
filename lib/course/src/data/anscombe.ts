/**
 * Anscombe's quartet (Anscombe 1973): four sets of 11 points with equal summary statistics.
 * Lesson 00 fits set I by gradient descent; lesson 01 uses set III's outlier.
 */
import * as fs from "fs";
import { InputTypeError, ValueError } from "losslab";
import { describe } from "losslab/internal";
import { dataFile } from "./paths";

export type AnscombeSet = "I" | "II" | "III" | "IV";
export const ANSCOMBE_SETS: readonly AnscombeSet[] = ["I", "II", "III", "IV"];

export interface XYData {
  x: number[];
  y: number[];
}

let cache: Map<AnscombeSet, XYData> | null = null;

/**
 * The set's name: a string of the quartet ("I" … "IV"); another type is an InputTypeError, a wrong
 * case or an Arabic numeral a ValueError that names the set meant ("iii" or "3": did you mean 'III'?).
 */
function checkSet(fn: string, set: unknown): AnscombeSet {
  const expected = `one of ${ANSCOMBE_SETS.map((s) => `'${s}'`).join(", ")}`;
  if (typeof set !== "string") throw new InputTypeError(fn, "set", `a set name, ${expected}`, describe(set));
  if (ANSCOMBE_SETS.includes(set as AnscombeSet)) return set as AnscombeSet;
  const meant = ANSCOMBE_SETS.find((s, i) => s === set.trim().toUpperCase() || String(i + 1) === set.trim());
  throw new ValueError(fn, "set", `${expected}${meant === undefined ? "" : ` (did you mean '${meant}'?)`}`, describe(set));
}

/** The points of one set of the quartet, read from `data/anscombe.csv`. */
export function loadAnscombe(set: AnscombeSet): XYData {
  checkSet("loadAnscombe", set);
  if (cache === null) {
    cache = new Map();
    const lines = fs.readFileSync(dataFile("anscombe.csv"), "utf8").trim().split(/\r?\n/).slice(1);
    for (const line of lines) {
      const [s, x, y] = line.split(",");
      const entry = cache.get(s as AnscombeSet) ?? { x: [], y: [] };
      entry.x.push(Number(x));
      entry.y.push(Number(y));
      cache.set(s as AnscombeSet, entry);
    }
  }
  const data = cache.get(set)!;
  return { x: data.x.slice(), y: data.y.slice() };
}
