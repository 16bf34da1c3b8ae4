/**
 * Exercise 06: L-Softmax's ψ(θ) = (−1)ᵏ cos(mθ) − 2k on [kπ/m, (k+1)π/m], checked against the
 * library's `psi` at θ = 0, π, every piece boundary kπ/m, and random angles, for m = 1 to 4. Hints
 * name the usual mistakes: the plain cos(mθ), the flip without the shift, the shift without the flip.
 * A prediction (ψ(π) for m = 4) and an experiment (where ψ(θ₁) = cos(K − θ₁) for weights K = 60° apart,
 * found with the student's ψ, at several m).
 */
import { psi } from "losslab";
import { degrees } from "losslab";
import { aSoftmaxBoundaryAngle } from "losslab";
import { Rng } from "losslab";
import { type CheckCase, type ExerciseSpec, experimentChecker, numberExperiment, type Experiment, hintLadder, exerciseChecker } from "./checker";
import { predictionLink, questionChecker, type Question } from "./answers";
import { hasNonFinite, looksLike } from "./describe_inputs";

export interface Exercise06Input {
  theta: number;
  m: number;
}

/** The student's function: ψ(θ) for θ ∈ [0, π] (radians) and an integer m ≥ 1. */
export type PsiFunction = (theta: number, m: number) => number;

function cases(): CheckCase<Exercise06Input>[] {
  const rng = new Rng(606);
  const edges = [2, 3, 4].flatMap((m) =>
    Array.from({ length: m - 1 }, (_, j) => ({ name: `the piece boundary θ = ${j + 1}π/${m}`, input: { theta: ((j + 1) * Math.PI) / m, m } })),
  );
  const random = [1, 2, 3, 4, 4, 4].map((m) => ({ name: `a random angle, m = ${m}`, input: { theta: rng.uniform(0, Math.PI), m } }));
  return [
    { name: "θ = 0 (ψ = 1 for every m)", input: { theta: 0, m: 4 } },
    { name: "m = 1: plain cos θ", input: { theta: 2, m: 1 } },
    { name: "inside the first piece (ψ = cos mθ)", input: { theta: 0.3, m: 2 } },
    { name: "inside the second piece (k = 1)", input: { theta: 2, m: 2 } },
    { name: "inside the third piece (k = 2)", input: { theta: 1.8, m: 3 } },
    ...edges,
    { name: "θ = π (ψ = 1 − 2m)", input: { theta: Math.PI, m: 4 } },
    { name: "θ = π, m = 3", input: { theta: Math.PI, m: 3 } },
    ...random,
  ];
}

function hint({ theta, m }: Exercise06Input, _expected: number, got: unknown): string | undefined {
  if (hasNonFinite(got)) return "ψ is finite everywhere on [0, π]: check for a division or an undefined k.";
  const k = Math.min(m - 1, Math.floor((m * theta) / Math.PI));
  const sign = k % 2 === 0 ? 1 : -1;
  if (looksLike(got, Math.cos(m * theta))) return `that is cos(mθ), which turns back up after π/m; here θ = ${+degrees(theta).toFixed(2)}° is in piece k = ${k}: use (−1)ᵏcos(mθ) − 2k.`;
  if (looksLike(got, sign * Math.cos(m * theta))) return `the flip is right, the shift is missing: subtract 2k (k = ${k} here), so that each piece starts where the previous one ended.`;
  if (looksLike(got, Math.cos(m * theta) - 2 * k)) return `the shift is right, the flip is missing: multiply cos(mθ) by (−1)ᵏ (k = ${k} here).`;
  return undefined;
}

export const exercise06: ExerciseSpec<Exercise06Input, number> = {
  title: "Exercise 06 · L-Softmax's ψ(θ)",
  cases: cases(),
  reference: ({ theta, m }) => psi(theta, m),
  call: (student: PsiFunction, { theta, m }) => student(theta, m),
  describeInput: ({ theta, m }) => `θ = ${+theta.toFixed(6)} rad (${+degrees(theta).toFixed(3)}°), m = ${m}`,
  rtol: 1e-9,
  atol: 1e-9,
  hint,
  ladder: hintLadder("06", "The loss and $\\psi(\\theta)$", "on piece k, which sign makes ±cos(mθ) decrease, and which constant makes the piece start where piece k − 1 ended?", "ψ(θ) = (−1)ᵏ cos(mθ) − 2k with k = ⌊mθ/π⌋, and k = m − 1 at θ = π."),
};

/** Checks a student's ψ and shows the report. */
export const checkPsi = exerciseChecker<PsiFunction>(exercise06, "checkPsi");

/** The angle and margin of the prediction (the lesson prints ψ(π) for m = 1 to 4, not this). */
export const PREDICTION06 = Object.freeze({ thetaDegrees: 150, m: 3 });

export function prediction06(): Question<number> {
  const { thetaDegrees, m } = PREDICTION06;
  return {
    title: "Exercise 06 · prediction",
    kind: "prediction",
    question: `ψ(${thetaDegrees}°) for m = ${m}`,
    truth: () => psi((thetaDegrees * Math.PI) / 180, m),
    rtol: 1e-9,
    atol: 1e-9,
    explain: () => `mθ = ${m * thetaDegrees}° puts θ in piece k = ${Math.floor((m * thetaDegrees) / 180)}: ψ = (−1)ᵏcos(mθ) − 2k, and cos ${m * thetaDegrees}° = 0, so ψ is −2k, halfway down the piece that runs from 1 − 2k to −1 − 2k.`,
  };
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
