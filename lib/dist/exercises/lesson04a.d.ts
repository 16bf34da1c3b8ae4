import { type ExerciseSpec } from "./checker";
import { type Experiment, type Question } from "./answers";
export interface Exercise04aInput {
    x1: number[][];
    x2: number[][];
    /** 0 = similar, 1 = dissimilar. */
    y: number[];
    margin: number;
}
/** The student's function: ∂L/∂x₁ of each pair, one row per pair. */
export type ContrastiveGradientFunction = (x1: number[][], x2: number[][], y: number[], margin: number) => number[][];
export declare const exercise04a: ExerciseSpec<Exercise04aInput, number[][]>;
/** Checks a student's ∂L/∂x₁ of the contrastive loss and shows the report. */
export declare function checkContrastiveGradient(student: ContrastiveGradientFunction, opts?: {
    mustPass?: boolean;
}): void;
export declare function prediction04a(): Question<number>;
/** Checks the prediction of exercise 04a (the loss of a collapsed network). */
export declare const checkCollapsePrediction: (answer: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
/** Exercise 04a's experiment: 200 seeded pairs of 2-D embeddings, every other pair dissimilar. */
export declare function contrastiveExperimentPairs(): {
    x1: number[][];
    x2: number[][];
    y: number[];
};
/** The share of the experiment's dissimilar pairs whose loss at margin m is above 0. */
export declare function pushedApartShare(margin: number): number;
export declare function experiment04a(): Experiment<number>;
/** Checks the runs of exercise 04a's experiment (dissimilar pairs inside the margin, at several m). */
export declare const checkMarginExperiment: (runs: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
//# sourceMappingURL=lesson04a.d.ts.map