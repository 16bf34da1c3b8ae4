"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.numberSetting = exports.experimentChecker = exports.questionChecker = exports.checkExperimentRuns = exports.runExperiment = exports.checkQuestion = exports.questionSpec = void 0;
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
const validation_1 = require("../validation");
const checker_1 = require("./checker");
/** The question as an exercise of one case, whose "function" is the answer itself. */
function questionSpec(q) {
    const because = (truth) => (q.explain ? ` ${q.explain(truth)}` : "");
    return {
        title: q.title,
        cases: [{ name: q.question, input: null }],
        reference: () => q.truth(),
        call: (answer) => {
            if (answer === undefined)
                throw new checker_1.NotImplementedYet("the answer");
            return answer;
        },
        describeInput: () => "your answer",
        rtol: q.rtol,
        atol: q.atol,
        todo: "Write your answer in the variable above (it is `undefined`), run its cell, then run this one again.",
        note: (_input, truth) => `right (${(0, checker_1.renderValue)(truth)}).${because(truth)}`,
        hint: (_input, truth, got) => {
            if (q.choices && !q.choices.includes(got))
                return `answer with one of ${q.choices.map((c) => JSON.stringify(c)).join(", ")}.${because(truth)}`;
            return because(truth).trim() || undefined;
        },
    };
}
exports.questionSpec = questionSpec;
/** Checks an answer to a question and shows the report. */
function checkQuestion(q, answer, opts, fn) {
    (0, checker_1.checkMustPass)(fn, opts);
    (0, checker_1.showReport)((0, checker_1.runChecks)(questionSpec(q), answer), opts);
}
exports.checkQuestion = checkQuestion;
/** Checks every run of an experiment against the checker's own measurement; returns the report. */
function runExperiment(e, runs) {
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
        const cases = [{ name: "the runs", ok: false, message: `\`runs\` is ${(0, validation_1.describe)(runs)}: it should be an array of { setting, measured }.` }];
        return { ...base, status: "failed", passed: 0, total: 1, cases };
    }
    const cases = runs.map((run, i) => {
        const r = run;
        if (r === null || typeof r !== "object" || !("setting" in r) || !("measured" in r)) {
            return { name: `run ${i + 1}`, ok: false, message: `run ${i + 1} is ${(0, validation_1.describe)(run)}: write it as { setting, measured }.` };
        }
        const setting = r.setting;
        const why = e.badSetting?.(setting);
        const name = why === undefined ? e.describeSetting(setting) : `run ${i + 1}`;
        if (why !== undefined)
            return { name, ok: false, message: `the setting ${(0, checker_1.renderValue)(setting)} cannot be run: ${why}` };
        if (typeof r.measured !== "number")
            return { name, ok: false, message: `measured is ${(0, checker_1.renderValue)(r.measured)}: record the number the cell printed.` };
        const truth = e.measure(setting);
        const diff = (0, checker_1.compare)(truth, r.measured, e.rtol ?? 1e-6, e.atol ?? 1e-9);
        return diff === ""
            ? { name, ok: true, message: `${e.quantity}: ${(0, checker_1.renderValue)(truth)}, measured again` }
            : {
                name,
                ok: false,
                message: `you recorded ${(0, checker_1.renderValue)(r.measured)}, the checker measures ${e.quantity}: ${(0, checker_1.renderValue)(truth)}. Did you run the cell with ${e.describeSetting(setting)} and copy its number?`,
            };
    });
    const distinct = new Set(runs.map((r) => JSON.stringify(r?.setting))).size;
    cases.push({
        name: `${e.minRuns} different settings or more`,
        ok: distinct >= e.minRuns,
        message: distinct >= e.minRuns ? "" : `${distinct} so far: run the cell at ${e.minRuns - distinct} more.`,
    });
    const passed = cases.filter((c) => c.ok).length;
    return { exercise: e.title, status: passed === cases.length ? "passed" : "failed", passed, total: cases.length, cases };
}
exports.runExperiment = runExperiment;
/** Checks an experiment's runs and shows the report. */
function checkExperimentRuns(e, runs, opts, fn) {
    (0, checker_1.checkMustPass)(fn, opts);
    (0, checker_1.showReport)(runExperiment(e, runs), opts);
}
exports.checkExperimentRuns = checkExperimentRuns;
/** A check function of a question, for one lesson: `checkXPrediction(answer, { mustPass })`. */
function questionChecker(q, fn) {
    return (answer, opts = {}) => checkQuestion(q(), answer, opts, fn);
}
exports.questionChecker = questionChecker;
/** A check function of an experiment, for one lesson: `checkXExperiment(runs, { mustPass })`. */
function experimentChecker(e, fn) {
    return (runs, opts = {}) => checkExperimentRuns(e(), runs, opts, fn);
}
exports.experimentChecker = experimentChecker;
/**
 * An experiment's `badSetting` for a number in a range: `name` must be a number from `min` to `max`
 * (ends open where `minOpen` / `maxOpen`), an integer with `integer`.
 */
function numberSetting(name, range) {
    const { min, max, minOpen = false, maxOpen = false, integer = false } = range;
    const what = integer
        ? `${name} must be an integer from ${min} to ${max}`
        : `${name} must be a number in ${minOpen ? "(" : "["}${min}, ${max}${maxOpen ? ")" : "]"}`;
    return (v) => {
        if (typeof v !== "number" || Number.isNaN(v) || (integer && !Number.isInteger(v)))
            return what;
        const above = minOpen ? v > min : v >= min;
        const below = maxOpen ? v < max : v <= max;
        return above && below ? undefined : what;
    };
}
exports.numberSetting = numberSetting;
//# sourceMappingURL=answers.js.map