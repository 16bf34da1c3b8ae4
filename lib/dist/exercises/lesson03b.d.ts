import { type LabelledPoints } from "../classification/toy_data";
import type { LogisticModel } from "../classification/logistic_regression";
import { type ExerciseSpec } from "./checker";
import { type Experiment, type Question } from "./answers";
export interface Exercise03bInput {
    y: number[];
    z: number[];
    gamma: number;
}
/** The student's function: ∂FL/∂zᵢ of the sigmoid focal loss, for each sample. */
export type FocalGradientFunction = (y: number[], z: number[], gamma: number) => number[];
export declare const exercise03b: ExerciseSpec<Exercise03bInput, number[]>;
/** Checks a student's focal-loss gradient and shows the report. */
export declare function checkFocalGradient(student: FocalGradientFunction, opts?: {
    mustPass?: boolean;
}): void;
export declare function prediction03b(): Question<number>;
/** Checks the prediction of exercise 03b (how much less a well-classified sample pays). */
export declare const checkFocalPrediction: (answer: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
/** Exercise 03b's experiment: an imbalanced set (950 of class 0, 50 of class 1) and a fixed, fair classifier. */
export declare function focalExperimentSetup(): {
    data: LabelledPoints;
    model: LogisticModel;
};
/** The share of the total loss that the well-classified points (p_t > 0.5) carry at γ. */
export declare function wellClassifiedShare(gamma: number): number;
export declare function experiment03b(): Experiment<number>;
/** Checks the runs of exercise 03b's experiment (the easy points' share of the loss at several γ). */
export declare const checkFocalExperiment: (runs: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
export declare function conclusion03b(): Question<string>;
/** Checks the conclusion of exercise 03b's experiment. */
export declare const checkFocalConclusion: (answer: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
//# sourceMappingURL=lesson03b.d.ts.map