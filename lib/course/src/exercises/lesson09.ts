/**
 * Exercise 09, lesson 09's question on Omniglot: one-shot classification of the 20 official runs
 * (Lake et al. 2015: each run holds one training image of 20 characters of an alphabet never trained on,
 * and 20 test images to classify) with the student's own nearest-neighbour rule on saved embeddings, and
 * then the open-set version of it, with a threshold.
 *
 * - Task: `nearestSupport(support, query)`, the index of the support row most cosine-similar to the
 *   query (the first on a tie), checked against the checker's own reference on hand-made cases (a long
 *   support vector that wins a dot product, a far one in the query's direction that loses on Euclidean
 *   distance, ties) and on rows of the saved embeddings, with hints for those slips.
 * - Prediction and experiment: "none of these". Each test image is asked twice, once with its
 *   character among the 20 training images (present) and once with it removed (absent: a character the
 *   run never showed). A query is answered (its nearest training image) only when its best cosine
 *   similarity is strictly above a threshold t, else "none of these". The prediction: at the t that
 *   still answers half the present queries (their median best cosine), do "most" (> 50 %), "some"
 *   (10–50 %) or "few" (< 10 %) absent queries get an answer (a false accept)? The experiment: that
 *   false-accept share at several t.
 *
 * The data are EMBEDDINGS of the runs' images, saved in `data/results/omniglot_run_embeddings.json` by
 * a Conv-4 trained as the Omniglot experiment trains it (lesson09_embeddings.ts), not the images: the
 * exercise runs where the Omniglot archives are absent (a fresh machine, the course's CI).
 */
import * as fs from "fs";
import { InputTypeError, ShapeError } from "losslab";
import { checkNumberArray, checkRange, describe } from "losslab/internal";
import { dataFile } from "../data/paths";
import { checkExercise, type CheckCase, type ExerciseSpec, experimentChecker, numberSetting, type Experiment, hintLadder } from "./checker";
import { questionChecker, type Question } from "./answers";
import { looksLike, shortList, shortRows } from "./describe_inputs";

/** One official run as embeddings: the 20 training images (one per character), the test images, the answers. */
export interface OneShotEmbeddingRun {
  /** "run01" … "run20". */
  name: string;
  /** One embedding per character of the run. */
  support: number[][];
  /** One embedding per test image. */
  queries: number[][];
  /** For each query, the index of its character's row in `support`. */
  answers: number[];
}

/** The saved embeddings of the 20 runs made by one trained network. */
export interface OneShotEmbeddings {
  /** Which network made them, in words ("CosFace, seed 0, 64-D Conv-4"). */
  source: string;
  runs: OneShotEmbeddingRun[];
}

/** The student's function: the index of the support row most cosine-similar to the query (the first on a tie). */
export type NearestSupportFunction = (support: number[][], query: number[]) => number;

export interface NearestInput {
  support: number[][];
  query: number[];
}

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < a.length; k++) {
    dot += a[k] * b[k];
    na += a[k] * a[k];
    nb += b[k] * b[k];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The checker's reference: argmax over the support rows of cos(support row, query), the first on a tie. */
export function referenceNearestSupport(support: number[][], query: number[]): number {
  const fn = "referenceNearestSupport";
  if (!Array.isArray(support) || support.length === 0) throw new InputTypeError(fn, "support", "a non-empty array of rows", describe(support));
  const q = checkNumberArray(fn, "query", query);
  let best = -Infinity;
  let index = -1;
  support.forEach((row, k) => {
    const r = checkNumberArray(fn, `support[${k}]`, row);
    if (r.length !== q.length) throw new ShapeError(fn, `support[${k}]`, `a row of ${q.length} numbers, as long as 'query'`, `${r.length}`);
    const c = cosine(r, q);
    if (c > best) {
      best = c;
      index = k;
    }
  });
  return index;
}

/** The best cosine of a query among the support rows (with `skip` left out), and that row's index. */
function bestMatch(support: number[][], query: number[], skip = -1): { index: number; similarity: number } {
  let similarity = -Infinity;
  let index = -1;
  support.forEach((row, k) => {
    if (k === skip) return;
    const c = cosine(row, query);
    if (c > similarity) {
      similarity = c;
      index = k;
    }
  });
  return { index, similarity };
}

let cached: OneShotEmbeddings | null = null;

/** Checks the shape of saved run embeddings (used on the file and on blocks passed to the exercise's functions). */
export function checkOneShotEmbeddings(fn: string, arg: string, value: unknown): OneShotEmbeddings {
  const v = value as OneShotEmbeddings;
  if (typeof v !== "object" || v === null || typeof v.source !== "string" || !Array.isArray(v.runs) || v.runs.length === 0) {
    throw new InputTypeError(fn, arg, "saved run embeddings { source, runs: [{ name, support, queries, answers }] }", describe(value));
  }
  const dim = v.runs[0].support?.[0]?.length;
  v.runs.forEach((run, r) => {
    const rows = [...(run.support ?? []), ...(run.queries ?? [])];
    if (!Array.isArray(run.support) || !Array.isArray(run.queries) || !Array.isArray(run.answers) || run.answers.length !== run.queries.length ||
        run.support.length < 2 || rows.some((row) => !Array.isArray(row) || row.length !== dim) ||
        run.answers.some((a) => !Number.isInteger(a) || a < 0 || a >= run.support.length)) {
      throw new ShapeError(fn, `${arg}.runs[${r}]`, `a run of support and query rows of ${dim} numbers and one answer (a support index) per query`, describe(run));
    }
  });
  return v;
}

/**
 * The saved embeddings of the 20 official runs, `data/results/omniglot_run_embeddings.json` (made by
 * `node scripts/omniglot_run_embeddings.js`, see lesson09_embeddings.ts), read once.
 */
export function loadOneShotEmbeddings(): OneShotEmbeddings {
  if (cached !== null) return cached;
  const saved = JSON.parse(fs.readFileSync(dataFile("results/omniglot_run_embeddings.json"), "utf8")) as unknown;
  cached = checkOneShotEmbeddings("loadOneShotEmbeddings", "data/results/omniglot_run_embeddings.json", saved);
  return cached;
}

function runRows(block: OneShotEmbeddings): NearestInput[] {
  const run = block.runs[0];
  return run.queries.slice(0, 3).map((query) => ({ support: run.support, query }));
}

function cases(block: OneShotEmbeddings): CheckCase<NearestInput>[] {
  return [
    { name: "2-D: the query points near the first row", input: { support: [[1, 0], [0, 1], [-1, 0]], query: [0.9, 0.2] } },
    { name: "a long row that wins a dot product without pointing the query's way", input: { support: [[10, 10], [1, 0]], query: [1, 0.1] } },
    { name: "a far row in the query's own direction (Euclidean distance would choose the near one)", input: { support: [[5, 0.5], [1, 1]], query: [1, 0.1] } },
    { name: "a tie: two equal rows (the first wins)", input: { support: [[0, 1], [2, 0], [2, 0]], query: [1, 0.5] } },
    { name: "negative similarities only", input: { support: [[-1, 0.2], [-0.3, -1]], query: [1, 0] } },
    ...runRows(block).map((input, k) => ({ name: `${block.runs[0].name}, test image ${k + 1}: ${block.source}`, input })),
  ];
}

function hint({ support, query }: NearestInput, expected: number, got: unknown): string | undefined {
  if (typeof got !== "number" || !Number.isInteger(got)) return "return the index of a support row (an integer from 0), not its similarity.";
  const dots = support.map((row) => row.reduce((s, x, k) => s + x * query[k], 0));
  const dists = support.map((row) => Math.hypot(...row.map((x, k) => x - query[k])));
  const cosines = support.map((row) => cosine(row, query));
  const argmax = (v: number[]) => v.indexOf(Math.max(...v));
  const argmin = (v: number[]) => v.indexOf(Math.min(...v));
  if (got === argmax(dots) && got !== expected) return "that is the largest dot product: the cosine divides it by both norms, so a long support row does not win by its length.";
  if (got === argmin(dists) && got !== expected) return "that is the nearest row by Euclidean distance: on rows that are not unit vectors it is not the most cosine-similar one (divide each row by its norm, or compare cosines).";
  if (got === argmin(cosines) && got !== expected) return "a similarity: the largest cosine is the nearest row, not the smallest.";
  if (looksLike(cosines[got], cosines[expected])) return "on a tie, return the first of the tied rows.";
  return undefined;
}

/** The exercise's task, on a block of saved embeddings (by default the saved file). */
export function exercise09Spec(block: OneShotEmbeddings = loadOneShotEmbeddings()): ExerciseSpec<NearestInput, number> {
  const all = cases(checkOneShotEmbeddings("exercise09Spec", "block", block));
  return {
    title: "Exercise 09 · the nearest training image",
    cases: all,
    reference: ({ support, query }) => referenceNearestSupport(support, query),
    call: (student: NearestSupportFunction, { support, query }) => student(support.map((r) => r.slice()), query.slice()),
    describeInput: ({ support, query }) => `support ${shortRows(support)}, query ${shortList(query)}`,
    rtol: 0,
    atol: 0,
    hint,
    ladder: hintLadder("09", "Omniglot: the claim where the papers ask it", "which quantity between two embeddings ignores their lengths, and is the nearest row the one where it is largest or smallest?", "return the index k of the largest cos(support[k], query) = support[k]·query / (‖support[k]‖‖query‖), the first on a tie."),
  };
}

/** Checks a student's nearest-neighbour rule and shows the report. */
export function checkNearestSupport(student: NearestSupportFunction, opts: { mustPass?: boolean } = {}): void {
  checkExercise(exercise09Spec(), student, opts, "checkNearestSupport");
}

/** The best cosine of every test image of every run with its character present, and with it removed. */
export function bestSimilarities(block: OneShotEmbeddings = loadOneShotEmbeddings()): { present: number[]; absent: number[] } {
  checkOneShotEmbeddings("bestSimilarities", "block", block);
  const present: number[] = [];
  const absent: number[] = [];
  for (const run of block.runs) {
    run.queries.forEach((query, k) => {
      present.push(bestMatch(run.support, query).similarity);
      absent.push(bestMatch(run.support, query, run.answers[k]).similarity);
    });
  }
  return { present, absent };
}

/** The one-shot error (%) of the reference rule on the runs: the share of test images whose nearest training image is of another character. */
export function oneShotErrorOf(block: OneShotEmbeddings = loadOneShotEmbeddings(), nearest: NearestSupportFunction = referenceNearestSupport): number {
  checkOneShotEmbeddings("oneShotErrorOf", "block", block);
  let wrong = 0;
  let total = 0;
  for (const run of block.runs) {
    run.queries.forEach((query, k) => {
      total += 1;
      if (nearest(run.support, query) !== run.answers[k]) wrong += 1;
    });
  }
  return (100 * wrong) / total;
}

/** Share of values strictly above t. */
function shareAbove(values: number[], t: number): number {
  return values.filter((v) => v > t).length / values.length;
}

/** The median (the mean of the two middle values for an even count). */
function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The share of absent-character queries answered (a false accept) at threshold t: best cosine strictly above t. */
export function falseAcceptShare(t: number, block: OneShotEmbeddings = loadOneShotEmbeddings()): number {
  checkRange("falseAcceptShare", "t", t, { min: -1, max: 1 });
  return shareAbove(bestSimilarities(block).absent, t);
}

export function prediction09(block?: OneShotEmbeddings): Question<string> {
  const choices = ["most", "some", "few"] as const;
  return {
    title: "Exercise 09 · prediction",
    question: "at the t that still answers half of the present-character queries, do \"most\" (> 50 %), \"some\" (10–50 %) or \"few\" (< 10 %) absent-character queries get an answer?",
    choices,
    truth: () => {
      const { present, absent } = bestSimilarities(block);
      const share = shareAbove(absent, median(present));
      return share > 0.5 ? "most" : share >= 0.1 ? "some" : "few";
    },
    explain: () => {
      const b = block ?? loadOneShotEmbeddings();
      const { present, absent } = bestSimilarities(b);
      const t = median(present);
      return `With ${b.source}: t = ${+t.toPrecision(3)} answers ${+(100 * shareAbove(present, t)).toFixed(1)} % of the present queries and ` +
        `${+(100 * shareAbove(absent, t)).toFixed(1)} % of the absent ones (one-shot error with the character present: ${+oneShotErrorOf(b).toFixed(1)} %). ` +
        "A new character's nearest training image is still some character of the same alphabet, often a similar one: the best cosine alone separates \"seen once\" from \"never seen\" only as far as the embedding keeps characters apart.";
    },
  };
}

/** Checks the prediction of exercise 09. */
export const checkNoneOfThesePrediction = questionChecker(() => prediction09(), "checkNoneOfThesePrediction");

export function experiment09(block?: OneShotEmbeddings): Experiment<number> {
  return {
    title: "Exercise 09 · experiment",
    describeSetting: (t) => `t = ${t}`,
    quantity: "the share of absent-character queries answered (best cosine above t)",
    measure: (t) => falseAcceptShare(t, block),
    badSetting: numberSetting("the threshold t", { min: -1, max: 1 }),
    minRuns: 3,
    rtol: 0,
    atol: 1e-12,
  };
}

/** Checks the runs of exercise 09's experiment (the false-accept share at several thresholds). */
export const checkNoneOfTheseExperiment = experimentChecker(() => experiment09(), "checkNoneOfTheseExperiment");
