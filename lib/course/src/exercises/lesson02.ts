/**
 * Exercise 02: the gradient a logit receives from binary cross-entropy through the sigmoid,
 *   ∂L/∂z = σ(z) − y   for L = −[y log σ(z) + (1 − y) log(1 − σ(z))],
 * one number per sample, checked against the library's `binaryCrossEntropyWithLogitsGradient` on the
 * worked example, soft labels, random data and logits of ±1000, with hints for the usual mistakes
 * (the squared error's gradient, ∂L/∂ŷ instead of ∂L/∂z, a flipped sign, a chain rule left unsimplified
 * that gives 0/0 at large |z|, a sigmoid written as e^z/(1 + e^z) that overflows); a prediction (which loss
 * pushes a confidently wrong logit harder) and an experiment (epochs to 90 % accuracy from a wrong start,
 * under either loss).
 */
import * as tf from "@tensorflow/tfjs";
import { binaryCrossEntropyGradient, binaryCrossEntropyWithLogitsGradient } from "losslab";
import { meanSquaredErrorWithLogitsGradient } from "losslab";
import { Rng } from "losslab";
import { epochsToAccuracy, trainLogisticRegression } from "../classification/logistic_regression";
import { gaussianClasses } from "../classification/toy_data";
import { type CheckCase, type ExerciseSpec, experimentChecker, type Experiment, hintLadder, exerciseChecker } from "./checker";
import { prediction, predictionLink, questionChecker, type Question } from "./answers";
import { hasNonFinite, looksLike, shortList } from "./describe_inputs";

export interface Exercise02Input {
  y: number[];
  z: number[];
}

/** The student's function: ∂L/∂zᵢ of binary cross-entropy through the sigmoid, for each sample. */
export type LogitGradientFunction = (y: number[], z: number[]) => number[];

const values = (t: () => tf.Tensor): number[] => tf.tidy(() => Array.from(t().dataSync()));

function cases(): CheckCase<Exercise02Input>[] {
  const rng = new Rng(202);
  const random = [4, 25].map((n) => {
    const z = Array.from({ length: n }, () => +rng.normal(0, 3).toFixed(3));
    return { name: `random logits and labels, n = ${n}`, input: { y: z.map(() => (rng.next() < 0.5 ? 1 : 0)), z } };
  });
  return [
    { name: "the worked example (y = 1, ŷ = σ(z) = 0.1)", input: { y: [1], z: [Math.log(0.1 / 0.9)] } },
    { name: "an undecided model (z = 0)", input: { y: [1, 0], z: [0, 0] } },
    { name: "confidently right", input: { y: [1, 0], z: [8, -8] } },
    { name: "confidently wrong", input: { y: [1, 0], z: [-8, 8] } },
    { name: "soft labels (y between 0 and 1)", input: { y: [0.3, 0.8], z: [0.5, -1] } },
    ...random,
    { name: "logits of ±1000", input: { y: [1, 0, 1, 0], z: [1000, -1000, -1000, 1000] } },
  ];
}

function hint({ y, z }: Exercise02Input, expected: number[], got: unknown): string | undefined {
  if (hasNonFinite(got) && z.some((v) => Math.abs(v) > 30)) {
    return (
      "at |z| = 1000 something overflowed: e^1000 is Infinity. If you wrote (ŷ − y)/(ŷ(1 − ŷ))·ŷ(1 − ŷ), simplify it first: " +
      "the ŷ(1 − ŷ) cancels. If you wrote σ as e^z/(1 + e^z), use 1/(1 + e^(−z)), which gives 0 or 1, never NaN."
    );
  }
  const probabilities = values(() => tf.sigmoid(z));
  if (looksLike(got, expected.map((g) => -g))) return "the sign is flipped: ∂L/∂z = ŷ − y, positive when ŷ is too high.";
  if (looksLike(got, values(() => meanSquaredErrorWithLogitsGradient({ labels: y, logits: z })))) {
    return "this is the squared error's gradient 2(ŷ − y)·ŷ(1 − ŷ): for cross-entropy the factor ŷ(1 − ŷ) cancels.";
  }
  if (looksLike(got, values(() => binaryCrossEntropyGradient({ labels: y, predictions: probabilities })))) {
    return "this is ∂L/∂ŷ: multiply by ∂ŷ/∂z = ŷ(1 − ŷ) (the chain rule), and simplify.";
  }
  return undefined;
}

export const exercise02: ExerciseSpec<Exercise02Input, number[]> = {
  title: "Exercise 02 · the gradient through the sigmoid",
  cases: cases(),
  reference: ({ y, z }) => values(() => binaryCrossEntropyWithLogitsGradient({ labels: y, logits: z })),
  call: (student: LogitGradientFunction, { y, z }) => student(y.slice(), z.slice()),
  describeInput: ({ y, z }) => `y = ${shortList(y)}, z = ${shortList(z)}`,
  // the reference computes in float32
  rtol: 1e-5,
  atol: 1e-6,
  hint,
  ladder: hintLadder("02", "Through the sigmoid: what the weights feel", "what is σ′(z) written with σ(z) itself, and what is left of ∂L/∂ŷ · ∂ŷ/∂z once you multiply the two?", "with ŷ = σ(z) = 1/(1 + e^(−z)), ∂L/∂z = ŷ − y for each sample."),
};

/** Checks a student's ∂L/∂z of binary cross-entropy and shows the report. */
export const checkLogitGradient = exerciseChecker<LogitGradientFunction>(exercise02, "checkLogitGradient");

/** The confidently wrong sample of the prediction. */
const WRONG = { y: [1], z: [-8] };

/**
 * How many times harder cross-entropy pushes the logit than the squared error, at y = 1 and z = −8
 * (lesson 02 tabulates the ratio at ŷ = 0.5, 0.1, 0.01 and 0.001, not at this z).
 */
export function prediction02(): Question<number> {
  const pull = (loss: "mse" | "bce") =>
    Math.abs(values(() => (loss === "mse" ? meanSquaredErrorWithLogitsGradient({ labels: WRONG.y, logits: WRONG.z }) : binaryCrossEntropyWithLogitsGradient({ labels: WRONG.y, logits: WRONG.z })))[0]);
  const question = "for y = 1 and z = −8 (confidently wrong), how many times larger is |∂L/∂z| under cross-entropy than under the squared error through the sigmoid?";
  return prediction("02", question, () => pull("bce") / pull("mse"), {
    // a prediction: within 10 %
    rtol: 0.1,
    explain: () => `|∂L/∂z| is ${+pull("bce").toPrecision(4)} under cross-entropy and ${+pull("mse").toPrecision(4)} under the squared error: the ratio is 1/(2ŷ(1 − ŷ)) with ŷ = σ(−8) = ${+(1 / (1 + Math.exp(8))).toPrecision(3)}, since the squared error's gradient carries the sigmoid's slope ŷ(1 − ŷ), which vanishes where the sigmoid is flat.`,
  });
}

/** Checks the prediction of exercise 02 (which loss pushes a confidently wrong logit harder). */
export const checkPullPrediction = questionChecker(prediction02, "checkPullPrediction");

/** A setting of exercise 02's experiment: the loss and the starting weight w₀ (negative: wrong). */
export interface Experiment02Setting {
  loss: "mse" | "bce";
  w0: number;
}

/** The lesson's two 1-D clouds (class 0 around −2, class 1 around 2), 100 points. */
export function cloudsForExperiment02() {
  return gaussianClasses({ counts: [50, 50], means: [[-2], [2]], seed: 2 });
}

/** Full-batch updates at most in one run; learning rate of every run. */
export const EXPERIMENT02_EPOCHS = 300;
export const EXPERIMENT02_LEARNING_RATE = 0.5;

/** Epochs until 90 % accuracy from w = [w0], b = 0, or Infinity within the budget. */
export function epochsToRecover(setting: Experiment02Setting): number {
  const run = trainLogisticRegression(cloudsForExperiment02(), {
    loss: setting.loss,
    learningRate: EXPERIMENT02_LEARNING_RATE,
    epochs: EXPERIMENT02_EPOCHS,
    init: { w: [setting.w0], b: 0 },
  });
  return epochsToAccuracy(run.history, 0.9) ?? Infinity;
}

export function experiment02(): Experiment<Experiment02Setting> {
  return {
    title: "Exercise 02 · experiment",
    prediction: predictionLink(prediction02()),
    describeSetting: (s) => `loss "${s.loss}", w₀ = ${s.w0}`,
    quantity: "the epochs to 90 % accuracy (Infinity: not within 300)",
    measure: epochsToRecover,
    lessonPrinted: { settings: [{ loss: "mse", w0: -4 }, { loss: "bce", w0: -4 }], where: "lesson 02, logistic regression from a bad start, w₀ = −4" },
    badSetting: (s) => {
      const t = s as Partial<Experiment02Setting> | null;
      if (t === null || typeof t !== "object" || (t.loss !== "mse" && t.loss !== "bce")) return 'write the setting as { loss: "mse" or "bce", w0: a number }';
      return typeof t.w0 === "number" && Math.abs(t.w0) <= 50 ? undefined : "w0 must be a number between −50 and 50";
    },
    minRuns: 4,
  };
}

/** Checks the runs of exercise 02's experiment (recovering from a wrong start under each loss). */
export const checkRecoveryExperiment = experimentChecker(experiment02, "checkRecoveryExperiment");
