import { type ExerciseSpec } from "./checker";
export interface TripletLossInput {
    anchors: number[][];
    positives: number[][];
    negatives: number[][];
    margin: number;
}
/** The student's function of part 1: one loss per triplet. */
export type TripletLosses = (anchors: number[][], positives: number[][], negatives: number[][], margin: number) => number[];
export interface SelectionInput {
    /** D(A, P) of each triplet. */
    dap: number[];
    /** D(A, N) of each triplet. */
    dan: number[];
    margin: number;
}
/** The student's function of part 2: the indices of the triplets the notes' rule keeps, in increasing order. */
export type NotesSelection = (dap: number[], dan: number[], margin: number) => number[];
export declare const exercise04Loss: ExerciseSpec<TripletLossInput, number[]>;
/** Checks a student's triplet loss (part 1) and shows the report. */
export declare function checkTripletLosses(student: TripletLosses, opts?: {
    mustPass?: boolean;
}): void;
export declare const exercise04Selection: ExerciseSpec<SelectionInput, number[]>;
/** Checks a student's selection rule (part 2) and shows the report. */
export declare function checkNotesSelection(student: NotesSelection, opts?: {
    mustPass?: boolean;
}): void;
//# sourceMappingURL=lesson04.d.ts.map