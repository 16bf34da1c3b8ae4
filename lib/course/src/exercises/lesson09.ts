/**
 * Exercise 09, the capstone's question in small: a verification threshold is chosen on the classes a
 * system was trained on and used on people it never saw. The task: the threshold t that keeps the
 * false accept rate at most `far` (a pair is accepted when its similarity is strictly above t),
 * checked against the checker's own reference, with hints for the usual slips (the scores sorted the
 * wrong way, accepting at ≥ t, rounding far·n up). A prediction (is the FAR on unseen digits, at the
 * threshold chosen on seen ones, above, about or below the target?) and an experiment (TAR on the
 * unseen digits at several target FARs).
 *
 * The data: 40 MNIST images of each digit, seen digits 0–4, unseen 5–9, every pair of images of one
 * group scored by the cosine similarity of their pixels (an untrained "embedding", so that the
 * exercise runs in a few seconds; lesson 09 does the same with trained networks).
 */
import * as tf from "@tensorflow/tfjs";
import { loadMnist, selectMnistRows, MNIST_PIXELS } from "../data/mnist";
import { balancedRows } from "../training/evaluate";
import { l2Normalize } from "losslab";
import { tarAtFar } from "losslab";
import { Rng } from "losslab";
import { checkNumberArray, checkRange } from "losslab";
import { checkExercise, type CheckCase, type ExerciseSpec } from "./checker";
import { experimentChecker, numberSetting, questionChecker, type Experiment, type Question } from "./answers";
import { looksLike, shortList } from "./describe_inputs";

export interface ThresholdInput {
  /** Similarities of different-class pairs (impostors). */
  impostors: number[];
  far: number;
}

/** The student's function: the smallest t such that at most far·n impostor scores are above t. */
export type ThresholdAtFarFunction = (impostors: number[], far: number) => number;

/** The checker's reference: the (k+1)-th largest impostor score, k = ⌊far·n⌋; −∞ when every pair may be accepted. */
export function referenceThresholdAtFar(impostors: number[], far: number): number {
  const fn = "referenceThresholdAtFar";
  checkNumberArray(fn, "impostors", impostors, { minLength: 1 });
  checkRange(fn, "far", far, { min: 0, max: 1 });
  const sorted = impostors.slice().sort((a, b) => b - a);
  // the 1e-9 keeps far·n = 3 from rounding down to 2.9999999999999996
  const k = Math.floor(far * sorted.length + 1e-9);
  return k >= sorted.length ? -Infinity : sorted[k];
}

/** Scored pairs of one group of digits. */
export interface OpenSetPairs {
  scores: number[];
  /** 1 for a pair of one digit, 0 for two different digits. */
  isSame: number[];
}

/** Images of each digit in the exercise. */
export const PER_DIGIT = 40;

let cachedPairs: { seen: OpenSetPairs; unseen: OpenSetPairs } | null = null;

/** Every pair of 40 images per digit, scored by pixel cosine similarity: seen digits 0–4, unseen 5–9. */
export function openSetPairs(): { seen: OpenSetPairs; unseen: OpenSetPairs } {
  if (cachedPairs !== null) return cachedPairs;
  const group = (digits: number[]): OpenSetPairs => {
    const set = loadMnist({ digits });
    const rows = selectMnistRows(set, balancedRows(set.labels, { perClass: PER_DIGIT, seed: 9 }));
    const n = rows.count;
    // the cosine of every pair at once: unit rows, then one product (scorePairs gathers the rows of each pair)
    const cos = tf.tidy(() => {
      const unit = l2Normalize(tf.tensor2d(rows.images, [n, MNIST_PIXELS]));
      return tf.matMul(unit, unit, false, true).dataSync();
    });
    const scores: number[] = [];
    const isSame: number[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        scores.push(cos[i * n + j]);
        isSame.push(rows.labels[i] === rows.labels[j] ? 1 : 0);
      }
    }
    return { scores, isSame };
  };
  cachedPairs = { seen: group([0, 1, 2, 3, 4]), unseen: group([5, 6, 7, 8, 9]) };
  return cachedPairs;
}

/** TAR and FAR of a group's pairs when a pair is accepted at a similarity strictly above t. */
export function ratesAtThreshold(pairs: OpenSetPairs, t: number): { tar: number; far: number } {
  let same = 0;
  let acceptedSame = 0;
  let acceptedDifferent = 0;
  pairs.scores.forEach((s, i) => {
    if (pairs.isSame[i]) {
      same += 1;
      if (s > t) acceptedSame += 1;
    } else if (s > t) acceptedDifferent += 1;
  });
  return { tar: acceptedSame / same, far: acceptedDifferent / (pairs.scores.length - same) };
}

/** The impostor (different-digit) scores of a group. */
export function impostorScores(pairs: OpenSetPairs): number[] {
  return pairs.scores.filter((_, i) => !pairs.isSame[i]);
}

function cases(): CheckCase<ThresholdInput>[] {
  const rng = new Rng(909);
  const random = Array.from({ length: 200 }, () => rng.uniform(-1, 1));
  return [
    { name: "ten scores, FAR 10 % (one may be accepted)", input: { impostors: [0.1, 0.5, 0.3, 0.9, 0.2, 0.4, 0.8, 0.6, 0.7, 0], far: 0.1 } },
    { name: "ten scores, FAR 30 %", input: { impostors: [0.1, 0.5, 0.3, 0.9, 0.2, 0.4, 0.8, 0.6, 0.7, 0], far: 0.3 } },
    { name: "FAR 0: accept no impostor", input: { impostors: [0.2, 0.7, 0.4], far: 0 } },
    { name: "FAR below 1/n: still none", input: { impostors: [0.2, 0.7, 0.4, 0.1], far: 0.2 } },
    { name: "FAR 1: every pair may be accepted (t = −Infinity)", input: { impostors: [0.2, 0.7, 0.4], far: 1 } },
    { name: "tied scores", input: { impostors: [0.5, 0.5, 0.5, 0.1], far: 0.25 } },
    { name: "200 random similarities, FAR 1 %", input: { impostors: random, far: 0.01 } },
    { name: "200 random similarities, FAR 5 %", input: { impostors: random, far: 0.05 } },
  ];
}

let cachedCases: CheckCase<ThresholdInput>[] | null = null;

function hint({ impostors, far }: ThresholdInput, expected: number, got: unknown): string {
  if (typeof got !== "number") return "return one number, the threshold t.";
  const ascending = impostors.slice().sort((a, b) => a - b);
  const descending = ascending.slice().reverse();
  const k = Math.floor(far * impostors.length + 1e-9);
  if (k < impostors.length && looksLike(got, ascending[k])) return "the scores are similarities (large = same): sort them from the largest down, so that the accepted impostors are the highest ones.";
  if (k > 0 && looksLike(got, descending[k - 1])) return "a pair is accepted when its score is strictly above t: with t the k-th largest score only k − 1 impostors pass; take the (k + 1)-th, the first one that must be refused.";
  const up = Math.ceil(far * impostors.length - 1e-9);
  if (up !== k && up < impostors.length && looksLike(got, descending[up])) return "round far·n down: accepting ⌈far·n⌉ impostors can exceed the FAR asked for.";
  if (got === expected) return "";
  return `at most ⌊far·n⌋ = ${k} of the ${impostors.length} impostor scores may lie above t; the smallest such t is a score itself.`;
}

export const exercise09: ExerciseSpec<ThresholdInput, number> = {
  title: "Exercise 09 · a threshold at a fixed FAR",
  get cases() {
    if (cachedCases === null) cachedCases = cases();
    return cachedCases;
  },
  reference: ({ impostors, far }) => referenceThresholdAtFar(impostors, far),
  call: (student: ThresholdAtFarFunction, { impostors, far }) => student(impostors.slice(), far),
  describeInput: ({ impostors, far }) => `impostor scores ${shortList(impostors)}, far = ${far}`,
  rtol: 0,
  atol: 0,
  hint,
};

/** Checks a student's threshold at a fixed FAR and shows the report. */
export function checkThresholdAtFar(student: ThresholdAtFarFunction, opts: { mustPass?: boolean } = {}): void {
  checkExercise(exercise09, student, opts, "checkThresholdAtFar");
}

/** FAR on the unseen digits at the threshold chosen for `far` on the seen ones. */
function unseenRates(far: number): { tar: number; far: number } {
  const { seen, unseen } = openSetPairs();
  return ratesAtThreshold(unseen, referenceThresholdAtFar(impostorScores(seen), far));
}

export function prediction09(): Question<string> {
  const choices = ["above", "about", "below"] as const;
  return {
    title: "Exercise 09 · prediction",
    question: "the threshold chosen at FAR 1 % on digits 0–4, used on digits 5–9: their FAR is \"above\" 1 %, \"about\" 1 % (0.8–1.25 %) or \"below\"?",
    choices,
    truth: () => {
      const f = unseenRates(0.01).far;
      return f > 0.0125 ? "above" : f >= 0.008 ? "about" : "below";
    },
    explain: () => {
      const { seen, unseen } = openSetPairs();
      const r = unseenRates(0.01);
      return (
        `on digits 5–9 the FAR is ${+(100 * r.far).toFixed(2)} % (TAR ${+(100 * r.tar).toFixed(1)} %); a threshold chosen on them would give TAR ${+(100 * tarAtFar({ ...unseen, kind: "similarity" }, 0.01)).toFixed(1)} % at 1 % ` +
        `(${+(100 * tarAtFar({ ...seen, kind: "similarity" }, 0.01)).toFixed(1)} % on 0–4). A threshold is a property of the score distribution it was chosen on: new identities move it.`
      );
    },
  };
}

/** Checks the prediction of exercise 09 (the FAR on unseen digits). */
export const checkOpenSetPrediction = questionChecker(prediction09, "checkOpenSetPrediction");

export function experiment09(): Experiment<number> {
  return {
    title: "Exercise 09 · experiment",
    describeSetting: (far) => `target FAR ${far}`,
    quantity: "the TAR on digits 5–9 at the threshold chosen on digits 0–4",
    measure: (far) => unseenRates(far).tar,
    badSetting: numberSetting("the target FAR", { min: 0, max: 1, minOpen: true, maxOpen: true }),
    minRuns: 3,
    rtol: 0,
    atol: 1e-12,
  };
}

/** Checks the runs of exercise 09's experiment (TAR on unseen digits at several target FARs). */
export const checkOpenSetExperiment = experimentChecker(experiment09, "checkOpenSetExperiment");
