import { type ExerciseSpec } from "./checker";
import { type Experiment, type Question } from "./answers";
export interface ThresholdInput {
    /** Similarities of different-class pairs (impostors). */
    impostors: number[];
    far: number;
}
/** The student's function: the smallest t such that at most far·n impostor scores are above t. */
export type ThresholdAtFarFunction = (impostors: number[], far: number) => number;
/** The checker's reference: the (k+1)-th largest impostor score, k = ⌊far·n⌋; −∞ when every pair may be accepted. */
export declare function referenceThresholdAtFar(impostors: number[], far: number): number;
/** Scored pairs of one group of digits. */
export interface OpenSetPairs {
    scores: number[];
    /** 1 for a pair of one digit, 0 for two different digits. */
    isSame: number[];
}
/** Images of each digit in the exercise. */
export declare const PER_DIGIT = 40;
/** Every pair of 40 images per digit, scored by pixel cosine similarity: seen digits 0–4, unseen 5–9. */
export declare function openSetPairs(): {
    seen: OpenSetPairs;
    unseen: OpenSetPairs;
};
/** TAR and FAR of a group's pairs when a pair is accepted at a similarity strictly above t. */
export declare function ratesAtThreshold(pairs: OpenSetPairs, t: number): {
    tar: number;
    far: number;
};
/** The impostor (different-digit) scores of a group. */
export declare function impostorScores(pairs: OpenSetPairs): number[];
export declare const exercise09: ExerciseSpec<ThresholdInput, number>;
/** Checks a student's threshold at a fixed FAR and shows the report. */
export declare function checkThresholdAtFar(student: ThresholdAtFarFunction, opts?: {
    mustPass?: boolean;
}): void;
export declare function prediction09(): Question<string>;
/** Checks the prediction of exercise 09 (the FAR on unseen digits). */
export declare const checkOpenSetPrediction: (answer: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
export declare function experiment09(): Experiment<number>;
/** Checks the runs of exercise 09's experiment (TAR on unseen digits at several target FARs). */
export declare const checkOpenSetExperiment: (runs: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
//# sourceMappingURL=lesson09.d.ts.map