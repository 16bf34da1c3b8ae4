/**
 * Exercise 07: A-Softmax's binary decision. For angles θ₁, θ₂ to the two class weights and a margin
 * m, the student returns 1 when class 1's condition ψ(θ₁) ≥ cos θ₂ holds, else 2 when class 2's
 * ψ(θ₂) ≥ cos θ₁ holds, else 0: the point lies in the margin, owned by neither class. Checked against
 * the library's `decisionRule("c", { psi: true })` on the notes' walk-through (K = 30° and 120°,
 * m = 2), both classes' sides, the margin band, m = 1 (no band) and large angles where the literal
 * cos(mθ₁) would wrongly accept. No case sits exactly on a boundary, where rounding decides.
 * A prediction (who owns the point halfway between weights 30° apart, m = 2) and an experiment (the
 * width of the band owned by neither class between weights 36° apart, scanned with the student's
 * function, at several m).
 */
import { aSoftmaxMargin, decisionRule } from "losslab";
import { degrees, radians } from "losslab";
import { type CheckCase, type ExerciseSpec, experimentChecker, numberExperiment, type Experiment, hintLadder, exerciseChecker } from "./checker";
import { prediction, predictionLink, questionChecker, type Question } from "./answers";

export interface Exercise07Input {
  theta1: number;
  theta2: number;
  m: number;
}

/** The student's function: 1, 2, or 0 (neither: the margin). Angles in radians. */
export type ASoftmaxClassFunction = (theta1: number, theta2: number, m: number) => number;

function reference({ theta1, theta2, m }: Exercise07Input): number {
  const rule = decisionRule("c", { m, psi: true });
  return rule.holds(theta1, theta2) ? 1 : rule.holdsClass2(theta1, theta2) ? 2 : 0;
}

const at = (name: string, d1: number, d2: number, m: number): CheckCase<Exercise07Input> => ({ name, input: { theta1: radians(d1), theta2: radians(d2), m } });

function cases(): CheckCase<Exercise07Input>[] {
  return [
    at("K = 30°, m = 2: θ₁ = 9° (inside class 1's boundary at 10°)", 9, 21, 2),
    at("K = 30°, m = 2: θ₁ = 11°, seen as 22° (the notes' walk-through)", 11, 19, 2),
    at("K = 30°, m = 2: halfway, 15° and 15°", 15, 15, 2),
    at("K = 30°, m = 2: θ₁ = 21°, near class 2", 21, 9, 2),
    at("K = 120°, m = 2: θ₁ = 30°, seen as 60°", 30, 90, 2),
    at("K = 120°, m = 2: θ₁ = 45°, past the boundary at 40°", 45, 75, 2),
    at("K = 120°, m = 2: θ₁ = 85°, class 2's side", 85, 35, 2),
    at("m = 1 (no margin): the bisector decides", 50, 52, 1),
    at("m = 1 (no margin), the other side", 52, 50, 1),
    at("m = 4, close to w₁", 5, 40, 4),
    at("m = 4, between the two boundaries", 20, 40, 4),
    at("m = 4, large angles: literal cos(4θ₁) would accept", 100, 120, 4),
    at("m = 3, far from both weights", 150, 160, 3),
    at("m = 3, class 2 with θ₁ = 170°", 170, 20, 3),
  ];
}

function hint({ theta1, theta2, m }: Exercise07Input, expected: number, got: unknown): string | undefined {
  if (got !== 0 && got !== 1 && got !== 2) return "return the number 1, 2 or 0.";
  const literal1 = Math.cos(m * theta1) >= Math.cos(theta2);
  if (expected === 0 && got === 1 && literal1) return "beyond π/m, cos(mθ₁) turns back up and accepts points far from w₁: use ψ(θ₁) (the library's psi) instead.";
  if (expected === 0) return "A-Softmax has a margin: when neither ψ(θ₁) ≥ cos θ₂ nor ψ(θ₂) ≥ cos θ₁ holds, the point belongs to neither class (return 0).";
  if (expected === 2) return "class 2's condition is class 1's with the roles exchanged: ψ(θ₂) ≥ cos θ₁.";
  if (m === 1) return "with m = 1, ψ(θ) = cos θ: class 1 when cos θ₁ ≥ cos θ₂.";
  return undefined;
}

export const exercise07: ExerciseSpec<Exercise07Input, number> = {
  title: "Exercise 07 · A-Softmax's binary decision",
  cases: cases(),
  reference,
  call: (student: ASoftmaxClassFunction, { theta1, theta2, m }) => student(theta1, theta2, m),
  describeInput: ({ theta1, theta2, m }) => `θ₁ = ${+degrees(theta1).toFixed(2)}°, θ₂ = ${+degrees(theta2).toFixed(2)}° (in radians ${+theta1.toFixed(5)}, ${+theta2.toFixed(5)}), m = ${m}`,
  rtol: 0,
  atol: 0,
  hint,
  ladder: hintLadder("07", "The binary boundary and the notes' worked numbers", "which of the two logits does the margin change when you ask whether the point is class 1's, and which when you ask whether it is class 2's?", "class 1 when ψ(θ₁) ≥ cos θ₂, class 2 when ψ(θ₂) ≥ cos θ₁, else 0."),
};

/** Checks a student's A-Softmax decision and shows the report. */
export const checkASoftmaxClass = exerciseChecker<ASoftmaxClassFunction>(exercise07, "checkASoftmaxClass");

/** The prediction's point (lesson 07 works the notes' cases with weights 30° apart, m = 2, not this one). */
export const PREDICTION07 = Object.freeze({ K: 40, m: 3, theta1: 9 });

export function prediction07(): Question<number> {
  const { K, m, theta1 } = PREDICTION07;
  const input = { theta1: radians(theta1), theta2: radians(K - theta1), m };
  const question = `weights ${K}° apart, m = ${m}, a point ${theta1}° from w₁ (${K - theta1}° from w₂): class 1, class 2, or neither (0)?`;
  return prediction("07", question, () => reference(input), {
    rtol: 0,
    atol: 0,
    explain: () =>
      `ψ(${theta1}°) = cos ${m * theta1}° = ${+Math.cos(radians(m * theta1)).toFixed(3)} ≥ cos ${K - theta1}° = ${+Math.cos(radians(K - theta1)).toFixed(3)}: class 1 wins up to K/(m + 1) = ${K / (m + 1)}°, ` +
      "so a point this close to w₁ is class 1's, while the band from there to class 2's boundary belongs to neither.",
  });
}

/** Checks the prediction of exercise 07 (who owns the halfway point). */
export const checkHalfwayPrediction = questionChecker(prediction07, "checkHalfwayPrediction");

/** The angle between the two class weights of exercise 07's experiment, in degrees (ten digits on a circle). */
export const EXPERIMENT07_K = 36;

export function experiment07(): Experiment<number> {
  return numberExperiment("07", { name: "m", range: { min: 1, max: 10, integer: true } }, `the width (degrees) of the band owned by neither class between weights ${EXPERIMENT07_K}° apart`, (m) => aSoftmaxMargin({ K: EXPERIMENT07_K, m }), {
    // tolerance: a scan in steps of 0.01°
    prediction: predictionLink(prediction07()), rtol: 0, atol: 0.05,
  });
}

/** Checks the runs of exercise 07's experiment (the margin band at several m). */
export const checkMarginBandExperiment = experimentChecker(experiment07, "checkMarginBandExperiment");
