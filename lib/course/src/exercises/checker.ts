/**
 * Checks a student's function against the library's reference on random and edge-case inputs, and
 * answers in words: which input, what was expected, what came back, and a hint. Never a bare stack
 * trace: a function that throws is reported as a failed case with its message, and a function left
 * as it came ("not yet") is reported as such.
 */
import { markdown, formatNumber } from "../notebook/display";
import { checkBoolean, checkOptions, describe } from "losslab/internal";

/** Thrown by the exercise templates' placeholders; the checker reports it as "not yet". */
export class NotImplementedYet extends Error {
  constructor(what = "this function") {
    super(`${what} is not written yet`);
    this.name = "NotImplementedYet";
  }
}

/** The placeholder body of an exercise: `return notYet();`. */
export function notYet(): never {
  throw new NotImplementedYet();
}

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
  /**
   * A targeted hint chosen from the case and the wrong answer (a known mistake: the sign, a missing 2,
   * log₁₀, ties…), or undefined: then the ladder gives the hint.
   */
  hint?: (input: I, expected: O, got: unknown) => string | undefined;
  /** The hint for a wrong answer no targeted hint recognises, climbing with the student's wrong tries. */
  ladder?: HintLadder;
  /** What the "not yet" report asks for (default: write the function above and replace `notYet()`). */
  todo?: string;
  /** A remark shown beside a passing case (a prediction's check shows the measured truth). */
  note?: (input: I, expected: O, got: unknown) => string | undefined;
}

/**
 * The fallback hint of an exercise, which climbs over the student's wrong tries so that the formula
 * comes last: the 1st failing check asks a question, the 2nd points to the lesson's section, the 3rd
 * and later ones state the formula.
 */
export interface HintLadder {
  /** A question that points at the idea without giving it ("what does J average over?"). */
  question: string;
  /** The lesson ("06") and the title of its section that derives the answer. */
  lesson: string;
  section: string;
  /** The formula or the rule itself. */
  formula: string;
}

/** Failed runs of each exercise's check (by title) in this kernel: the rung of its ladder. */
const wrongTries = new Map<string, number>();

/** Forgets every exercise's wrong tries (a fresh kernel; tests). */
export function resetHintLadders(): void {
  wrongTries.clear();
}

/** The ladder's hint at the n-th wrong try (n ≥ 1). */
export function ladderHint(ladder: HintLadder, tries: number): string {
  if (tries <= 1) return ladder.question;
  if (tries === 2) return `reread the section "${ladder.section}" of lesson ${ladder.lesson}; if it still fails, the next check states the formula.`;
  return ladder.formula;
}

/** Renders a number or array of numbers for a message. */
export function renderValue(value: unknown): string {
  if (typeof value === "number") return formatNumber(value, 6);
  if (Array.isArray(value)) return `[${value.map(renderValue).join(", ")}]`;
  if (ArrayBuffer.isView(value)) return renderValue(Array.from(value as unknown as ArrayLike<number>));
  if (value === undefined) return "undefined (did the function return a value?)";
  if (value === null) return "null";
  if (typeof value === "object" && "dataSync" in (value as object)) {
    return `a tensor ${renderValue(Array.from((value as { dataSync(): ArrayLike<number> }).dataSync()))}`;
  }
  return JSON.stringify(value);
}

/** Flattens a number, array or tensor-like answer into numbers, or returns why it cannot. */
function numbers(value: unknown): number[] | string {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) {
    const flat = value.flat(Infinity) as unknown[];
    return flat.every((v) => typeof v === "number") ? (flat as number[]) : "an array that holds something other than numbers";
  }
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (value !== null && typeof value === "object" && "dataSync" in value) {
    return Array.from((value as { dataSync(): ArrayLike<number> }).dataSync());
  }
  return `${value === undefined ? "undefined" : typeof value}, not a number or an array of numbers`;
}

/** Compares the answer with the expected value; returns "" when they agree, else what differs. */
export function compare(expected: unknown, got: unknown, rtol: number, atol: number): string {
  // a choice among words ("l1", "falls"): the same word, nothing else
  if (typeof expected === "string") return got === expected ? "" : typeof got === "string" ? "a different choice" : `the answer is ${renderValue(got)}, not one of the words offered`;
  const e = numbers(expected);
  const g = numbers(got);
  if (typeof e === "string") throw new Error(`reference answer is ${e}`);
  if (typeof g === "string") return `the answer is ${g}`;
  if (e.length !== g.length) return `expected ${e.length} number${e.length === 1 ? "" : "s"}, got ${g.length}`;
  for (let i = 0; i < e.length; i++) {
    if (Number.isNaN(g[i])) return `entry ${i} is NaN`;
    if (e[i] === g[i]) continue; // equal infinities too
    // an infinite expected value would accept any number under a relative tolerance
    const ok = Number.isFinite(e[i]) && Math.abs(e[i] - g[i]) <= atol + rtol * Math.abs(e[i]);
    if (!ok) return e.length === 1 ? "the value differs" : `entry ${i} differs (expected ${renderValue(e[i])}, got ${renderValue(g[i])})`;
  }
  return "";
}

/** Runs every case and returns the report (without displaying it). */
export function runChecks<I, O, F>(spec: ExerciseSpec<I, O>, student: F): CheckReport {
  const rtol = spec.rtol ?? 1e-6;
  const atol = spec.atol ?? 1e-9;
  const tries = (wrongTries.get(spec.title) ?? 0) + 1;
  const cases: CaseResult[] = [];
  for (const c of spec.cases) {
    const expected = spec.reference(c.input);
    let got: unknown;
    try {
      got = spec.call(student as never, c.input);
    } catch (err) {
      if (err instanceof NotImplementedYet) {
        return { exercise: spec.title, status: "not yet", passed: 0, total: spec.cases.length, cases: [], todo: spec.todo };
      }
      const msg = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      cases.push({ name: c.name, ok: false, message: `on ${spec.describeInput(c.input)} your function threw ${msg}` });
      continue;
    }
    const diff = compare(expected, got, rtol, atol);
    if (diff === "") {
      cases.push({ name: c.name, ok: true, message: spec.note?.(c.input, expected, got) ?? "" });
    } else {
      const hint = spec.hint?.(c.input, expected, got) ?? (spec.ladder ? ladderHint(spec.ladder, tries) : undefined);
      cases.push({
        name: c.name,
        ok: false,
        message:
          `on ${spec.describeInput(c.input)}: expected ${renderValue(expected)}, got ${renderValue(got)} (${diff}).` + (hint ? ` Hint: ${hint}` : ""),
      });
    }
  }
  const passed = cases.filter((c) => c.ok).length;
  if (passed < cases.length) wrongTries.set(spec.title, tries);
  return { exercise: spec.title, status: passed === cases.length ? "passed" : "failed", passed, total: cases.length, cases };
}

/** The report as Markdown. */
export function reportMarkdown(r: CheckReport): string {
  if (r.status === "not yet") {
    return `**${r.exercise}: not yet.** ${r.todo ?? "Write the function above (replace `notYet()`), run its cell, then run this one again."}`;
  }
  const lines = r.cases.map((c) => (c.ok ? `- ✓ ${c.name}${c.message ? `: ${c.message}` : ""}` : `- ✗ ${c.name}: ${c.message}`));
  const head =
    r.status === "passed"
      ? `**${r.exercise}: ${r.total === 1 ? "its check passes" : `all ${r.total} checks pass`}.**`
      : `**${r.exercise}: ${r.passed} of ${r.total} ${r.total === 1 ? "check passes" : "checks pass"}.**`;
  return [head, "", ...lines].join("\n");
}

/**
 * Checks a student's answer and shows the report in the notebook (returns nothing, so the cell
 * shows only the report; `runChecks` returns it). With `mustPass: true` (the solutions notebooks) a
 * failing check throws, so CI notices. `fn` is the name errors carry: a lesson's checker passes its
 * own (`checkHuberLoss`), the function the student called.
 */
export function checkExercise<I, O, F>(spec: ExerciseSpec<I, O>, student: F, opts: { mustPass?: boolean } = {}, fn = "checkExercise"): void {
  checkMustPass(fn, opts);
  showReport(runChecks(spec, student), opts);
}

/** Checks the options every check function takes: only `mustPass`, a boolean. */
export function checkMustPass(fn: string, opts: { mustPass?: boolean }): void {
  checkOptions(fn, opts, ["mustPass?"]);
  checkBoolean(fn, "mustPass", opts.mustPass ?? false);
}

/** Shows a report; with `mustPass`, throws unless every check passed. */
export function showReport(report: CheckReport, opts: { mustPass?: boolean }): void {
  markdown(reportMarkdown(report));
  if (opts.mustPass && report.status !== "passed") {
    const failures = report.cases.filter((c) => !c.ok).map((c) => `${c.name}: ${c.message}`);
    throw new Error(`${report.exercise}: the solution must pass every check (${report.status}). ${failures.join(" | ")}`);
  }
}

/**
 * Runs `f` (a cell that uses the student's function) and returns its value; while that function is
 * still `notYet()`, says so in the notebook and returns undefined, so the exercise as shipped runs.
 */
export function ifWritten<T>(f: () => T, what = "the function above"): T | undefined {
  try {
    return f();
  } catch (err) {
    if (!(err instanceof NotImplementedYet)) throw err;
    markdown(`*Not yet: write ${what} first, then run this cell again.*`);
    return undefined;
  }
}

// ------------------------------------------------------------------ the experiment check

/** Predictions made in this kernel, by the prediction's title: an experiment waits for its own. */
const predictions = new Map<string, unknown>();

/** Records a prediction (the prediction check calls it once the answer is of the kind asked). */
export function recordPrediction(title: string, answer: unknown): void {
  predictions.set(title, answer);
}

/** Forgets every prediction (a fresh kernel; tests). */
export function resetPredictions(): void {
  predictions.clear();
}

/** One run of an experiment: the setting and the number measured with it. */
export interface ExperimentRun<S> {
  setting: S;
  measured: number;
}

/** The prediction an experiment measures: written first, its truth shown only once every run passes. */
export interface PredictionLink {
  /** The prediction's title, as recorded. */
  title: string;
  /** The prediction against the truth, in words, with why. */
  reveal: (answer: unknown) => string;
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
  /** The prediction to write before the runs count; the report shows it beside the truth at the end. */
  prediction?: PredictionLink;
  /** Settings whose measurement the lesson already prints (and where): runs there are refused. */
  lessonPrinted?: { settings: S[]; where: string };
}

/** The one experiment check of every exercise: the prediction first, then every run measured again. */
export function runExperiment<S>(e: Experiment<S>, runs: unknown): CheckReport {
  const base = { exercise: e.title, total: e.minRuns + 1 };
  if (e.prediction && !predictions.has(e.prediction.title)) {
    return { ...base, status: "not yet", passed: 0, cases: [], todo: "Predict first: write your prediction in its cell above and run its check, then run the experiment and this cell." };
  }
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
  // a setting is known by its words ("δ = 1"), so { w0, loss } and { loss, w0 } are one setting
  const printed = new Set((e.lessonPrinted?.settings ?? []).map(e.describeSetting));
  const cases: CaseResult[] = runs.map((run: unknown, i) => checkRun(e, run, i, printed));
  const fresh = new Set(cases.filter((c) => c.ok).map((c) => c.name)).size;
  cases.push({
    name: `${e.minRuns} different settings or more${printed.size ? " that the lesson does not print" : ""}`,
    ok: fresh >= e.minRuns,
    message: fresh >= e.minRuns ? "" : `${fresh} so far: run the cell at ${e.minRuns - fresh} more.`,
  });
  const allRight = cases.every((c) => c.ok);
  // the truth of the prediction only once the student's own runs are in
  if (allRight && e.prediction) cases.push({ name: "your prediction", ok: true, message: e.prediction.reveal(predictions.get(e.prediction.title)) });
  const passed = cases.filter((c) => c.ok).length;
  return { exercise: e.title, status: allRight ? "passed" : "failed", passed, total: cases.length, cases };
}

/** One run against the checker's own measurement at its setting. */
function checkRun<S>(e: Experiment<S>, run: unknown, i: number, printed: Set<string>): CaseResult {
  const r = run as Partial<ExperimentRun<S>> | null;
  if (r === null || typeof r !== "object" || !("setting" in r) || !("measured" in r)) {
    return { name: `run ${i + 1}`, ok: false, message: `run ${i + 1} is ${describe(run)}: write it as { setting, measured }.` };
  }
  const setting = r.setting as S;
  const why = e.badSetting?.(setting);
  const name = why === undefined ? e.describeSetting(setting) : `run ${i + 1}`;
  if (why !== undefined) return { name, ok: false, message: `the setting ${renderValue(setting)} cannot be run: ${why}` };
  if (printed.has(name)) {
    return { name, ok: false, message: `the lesson already prints this one (${e.lessonPrinted?.where}): measure at a setting it does not.` };
  }
  if (typeof r.measured !== "number") return { name, ok: false, message: `measured is ${renderValue(r.measured)}: record the number your cell computed.` };
  const truth = e.measure(setting);
  const diff = compare(truth, r.measured, e.rtol ?? 1e-6, e.atol ?? 1e-9);
  return diff === ""
    ? { name, ok: true, message: `${e.quantity}: ${renderValue(truth)}, measured again` }
    : {
        name,
        ok: false,
        message: `you recorded ${renderValue(r.measured)}, the checker measures ${e.quantity}: ${renderValue(truth)}. Did you run the cell with ${e.describeSetting(setting)} and record its own number?`,
      };
}

/** Checks an experiment's runs and shows the report. */
export function checkExperimentRuns<S>(e: Experiment<S>, runs: unknown, opts: { mustPass?: boolean }, fn: string): void {
  checkMustPass(fn, opts);
  showReport(runExperiment(e, runs), opts);
}
/** A check function of an experiment, for one lesson: `checkXExperiment(runs, { mustPass })`. */
export function experimentChecker<S>(e: () => Experiment<S>, fn: string): (runs: unknown, opts?: { mustPass?: boolean }) => void {
  return (runs, opts = {}) => checkExperimentRuns(e(), runs, opts, fn);
}

/**
 * An experiment's `badSetting` for a number in a range: `name` must be a number from `min` to `max`
 * (ends open where `minOpen` / `maxOpen`), an integer with `integer`.
 */
export function numberSetting(name: string, range: NumberRange): (setting: unknown) => string | undefined {
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

/** The range of a number setting (see `numberSetting`). */
export interface NumberRange {
  min: number;
  max: number;
  minOpen?: boolean;
  maxOpen?: boolean;
  integer?: boolean;
}

/**
 * An experiment over one number, the shape of most exercises' experiments: titled "Exercise <exercise> ·
 * experiment", a setting `name` in `range`, 4 runs unless `more` says otherwise.
 */
export function numberExperiment(
  exercise: string,
  setting: { name: string; range: NumberRange },
  quantity: string,
  measure: (v: number) => number,
  more: Partial<Experiment<number>> = {},
): Experiment<number> {
  const { name, range } = setting;
  return { title: `Exercise ${exercise} · experiment`, describeSetting: (v) => `${name} = ${v}`, quantity, measure, badSetting: numberSetting(name, range), minRuns: 4, ...more };
}

/** A hint ladder in one line: the lesson and its section, the question, the formula. */
export function hintLadder(lesson: string, section: string, question: string, formula: string): HintLadder {
  return { question, lesson, section, formula };
}

/** A lesson's check function of an exercise: `checkX(student, { mustPass })`, its errors naming `fn`. */
export function exerciseChecker<F>(spec: ExerciseSpec<any, any>, fn: string): (student: F, opts?: { mustPass?: boolean }) => void {
  return (student, opts = {}) => checkExercise(spec, student, opts, fn);
}
