/**
 * Checks a student's function against the library's reference on random and edge-case inputs, and
 * answers in words: which input, what was expected, what came back, and a hint. Never a bare stack
 * trace: a function that throws is reported as a failed case with its message, and a function left
 * as it came ("not yet") is reported as such.
 */
import { markdown, formatNumber } from "../notebook/display";
import { checkBoolean, checkOptions } from "losslab/internal";

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
  /** A hint chosen from the case and the wrong answer. */
  hint?: (input: I, expected: O, got: unknown) => string | undefined;
  /** What the "not yet" report asks for (default: write the function above and replace `notYet()`). */
  todo?: string;
  /** A remark shown beside a passing case (a prediction's check shows the measured truth). */
  note?: (input: I, expected: O, got: unknown) => string | undefined;
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
      const hint = spec.hint?.(c.input, expected, got);
      cases.push({
        name: c.name,
        ok: false,
        message:
          `on ${spec.describeInput(c.input)}: expected ${renderValue(expected)}, got ${renderValue(got)} (${diff}).` + (hint ? ` Hint: ${hint}` : ""),
      });
    }
  }
  const passed = cases.filter((c) => c.ok).length;
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
