/**
 * Exercise 03b: the focal loss FL = −(1 − p_t)^γ log p_t of a sigmoid classifier, p = σ(z), p_t = p for
 * y = 1 and 1 − p for y = 0. The task: its gradient ∂FL/∂z, one number per sample, checked against
 * autograd of the library's `sigmoidFocalLoss`, with hints for the usual slips (cross-entropy's σ(z) − y,
 * the factor (1 − p_t)^γ held constant, a flipped sign, an overflow at large |z|). A prediction (how
 * much less a well-classified sample pays at γ = 2) and an experiment (the share of the loss that the
 * well-classified points of an imbalanced set carry, at several γ), with its conclusion.
 */
import * as tf from "@tensorflow/tfjs";
import { sigmoidFocalLoss } from "losslab";
import { binaryCrossEntropyWithLogits } from "losslab";
import { logit } from "../classification/logit";
import { wellClassifiedLossShare } from "../classification/loss_shares";
import { gaussianClasses, type LabelledPoints } from "../classification/toy_data";
import type { LogisticModel } from "../classification/logistic_regression";
import { Rng } from "losslab";
import { type CheckCase, type ExerciseSpec, experimentChecker, numberExperiment, type Experiment, hintLadder, exerciseChecker } from "./checker";
import { prediction, predictionLink, questionChecker, type Question } from "./answers";
import { hasNonFinite, looksLike, shortList } from "./describe_inputs";

export interface Exercise03bInput {
  y: number[];
  z: number[];
  gamma: number;
}

/** The student's function: ∂FL/∂zᵢ of the sigmoid focal loss, for each sample. */
export type FocalGradientFunction = (y: number[], z: number[], gamma: number) => number[];

/** ∂(Σ FL)/∂z by autograd of the library's loss. */
function focalGradient({ y, z, gamma }: Exercise03bInput): number[] {
  return tf.tidy(() => {
    const grad = tf.grad((logits: tf.Tensor) => sigmoidFocalLoss({ labels: y, logits, gamma, reduction: "sum" }));
    return Array.from(grad(tf.tensor1d(z)).dataSync());
  });
}

function cases(): CheckCase<Exercise03bInput>[] {
  const rng = new Rng(3030);
  const random = [2, 0.5, 5].map((gamma, k) => {
    const z = Array.from({ length: 4 + 4 * k }, () => +rng.normal(0, 3).toFixed(3));
    return { name: `random logits and labels, γ = ${gamma}`, input: { y: z.map(() => (rng.next() < 0.5 ? 1 : 0)), z, gamma } };
  });
  return [
    { name: "γ = 0 (cross-entropy)", input: { y: [1, 0], z: [0.5, 0.5], gamma: 0 } },
    { name: "an undecided model (z = 0), γ = 2", input: { y: [1, 0], z: [0, 0], gamma: 2 } },
    { name: "well classified (p_t = 0.9), γ = 2", input: { y: [1, 0], z: [logit(0.9), -logit(0.9)], gamma: 2 } },
    { name: "badly wrong (p_t = 0.05), γ = 2", input: { y: [1, 0], z: [logit(0.05), -logit(0.05)], gamma: 2 } },
    { name: "γ = 1", input: { y: [1, 1, 0], z: [-1, 2, 1], gamma: 1 } },
    ...random,
    { name: "logits of ±30", input: { y: [1, 0, 1, 0], z: [30, -30, -30, 30], gamma: 2 } },
  ];
}

/** Per-sample pieces of the gradient, in float64: for the hints. */
function pieces(y: number[], z: number[], gamma: number) {
  return z.map((zi, i) => {
    const p = 1 / (1 + Math.exp(-zi));
    const pt = y[i] === 1 ? p : 1 - p;
    return { crossEntropy: p - y[i], constantFactor: (1 - pt) ** gamma * (p - y[i]) };
  });
}

function hint({ y, z, gamma }: Exercise03bInput, expected: number[], got: unknown): string | undefined {
  if (Array.isArray(got) && got.length !== y.length) return `return one number per sample: an array of ${y.length}.`;
  if (hasNonFinite(got) && z.some((v) => Math.abs(v) > 20)) {
    return "at |z| = 30 something overflowed or took log 0: write log p_t with p_t computed as σ(±z) (1/(1 + e^(∓z))), not as 1 − σ(z), and guard 0·log 0.";
  }
  if (looksLike(got, expected.map((g) => -g))) return "the sign is flipped: raising z must lower the loss of a sample with y = 1 (∂FL/∂z < 0 there).";
  const p = pieces(y, z, gamma);
  if (gamma !== 0 && looksLike(got, p.map((q) => q.crossEntropy))) return "this is cross-entropy's gradient σ(z) − y (γ = 0): the factor (1 − p_t)^γ changes the gradient too.";
  if (gamma !== 0 && looksLike(got, p.map((q) => q.constantFactor))) {
    return "you held (1 − p_t)^γ constant: it depends on z as well, so the product rule adds a term with γ(1 − p_t)^(γ−1) and log p_t.";
  }
  return undefined;
}

export const exercise03b: ExerciseSpec<Exercise03bInput, number[]> = {
  title: "Exercise 03b · the gradient of the focal loss",
  cases: cases(),
  reference: focalGradient,
  call: (student: FocalGradientFunction, { y, z, gamma }) => student(y.slice(), z.slice(), gamma),
  describeInput: ({ y, z, gamma }) => `y = ${shortList(y)}, z = ${shortList(z)}, γ = ${gamma}`,
  // the reference computes in float32
  rtol: 1e-4,
  atol: 1e-6,
  hint,
  ladder: hintLadder("03", "Focal loss", "the focal loss is a product of two factors that both depend on p_t: which rule differentiates a product, and what is ∂p_t/∂z for y = 1 and for y = 0?", "with p_t = σ(z) for y = 1 and σ(−z) for y = 0, ∂FL/∂p_t = γ(1 − p_t)^(γ−1) log p_t − (1 − p_t)^γ / p_t, times ∂p_t/∂z = ±p_t(1 − p_t)."),
};

/** Checks a student's focal-loss gradient and shows the report. */
export const checkFocalGradient = exerciseChecker<FocalGradientFunction>(exercise03b, "checkFocalGradient");

const scalar = (t: () => tf.Tensor): number => tf.tidy(() => t().dataSync()[0]);

/** The sample and γ of the prediction (the lesson prints the ratio at p_t = 0.9 and 0.968 with γ = 2). */
export const PREDICTION03B = Object.freeze({ pt: 0.7, gamma: 3 });

export function prediction03b(): Question<number> {
  const { pt, gamma } = PREDICTION03B;
  const z = [logit(pt)];
  const ratio = () => scalar(() => binaryCrossEntropyWithLogits({ labels: [1], logits: z })) / scalar(() => sigmoidFocalLoss({ labels: [1], logits: z, gamma }));
  return prediction("03b", `how many times smaller the focal loss (γ = ${gamma}) is than the cross-entropy, for a sample with p_t = ${pt}`, ratio, {
    rtol: 0.02,
    explain: () => `FL = (1 − p_t)^γ · CE, and (1 − ${pt})^${gamma} = ${+((1 - pt) ** gamma).toPrecision(3)}: even a fairly well-classified sample is mostly silenced, while a badly wrong one (p_t = 0.1) keeps ${+(100 * 0.9 ** gamma).toFixed(0)} % of its loss.`,
  });
}

/** Checks the prediction of exercise 03b (how much less a well-classified sample pays). */
export const checkFocalPrediction = questionChecker(prediction03b, "checkFocalPrediction");

/** Exercise 03b's experiment: an imbalanced set (950 of class 0, 50 of class 1) and a fixed, fair classifier. */
export function focalExperimentSetup(): { data: LabelledPoints; model: LogisticModel } {
  return { data: gaussianClasses({ counts: [950, 50], means: [[-1.5], [1.5]], seed: 3 }), model: { w: [2], b: -1.5 } };
}

/** The share of the total loss that the well-classified points (p_t > 0.5) carry at γ. */
export function wellClassifiedShare(gamma: number): number {
  const { data, model } = focalExperimentSetup();
  return wellClassifiedLossShare(data, model, { gamma }).share;
}

export function experiment03b(): Experiment<number> {
  return numberExperiment("03b", { name: "γ", range: { min: 0, max: 10 } }, "the well-classified points' share of the loss", wellClassifiedShare, {
    prediction: predictionLink(prediction03b()), rtol: 1e-5, atol: 1e-7,
  });
}

/** Checks the runs of exercise 03b's experiment (the easy points' share of the loss at several γ). */
export const checkFocalExperiment = experimentChecker(experiment03b, "checkFocalExperiment");

export function conclusion03b(): Question<string> {
  return {
    title: "Exercise 03b · conclusion",
    question: "as γ grows, the well-classified points' share of the loss \"falls\", \"rises\" or \"stays\"?",
    choices: ["falls", "rises", "stays"],
    truth: () => {
      const change = wellClassifiedShare(5) - wellClassifiedShare(0);
      return Math.abs(change) < 0.01 ? "stays" : change < 0 ? "falls" : "rises";
    },
    explain: () =>
      `at γ = 0 the ${focalExperimentSetup().data.y.length} points' easy majority carries ${+(100 * wellClassifiedShare(0)).toFixed(1)} % of the loss, at γ = 5 ${+(100 * wellClassifiedShare(5)).toFixed(1)} %: ` +
      "the misclassified and borderline points get the gradient instead, Lin et al.'s argument for the focal loss.",
  };
}

/** Checks the conclusion of exercise 03b's experiment. */
export const checkFocalConclusion = questionChecker(conclusion03b, "checkFocalConclusion");
