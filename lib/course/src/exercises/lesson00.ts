/**
 * Exercise 00: the gradient of the lesson's cost J(θ) = 1/(2n) Σ (θ₀ + θ₁uᵢ − yᵢ)², where u = x − x̄;
 * a prediction (the learning rate above which full-batch descent on Anscombe's set I diverges,
 * 2/λ_max of J's Hessian) and an experiment (J after 100 updates at several learning rates).
 */
import { LinearRegression } from "../regression/linear_regression";
import { Rng } from "losslab";
import { gradientDescent } from "../optim/gradient_descent";
import { loadAnscombe } from "../data/anscombe";
import { type CheckCase, type ExerciseSpec, experimentChecker, numberExperiment, type Experiment, hintLadder, exerciseChecker } from "./checker";
import { predictionLink, questionChecker, type Question } from "./answers";

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
    return undefined;
  },
  ladder: hintLadder("00", "Three ways to use the data in each step", "J is a mean of squared residuals r = θ₀ + θ₁u − y: what is the derivative of r² with respect to θ₀, and with respect to θ₁?", "∂J/∂θ₀ = mean(r) and ∂J/∂θ₁ = mean(r·u), with r = θ₀ + θ₁u − y."),
};

/** Checks a student's gradient of J and shows the report. */
export const checkCostGradient = exerciseChecker<CostGradient>(exercise00, "checkCostGradient");

/**
 * The data of the prediction and the experiment: Anscombe's set I with x recorded in units twice as
 * large (x/2), centred. The lesson measures η_max on x itself; this one the student derives.
 */
export function descentProblem(): LinearRegression {
  const { x, y } = loadAnscombe("I");
  return new LinearRegression(x.map((v) => v / 2), y);
}

export function prediction00(): Question<number> {
  return {
    title: "Exercise 00 · prediction",
    kind: "prediction",
    question: "the learning rate η above which full-batch descent on Anscombe's set I, x halved, diverges",
    truth: () => descentProblem().maxStableLearningRate(),
    // a prediction: 5 % is close enough
    rtol: 0.05,
    explain: (eta) =>
      `J is quadratic, with curvature 1 along θ₀ and mean(u²) along θ₁ (u centred, so the Hessian is diagonal); halving x quarters mean(u²), from 10 to 2.5; ` +
      `a step η multiplies the error along a direction of curvature λ by (1 − ηλ), which grows once η > 2/λ: here 2/λ_max = ${+eta.toPrecision(4)}.`,
  };
}

/** Checks the prediction of exercise 00 (the learning rate above which descent diverges). */
export const checkDivergencePrediction = questionChecker(prediction00, "checkDivergencePrediction");

/** Updates in each run of the experiment. */
export const EXPERIMENT00_UPDATES = 100;

/** J after the experiment's updates at learning rate η (where the run stopped if it diverged). */
function finalCost(eta: number): number {
  const path = gradientDescent(descentProblem(), [0, 0], { learningRate: eta, epochs: EXPERIMENT00_UPDATES });
  return path.costs[path.costs.length - 1];
}

export function experiment00(): Experiment<number> {
  const quantity = `J after ${EXPERIMENT00_UPDATES} updates from θ = [0, 0] (where the run stopped if it diverged)`;
  return numberExperiment("00", { name: "η", range: { min: 0, max: 1, minOpen: true } }, quantity, finalCost, { prediction: predictionLink(prediction00()) });
}

/** Checks the runs of exercise 00's experiment (J after 100 updates at several learning rates). */
export const checkLearningRateExperiment = experimentChecker(experiment00, "checkLearningRateExperiment");
