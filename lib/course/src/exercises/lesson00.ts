/**
 * Exercise 00: the gradient of the lesson's cost J(θ) = 1/(2n) Σ (θ₀ + θ₁uᵢ − yᵢ)², where u = x − x̄.
 */
import { LinearRegression } from "../regression/linear_regression";
import { Rng } from "losslab";
import { checkExercise, type CheckCase, type ExerciseSpec } from "./checker";

export interface Exercise00Input {
  theta: [number, number];
  u: number[];
  y: number[];
}
/** The student's function: the gradient [∂J/∂θ₀, ∂J/∂θ₁]. */
export type CostGradient = (theta: [number, number], u: number[], y: number[]) => number[];

/** True when got = k · expected entry by entry, and expected is not all zeros. */
function isMultiple(got: number[], expected: number[], k: number): boolean {
  const scale = Math.max(...expected.map(Math.abs));
  return scale > 0 && expected.every((e, i) => Math.abs(got[i] - k * e) <= 1e-9 * Math.abs(k) * scale);
}

function cases(): CheckCase<Exercise00Input>[] {
  const rng = new Rng(2000);
  const random = Array.from({ length: 5 }, (_, k) => {
    const n = 3 + k * 2;
    const u = Array.from({ length: n }, () => rng.uniform(-5, 5));
    return {
      name: `random data, n = ${n}`,
      input: { theta: [rng.normal(), rng.normal()] as [number, number], u, y: u.map((v) => 2 - v + rng.normal()) },
    };
  });
  return [
    { name: "one sample", input: { theta: [0, 0], u: [5], y: [2] } },
    { name: "a perfect fit (the gradient is zero)", input: { theta: [1, 2], u: [-1, 0, 1], y: [-1, 1, 3] } },
    { name: "only the slope is wrong", input: { theta: [0, 1], u: [-2, 2], y: [0, 0] } },
    ...random,
    { name: "large values", input: { theta: [1e3, -1e3], u: [1e3, -1e3, 10], y: [0, 1, 2] } },
  ];
}

export const exercise00: ExerciseSpec<Exercise00Input, number[]> = {
  title: "Exercise 00 · the gradient of J(θ)",
  cases: cases(),
  // reference: the library's LinearRegression on u with no centring
  reference: ({ theta, u, y }) => new LinearRegression(u, y, { center: false }).gradient(theta),
  call: (student: CostGradient, { theta, u, y }) => student([theta[0], theta[1]], u.slice(), y.slice()),
  describeInput: ({ theta, u, y }) => `θ = [${theta.join(", ")}], u = [${u.map((v) => +v.toFixed(3)).join(", ")}], y = [${y.map((v) => +v.toFixed(3)).join(", ")}]`,
  rtol: 1e-9,
  hint: ({ u }, expected, got) => {
    const g = got as number[];
    if (!Array.isArray(g) || g.length !== 2) return "return two numbers: [∂J/∂θ₀, ∂J/∂θ₁].";
    if (isMultiple(g, expected, -1)) return "the sign is flipped: the residual is ŷ − y, not y − ŷ.";
    if (isMultiple(g, expected, 2)) return "the ½ in J cancels the 2 from the square.";
    if (u.length > 1 && isMultiple(g, expected, u.length)) return "J averages over the n samples: divide by n.";
    return "∂J/∂θ₀ = mean(r) and ∂J/∂θ₁ = mean(r·u), with r = θ₀ + θ₁u − y.";
  },
};

/** Checks a student's gradient of J and shows the report. */
export function checkCostGradient(student: CostGradient, opts: { mustPass?: boolean } = {}): void {
  checkExercise(exercise00, student, opts, "checkCostGradient");
}
