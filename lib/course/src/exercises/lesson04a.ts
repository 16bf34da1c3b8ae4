/**
 * Exercise 04a: the contrastive loss of a Siamese network in the notes' form,
 *   L = (1 − y)·d² + y·max(0, m² − d²),   d = ‖x₁ − x₂‖,   y = 0 for a similar pair, 1 for a dissimilar one.
 * The task: its gradient ∂L/∂x₁, one row per pair, checked against autograd of the library's
 * `contrastiveLoss`, with hints for the usual slips (the labels read the other way round, the 2 of d²,
 * a flipped sign, no hinge beyond the margin, the gradient of d instead of d²). A prediction (the loss
 * of a collapsed network) and an experiment (the share of dissimilar pairs the margin still pushes
 * apart, at several margins).
 */
import * as tf from "@tensorflow/tfjs";
import { contrastiveLoss } from "losslab";
import { Rng } from "losslab";
import { type CheckCase, type ExerciseSpec, experimentChecker, numberExperiment, type Experiment, hintLadder, exerciseChecker } from "./checker";
import { prediction, predictionLink, questionChecker, type Question } from "./answers";
import { looksLike, shortList, shortRows } from "./describe_inputs";

export interface Exercise04aInput {
  x1: number[][];
  x2: number[][];
  /** 0 = similar, 1 = dissimilar. */
  y: number[];
  margin: number;
}

/** The student's function: ∂L/∂x₁ of each pair, one row per pair. */
export type ContrastiveGradientFunction = (x1: number[][], x2: number[][], y: number[], margin: number) => number[][];

function gradientOfFirst({ x1, x2, y, margin }: Exercise04aInput): number[][] {
  return tf.tidy(() => {
    const grad = tf.grad((a: tf.Tensor) => contrastiveLoss({ x1: a, x2, y: tf.tensor1d(y), margin, reduction: "sum" }));
    return grad(tf.tensor2d(x1)).arraySync() as number[][];
  });
}

function cases(): CheckCase<Exercise04aInput>[] {
  const rng = new Rng(4040);
  const point = (d: number) => Array.from({ length: d }, () => +rng.normal(0, 0.7).toFixed(3));
  const random = (n: number, d: number, margin: number): Exercise04aInput => ({
    x1: Array.from({ length: n }, () => point(d)),
    x2: Array.from({ length: n }, () => point(d)),
    y: Array.from({ length: n }, (_, i) => i % 2),
    margin,
  });
  return [
    { name: "one similar pair (y = 0)", input: { x1: [[1, 0]], x2: [[0, 0.5]], y: [0], margin: 1 } },
    { name: "one dissimilar pair inside the margin (d < m)", input: { x1: [[0.3, 0]], x2: [[0, 0.4]], y: [1], margin: 1 } },
    { name: "one dissimilar pair beyond the margin (d > m)", input: { x1: [[2, 0]], x2: [[0, 0]], y: [1], margin: 1 } },
    { name: "a similar pair at one point (the gradient is 0)", input: { x1: [[0.2, -0.1]], x2: [[0.2, -0.1]], y: [0], margin: 1 } },
    { name: "one of each, m = 2", input: { x1: [[1, 1], [0.5, 0]], x2: [[0, 0], [0, 1]], y: [0, 1], margin: 2 } },
    { name: "random pairs, d = 2", input: random(6, 2, 1) },
    { name: "random pairs, d = 8", input: random(5, 8, 1.5) },
  ];
}

/** ∂L/∂x₁ in float64 under a variant of the loss: the usual slips, for hints. */
function variant({ x1, x2, y, margin }: Exercise04aInput, opts: { swapLabels?: boolean; noHinge?: boolean; ofDistance?: boolean }): number[][] {
  return x1.map((a, i) => {
    const diff = a.map((v, k) => v - x2[i][k]);
    const d2 = diff.reduce((s, v) => s + v * v, 0);
    const dissimilar = opts.swapLabels ? y[i] === 0 : y[i] === 1;
    const scale = opts.ofDistance ? 1 / Math.sqrt(d2 || 1) : 2;
    const factor = !dissimilar ? scale : opts.noHinge || d2 < margin * margin ? -scale : 0;
    return diff.map((v) => factor * v);
  });
}

function hint(input: Exercise04aInput, expected: number[][], got: unknown): string | undefined {
  if (!Array.isArray(got) || got.length !== input.y.length || got.some((r) => !Array.isArray(r))) return `return one row (a gradient of length ${input.x1[0]?.length}) per pair: ${input.y.length} rows.`;
  if (looksLike(got, variant(input, { swapLabels: true }))) return "the labels are read the other way round: here y = 0 marks a similar pair (the notes' and Hadsell's convention; TF Addons uses 1).";
  if (looksLike(got, expected.map((r) => r.map((v) => -v)))) return "the sign is flipped: a similar pair's gradient points from x₂ to x₁ (descent moves x₁ towards x₂).";
  if (looksLike(got, expected.map((r) => r.map((v) => v / 2)))) return "the derivative of d² = ‖x₁ − x₂‖² with respect to x₁ is 2(x₁ − x₂), not x₁ − x₂.";
  if (looksLike(got, variant(input, { noHinge: true }))) return "beyond the margin (d ≥ m), max(0, m² − d²) is 0: a dissimilar pair that is far enough gets no gradient.";
  if (looksLike(got, variant(input, { ofDistance: true }))) return "the notes' loss is written in d², not d: differentiate d² = ‖x₁ − x₂‖².";
  return undefined;
}

export const exercise04a: ExerciseSpec<Exercise04aInput, number[][]> = {
  title: "Exercise 04a · the gradient of the contrastive loss",
  cases: cases(),
  reference: gradientOfFirst,
  call: (student: ContrastiveGradientFunction, { x1, x2, y, margin }) => student(x1.map((r) => r.slice()), x2.map((r) => r.slice()), y.slice(), margin),
  describeInput: ({ x1, x2, y, margin }) => `x₁ = ${shortRows(x1)}, x₂ = ${shortRows(x2)}, y = ${shortList(y)}, m = ${margin}`,
  // the reference computes in float32
  rtol: 1e-4,
  atol: 1e-6,
  hint,
  ladder: hintLadder("04a", "The contrastive loss", "which term of the loss does a similar pair pay, which a dissimilar one, and when is a dissimilar pair's term constant?", "for a similar pair differentiate d², for a dissimilar one max(0, m² − d²) (zero beyond the margin), with d² = Σₖ (x₁ₖ − x₂ₖ)²."),
};

/** Checks a student's ∂L/∂x₁ of the contrastive loss and shows the report. */
export const checkContrastiveGradient = exerciseChecker<ContrastiveGradientFunction>(exercise04a, "checkContrastiveGradient");

export function prediction04a(): Question<number> {
  return prediction("04a", "the mean contrastive loss (m = 1) of a collapsed network, every input at one point, on as many similar as dissimilar pairs", () => tf.tidy(() => contrastiveLoss({ x1: tf.zeros([4, 2]), x2: tf.zeros([4, 2]), y: tf.tensor1d([0, 1, 0, 1]), margin: 1 }).dataSync()[0]), {
    rtol: 0.01,
    explain: () => "similar pairs pay d² = 0, dissimilar ones m² − 0 = m² = 1: the mean is ½. Without the dissimilar term the collapse would cost nothing.",
  });
}

/** Checks the prediction of exercise 04a (the loss of a collapsed network). */
export const checkCollapsePrediction = questionChecker(prediction04a, "checkCollapsePrediction");

/** Exercise 04a's experiment: 200 seeded pairs of 2-D embeddings, every other pair dissimilar. */
export function contrastiveExperimentPairs(): { x1: number[][]; x2: number[][]; y: number[] } {
  const rng = new Rng(4041);
  const point = () => [rng.normal(), rng.normal()];
  const x1 = Array.from({ length: 200 }, point);
  return { x1, x2: x1.map(point), y: x1.map((_, i) => i % 2) };
}

/** The share of the experiment's dissimilar pairs whose loss at margin m is above 0. */
export function pushedApartShare(margin: number): number {
  const { x1, x2, y } = contrastiveExperimentPairs();
  const losses = tf.tidy(() => Array.from(contrastiveLoss({ x1, x2, y: tf.tensor1d(y), margin, reduction: "none" }).dataSync()));
  const dissimilar = y.filter((v) => v === 1).length;
  return losses.filter((l, i) => y[i] === 1 && l > 0).length / dissimilar;
}

export function experiment04a(): Experiment<number> {
  return numberExperiment("04a", { name: "m", range: { min: 0, max: 100 } }, "the share of dissimilar pairs with a loss above 0", pushedApartShare, {
    prediction: predictionLink(prediction04a()), rtol: 0, atol: 1e-12,
  });
}

/** Checks the runs of exercise 04a's experiment (dissimilar pairs inside the margin, at several m). */
export const checkMarginExperiment = experimentChecker(experiment04a, "checkMarginExperiment");
