/**
 * The input of every verification measure: one score per pair and whether the pair is of one class.
 * A score is a distance (small = same: d(img1, img2) < t) or a similarity (large = same,
 * e.g. the cosine similarity).
 */
import * as tf from "../tf";
import { checkOneOf, checkOptions, checkSameCount, InputTypeError, ShapeError, ValueError, describe, type TensorInput } from "../validation";

export type ScoreKind = "distance" | "similarity";
export const SCORE_KINDS: readonly ScoreKind[] = ["distance", "similarity"];

export interface VerificationInput {
  /** One score per pair. */
  scores: TensorInput | ArrayLike<number>;
  /** 1 (or true) where the pair is of one class, 0 (false) where not. */
  isSame: TensorInput | ArrayLike<number | boolean>;
  /** Default "distance": a small score means "same". */
  kind?: ScoreKind;
}

/** Pairs grouped by tied score, from the most "same"-looking score to the least. */
export interface ScoreGroups {
  /** Score of each group, in the input's units, ordered from most to least similar. */
  values: number[];
  /** Same-class and different-class pairs in each group. */
  same: number[];
  different: number[];
  totalSame: number;
  totalDifferent: number;
  kind: ScoreKind;
}

function readNumbers(fn: string, arg: string, value: unknown): ArrayLike<number> {
  if (value instanceof tf.Tensor) {
    // a [2, 2] tensor flattened would pair scores with the wrong labels
    if (value.rank !== 1) throw new ShapeError(fn, arg, "a 1-D list (one entry a pair)", describe(value));
    return value.dataSync() as ArrayLike<number>;
  }
  if (Array.isArray(value) && value.some((v) => Array.isArray(v))) {
    throw new ShapeError(fn, arg, "a flat list (one entry a pair)", describe(value));
  }
  if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    return Array.from(value as ArrayLike<number | boolean>, (v) => (typeof v === "boolean" ? Number(v) : v));
  }
  throw new InputTypeError(fn, arg, "an array, a typed array or a 1-D tensor of numbers", describe(value));
}

/** Checks the input and sorts it into tied groups. */
export function groupScores(fn: string, input: VerificationInput): ScoreGroups {
  checkOptions(fn, input, ["scores", "isSame", "kind?"]);
  const kind = checkOneOf(fn, "kind", input.kind ?? "distance", SCORE_KINDS);
  const scores = readNumbers(fn, "scores", input.scores);
  const same = readNumbers(fn, "isSame", input.isSame);
  checkSameCount(fn, "scores", scores, "isSame", same);
  if (scores.length === 0) throw new ShapeError(fn, "scores", "at least one pair", "none");
  const order = Array.from({ length: scores.length }, (_, i) => i);
  for (const i of order) {
    if (typeof scores[i] !== "number" || !Number.isFinite(scores[i])) {
      throw new ValueError(fn, "scores", "finite numbers", `${describe(scores[i])} at index [${i}]`);
    }
    if (same[i] !== 0 && same[i] !== 1) throw new ValueError(fn, "isSame", "0, 1, true or false", `${describe(same[i])} at index [${i}]`);
  }
  const sign = kind === "distance" ? 1 : -1; // ascending distance = descending similarity
  order.sort((i, j) => sign * (scores[i] - scores[j]));
  const groups: ScoreGroups = { values: [], same: [], different: [], totalSame: 0, totalDifferent: 0, kind };
  for (const i of order) {
    const last = groups.values.length - 1;
    if (last < 0 || groups.values[last] !== scores[i]) {
      groups.values.push(scores[i]);
      groups.same.push(0);
      groups.different.push(0);
    }
    const g = groups.values.length - 1;
    if (same[i] === 1) {
      groups.same[g] += 1;
      groups.totalSame += 1;
    } else {
      groups.different[g] += 1;
      groups.totalDifferent += 1;
    }
  }
  return groups;
}
