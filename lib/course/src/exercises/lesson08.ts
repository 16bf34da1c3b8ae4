/**
 * Exercise 08: ArcFace's target logit s·cos(θ + m), with the fallback s(cos θ − m·sin m) where
 * θ + m ≥ π (insightface's rule), checked against the library's `targetLogit`. Cases: θ = 0 and π,
 * m = 0 (plain s·cos θ), both sides of θ = π − m (but not on it, where rounding decides), small and
 * large scales, random angles. Hints name the usual mistakes: no fallback, CosFace's form, no scale.
 */
import { targetLogit } from "losslab";
import { degrees } from "losslab";
import { Rng } from "losslab";
import { checkExercise, type CheckCase, type ExerciseSpec } from "./checker";
import { hasNonFinite, looksLike } from "./describe_inputs";

export interface Exercise08Input {
  theta: number;
  s: number;
  m: number;
}

/** The student's function: ArcFace's target logit for the true class's angle θ (radians), scale s, margin m (radians). */
export type ArcFaceLogitFunction = (theta: number, s: number, m: number) => number;

const reference = ({ theta, s, m }: Exercise08Input) => targetLogit({ loss: "arcFace", theta, s, m });

function cases(): CheckCase<Exercise08Input>[] {
  const rng = new Rng(808);
  const random = Array.from({ length: 5 }, (_, k) => ({
    name: `a random angle (${k + 1})`,
    input: { theta: rng.uniform(0, Math.PI), s: [16, 30, 64][k % 3], m: [0.2, 0.35, 0.5][k % 3] },
  }));
  return [
    { name: "θ = 0: s·cos m", input: { theta: 0, s: 64, m: 0.5 } },
    { name: "θ = 60°, the papers' s = 64, m = 0.5", input: { theta: Math.PI / 3, s: 64, m: 0.5 } },
    { name: "m = 0: no margin, s·cos θ", input: { theta: 1, s: 30, m: 0 } },
    { name: "just before θ = π − m (the margin branch)", input: { theta: Math.PI - 0.5 - 1e-3, s: 64, m: 0.5 } },
    { name: "just after θ = π − m (the fallback)", input: { theta: Math.PI - 0.5 + 1e-3, s: 64, m: 0.5 } },
    { name: "θ = π (the fallback)", input: { theta: Math.PI, s: 64, m: 0.5 } },
    { name: "a large margin, m = 1.2, past π − m", input: { theta: 2.5, s: 1, m: 1.2 } },
    { name: "a small scale, s = 1", input: { theta: 1.2, s: 1, m: 0.3 } },
    ...random,
  ];
}

function hint({ theta, s, m }: Exercise08Input, _expected: number, got: unknown): string | undefined {
  if (hasNonFinite(got)) return "the target is finite for every θ in [0, π].";
  if (looksLike(got, s * Math.cos(theta + m))) return "past θ = π − m, cos(θ + m) rises again and would reward moving away from the class: use the fallback cos θ − m·sin m there (insightface's rule).";
  if (looksLike(got, s * (Math.cos(theta) - m))) return "that is CosFace's s(cos θ − m): ArcFace adds m to the angle, s·cos(θ + m).";
  if (looksLike(got, Math.cos(theta + m)) || looksLike(got, Math.cos(theta) - m * Math.sin(m))) return "multiply by the scale s.";
  if (looksLike(got, s * Math.cos(theta))) return "the margin is missing: s·cos(θ + m).";
  return `s·cos(θ + m) while θ + m < π, else s(cos θ − m·sin m); here θ + m = ${+degrees(theta + m).toFixed(2)}°.`;
}

export const exercise08: ExerciseSpec<Exercise08Input, number> = {
  title: "Exercise 08 · ArcFace's target logit",
  cases: cases(),
  reference,
  call: (student: ArcFaceLogitFunction, { theta, s, m }) => student(theta, s, m),
  describeInput: ({ theta, s, m }) => `θ = ${+theta.toFixed(6)} rad (${+degrees(theta).toFixed(3)}°), s = ${s}, m = ${m}`,
  rtol: 1e-9,
  atol: 1e-9,
  hint,
};

/** Checks a student's ArcFace target logit and shows the report. */
export function checkArcFaceLogit(student: ArcFaceLogitFunction, opts: { mustPass?: boolean } = {}): void {
  checkExercise(exercise08, student, opts, "checkArcFaceLogit");
}
