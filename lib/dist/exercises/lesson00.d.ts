/**
 * Exercise 00: the gradient of the lesson's cost J(θ) = 1/(2n) Σ (θ₀ + θ₁uᵢ − yᵢ)², where u = x − x̄;
 * a prediction (the learning rate above which full-batch descent on Anscombe's set I diverges,
 * 2/λ_max of J's Hessian) and an experiment (J after 100 updates at several learning rates).
 */
import { LinearRegression } from "../regression/linear_regression";
import { type ExerciseSpec } from "./checker";
import { type Experiment, type Question } from "./answers";
export interface Exercise00Input {
    theta: [number, number];
    u: number[];
    y: number[];
}
/** The student's function: the gradient [∂J/∂θ₀, ∂J/∂θ₁]. */
export type CostGradient = (theta: [number, number], u: number[], y: number[]) => number[];
export declare const exercise00: ExerciseSpec<Exercise00Input, number[]>;
/** Checks a student's gradient of J and shows the report. */
export declare function checkCostGradient(student: CostGradient, opts?: {
    mustPass?: boolean;
}): void;
/** The data of the prediction and the experiment: Anscombe's set I, x centred (the lesson's model). */
export declare function descentProblem(): LinearRegression;
export declare function prediction00(): Question<number>;
/** Checks the prediction of exercise 00 (the learning rate above which descent diverges). */
export declare const checkDivergencePrediction: (answer: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
/** Updates in each run of the experiment. */
export declare const EXPERIMENT00_UPDATES = 100;
export declare function experiment00(): Experiment<number>;
/** Checks the runs of exercise 00's experiment (J after 100 updates at several learning rates). */
export declare const checkLearningRateExperiment: (runs: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
//# sourceMappingURL=lesson00.d.ts.map