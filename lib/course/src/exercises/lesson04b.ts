/**
 * Exercise 04b, in two parts, on plain arrays:
 * 1. the gradient at the anchor of the triplet loss L = max(‖x_a − x_p‖² − ‖x_a − x_n‖² + α, 0), one row
 *    per triplet, checked against autograd of the library's `tripletLoss` (float32), with hints for the
 *    usual slips (no hinge, the 2 of the square, a flipped sign, plain distances, x_a seen in one term only);
 * 2. the notes' online semi-hard selection: given D(A, P) and D(A, N) of some random triplets, the indices
 *    of those with ① D(A, N) − D(A, P) < α and ② D(A, N) > D(A, P), checked against `keptByNotesRule`.
 * A prediction (which kind of triplet is the most common among the notes' random ones) and an experiment
 * (the share of those triplets with a loss above 0, at several margins).
 */
import * as tf from "@tensorflow/tfjs";
import { tripletLoss } from "losslab";
import { keptByNotesRule } from "losslab/internal";
import { Rng } from "losslab";
import { type CheckCase, type ExerciseSpec, experimentChecker, numberExperiment, type Experiment, hintLadder, exerciseChecker } from "./checker";
import { predictionLink, questionChecker, type Question } from "./answers";
import { looksLike, shortList, shortRows } from "./describe_inputs";

export interface TripletGradientInput {
  anchors: number[][];
  positives: number[][];
  negatives: number[][];
  margin: number;
}
/** The student's function of part 1: ∂L/∂x_a of each triplet, one row per triplet. */
export type TripletAnchorGradient = (anchors: number[][], positives: number[][], negatives: number[][], margin: number) => number[][];

export interface SelectionInput {
  /** D(A, P) of each triplet. */
  dap: number[];
  /** D(A, N) of each triplet. */
  dan: number[];
  margin: number;
}
/** The student's function of part 2: the indices of the triplets the notes' rule keeps, in increasing order. */
export type NotesSelection = (dap: number[], dan: number[], margin: number) => number[];

// ---------------------------------------------------------------- part 1: the gradient at the anchor

function gradientCases(): CheckCase<TripletGradientInput>[] {
  const rng = new Rng(4004);
  const random = (n: number, d: number, scale: number) => Array.from({ length: n }, () => Array.from({ length: d }, () => scale * rng.normal()));
  const randomCase = (n: number, d: number, margin: number): TripletGradientInput => {
    const anchors = random(n, d, 1);
    // positives near their anchors, negatives anywhere: a mix of easy, semi-hard and hard triplets
    return { anchors, positives: anchors.map((a) => a.map((v) => v + 0.4 * rng.normal())), negatives: random(n, d, 1), margin };
  };
  return [
    { name: "one easy triplet (the negative is far: the loss and its gradient are 0)", input: { anchors: [[0, 0]], positives: [[0.1, 0]], negatives: [[1, 0]], margin: 0.2 } },
    { name: "one semi-hard triplet", input: { anchors: [[0, 0]], positives: [[0.3, 0]], negatives: [[0, 0.35]], margin: 0.2 } },
    { name: "one hard triplet (the negative is closer than the positive)", input: { anchors: [[0, 0]], positives: [[0.3, 0]], negatives: [[0.2, 0.1]], margin: 0.2 } },
    { name: "an anchor away from the origin", input: { anchors: [[1, 2]], positives: [[1.5, 2]], negatives: [[1, 2.6]], margin: 0.5 } },
    { name: "1-D embeddings", input: { anchors: [[0], [1], [-2]], positives: [[0.5], [1.1], [0]], negatives: [[0.4], [3], [-2.5]], margin: 0.5 } },
    { name: "random triplets, d = 2", input: randomCase(6, 2, 0.2) },
    { name: "random triplets, d = 8", input: randomCase(5, 8, 0.2) },
    { name: "random triplets with a large margin α = 5", input: randomCase(5, 3, 5) },
  ];
}

/** ∂L/∂x_a of each triplet in float64 under a variant of the loss: the usual slips, for hints. */
function variant(input: TripletGradientInput, opts: { hinge?: boolean; plain?: boolean; anchorOnce?: boolean }): number[][] {
  return input.anchors.map((a, i) => {
    const p = input.positives[i];
    const n = input.negatives[i];
    const dap = a.reduce((s, v, k) => s + (v - p[k]) ** 2, 0);
    const dan = a.reduce((s, v, k) => s + (v - n[k]) ** 2, 0);
    const active = opts.hinge === false || dap - dan + input.margin > 0;
    if (!active) return a.map(() => 0);
    if (opts.plain) return a.map((v, k) => (v - p[k]) / Math.sqrt(dap || 1) - (v - n[k]) / Math.sqrt(dan || 1));
    if (opts.anchorOnce) return a.map((v, k) => 2 * (v - p[k]));
    return a.map((_, k) => 2 * (n[k] - p[k]));
  });
}

export const exercise04bGradient: ExerciseSpec<TripletGradientInput, number[][]> = {
  title: "Exercise 04b, part 1 · the triplet loss's gradient at the anchor",
  cases: gradientCases(),
  reference: ({ anchors, positives, negatives, margin }) =>
    tf.tidy(() => {
      const grad = tf.grad((a: tf.Tensor) => tripletLoss({ anchors: a, positives, negatives, margin, reduction: "sum" }));
      return grad(tf.tensor2d(anchors)).arraySync() as number[][];
    }),
  call: (student: TripletAnchorGradient, input) =>
    student(input.anchors.map((r) => r.slice()), input.positives.map((r) => r.slice()), input.negatives.map((r) => r.slice()), input.margin),
  describeInput: ({ anchors, positives, negatives, margin }) =>
    `α = ${margin}, anchors ${shortRows(anchors)}, positives ${shortRows(positives)}, negatives ${shortRows(negatives)}`,
  rtol: 1e-4,
  atol: 1e-6,
  hint: (input, expected, got) => {
    if (!Array.isArray(got) || got.length !== expected.length || got.some((r) => !Array.isArray(r))) return `return one row (a gradient as long as an embedding) per triplet: ${expected.length} rows.`;
    if (looksLike(got, variant(input, { hinge: false }))) return "an easy triplet (D(A,N) ≥ D(A,P) + α) has loss 0 under the hinge max(·, 0), and so no gradient.";
    if (looksLike(got, expected.map((r) => r.map((v) => -v)))) return "the sign is flipped: descent must move the anchor towards the positive and away from the negative.";
    if (looksLike(got, expected.map((r) => r.map((v) => v / 2)))) return "the derivative of ‖x_a − x_p‖² with respect to x_a is 2(x_a − x_p): the 2 is missing.";
    if (looksLike(got, variant(input, { plain: true }))) return "D is the squared distance ‖x_a − x_p‖² (the notes' D(A, P)), without a square root.";
    if (looksLike(got, variant(input, { anchorOnce: true }))) return "x_a appears in both distances: differentiate −‖x_a − x_n‖² too.";
    return undefined;
  },
  ladder: hintLadder("04b", "The triplet loss", "in which triplets is the loss above 0, and in how many of its terms does x_a appear?", "where the loss is above 0, differentiate ‖x_a − x_p‖² − ‖x_a − x_n‖² with respect to x_a (the x_a terms partly cancel): 2(x_n − x_p); elsewhere the gradient is 0."),
};

/** Checks a student's gradient of the triplet loss at the anchor (part 1) and shows the report. */
export const checkTripletAnchorGradient = exerciseChecker<TripletAnchorGradient>(exercise04bGradient, "checkTripletAnchorGradient");

/** The notes' 1000 random triplets: D(A, P) and D(A, N) of a half-trained network, every kind occurs. */
export function notesRandomTriplets(): { dap: number[]; dan: number[] } {
  const rng = new Rng(4040);
  // not rounded: with random values no triplet sits exactly on a boundary, where D(A,N) − D(A,P) < α and
  // D(A,N) < D(A,P) + α can disagree by a rounding error (the boundary cases use exact binary fractions)
  const dap = Array.from({ length: 1000 }, () => Math.abs(rng.normal(0.5, 0.3)));
  const dan = dap.map((d) => Math.max(0, d + rng.normal(0.15, 0.3)));
  return { dap, dan };
}

// ---------------------------------------------------------------- part 2: the notes' selection

function selectionCases(): CheckCase<SelectionInput>[] {
  const { dap, dan } = notesRandomTriplets();
  return [
    { name: "one easy, one semi-hard and one hard triplet", input: { dap: [0.09, 0.09, 0.09], dan: [1, 0.1225, 0.05], margin: 0.2 } },
    { name: "D(A,N) = D(A,P) exactly (condition ② is strict)", input: { dap: [0.5, 0.5], dan: [0.5, 0.6], margin: 0.25 } },
    { name: "D(A,N) − D(A,P) = α exactly (condition ① is strict)", input: { dap: [0.5, 0.5], dan: [0.75, 0.7], margin: 0.25 } },
    { name: "no triplet survives: all easy", input: { dap: [0.1, 0.2, 0.3], dan: [1, 2, 3], margin: 0.2 } },
    { name: "no triplet survives: all hard", input: { dap: [1, 2, 3], dan: [0.5, 1.5, 0.1], margin: 0.2 } },
    { name: "every triplet survives", input: { dap: [0, 0.2, 1], dan: [0.1, 0.3, 1.19], margin: 0.2 } },
    { name: "margin α = 0: no triplet can be semi-hard", input: { dap: [0.2, 0.4, 0.6], dan: [0.3, 0.4, 0.5], margin: 0 } },
    { name: "no triplet at all (empty lists)", input: { dap: [], dan: [], margin: 0.2 } },
    { name: "the notes' 1000 random triplets", input: { dap, dan, margin: 0.2 } },
  ];
}

export const exercise04bSelection: ExerciseSpec<SelectionInput, number[]> = {
  title: "Exercise 04b, part 2 · the notes' semi-hard selection",
  cases: selectionCases(),
  reference: ({ dap, dan, margin }) => dap.flatMap((d, i) => (keptByNotesRule(d, dan[i], margin) ? [i] : [])),
  call: (student: NotesSelection, { dap, dan, margin }) => student(dap.slice(), dan.slice(), margin),
  describeInput: ({ dap, dan, margin }) => `α = ${margin}, ${dap.length} triplets with D(A,P) = ${shortList(dap)}, D(A,N) = ${shortList(dan)}`,
  rtol: 0,
  atol: 0,
  hint: ({ dap, dan, margin }, expected, got) => {
    if (!Array.isArray(got) || got.some((v) => typeof v !== "number" || !Number.isInteger(v))) {
      return "return the indices of the kept triplets, e.g. [1, 4], not booleans or distances.";
    }
    const extra = got.filter((i) => !expected.includes(i));
    const kind = (i: number) => (dan[i] === dap[i] ? "tie" : dan[i] < dap[i] ? "hard" : dan[i] - dap[i] === margin ? "at the margin" : dan[i] - dap[i] > margin ? "easy" : "kept");
    const kinds = new Set(extra.map(kind));
    if (kinds.has("tie")) return "condition ② is strict: a triplet with D(A,N) = D(A,P) is not kept.";
    if (kinds.has("at the margin")) return "condition ① is strict: a triplet with D(A,N) − D(A,P) = α exactly is not kept.";
    if (kinds.has("hard")) return "keep only D(A,N) > D(A,P): hard triplets (the negative closer than the positive) are the notes' outliers, discarded.";
    if (kinds.has("easy")) return "condition ① D(A,N) − D(A,P) < α leaves out the easy triplets, already beyond the margin (their loss is 0).";
    if (got.length === expected.length && [...got].sort((a, b) => a - b).every((v, i) => v === expected[i])) return "list the indices in increasing order.";
    if (extra.length > 0) return "an index that is not a triplet of the input came back.";
    // some semi-hard triplets are missing: the ladder's question, the section, then the rule
    return undefined;
  },
  ladder: hintLadder("04b", "The triplet loss", "which of the three kinds of triplet (easy, semi-hard, hard) does the notes' rule keep, and are its two inequalities strict?", "keep every i with D(A,P)[i] < D(A,N)[i] < D(A,P)[i] + α, in increasing order."),
};

/** Checks a student's selection rule (part 2) and shows the report. */
export const checkNotesSelection = exerciseChecker<NotesSelection>(exercise04bSelection, "checkNotesSelection");

/** The kind of a triplet at margin α: "easy" (loss 0), "semi-hard" (D(A,P) < D(A,N) < D(A,P) + α) or "hard". */
export function tripletKind(dap: number, dan: number, margin: number): "easy" | "semi-hard" | "hard" {
  return dan >= dap + margin ? "easy" : dan > dap ? "semi-hard" : "hard";
}

function kindCounts(margin: number): Record<string, number> {
  const { dap, dan } = notesRandomTriplets();
  const counts: Record<string, number> = { easy: 0, "semi-hard": 0, hard: 0 };
  dap.forEach((d, i) => (counts[tripletKind(d, dan[i], margin)] += 1));
  return counts;
}

export function prediction04b(): Question<string> {
  const kinds = ["easy", "semi-hard", "hard"] as const;
  return {
    title: "Exercise 04b · prediction",
    kind: "prediction",
    question: "among the notes' 1000 random triplets at α = 0.2, the most common kind: \"easy\", \"semi-hard\" or \"hard\"?",
    choices: kinds,
    truth: () => {
      const c = kindCounts(0.2);
      return kinds.reduce((best, k) => (c[k] > c[best] ? k : best));
    },
    explain: () => {
      const c = kindCounts(0.2);
      return `${c.easy} easy, ${c["semi-hard"]} semi-hard and ${c.hard} hard: the easy ones teach nothing (loss 0), which is why FaceNet mines the others.`;
    },
  };
}

/** Checks the prediction of exercise 04b (the most common kind of random triplet). */
export const checkTripletKindPrediction = questionChecker(prediction04b, "checkTripletKindPrediction");

/** The share of the notes' random triplets whose loss max(D(A,P) − D(A,N) + α, 0) is above 0. */
export function activeTripletShare(margin: number): number {
  const { dap, dan } = notesRandomTriplets();
  return dap.filter((d, i) => d - dan[i] + margin > 0).length / dap.length;
}

export function experiment04b(): Experiment<number> {
  return numberExperiment("04b", { name: "α", range: { min: 0, max: 100 } }, "the share of triplets with a loss above 0", activeTripletShare, {
    prediction: predictionLink(prediction04b()), rtol: 0, atol: 1e-12,
  });
}

/** Checks the runs of exercise 04b's experiment (triplets with a loss above 0, at several α). */
export const checkTripletMarginExperiment = experimentChecker(experiment04b, "checkTripletMarginExperiment");
