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
import { NotImplementedYet, checkMustPass, compare, recordPrediction, renderValue, runChecks, showReport, type CheckReport, type ExerciseSpec, type PredictionLink } from "./checker";

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
  /**
   * "prediction": written before the experiment that measures it, checked only for being made (a
   * number, or one of the words offered); the experiment's check shows the truth. "conclusion" (the
   * default): checked against the truth.
   */
  kind?: "prediction" | "conclusion";
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

/** Why an answer is not a prediction of the kind asked, or undefined when it is one. */
function notAPrediction<O>(q: Question<O>, answer: unknown): string | undefined {
  if (q.choices) return q.choices.includes(answer as string) ? undefined : `answer with one of ${q.choices.map((c) => JSON.stringify(c)).join(", ")}.`;
  return typeof answer === "number" && Number.isFinite(answer) ? undefined : `${renderValue(answer)} is not a number: write the number you expect.`;
}

/** A prediction's check: made, and of the kind asked; recorded for the experiment, the truth kept back. */
export function runPrediction<O>(q: Question<O>, answer: unknown): CheckReport {
  const base = { exercise: q.title, total: 1 };
  if (answer === undefined) return { ...base, status: "not yet", passed: 0, cases: [], todo: "Write your prediction in the variable above (it is `undefined`), run its cell, then run this one again." };
  const why = notAPrediction(q, answer);
  if (why !== undefined) return { ...base, status: "failed", passed: 0, cases: [{ name: q.question, ok: false, message: why }] };
  recordPrediction(q.title, answer);
  const message = `recorded: ${renderValue(answer)}. It is not marked right or wrong here: the experiment's check shows the truth once your own runs are in.`;
  return { ...base, status: "passed", passed: 1, cases: [{ name: q.question, ok: true, message }] };
}

/** The prediction as the experiment's check shows it at the end: the answer beside the truth, and why. */
export function predictionLink<O>(q: Question<O>): PredictionLink {
  return {
    title: q.title,
    reveal: (answer) => {
      const truth = q.truth();
      const right = compare(truth, answer, q.rtol ?? 1e-6, q.atol ?? 1e-9) === "";
      const why = q.explain ? ` ${q.explain(truth)}` : "";
      return `you predicted ${renderValue(answer)}; the truth is ${renderValue(truth)}: ${right ? "right" : "not this time"}.${why}`;
    },
  };
}

/** Checks an answer to a question (a prediction: only that it is made) and shows the report. */
export function checkQuestion<O>(q: Question<O>, answer: unknown, opts: { mustPass?: boolean }, fn: string): void {
  checkMustPass(fn, opts);
  showReport(q.kind === "prediction" ? runPrediction(q, answer) : runChecks(questionSpec(q), answer), opts);
}

/** A check function of a question, for one lesson: `checkXPrediction(answer, { mustPass })`. */
export function questionChecker<O>(q: () => Question<O>, fn: string): (answer: unknown, opts?: { mustPass?: boolean }) => void {
  return (answer, opts = {}) => checkQuestion(q(), answer, opts, fn);
}


/** A prediction of an exercise ("Exercise <exercise> · prediction"), only recorded by its check. */
export function prediction<O>(exercise: string, question: string, truth: () => O, more: Partial<Question<O>> = {}): Question<O> {
  return { title: `Exercise ${exercise} · prediction`, kind: "prediction", question, truth, ...more };
}
