import { type ExerciseSpec } from "./checker";
import { type Experiment, type Question } from "./answers";
export interface Exercise07Input {
    theta1: number;
    theta2: number;
    m: number;
}
/** The student's function: 1, 2, or 0 (neither: the margin). Angles in radians. */
export type ASoftmaxClassFunction = (theta1: number, theta2: number, m: number) => number;
export declare const exercise07: ExerciseSpec<Exercise07Input, number>;
/** Checks a student's A-Softmax decision and shows the report. */
export declare function checkASoftmaxClass(student: ASoftmaxClassFunction, opts?: {
    mustPass?: boolean;
}): void;
export declare function prediction07(): Question<number>;
/** Checks the prediction of exercise 07 (who owns the halfway point). */
export declare const checkHalfwayPrediction: (answer: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
/** The angle between the two class weights of exercise 07's experiment, in degrees (ten digits on a circle). */
export declare const EXPERIMENT07_K = 36;
export declare function experiment07(): Experiment<number>;
/** Checks the runs of exercise 07's experiment (the margin band at several m). */
export declare const checkMarginBandExperiment: (runs: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
//# sourceMappingURL=lesson07.d.ts.map