/**
 * Exercise 08, in two parts.
 * 1. CosFace's lower bound on the scale DURING TRAINING: the lesson prints the paper's bound without the
 *    margin (eq. 6, s ≥ (C − 1)/C · ln((C − 1)P/(1 − P))); with the margin m in the target logit
 *    s(cos θ − m), the true class can reach P only if s ≥ ln((C − 1)P/(1 − P)) / (C/(C − 1) − m). The
 *    student derives and writes it; the checker's reference is its own formula, with hints for log₁₀,
 *    the margin left out (the lesson's bound), the margin added with the wrong sign, the missing C − 1
 *    inside the log. A prediction (the best P at s = 3 for ten classes) and an experiment (CosFace trained
 *    below and above the bound: the mean P it reaches).
 * 2. The gradient that ArcFace's target logit sends to the angle, ∂/∂θ of s·cos(θ + m) with the
 * fallback s(cos θ − m·sin m) where θ + m ≥ π (insightface's rule; lesson 08 states the fallback, not
 * its gradient): −s·sin(θ + m), then −s·sin θ. Checked against finite differences of the library's
 * `targetLogit`. Cases: θ = 0 and π, m = 0, both sides of θ = π − m (but not on it, where the target
 * jumps), small and large scales, random angles. Hints name the usual mistakes: no fallback (a
 * gradient that pushes away from the class), the sign, CosFace's form, no scale.
 */
import { targetLogit } from "losslab";
import { degrees } from "losslab";
import { Rng } from "losslab";
import * as tf from "@tensorflow/tfjs";
import { CosFaceHead } from "losslab";
import { type CheckCase, type ExerciseSpec, experimentChecker, numberExperiment, type Experiment, hintLadder, exerciseChecker } from "./checker";
import { prediction, predictionLink, questionChecker, type Question } from "./answers";
import { hasNonFinite, looksLike } from "./describe_inputs";

export interface Exercise08Input {
  theta: number;
  s: number;
  m: number;
}

/** The student's function: ∂/∂θ of ArcFace's target logit at the true class's angle θ (radians), scale s, margin m (radians). */
export type ArcFaceLogitGradientFunction = (theta: number, s: number, m: number) => number;

/**
 * The checker's reference: finite differences of the library's `targetLogit`, second order (central
 * inside [0, π], one-sided at its ends), step 1e-5.
 */
export function arcFaceLogitGradientByDifferences({ theta, s, m }: Exercise08Input): number {
  const f = (t: number) => targetLogit({ loss: "arcFace", theta: t, s, m });
  const h = 1e-5;
  if (theta < h) return (-3 * f(theta) + 4 * f(theta + h) - f(theta + 2 * h)) / (2 * h);
  if (theta > Math.PI - h) return (3 * f(theta) - 4 * f(theta - h) + f(theta - 2 * h)) / (2 * h);
  return (f(theta + h) - f(theta - h)) / (2 * h);
}

function cases(): CheckCase<Exercise08Input>[] {
  const rng = new Rng(808);
  const random = Array.from({ length: 5 }, (_, k) => ({
    name: `a random angle (${k + 1})`,
    input: { theta: rng.uniform(0, Math.PI), s: [16, 30, 64][k % 3], m: [0.2, 0.35, 0.5][k % 3] },
  }));
  return [
    { name: "θ = 0", input: { theta: 0, s: 64, m: 0.5 } },
    { name: "θ = 60°, the papers' s = 64, m = 0.5", input: { theta: Math.PI / 3, s: 64, m: 0.5 } },
    { name: "m = 0: no margin", input: { theta: 1, s: 30, m: 0 } },
    { name: "just before θ = π − m (the margin branch)", input: { theta: Math.PI - 0.5 - 1e-3, s: 64, m: 0.5 } },
    { name: "just after θ = π − m (the fallback)", input: { theta: Math.PI - 0.5 + 1e-3, s: 64, m: 0.5 } },
    { name: "θ = π (the fallback)", input: { theta: Math.PI, s: 64, m: 0.5 } },
    { name: "a large margin, m = 1.2, past π − m", input: { theta: 2.5, s: 1, m: 1.2 } },
    { name: "a small scale, s = 1", input: { theta: 1.2, s: 1, m: 0.3 } },
    ...random,
  ];
}

function hint({ theta, s, m }: Exercise08Input, expected: number, got: unknown): string | undefined {
  if (hasNonFinite(got)) return "the gradient is finite for every θ in [0, π].";
  if (looksLike(got, targetLogit({ loss: "arcFace", theta, s, m }))) return "that is the target logit itself: differentiate it with respect to θ.";
  if (looksLike(got, -expected) && expected !== 0) return "the sign is flipped: the target logit falls as θ grows, so its derivative is ≤ 0.";
  if (theta + m >= Math.PI && looksLike(got, -s * Math.sin(theta + m))) {
    return "past θ = π − m, −s·sin(θ + m) is positive: descent would move the feature away from its class. There the fallback's form applies; differentiate that one.";
  }
  if (looksLike(got, expected / s)) return "multiply by the scale s.";
  if (theta + m < Math.PI && m > 0 && looksLike(got, -s * Math.sin(theta))) return "before π − m the margin sits inside the cosine, cos(θ + m): the chain rule keeps it in the sine.";
  return undefined;
}

export const exercise08: ExerciseSpec<Exercise08Input, number> = {
  title: "Exercise 08, part 2 · the gradient of ArcFace's target logit",
  cases: cases(),
  reference: arcFaceLogitGradientByDifferences,
  call: (student: ArcFaceLogitGradientFunction, { theta, s, m }) => student(theta, s, m),
  describeInput: ({ theta, s, m }) => `θ = ${+theta.toFixed(6)} rad (${+degrees(theta).toFixed(3)}°), s = ${s}, m = ${m}`,
  // finite differences with a step of 1e-5: about 1e-9 of s
  rtol: 1e-6,
  atol: 1e-6,
  hint,
  ladder: hintLadder("08", "ArcFace's fallback when $\\theta + m > \\pi$", "which of the two forms holds at this θ, and what are d/dθ of cos(θ + m) and of cos θ − m·sin m (m is a constant)?", "−s·sin(θ + m) while θ + m < π, else −s·sin θ."),
};

/** Checks a student's gradient of ArcFace's target logit and shows the report. */
export const checkArcFaceLogitGradient = exerciseChecker<ArcFaceLogitGradientFunction>(exercise08, "checkArcFaceLogitGradient");

// ---------------------------------------------------------------- part 1: CosFace's scale

export interface CosFaceScaleInput {
  /** C, the number of classes. */
  classes: number;
  /** P, the probability of the true class to reach. */
  probability: number;
  /** CosFace's margin m. */
  margin: number;
}

/** The student's function of part 1: the smallest s at which C classes can reach probability P in training with margin m. */
export type CosFaceMinScaleFunction = (classes: number, probability: number, margin: number) => number;

/**
 * The checker's own reference: at best the feature sits on its weight (target logit s(1 − m)) and the
 * weights form a regular simplex (other logits −s/(C − 1)), so P ≤ 1/(1 + (C − 1)e^(−s(C/(C − 1) − m))):
 * s_min = ln((C − 1)P/(1 − P)) / (C/(C − 1) − m).
 */
export function cosFaceScaleBound({ classes: C, probability: P, margin: m }: CosFaceScaleInput): number {
  return Math.log(((C - 1) * P) / (1 - P)) / (C / (C - 1) - m);
}

/** The best probability of the true class at scale s: features on their weights, weights a regular simplex. */
export function bestTrueClassProbability(classes: number, s: number): number {
  return 1 / (1 + (classes - 1) * Math.exp((-s * classes) / (classes - 1)));
}

export const exercise08Scale: ExerciseSpec<CosFaceScaleInput, number> = {
  title: "Exercise 08, part 1 · CosFace's lower bound on s",
  cases: [
    { name: "ten digits, P = 0.9, m = 0.35 (the lesson's margin)", input: { classes: 10, probability: 0.9, margin: 0.35 } },
    { name: "no margin (m = 0): the paper's bound", input: { classes: 10, probability: 0.9, margin: 0 } },
    { name: "two classes, P = 0.5 (s = 0 suffices)", input: { classes: 2, probability: 0.5, margin: 0.35 } },
    { name: "two classes, P = 0.99, m = 0.2", input: { classes: 2, probability: 0.99, margin: 0.2 } },
    { name: "100 classes, P = 0.9, m = 0.35", input: { classes: 100, probability: 0.9, margin: 0.35 } },
    { name: "CASIA-WebFace's 10 575 identities, P = 0.9, m = 0.35", input: { classes: 10575, probability: 0.9, margin: 0.35 } },
    { name: "1000 classes, P = 0.999, m = 0.5", input: { classes: 1000, probability: 0.999, margin: 0.5 } },
    { name: "ten classes, P = 0.2, m = 0.1", input: { classes: 10, probability: 0.2, margin: 0.1 } },
  ],
  reference: cosFaceScaleBound,
  call: (student: CosFaceMinScaleFunction, { classes, probability, margin }) => student(classes, probability, margin),
  describeInput: ({ classes, probability, margin }) => `C = ${classes}, P = ${probability}, m = ${margin}`,
  rtol: 1e-9,
  atol: 1e-12,
  hint: ({ classes: C, probability: P, margin: m }, expected, got) => {
    if (hasNonFinite(got)) return "the bound is finite for every C ≥ 2, P < 1 and m below C/(C − 1).";
    const log = Math.log(((C - 1) * P) / (1 - P));
    if (looksLike(got, expected / Math.LN10)) return "use the natural logarithm (Math.log), not log₁₀: the softmax is written with e.";
    if (m !== 0 && looksLike(got, ((C - 1) / C) * log)) return "that is the bound without the margin (the lesson's, for test time): in training the target logit is s(cos θ − m), so the gap to the others shrinks by s·m.";
    if (m !== 0 && looksLike(got, log / (C / (C - 1) + m))) return "the margin lowers the target logit, s(cos θ − m): it narrows the gap, so it subtracts from C/(C − 1).";
    if (looksLike(got, log / (1 - m))) return "the other classes' cosines are −1/(C − 1) at best (a regular simplex), not 0: the gap is s(1 − m) + s/(C − 1).";
    if (looksLike(got, Math.log(P / (1 - P)) / (C / (C - 1) - m))) return "the C − 1 inside the logarithm is missing: the true class competes with C − 1 others, each with e^(−s/(C − 1)).";
    return undefined;
  },
  ladder: hintLadder("08", "How large must $s$ be? Feature normalisation and CosFace's bound", "in training, what is the largest target logit s(cos θ − m) can reach, and the largest the other C − 1 logits can all reach at once? Write P from them.", "P ≤ 1/(1 + (C − 1)e^(−s(C/(C − 1) − m))), so s ≥ ln((C − 1)P/(1 − P)) / (C/(C − 1) − m)."),
};

/** Checks a student's CosFace scale bound (part 1) and shows the report. */
export const checkCosFaceMinScale = exerciseChecker<CosFaceMinScaleFunction>(exercise08Scale, "checkCosFaceMinScale");

/** The scale of the prediction (the lesson prints the best P at s = 1 and s = 64). */
export const PREDICTION08_SCALE = 3;

export function prediction08(): Question<string> {
  const p = () => bestTrueClassProbability(10, PREDICTION08_SCALE);
  return prediction<string>("08", `ten classes at s = ${PREDICTION08_SCALE}: the best probability of the true class is "above 0.9", "0.5 to 0.9" or "below 0.5"?`, () => (p() > 0.9 ? "above 0.9" : p() >= 0.5 ? "0.5 to 0.9" : "below 0.5"), {
    choices: ["above 0.9", "0.5 to 0.9", "below 0.5"],
    explain: () => `even with every feature on its weight and the weights spread as far apart as they go, P = ${+p().toFixed(3)}: logits confined to [−s, s] cannot be confident, however long the training, and the margin lowers the ceiling further.`,
  });
}

/** Checks the prediction of exercise 08 (the best P at s = 1). */
export const checkScalePrediction = questionChecker(prediction08, "checkScalePrediction");

/** Exercise 08's run: C classes, free features (a network of unlimited capacity), a CosFace head. */
export const COSFACE_RUN = Object.freeze({ classes: 10, perClass: 4, dim: 16, m: 0.35, steps: 150, learningRate: 0.05, seed: 8 });

/**
 * Trains free features and a CosFace head (margin 0.35) at scale s and returns the mean probability of
 * the true class from the plain logits s·cos θ (the ones used at test time).
 */
export function cosFaceScaleRun(s: number): number {
  // deterministic on a backend: the checker's measurement of a setting the notebook ran is that run
  const key = `${tf.getBackend()} ${s}`;
  const known = scaleRuns.get(key);
  if (known !== undefined) return known;
  const p = trainCosFace(s);
  scaleRuns.set(key, p);
  return p;
}

const scaleRuns = new Map<string, number>();

function trainCosFace(s: number): number {
  const { classes, perClass, dim, m, steps, learningRate, seed } = COSFACE_RUN;
  const n = classes * perClass;
  const rng = new Rng(seed);
  const labels = tf.tensor1d(Array.from({ length: n }, (_, i) => i % classes), "int32");
  // in a tidy, so that the initial values are freed (a variable keeps a copy)
  const features = tf.tidy(() => tf.variable(tf.tensor2d(Array.from({ length: n * dim }, () => rng.normal()), [n, dim])));
  const head = new CosFaceHead({ inputDim: dim, numClasses: classes, s, m, seed });
  const optimizer = tf.train.adam(learningRate);
  try {
    for (let k = 0; k < steps; k++) {
      tf.tidy(() => {
        optimizer.minimize(() => head.loss(features, labels), false, [features, ...head.trainableVariables]);
      });
    }
    return tf.tidy(() => {
      const p = tf.softmax(head.scores(features));
      return tf.sum(tf.mul(p, tf.oneHot(labels, classes))).dataSync()[0] / n;
    });
  } finally {
    optimizer.dispose();
    head.dispose();
    features.dispose();
    labels.dispose();
  }
}

export function experiment08(): Experiment<number> {
  return numberExperiment("08", { name: "s", range: { min: 0, max: 64, minOpen: true } }, `the mean probability of the true class after ${COSFACE_RUN.steps} steps`, cosFaceScaleRun, {
    // tolerance: the same run on the same backend: equal up to float32 reductions
    prediction: predictionLink(prediction08()), minRuns: 3, rtol: 1e-3, atol: 1e-5,
  });
}

/** Checks the runs of exercise 08's experiment (CosFace below and above the bound). */
export const checkCosFaceScaleExperiment = experimentChecker(experiment08, "checkCosFaceScaleExperiment");
