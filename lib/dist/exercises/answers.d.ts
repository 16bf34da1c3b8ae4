import { type CheckReport, type ExerciseSpec } from "./checker";
export interface Question<O> {
    /** Shown in the report ("Exercise 01 · prediction"). */
    title: string;
    /** The question, short: the name of the check. */
    question: string;
    /** The truth, computed (or measured) by the checker. */
    truth: () => O;
    /** For an answer in words: the words offered. */
    choices?: readonly string[];
    /** Tolerances of a numeric answer (default 1e-6 relative, 1e-9 absolute). */
    rtol?: number;
    atol?: number;
    /** Why the truth is what it is, shown once the answer is in (right or wrong). */
    explain?: (truth: O) => string;
}
/** The question as an exercise of one case, whose "function" is the answer itself. */
export declare function questionSpec<O>(q: Question<O>): ExerciseSpec<null, O>;
/** Checks an answer to a question and shows the report. */
export declare function checkQuestion<O>(q: Question<O>, answer: unknown, opts: {
    mustPass?: boolean;
}, fn: string): void;
/** One run of an experiment: the setting and the number measured with it. */
export interface ExperimentRun<S> {
    setting: S;
    measured: number;
}
export interface Experiment<S> {
    title: string;
    /** The setting in words ("δ = 2"). */
    describeSetting: (setting: S) => string;
    /** What is measured, in words ("the slope of the Huber fit"). */
    quantity: string;
    /** Measures the quantity at a setting (the checker's own measurement). */
    measure: (setting: S) => number;
    /** Why a setting cannot be run, or undefined when it can. */
    badSetting?: (setting: unknown) => string | undefined;
    /** Different settings needed (at least 2). */
    minRuns: number;
    /** Tolerances of the comparison (default 1e-6 relative, 1e-9 absolute). */
    rtol?: number;
    atol?: number;
}
/** Checks every run of an experiment against the checker's own measurement; returns the report. */
export declare function runExperiment<S>(e: Experiment<S>, runs: unknown): CheckReport;
/** Checks an experiment's runs and shows the report. */
export declare function checkExperimentRuns<S>(e: Experiment<S>, runs: unknown, opts: {
    mustPass?: boolean;
}, fn: string): void;
/** A check function of a question, for one lesson: `checkXPrediction(answer, { mustPass })`. */
export declare function questionChecker<O>(q: () => Question<O>, fn: string): (answer: unknown, opts?: {
    mustPass?: boolean;
}) => void;
/** A check function of an experiment, for one lesson: `checkXExperiment(runs, { mustPass })`. */
export declare function experimentChecker<S>(e: () => Experiment<S>, fn: string): (runs: unknown, opts?: {
    mustPass?: boolean;
}) => void;
/**
 * An experiment's `badSetting` for a number in a range: `name` must be a number from `min` to `max`
 * (ends open where `minOpen` / `maxOpen`), an integer with `integer`.
 */
export declare function numberSetting(name: string, range: {
    min: number;
    max: number;
    minOpen?: boolean;
    maxOpen?: boolean;
    integer?: boolean;
}): (setting: unknown) => string | undefined;
//# sourceMappingURL=answers.d.ts.map