import { type ExerciseSpec } from "./checker";
import { type Experiment, type Question } from "./answers";
export interface Exercise02Input {
    y: number[];
    z: number[];
}
/** The student's function: ∂L/∂zᵢ of binary cross-entropy through the sigmoid, for each sample. */
export type LogitGradientFunction = (y: number[], z: number[]) => number[];
export declare const exercise02: ExerciseSpec<Exercise02Input, number[]>;
/** Checks a student's ∂L/∂z of binary cross-entropy and shows the report. */
export declare function checkLogitGradient(student: LogitGradientFunction, opts?: {
    mustPass?: boolean;
}): void;
export declare function prediction02(): Question<string>;
/** Checks the prediction of exercise 02 (which loss pushes a confidently wrong logit harder). */
export declare const checkPullPrediction: (answer: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
/** A setting of exercise 02's experiment: the loss and the starting weight w₀ (negative: wrong). */
export interface Experiment02Setting {
    loss: "mse" | "bce";
    w0: number;
}
/** The lesson's two 1-D clouds (class 0 around −2, class 1 around 2), 100 points. */
export declare function cloudsForExperiment02(): import("../classification/toy_data").LabelledPoints;
/** Full-batch updates at most in one run; learning rate of every run. */
export declare const EXPERIMENT02_EPOCHS = 300;
export declare const EXPERIMENT02_LEARNING_RATE = 0.5;
/** Epochs until 90 % accuracy from w = [w0], b = 0, or Infinity within the budget. */
export declare function epochsToRecover(setting: Experiment02Setting): number;
export declare function experiment02(): Experiment<Experiment02Setting>;
/** Checks the runs of exercise 02's experiment (recovering from a wrong start under each loss). */
export declare const checkRecoveryExperiment: (runs: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
//# sourceMappingURL=lesson02.d.ts.map