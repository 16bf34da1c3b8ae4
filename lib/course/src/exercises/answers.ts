/**
 * The two checks every exercise adds to its task.
 * - A question (a prediction written down before the cell that measures it runs, or the conclusion of
 *   an experiment): one value the student stores in a variable, `undefined` until then. The checker
 *   computes the truth itself, and shows it only once the answer is in, so no committed output of an
 *   exercise states it.
 * - An experiment: runs at several settings of a parameter, each with the number the student measured;
 *   the checker measures every run again, so a number copied from elsewhere or from a cell run with
 *   another setting is caught.
 */
import { describe } from "losslab/internal";
import { NotImplementedYet, checkMustPass, compare, renderValue, runChecks, showReport, type CaseResult, type CheckReport, type ExerciseSpec } from "./checker";

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
export function questionSpec<O>(q: Question<O>): ExerciseSpec<null, O> {
  const because = (truth: O) => (q.explain ? ` ${q.explain(truth)}` : "");
  return {
    title: q.title,
    cases: [{ name: q.question, input: null }],
    reference: () => q.truth(),
    call: (answer: unknown) => {
      if (answer === undefined) throw new NotImplementedYet("the answer");
      return answer as O;
    },
    describeInput: () => "your answer",
    rtol: q.rtol,
    atol: q.atol,
    todo: "Write your answer in the variable above (it is `undefined`), run its cell, then run this one again.",
    note: (_input, truth) => `right (${renderValue(truth)}).${because(truth)}`,
    hint: (_input, truth, got) => {
      if (q.choices && !q.choices.includes(got as string)) return `answer with one of ${q.choices.map((c) => JSON.stringify(c)).join(", ")}.${because(truth)}`;
      return because(truth).trim() || undefined;
    },
  };
}

/** Checks an answer to a question and shows the report. */
export function checkQuestion<O>(q: Question<O>, answer: unknown, opts: { mustPass?: boolean }, fn: string): void {
  checkMustPass(fn, opts);
  showReport(runChecks(questionSpec(q), answer), opts);
}

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
export function runExperiment<S>(e: Experiment<S>, runs: unknown): CheckReport {
  const base = { exercise: e.title, total: e.minRuns + 1 };
  if (runs === undefined || (Array.isArray(runs) && runs.length === 0)) {
    return {
      ...base,
      status: "not yet",
      passed: 0,
      cases: [],
      todo: `Run the experiment at ${e.minRuns} different settings or more, record each as { setting, measured } in \`runs\`, then run this cell again.`,
    };
  }
  if (!Array.isArray(runs)) {
    const cases = [{ name: "the runs", ok: false, message: `\`runs\` is ${describe(runs)}: it should be an array of { setting, measured }.` }];
    return { ...base, status: "failed", passed: 0, total: 1, cases };
  }
  const cases: CaseResult[] = runs.map((run: unknown, i) => {
    const r = run as Partial<ExperimentRun<S>> | null;
    if (r === null || typeof r !== "object" || !("setting" in r) || !("measured" in r)) {
      return { name: `run ${i + 1}`, ok: false, message: `run ${i + 1} is ${describe(run)}: write it as { setting, measured }.` };
    }
    const setting = r.setting as S;
    const why = e.badSetting?.(setting);
    const name = why === undefined ? e.describeSetting(setting) : `run ${i + 1}`;
    if (why !== undefined) return { name, ok: false, message: `the setting ${renderValue(setting)} cannot be run: ${why}` };
    if (typeof r.measured !== "number") return { name, ok: false, message: `measured is ${renderValue(r.measured)}: record the number the cell printed.` };
    const truth = e.measure(setting);
    const diff = compare(truth, r.measured, e.rtol ?? 1e-6, e.atol ?? 1e-9);
    return diff === ""
      ? { name, ok: true, message: `${e.quantity}: ${renderValue(truth)}, measured again` }
      : {
          name,
          ok: false,
          message: `you recorded ${renderValue(r.measured)}, the checker measures ${e.quantity}: ${renderValue(truth)}. Did you run the cell with ${e.describeSetting(setting)} and copy its number?`,
        };
  });
  const distinct = new Set(runs.map((r) => JSON.stringify((r as { setting?: unknown } | null)?.setting))).size;
  cases.push({
    name: `${e.minRuns} different settings or more`,
    ok: distinct >= e.minRuns,
    message: distinct >= e.minRuns ? "" : `${distinct} so far: run the cell at ${e.minRuns - distinct} more.`,
  });
  const passed = cases.filter((c) => c.ok).length;
  return { exercise: e.title, status: passed === cases.length ? "passed" : "failed", passed, total: cases.length, cases };
}

/** Checks an experiment's runs and shows the report. */
export function checkExperimentRuns<S>(e: Experiment<S>, runs: unknown, opts: { mustPass?: boolean }, fn: string): void {
  checkMustPass(fn, opts);
  showReport(runExperiment(e, runs), opts);
}

/** A check function of a question, for one lesson: `checkXPrediction(answer, { mustPass })`. */
export function questionChecker<O>(q: () => Question<O>, fn: string): (answer: unknown, opts?: { mustPass?: boolean }) => void {
  return (answer, opts = {}) => checkQuestion(q(), answer, opts, fn);
}

/** A check function of an experiment, for one lesson: `checkXExperiment(runs, { mustPass })`. */
export function experimentChecker<S>(e: () => Experiment<S>, fn: string): (runs: unknown, opts?: { mustPass?: boolean }) => void {
  return (runs, opts = {}) => checkExperimentRuns(e(), runs, opts, fn);
}

/**
 * An experiment's `badSetting` for a number in a range: `name` must be a number from `min` to `max`
 * (ends open where `minOpen` / `maxOpen`), an integer with `integer`.
 */
export function numberSetting(name: string, range: { min: number; max: number; minOpen?: boolean; maxOpen?: boolean; integer?: boolean }): (setting: unknown) => string | undefined {
  const { min, max, minOpen = false, maxOpen = false, integer = false } = range;
  const what = integer
    ? `${name} must be an integer from ${min} to ${max}`
    : `${name} must be a number in ${minOpen ? "(" : "["}${min}, ${max}${maxOpen ? ")" : "]"}`;
  return (v) => {
    if (typeof v !== "number" || Number.isNaN(v) || (integer && !Number.isInteger(v))) return what;
    const above = minOpen ? v > min : v >= min;
    const below = maxOpen ? v < max : v <= max;
    return above && below ? undefined : what;
  };
}
