import { type ExerciseSpec } from "./checker";
import { type Experiment, type Question } from "./answers";
export interface TripletGradientInput {
    anchors: number[][];
    positives: number[][];
    negatives: number[][];
    margin: number;
}
/** The student's function of part 1: ∂L/∂x_a of each triplet, one row per triplet. */
export type TripletAnchorGradient = (anchors: number[][], positives: number[][], negatives: number[][], margin: number) => number[][];
export interface SelectionInput {
    /** D(A, P) of each triplet. */
    dap: number[];
    /** D(A, N) of each triplet. */
    dan: number[];
    margin: number;
}
/** The student's function of part 2: the indices of the triplets the notes' rule keeps, in increasing order. */
export type NotesSelection = (dap: number[], dan: number[], margin: number) => number[];
export declare const exercise04bGradient: ExerciseSpec<TripletGradientInput, number[][]>;
/** Checks a student's gradient of the triplet loss at the anchor (part 1) and shows the report. */
export declare function checkTripletAnchorGradient(student: TripletAnchorGradient, opts?: {
    mustPass?: boolean;
}): void;
/** The notes' 1000 random triplets: D(A, P) and D(A, N) of a half-trained network, every kind occurs. */
export declare function notesRandomTriplets(): {
    dap: number[];
    dan: number[];
};
export declare const exercise04bSelection: ExerciseSpec<SelectionInput, number[]>;
/** Checks a student's selection rule (part 2) and shows the report. */
export declare function checkNotesSelection(student: NotesSelection, opts?: {
    mustPass?: boolean;
}): void;
/** The kind of a triplet at margin α: "easy" (loss 0), "semi-hard" (D(A,P) < D(A,N) < D(A,P) + α) or "hard". */
export declare function tripletKind(dap: number, dan: number, margin: number): "easy" | "semi-hard" | "hard";
export declare function prediction04b(): Question<string>;
/** Checks the prediction of exercise 04b (the most common kind of random triplet). */
export declare const checkTripletKindPrediction: (answer: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
/** The share of the notes' random triplets whose loss max(D(A,P) − D(A,N) + α, 0) is above 0. */
export declare function activeTripletShare(margin: number): number;
export declare function experiment04b(): Experiment<number>;
/** Checks the runs of exercise 04b's experiment (triplets with a loss above 0, at several α). */
export declare const checkTripletMarginExperiment: (runs: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
//# sourceMappingURL=lesson04b.d.ts.map