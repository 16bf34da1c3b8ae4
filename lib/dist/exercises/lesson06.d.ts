import { type ExerciseSpec } from "./checker";
import { type Experiment, type Question } from "./answers";
export interface Exercise06Input {
    theta: number;
    m: number;
}
/** The student's function: ψ(θ) for θ ∈ [0, π] (radians) and an integer m ≥ 1. */
export type PsiFunction = (theta: number, m: number) => number;
export declare const exercise06: ExerciseSpec<Exercise06Input, number>;
/** Checks a student's ψ and shows the report. */
export declare function checkPsi(student: PsiFunction, opts?: {
    mustPass?: boolean;
}): void;
export declare function prediction06(): Question<number>;
/** Checks the prediction of exercise 06 (ψ(π) for m = 4). */
export declare const checkPsiPrediction: (answer: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
/** The angle between the two class weights of exercise 06's experiment, in degrees. */
export declare const EXPERIMENT06_K = 60;
export declare function experiment06(): Experiment<number>;
/** Checks the runs of exercise 06's experiment (class 1's boundary at several m). */
export declare const checkPsiBoundaryExperiment: (runs: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
//# sourceMappingURL=lesson06.d.ts.map