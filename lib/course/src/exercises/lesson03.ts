/**
 * Exercise 03: the softmax cross-entropy of each sample,
 *   CE = −log f(s)_p = −s_p + log Σⱼ e^{sⱼ},
 * for scores s (one row per sample) and the index p of each sample's class, checked against the
 * library's `softmaxCrossEntropy` on the notes' scores, one class, equal scores, a batch, a hundred
 * classes and scores of ±1000, with hints for the usual mistakes (overflow without the log-sum-exp
 * trick, a missing minus sign, log₁₀, one mean instead of one loss per sample); a prediction (the loss
 * of ten equal scores) and an experiment (the loss of the lesson's scores multiplied by t, at several t).
 */
import * as tf from "@tensorflow/tfjs";
import { softmaxCrossEntropy } from "losslab";
import { Rng } from "losslab";
import { type CheckCase, type ExerciseSpec, experimentChecker, numberExperiment, type Experiment, hintLadder, exerciseChecker } from "./checker";
import { prediction, predictionLink, questionChecker, type Question } from "./answers";
import { hasNonFinite, looksLike, shortList, shortRows } from "./describe_inputs";

export interface Exercise03Input {
  scores: number[][];
  labels: number[];
}

/** The student's function: −log softmax(scores[i])[labels[i]] for every sample i. */
export type CrossEntropyFunction = (scores: number[][], labels: number[]) => number[];

function cases(): CheckCase<Exercise03Input>[] {
  const rng = new Rng(303);
  const row = (c: number) => Array.from({ length: c }, () => +rng.normal(0, 2).toFixed(3));
  const batch = Array.from({ length: 5 }, () => row(4));
  return [
    { name: "the lesson's scores, positive class 3", input: { scores: [[2, 1, -1]], labels: [2] } },
    { name: "the positive class wins clearly", input: { scores: [[5, 0, 0]], labels: [0] } },
    { name: "all scores equal (CE = log C)", input: { scores: [[0, 0, 0, 0]], labels: [1] } },
    { name: "a single class (CE = 0)", input: { scores: [[3]], labels: [0] } },
    { name: "two classes", input: { scores: [[-1.5, 0]], labels: [0] } },
    { name: "a batch of 5 samples", input: { scores: batch, labels: batch.map(() => rng.int(4)) } },
    { name: "100 classes", input: { scores: [row(100)], labels: [57] } },
    { name: "scores of ±1000", input: { scores: [[1000, -1000, 0], [1000, 999, 998]], labels: [1, 2] } },
    { name: "every score −1000", input: { scores: [[-1000, -1000]], labels: [0] } },
  ];
}

function hint({ scores, labels }: Exercise03Input, expected: number[], got: unknown): string | undefined {
  if (Array.isArray(got) && got.length !== labels.length) return `return one loss per sample: an array of ${labels.length} numbers.`;
  if (typeof got === "number" && labels.length > 1) return `return one loss per sample (an array of ${labels.length} numbers), not their mean.`;
  if (hasNonFinite(got) && scores.flat().some((v) => Math.abs(v) > 80)) {
    return "e^1000 overflows to Infinity (and e^−1000 to 0): subtract the largest score of the row before exponentiating, log f(s)_p = s_p − m − log Σⱼ e^(sⱼ − m) with m = maxⱼ sⱼ.";
  }
  if (looksLike(got, expected.map((v) => -v))) return "the minus sign is missing: CE = −log f(s)_p is ≥ 0.";
  if (looksLike(got, expected.map((v) => v / Math.LN10))) return "use the natural logarithm (Math.log), not log₁₀.";
  return undefined;
}

export const exercise03: ExerciseSpec<Exercise03Input, number[]> = {
  title: "Exercise 03 · softmax cross-entropy",
  cases: cases(),
  reference: ({ scores, labels }) => tf.tidy(() => Array.from(softmaxCrossEntropy({ labels, logits: scores, reduction: "none" }).dataSync())),
  call: (student: CrossEntropyFunction, { scores, labels }) => student(scores.map((r) => r.slice()), labels.slice()),
  describeInput: ({ scores, labels }) => `scores = ${shortRows(scores)}, labels = ${shortList(labels)}`,
  // the reference computes in float32
  rtol: 1e-5,
  atol: 1e-5,
  hint,
  ladder: hintLadder("03", "Cross-entropy, softmax loss and binary cross-entropy", "which probability does the softmax give the labelled class of a row, and what does cross-entropy take of it?", "for each row, f(s)_p = e^(s_p) / Σⱼ e^(sⱼ) and CE = −log f(s)_p, where p is that row's label."),
};

/** Checks a student's softmax cross-entropy and shows the report. */
export const checkCrossEntropy = exerciseChecker<CrossEntropyFunction>(exercise03, "checkCrossEntropy");

/** The library's loss of each row. */
const losses = (scores: number[][], labels: number[]) => tf.tidy(() => Array.from(softmaxCrossEntropy({ labels, logits: scores, reduction: "none" }).dataSync()));

export function prediction03(): Question<number> {
  return prediction("03", "the cross-entropy of a sample whose 10 scores are all equal", () => losses([Array.from({ length: 10 }, () => 0)], [3])[0], {
    rtol: 0.01,
    explain: () => "equal scores give every class f = 1/C, so CE = −log(1/C) = log C: the loss of an untrained network, a check worth printing at step 0.",
  });
}

/** Checks the prediction of exercise 03 (the loss of ten equal scores). */
export const checkEqualScoresPrediction = questionChecker(prediction03, "checkEqualScoresPrediction");

/** The lesson's scores; the experiment multiplies them by t. Class 0 (the largest score) is the label. */
export const EXPERIMENT03_SCORES = [2, 1, -1];

/** CE of t·[2, 1, −1] for label 0. */
export function scaledScoresLoss(t: number): number {
  return losses([EXPERIMENT03_SCORES.map((s) => t * s)], [0])[0];
}

export function experiment03(): Experiment<number> {
  return numberExperiment("03", { name: "t", range: { min: 0, max: 1000 } }, "the cross-entropy of t·[2, 1, −1], label 0,", scaledScoresLoss, {
    prediction: predictionLink(prediction03()), rtol: 1e-5, atol: 1e-6,
    lessonPrinted: { settings: [1], where: "lesson 03 prints softmax([2, 1, −1]), whose first entry gives the loss at t = 1" },
  });
}

/** Checks the runs of exercise 03's experiment (the loss of scaled scores). */
export const checkScaledScoresExperiment = experimentChecker(experiment03, "checkScaledScoresExperiment");

export function conclusion03(): Question<string> {
  const choices = ["0", "log 3", "without bound"] as const;
  return {
    title: "Exercise 03 · conclusion",
    question: "as t grows, the loss of t·[2, 1, −1] (label 0) goes to \"0\", \"log 3\" or grows \"without bound\"?",
    choices,
    truth: () => {
      const far = scaledScoresLoss(1000);
      return far < 1e-6 ? "0" : far > scaledScoresLoss(10) ? "without bound" : "log 3";
    },
    explain: () =>
      "the gap between the right class's score and the others grows with t, so f(s)_p → 1 and CE → 0: a confident right answer costs nothing, which is why scores can grow without limit (lesson 05's modified softmax fixes only the weight norms ‖W‖ (A-Softmax too); only CosFace and ArcFace, lesson 08, also fix the feature norm, ‖x‖ = s).",
  };
}

/** Checks the conclusion of exercise 03's experiment. */
export const checkScaledScoresConclusion = questionChecker(conclusion03, "checkScaledScoresConclusion");
