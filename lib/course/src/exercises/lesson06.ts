/**
 * Exercise 06: the inverse of L-Softmax's ψ. Lesson 06 states ψ(θ) = (−1)ᵏ cos(mθ) − 2k on
 * [kπ/m, (k+1)π/m]; the student writes ψ⁻¹(v, m), the angle θ ∈ [0, π] at which ψ has fallen to v ∈ [1 − 2m, 1]:
 * how close to its weight a feature must be for its target logit to reach v (A-Softmax's decision,
 * lesson 07, is θ₁ ≤ ψ⁻¹(cos θ₂)). The checker's reference is a bisection of the library's `psi`, at
 * v = 1 and 1 − 2m (θ = 0 and π), at every piece boundary 1 − 2k, inside each piece and at random values,
 * for m = 1 to 4. Hints name the usual mistakes: arccos of a value below −1 (NaN), degrees, the kπ
 * offset or the division by m left out, the flip undone twice on an odd piece.
 * A prediction (ψ(150°) for m = 3) and an experiment (where ψ(θ₁) = cos(K − θ₁) for weights K = 60° apart,
 * at several m).
 */
import { psi } from "losslab";
import { degrees } from "losslab";
import { aSoftmaxBoundaryAngle } from "losslab";
import { Rng } from "losslab";
import { type CheckCase, type ExerciseSpec, experimentChecker, numberExperiment, type Experiment, hintLadder, exerciseChecker } from "./checker";
import { prediction, predictionLink, questionChecker, type Question } from "./answers";
import { hasNonFinite, looksLike } from "./describe_inputs";

export interface Exercise06Input {
  /** A value of ψ, in [1 − 2m, 1]. */
  value: number;
  m: number;
}

/** The student's function: the angle θ ∈ [0, π] (radians) with ψ(θ) = v, for an integer m ≥ 1. */
export type PsiInverseFunction = (value: number, m: number) => number;

/** The checker's reference: a bisection of the library's ψ, which decreases on [0, π]. */
export function psiInverseByBisection({ value, m }: Exercise06Input): number {
  let lo = 0;
  let hi = Math.PI;
  for (let step = 0; step < 200 && hi - lo > 1e-15; step++) {
    const mid = (lo + hi) / 2;
    if (psi(mid, m) > value) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function cases(): CheckCase<Exercise06Input>[] {
  const rng = new Rng(606);
  const edges = [2, 3, 4].flatMap((m) =>
    Array.from({ length: m - 1 }, (_, j) => ({ name: `the piece boundary v = 1 − 2·${j + 1} (θ = ${j + 1}π/${m})`, input: { value: 1 - 2 * (j + 1), m } })),
  );
  const random = [1, 2, 3, 4, 4, 4].map((m) => ({ name: `a random value, m = ${m}`, input: { value: rng.uniform(1 - 2 * m, 1), m } }));
  return [
    { name: "v = 1 (θ = 0 for every m)", input: { value: 1, m: 4 } },
    { name: "m = 1: plain arccos", input: { value: 0.5, m: 1 } },
    { name: "inside the first piece", input: { value: 0.3, m: 2 } },
    { name: "inside the second piece (k = 1)", input: { value: -2, m: 2 } },
    { name: "inside the third piece (k = 2)", input: { value: -3.6, m: 3 } },
    ...edges,
    { name: "v = 1 − 2m (θ = π), m = 4", input: { value: -7, m: 4 } },
    { name: "inside the last piece, m = 4", input: { value: -5.5, m: 4 } },
    ...random,
  ];
}

function hint({ value: v, m }: Exercise06Input, expected: number, got: unknown): string | undefined {
  if (hasNonFinite(got)) return "Math.acos gives NaN outside [−1, 1]: a value below −1 lies on a later piece k, so undo that piece's shift (and flip) before the arccos.";
  if (looksLike(got, degrees(expected))) return "return radians, not degrees.";
  const k = Math.min(m - 1, Math.max(0, Math.floor((1 - v) / 2)));
  const c = Math.acos(Math.max(-1, Math.min(1, v + 2 * k)));
  if (k > 0 && looksLike(got, c / m)) return `arccos gives an angle in [0, π], but on piece k = ${k} mθ lies in [kπ, (k+1)π]: add kπ before dividing by m.`;
  if (m > 1 && looksLike(got, k * Math.PI + c)) return "that is mθ: divide by m.";
  if (k % 2 === 1 && looksLike(got, (k * Math.PI + Math.PI - c) / m)) {
    return `on an odd piece (k = ${k} here) ψ = −cos(mθ) − 2k, and cos(mθ) = −cos(mθ − kπ): the two minus signs cancel.`;
  }
  return undefined;
}

export const exercise06: ExerciseSpec<Exercise06Input, number> = {
  title: "Exercise 06 · the inverse of L-Softmax's ψ",
  cases: cases(),
  reference: psiInverseByBisection,
  call: (student: PsiInverseFunction, { value, m }) => student(value, m),
  describeInput: ({ value, m }) => `v = ${+value.toFixed(6)}, m = ${m}`,
  // ψ is flat at its piece boundaries (ψ′ = 0 where mθ = kπ), so a bisection of it finds θ there only to
  // about √ε ≈ 1e-8
  rtol: 0,
  atol: 1e-6,
  hint,
  ladder: hintLadder("06", "The loss and $\\psi(\\theta)$", "ψ falls from 1 to 1 − 2m, piece by piece: between which values does piece k run, and what does (−1)ᵏcos(mθ) − 2k = v say about mθ − kπ?", "k = min(m − 1, ⌊(1 − v)/2⌋) and θ = (kπ + arccos(v + 2k))/m."),
};

/** Checks a student's ψ⁻¹ and shows the report. */
export const checkPsiInverse = exerciseChecker<PsiInverseFunction>(exercise06, "checkPsiInverse");

/** The angle and margin of the prediction (the lesson prints ψ(π) for m = 1 to 4, not this). */
export const PREDICTION06 = Object.freeze({ thetaDegrees: 150, m: 3 });

export function prediction06(): Question<number> {
  const { thetaDegrees, m } = PREDICTION06;
  return prediction("06", `ψ(${thetaDegrees}°) for m = ${m}`, () => psi((thetaDegrees * Math.PI) / 180, m), {
    rtol: 1e-9,
    atol: 1e-9,
    explain: () => `mθ = ${m * thetaDegrees}° puts θ in piece k = ${Math.floor((m * thetaDegrees) / 180)}: ψ = (−1)ᵏcos(mθ) − 2k, and cos ${m * thetaDegrees}° = 0, so ψ is −2k, halfway down the piece that runs from 1 − 2k to −1 − 2k.`,
  });
}

/** Checks the prediction of exercise 06 (ψ(π) for m = 4). */
export const checkPsiPrediction = questionChecker(prediction06, "checkPsiPrediction");

/** The angle between the two class weights of exercise 06's experiment, in degrees. */
export const EXPERIMENT06_K = 60;

export function experiment06(): Experiment<number> {
  return numberExperiment("06", { name: "m", range: { min: 1, max: 10, integer: true } }, `the angle θ₁ (degrees) where ψ(θ₁) = cos(${EXPERIMENT06_K}° − θ₁)`, (m) => aSoftmaxBoundaryAngle({ K: EXPERIMENT06_K, m }), {
    // tolerance: a bisection to 0.001°
    prediction: predictionLink(prediction06()), rtol: 0, atol: 0.01,
  });
}

/** Checks the runs of exercise 06's experiment (class 1's boundary at several m). */
export const checkPsiBoundaryExperiment = experimentChecker(experiment06, "checkPsiBoundaryExperiment");
