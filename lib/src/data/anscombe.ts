/**
 * Anscombe's quartet (Anscombe 1973): four sets of 11 points with equal summary statistics.
 * Lesson 00 fits set I by gradient descent; lesson 01 uses set III's outlier.
 */
import * as fs from "fs";
import { checkOneOf } from "../validation";
import { dataFile } from "./paths";

export type AnscombeSet = "I" | "II" | "III" | "IV";
export const ANSCOMBE_SETS: readonly AnscombeSet[] = ["I", "II", "III", "IV"];

export interface XYData {
  x: number[];
  y: number[];
}

let cache: Map<AnscombeSet, XYData> | null = null;

/** The points of one set of the quartet, read from `data/anscombe.csv`. */
export function loadAnscombe(set: AnscombeSet): XYData {
  checkOneOf("loadAnscombe", "set", set, ANSCOMBE_SETS);
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
