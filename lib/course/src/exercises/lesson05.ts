/**
 * Exercise 05: the angle θ between a feature x and a class weight w, the quantity every lesson from
 * 05 on is written in: θ = arccos(x·w / (‖x‖‖w‖)) ∈ [0, π], checked against the library's
 * `vectorAngle`. The edge cases are the ones that break a first attempt: parallel vectors whose
 * cosine rounds to 1.0000000000000002 (arccos gives NaN without a clamp), opposite vectors (π), and
 * very small or large vectors. A prediction (the mean angle between two random vectors in 128
 * dimensions) and an experiment (the spread of that angle at several dimensions), with its conclusion.
 */
import { vectorAngle } from "../analysis/vectors";
import { degrees, radians } from "losslab";
import { Rng } from "losslab";
import { type CheckCase, type ExerciseSpec, experimentChecker, numberExperiment, type Experiment, hintLadder, exerciseChecker } from "./checker";
import { prediction, predictionLink, questionChecker, type Question } from "./answers";
import { hasNonFinite, looksLike, shortList } from "./describe_inputs";

export interface Exercise05Input {
  x: number[];
  w: number[];
}

/** The student's function: the angle between x and w, in radians. */
export type AngleFunction = (x: number[], w: number[]) => number;

const polar = (norm: number, deg: number) => [norm * Math.cos(radians(deg)), norm * Math.sin(radians(deg))];

function cases(): CheckCase<Exercise05Input>[] {
  const rng = new Rng(505);
  const random = [3, 5, 32].map((d) => ({
    name: `random vectors in ${d} dimensions`,
    input: { x: Array.from({ length: d }, () => rng.normal()), w: Array.from({ length: d }, () => rng.normal()) },
  }));
  return [
    { name: "the notes' case: x at 60°, w₁ at 30° (θ = 30°)", input: { x: polar(1.5, 60), w: polar(1, 30) } },
    { name: "orthogonal vectors (θ = π/2)", input: { x: [1, 0], w: [0, 2] } },
    { name: "the same direction, different norms (θ = 0)", input: { x: [3, 4], w: [6, 8] } },
    { name: "parallel vectors whose cosine rounds above 1", input: { x: [0.1, 0.7], w: [0.3, 2.1] } },
    { name: "opposite vectors (θ = π)", input: { x: [1, -2, 0.5], w: [-2, 4, -1] } },
    ...random,
    { name: "small and large vectors (norms 10⁻³ and 10⁵)", input: { x: [1e-3, 2e-3], w: [3e5, -1e5] } },
  ];
}

function hint({ x, w }: Exercise05Input, expected: number, got: unknown): string | undefined {
  if (hasNonFinite(got)) return "Math.acos gives NaN outside [-1, 1], and rounding can make the cosine of parallel vectors 1.0000000000000002: clamp it to [-1, 1] first.";
  if (looksLike(got, degrees(expected))) return "return radians, not degrees.";
  if (looksLike(got, Math.cos(expected))) return "that is cos θ: take Math.acos of it.";
  const dot = x.reduce((s, v, i) => s + v * w[i], 0);
  if (looksLike(got, Math.acos(Math.max(-1, Math.min(1, dot))))) return "divide x·w by ‖x‖‖w‖ before the arccos: the cosine is the dot product of the unit vectors.";
  return undefined;
}

export const exercise05: ExerciseSpec<Exercise05Input, number> = {
  title: "Exercise 05 · the angle between a feature and a class weight",
  cases: cases(),
  reference: ({ x, w }) => vectorAngle(x, w),
  call: (student: AngleFunction, { x, w }) => student(x.slice(), w.slice()),
  describeInput: ({ x, w }) => `x = ${shortList(x)}, w = ${shortList(w)}`,
  // parallel vectors: an unclamped-but-lucky arccos of 0.9999999999999998 gives 2e-8, not 0
  rtol: 1e-9,
  atol: 1e-7,
  hint,
  ladder: hintLadder("05", "Modified softmax: normalise the weights, drop the bias", "which product of x and w gives ‖x‖‖w‖ cos θ, and how do you get θ back from cos θ?", "θ = arccos(x·w / (‖x‖‖w‖)), with the cosine clamped to [-1, 1]."),
};

/** Checks a student's angle function and shows the report. */
export const checkAngleBetween = exerciseChecker<AngleFunction>(exercise05, "checkAngleBetween");

export function prediction05(): Question<number> {
  return prediction("05", "the mean angle, in degrees, between two random Gaussian vectors in 128 dimensions", () => meanAndSpread(128).mean, {
    // a prediction: within 3°
    rtol: 0,
    atol: 3,
    explain: () => "by symmetry the cosine of two random directions has mean 0, so the angle centres on 90° in every dimension; what changes with d is the spread.",
  });
}

/** Checks the prediction of exercise 05 (the mean angle between random vectors). */
export const checkRandomAnglePrediction = questionChecker(prediction05, "checkRandomAnglePrediction");

/** Pairs of exercise 05's experiment: 500 seeded pairs of Gaussian vectors in d dimensions. */
export function randomVectorPairs(d: number): { x: number[][]; w: number[][] } {
  const rng = new Rng(5050 + d);
  const vector = () => Array.from({ length: d }, () => rng.normal());
  const x = Array.from({ length: 500 }, vector);
  return { x, w: x.map(vector) };
}

const spreads = new Map<number, { mean: number; spread: number }>();

/** Mean and standard deviation, in degrees, of the angles of `randomVectorPairs(d)` (kept: the pairs are seeded). */
function meanAndSpread(d: number): { mean: number; spread: number } {
  const known = spreads.get(d);
  if (known) return known;
  const { x, w } = randomVectorPairs(d);
  const angles = x.map((v, i) => degrees(vectorAngle(v, w[i])));
  const mean = angles.reduce((s, a) => s + a, 0) / angles.length;
  const spread = Math.sqrt(angles.reduce((s, a) => s + (a - mean) ** 2, 0) / angles.length);
  spreads.set(d, { mean, spread });
  return { mean, spread };
}

export function experiment05(): Experiment<number> {
  return numberExperiment("05", { name: "d", range: { min: 2, max: 4096, integer: true } }, "the standard deviation of the angle (degrees, over the 500 pairs)", (d) => meanAndSpread(d).spread, {
    // tolerance: the student's angle function may differ from the library's by rounding
    prediction: predictionLink(prediction05()), rtol: 1e-6,
  });
}

/** Checks the runs of exercise 05's experiment (the spread of random angles at several dimensions). */
export const checkRandomAngleExperiment = experimentChecker(experiment05, "checkRandomAngleExperiment");

export function conclusion05(): Question<string> {
  return {
    title: "Exercise 05 · conclusion",
    question: "as d grows, the spread of the angle between random vectors \"shrinks\", \"grows\" or \"stays\"?",
    choices: ["shrinks", "grows", "stays"],
    truth: () => {
      const change = meanAndSpread(512).spread - meanAndSpread(2).spread;
      return Math.abs(change) < 1 ? "stays" : change < 0 ? "shrinks" : "grows";
    },
    explain: () =>
      `from ${+meanAndSpread(2).spread.toFixed(1)}° at d = 2 to ${+meanAndSpread(512).spread.toFixed(1)}° at d = 512 (about 57.3°/√d): ` +
      "in many dimensions almost every pair of unrelated features is within a few degrees of 90°, so chance alone hardly moves an angle: a margin of a few degrees is large next to that spread (in 2-D it is lost in it). How well classes separate still depends on how close each class's features sit to its own weight.",
  };
}

/** Checks the conclusion of exercise 05's experiment. */
export const checkRandomAngleConclusion = questionChecker(conclusion05, "checkRandomAngleConclusion");
