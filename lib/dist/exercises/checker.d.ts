/** Thrown by the exercise templates' placeholders; the checker reports it as "not yet". */
export declare class NotImplementedYet extends Error {
    constructor(what?: string);
}
/** The placeholder body of an exercise: `return notYet();`. */
export declare function notYet(): never;
export interface CheckCase<I> {
    /** Says what the input is, in words ("a single sample far from the line"). */
    name: string;
    input: I;
}
export interface CaseResult {
    name: string;
    ok: boolean;
    /** The message in words ("" when ok). */
    message: string;
}
export interface CheckReport {
    exercise: string;
    status: "passed" | "failed" | "not yet";
    passed: number;
    total: number;
    cases: CaseResult[];
    /** What to do when the status is "not yet" (default: write the function above). */
    todo?: string;
}
export interface ExerciseSpec<I, O> {
    /** Shown in the report ("00 · the gradient of J"). */
    title: string;
    cases: CheckCase<I>[];
    /** The reference answer. */
    reference: (input: I) => O;
    /** Calls the student's function on an input. */
    call: (student: never, input: I) => O;
    /** Renders an input for the message. */
    describeInput: (input: I) => string;
    /** Relative tolerance (default 1e-6) and absolute floor (default 1e-9). */
    rtol?: number;
    atol?: number;
    /** A hint chosen from the case and the wrong answer. */
    hint?: (input: I, expected: O, got: unknown) => string | undefined;
    /** What the "not yet" report asks for (default: write the function above and replace `notYet()`). */
    todo?: string;
    /** A remark shown beside a passing case (a prediction's check shows the measured truth). */
    note?: (input: I, expected: O, got: unknown) => string | undefined;
}
/** Renders a number or array of numbers for a message. */
export declare function renderValue(value: unknown): string;
/** Compares the answer with the expected value; returns "" when they agree, else what differs. */
export declare function compare(expected: unknown, got: unknown, rtol: number, atol: number): string;
/** Runs every case and returns the report (without displaying it). */
export declare function runChecks<I, O, F>(spec: ExerciseSpec<I, O>, student: F): CheckReport;
/** The report as Markdown. */
export declare function reportMarkdown(r: CheckReport): string;
/**
 * Checks a student's answer and shows the report in the notebook (returns nothing, so the cell
 * shows only the report; `runChecks` returns it). With `mustPass: true` (the solutions notebooks) a
 * failing check throws, so CI notices. `fn` is the name errors carry: a lesson's checker passes its
 * own (`checkHuberLoss`), the function the student called.
 */
export declare function checkExercise<I, O, F>(spec: ExerciseSpec<I, O>, student: F, opts?: {
    mustPass?: boolean;
}, fn?: string): void;
/** Checks the options every check function takes: only `mustPass`, a boolean. */
export declare function checkMustPass(fn: string, opts: {
    mustPass?: boolean;
}): void;
/** Shows a report; with `mustPass`, throws unless every check passed. */
export declare function showReport(report: CheckReport, opts: {
    mustPass?: boolean;
}): void;
/**
 * Runs `f` (a cell that uses the student's function) and returns its value; while that function is
 * still `notYet()`, says so in the notebook and returns undefined, so the exercise as shipped runs.
 */
export declare function ifWritten<T>(f: () => T, what?: string): T | undefined;
//# sourceMappingURL=checker.d.ts.map