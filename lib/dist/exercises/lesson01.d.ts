import { type ExerciseSpec } from "./checker";
import { type Experiment, type Question } from "./answers";
export interface Exercise01Input {
    y: number[];
    yHat: number[];
    delta: number;
}
/** The student's function: the mean Huber loss of predictions yHat for targets y. */
export type HuberFunction = (y: number[], yHat: number[], delta: number) => number;
export declare const exercise01: ExerciseSpec<Exercise01Input, number>;
/** Checks a student's Huber loss and shows the report. */
export declare function checkHuberLoss(student: HuberFunction, opts?: {
    mustPass?: boolean;
}): void;
export declare function prediction01(): Question<string>;
/** Checks the prediction of exercise 01 (which fit the Huber fit is near). */
export declare const checkHuberPrediction: (answer: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
export declare function experiment01(): Experiment<number>;
/** Checks the runs of exercise 01's experiment (the Huber slope at several δ). */
export declare const checkHuberExperiment: (runs: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
//# sourceMappingURL=lesson01.d.ts.map