import { type ExerciseSpec } from "./checker";
import { type Experiment, type Question } from "./answers";
export interface Exercise03Input {
    scores: number[][];
    labels: number[];
}
/** The student's function: −log softmax(scores[i])[labels[i]] for every sample i. */
export type CrossEntropyFunction = (scores: number[][], labels: number[]) => number[];
export declare const exercise03: ExerciseSpec<Exercise03Input, number[]>;
/** Checks a student's softmax cross-entropy and shows the report. */
export declare function checkCrossEntropy(student: CrossEntropyFunction, opts?: {
    mustPass?: boolean;
}): void;
export declare function prediction03(): Question<number>;
/** Checks the prediction of exercise 03 (the loss of ten equal scores). */
export declare const checkEqualScoresPrediction: (answer: unknown, opts?: {
    /** Checks the conclusion of exercise 03's experiment. */
    mustPass?: boolean | undefined;
} | undefined) => void;
/** The lesson's scores; the experiment multiplies them by t. Class 0 (the largest score) is the label. */
export declare const EXPERIMENT03_SCORES: number[];
/** CE of t·[2, 1, −1] for label 0. */
export declare function scaledScoresLoss(t: number): number;
export declare function experiment03(): Experiment<number>;
/** Checks the runs of exercise 03's experiment (the loss of scaled scores). */
export declare const checkScaledScoresExperiment: (runs: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
export declare function conclusion03(): Question<string>;
/** Checks the conclusion of exercise 03's experiment. */
export declare const checkScaledScoresConclusion: (answer: unknown, opts?: {
    /** Checks the conclusion of exercise 03's experiment. */
    mustPass?: boolean | undefined;
} | undefined) => void;
//# sourceMappingURL=lesson03.d.ts.map