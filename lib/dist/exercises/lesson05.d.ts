import { type ExerciseSpec } from "./checker";
import { type Experiment, type Question } from "./answers";
export interface Exercise05Input {
    x: number[];
    w: number[];
}
/** The student's function: the angle between x and w, in radians. */
export type AngleFunction = (x: number[], w: number[]) => number;
export declare const exercise05: ExerciseSpec<Exercise05Input, number>;
/** Checks a student's angle function and shows the report. */
export declare function checkAngleBetween(student: AngleFunction, opts?: {
    mustPass?: boolean;
}): void;
export declare function prediction05(): Question<number>;
/** Checks the prediction of exercise 05 (the mean angle between random vectors). */
export declare const checkRandomAnglePrediction: (answer: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
/** Pairs of exercise 05's experiment: 500 seeded pairs of Gaussian vectors in d dimensions. */
export declare function randomVectorPairs(d: number): {
    x: number[][];
    w: number[][];
};
export declare function experiment05(): Experiment<number>;
/** Checks the runs of exercise 05's experiment (the spread of random angles at several dimensions). */
export declare const checkRandomAngleExperiment: (runs: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
export declare function conclusion05(): Question<string>;
/** Checks the conclusion of exercise 05's experiment. */
export declare const checkRandomAngleConclusion: (answer: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
//# sourceMappingURL=lesson05.d.ts.map