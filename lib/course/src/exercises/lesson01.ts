/**
 * Exercise 01: Huber's loss, the mean over samples of
 *   ℓ = ½r² if |r| ≤ δ, δ(|r| − ½δ) otherwise,   r = ŷ − y,
 * checked against the library's `huberLoss`, with hints for the usual mistakes (L1 or ½r² everywhere,
 * r² without the ½, the residuals averaged without a square, a sum instead of a mean, the linear piece
 * without its −½δ, PyTorch's SmoothL1); a prediction (is the Huber fit of Anscombe's set III nearer the
 * L1 or the L2 fit?) and an experiment (the slope of the Huber fit at several δ).
 */
import * as tf from "@tensorflow/tfjs";
import { huberLoss } from "losslab";
import { meanAbsoluteError } from "losslab";
import { halfSquaredError, meanSquaredError } from "losslab";
import { loadAnscombe } from "../data/anscombe";
import { Rng } from "losslab";
import { fitLine } from "../regression/robust_line";
import { type CheckCase, type ExerciseSpec, experimentChecker, numberExperiment, type Experiment, hintLadder, exerciseChecker } from "./checker";
import { predictionLink, questionChecker, type Question } from "./answers";
import { looksLike, shortList } from "./describe_inputs";

export interface Exercise01Input {
  y: number[];
  yHat: number[];
  delta: number;
}

/** The student's function: the mean Huber loss of predictions yHat for targets y. */
export type HuberFunction = (y: number[], yHat: number[], delta: number) => number;

const scalar = (t: () => tf.Tensor): number => tf.tidy(() => t().dataSync()[0]);

function cases(): CheckCase<Exercise01Input>[] {
  const rng = new Rng(101);
  const random = [5, 20, 100].map((n) => {
    const y = Array.from({ length: n }, () => rng.normal(0, 2));
    return {
      name: `random data, n = ${n}`,
      input: { y, yHat: y.map((v) => v + rng.normal(0, 2)), delta: +rng.uniform(0.2, 3).toFixed(2) },
    };
  });
  const { x, y } = loadAnscombe("III");
  return [
    { name: "one sample inside the quadratic zone (|r| < δ)", input: { y: [0], yHat: [0.5], delta: 1 } },
    { name: "one sample in the linear zone (|r| > δ)", input: { y: [0], yHat: [3], delta: 1 } },
    { name: "a residual of exactly δ", input: { y: [1], yHat: [3], delta: 2 } },
    { name: "negative residuals", input: { y: [5, 5], yHat: [2, 4.5], delta: 1 } },
    { name: "a perfect prediction (the loss is 0)", input: { y: [1, 2, 3], yHat: [1, 2, 3], delta: 1 } },
    { name: "Anscombe's set III around ŷ = 3 + 0.5x", input: { y, yHat: x.map((v) => 3 + 0.5 * v), delta: 1 } },
    ...random,
    { name: "a tiny δ (Huber ≈ δ·L1)", input: { y: [0, 1, -2], yHat: [0.3, -1, 2], delta: 0.01 } },
    { name: "a huge δ (Huber = ½r² everywhere)", input: { y: [0, 1, -2], yHat: [0.3, -1, 2], delta: 100 } },
    { name: "huge residuals (±10⁶)", input: { y: [0, 0], yHat: [1e6, -1e6], delta: 1 } },
  ];
}

function hint({ y, yHat, delta }: Exercise01Input, _expected: number, got: unknown): string | undefined {
  const args = { labels: y, predictions: yHat };
  const n = y.length;
  const residuals = yHat.map((v, i) => v - y[i]);
  const sumOfHuber = scalar(() => huberLoss({ ...args, delta, reduction: "sum" }));
  const linearWithoutHalf = residuals.reduce((s, r) => s + (Math.abs(r) <= delta ? 0.5 * r * r : delta * Math.abs(r)), 0) / n;
  if (looksLike(got, scalar(() => meanSquaredError(args)))) return "the quadratic piece is ½r², not r² (and only for |r| ≤ δ).";
  if (looksLike(got, scalar(() => halfSquaredError(args)))) return "this is ½r² for every sample: beyond |r| > δ Huber's loss grows linearly, δ(|r| − ½δ).";
  if (looksLike(got, linearWithoutHalf)) return "the linear piece is δ(|r| − ½δ), not δ|r|: the −½δ makes it meet ½r² at |r| = δ.";
  if (looksLike(got, scalar(() => meanAbsoluteError(args)))) return "this is the L1 loss |r|: Huber's loss is quadratic, ½r², for |r| ≤ δ.";
  const meanResidual = residuals.reduce((s, r) => s + r, 0) / n;
  if (looksLike(got, meanResidual) || looksLike(got, -meanResidual)) {
    return "you averaged the residuals themselves, so positive and negative ones cancel: square them (½r²) or take |r| (δ(|r| − ½δ)) per sample first.";
  }
  if (n > 1 && looksLike(got, sumOfHuber)) return "this is the sum over samples: divide by n for the mean.";
  if (looksLike(got, scalar(() => huberLoss({ ...args, delta })) / delta)) return "this is Huber's loss divided by δ (PyTorch's SmoothL1Loss): drop the division.";
  return undefined;
}

let cached: CheckCase<Exercise01Input>[] | null = null;

export const exercise01: ExerciseSpec<Exercise01Input, number> = {
  title: "Exercise 01 · Huber's loss",
  // built on first use: one case reads data/anscombe.csv, which importing losslab must not do
  get cases() {
    if (cached === null) cached = cases();
    return cached;
  },
  reference: ({ y, yHat, delta }) => scalar(() => huberLoss({ labels: y, predictions: yHat, delta })),
  call: (student: HuberFunction, { y, yHat, delta }) => student(y.slice(), yHat.slice(), delta),
  describeInput: ({ y, yHat, delta }) => `y = ${shortList(y)}, ŷ = ${shortList(yHat)}, δ = ${delta}`,
  // the reference computes in float32
  rtol: 1e-5,
  atol: 1e-6,
  hint,
  ladder: hintLadder("01", "The losses and their gradients", "which two losses does Huber's loss join, and at which |r| must the two pieces meet with the same value and slope?", "per sample, r = ŷ − y; ℓ = ½r² if |r| ≤ δ, else δ(|r| − ½δ); then the mean over the samples."),
};

/** Checks a student's Huber loss and shows the report. */
export const checkHuberLoss = exerciseChecker<HuberFunction>(exercise01, "checkHuberLoss");

/** The threshold of the prediction: the lesson prints the fit at δ = 1, not at this one. */
export const PREDICTION01_DELTA = 2.5;

/** The thresholds whose fit of set III the lesson prints or draws (its fits table, its figure of Huber lines, its table of limits). */
export const LESSON01_DELTAS = [0.1, 0.5, 1, 2, 3, 4, 10, 100, 0.01, 0.001];

/** The slope of the fit of Anscombe's set III under a loss (the lesson's outlier set). */
function slopeOfSetIII(loss: "l1" | "l2" | "huber", delta = 1): number {
  const { x, y } = loadAnscombe("III");
  return fitLine(x, y, { loss, delta }).theta[1];
}

export function prediction01(): Question<string> {
  return {
    title: "Exercise 01 · prediction",
    kind: "prediction",
    question: `is the Huber fit (δ = ${PREDICTION01_DELTA}) of Anscombe's set III nearer the L1 fit ("l1") or the L2 fit ("l2")?`,
    choices: ["l1", "l2"],
    truth: () => {
      const huber = slopeOfSetIII("huber", PREDICTION01_DELTA);
      return Math.abs(huber - slopeOfSetIII("l1")) < Math.abs(huber - slopeOfSetIII("l2")) ? "l1" : "l2";
    },
    explain: () =>
      `slopes: L1 ${+slopeOfSetIII("l1").toFixed(4)}, Huber (δ = ${PREDICTION01_DELTA}) ${+slopeOfSetIII("huber", PREDICTION01_DELTA).toFixed(4)}, L2 ${+slopeOfSetIII("l2").toFixed(4)}. ` +
      "Beyond |r| = δ a point pulls with a force of at most δ, as under L1: at δ = 2.5 the outlier's residual (about 3.2 under the L2 line) is barely capped, so it still drags the line most of the way to L2's; at the lesson's δ = 1 the cap holds it near L1's.",
  };
}

/** Checks the prediction of exercise 01 (which fit the Huber fit is near). */
export const checkHuberPrediction = questionChecker(prediction01, "checkHuberPrediction");

export function experiment01(): Experiment<number> {
  return numberExperiment("01", { name: "δ", range: { min: 0, max: 1e6, minOpen: true } }, "the slope of the Huber fit of set III", (delta) => slopeOfSetIII("huber", delta), {
    // tolerance: IRLS stops at a tolerance of 1e-7
    prediction: predictionLink(prediction01()), lessonPrinted: { settings: LESSON01_DELTAS, where: "lesson 01: its fits table, its figure of Huber lines and its table of limits" }, rtol: 1e-6,
  });
}

/** Checks the runs of exercise 01's experiment (the Huber slope at several δ). */
export const checkHuberExperiment = experimentChecker(experiment01, "checkHuberExperiment");
