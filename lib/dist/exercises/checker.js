"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ifWritten = exports.showReport = exports.checkMustPass = exports.checkExercise = exports.reportMarkdown = exports.runChecks = exports.compare = exports.renderValue = exports.notYet = exports.NotImplementedYet = void 0;
/**
 * Checks a student's function against the library's reference on random and edge-case inputs, and
 * answers in words: which input, what was expected, what came back, and a hint. Never a bare stack
 * trace: a function that throws is reported as a failed case with its message, and a function left
 * as it came ("not yet") is reported as such.
 */
const display_1 = require("../notebook/display");
const validation_1 = require("../validation");
/** Thrown by the exercise templates' placeholders; the checker reports it as "not yet". */
class NotImplementedYet extends Error {
    constructor(what = "this function") {
        super(`${what} is not written yet`);
        this.name = "NotImplementedYet";
    }
}
exports.NotImplementedYet = NotImplementedYet;
/** The placeholder body of an exercise: `return notYet();`. */
function notYet() {
    throw new NotImplementedYet();
}
exports.notYet = notYet;
/** Renders a number or array of numbers for a message. */
function renderValue(value) {
    if (typeof value === "number")
        return (0, display_1.formatNumber)(value, 6);
    if (Array.isArray(value))
        return `[${value.map(renderValue).join(", ")}]`;
    if (ArrayBuffer.isView(value))
        return renderValue(Array.from(value));
    if (value === undefined)
        return "undefined (did the function return a value?)";
    if (value === null)
        return "null";
    if (typeof value === "object" && "dataSync" in value) {
        return `a tensor ${renderValue(Array.from(value.dataSync()))}`;
    }
    return JSON.stringify(value);
}
exports.renderValue = renderValue;
/** Flattens a number, array or tensor-like answer into numbers, or returns why it cannot. */
function numbers(value) {
    if (typeof value === "number")
        return [value];
    if (Array.isArray(value)) {
        const flat = value.flat(Infinity);
        return flat.every((v) => typeof v === "number") ? flat : "an array that holds something other than numbers";
    }
    if (ArrayBuffer.isView(value))
        return Array.from(value);
    if (value !== null && typeof value === "object" && "dataSync" in value) {
        return Array.from(value.dataSync());
    }
    return `${value === undefined ? "undefined" : typeof value}, not a number or an array of numbers`;
}
/** Compares the answer with the expected value; returns "" when they agree, else what differs. */
function compare(expected, got, rtol, atol) {
    // a choice among words ("l1", "falls"): the same word, nothing else
    if (typeof expected === "string")
        return got === expected ? "" : typeof got === "string" ? "a different choice" : `the answer is ${renderValue(got)}, not one of the words offered`;
    const e = numbers(expected);
    const g = numbers(got);
    if (typeof e === "string")
        throw new Error(`reference answer is ${e}`);
    if (typeof g === "string")
        return `the answer is ${g}`;
    if (e.length !== g.length)
        return `expected ${e.length} number${e.length === 1 ? "" : "s"}, got ${g.length}`;
    for (let i = 0; i < e.length; i++) {
        if (Number.isNaN(g[i]))
            return `entry ${i} is NaN`;
        if (e[i] === g[i])
            continue; // equal infinities too
        // an infinite expected value would accept any number under a relative tolerance
        const ok = Number.isFinite(e[i]) && Math.abs(e[i] - g[i]) <= atol + rtol * Math.abs(e[i]);
        if (!ok)
            return e.length === 1 ? "the value differs" : `entry ${i} differs (expected ${renderValue(e[i])}, got ${renderValue(g[i])})`;
    }
    return "";
}
exports.compare = compare;
/** Runs every case and returns the report (without displaying it). */
function runChecks(spec, student) {
    const rtol = spec.rtol ?? 1e-6;
    const atol = spec.atol ?? 1e-9;
    const cases = [];
    for (const c of spec.cases) {
        const expected = spec.reference(c.input);
        let got;
        try {
            got = spec.call(student, c.input);
        }
        catch (err) {
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
        }
        else {
            const hint = spec.hint?.(c.input, expected, got);
            cases.push({
                name: c.name,
                ok: false,
                message: `on ${spec.describeInput(c.input)}: expected ${renderValue(expected)}, got ${renderValue(got)} (${diff}).` + (hint ? ` Hint: ${hint}` : ""),
            });
        }
    }
    const passed = cases.filter((c) => c.ok).length;
    return { exercise: spec.title, status: passed === cases.length ? "passed" : "failed", passed, total: cases.length, cases };
}
exports.runChecks = runChecks;
/** The report as Markdown. */
function reportMarkdown(r) {
    if (r.status === "not yet") {
        return `**${r.exercise}: not yet.** ${r.todo ?? "Write the function above (replace `notYet()`), run its cell, then run this one again."}`;
    }
    const lines = r.cases.map((c) => (c.ok ? `- ✓ ${c.name}${c.message ? `: ${c.message}` : ""}` : `- ✗ ${c.name}: ${c.message}`));
    const head = r.status === "passed"
        ? `**${r.exercise}: ${r.total === 1 ? "its check passes" : `all ${r.total} checks pass`}.**`
        : `**${r.exercise}: ${r.passed} of ${r.total} ${r.total === 1 ? "check passes" : "checks pass"}.**`;
    return [head, "", ...lines].join("\n");
}
exports.reportMarkdown = reportMarkdown;
/**
 * Checks a student's answer and shows the report in the notebook (returns nothing, so the cell
 * shows only the report; `runChecks` returns it). With `mustPass: true` (the solutions notebooks) a
 * failing check throws, so CI notices. `fn` is the name errors carry: a lesson's checker passes its
 * own (`checkHuberLoss`), the function the student called.
 */
function checkExercise(spec, student, opts = {}, fn = "checkExercise") {
    checkMustPass(fn, opts);
    showReport(runChecks(spec, student), opts);
}
exports.checkExercise = checkExercise;
/** Checks the options every check function takes: only `mustPass`, a boolean. */
function checkMustPass(fn, opts) {
    (0, validation_1.checkOptions)(fn, opts, ["mustPass?"]);
    (0, validation_1.checkBoolean)(fn, "mustPass", opts.mustPass ?? false);
}
exports.checkMustPass = checkMustPass;
/** Shows a report; with `mustPass`, throws unless every check passed. */
function showReport(report, opts) {
    (0, display_1.markdown)(reportMarkdown(report));
    if (opts.mustPass && report.status !== "passed") {
        const failures = report.cases.filter((c) => !c.ok).map((c) => `${c.name}: ${c.message}`);
        throw new Error(`${report.exercise}: the solution must pass every check (${report.status}). ${failures.join(" | ")}`);
    }
}
exports.showReport = showReport;
/**
 * Runs `f` (a cell that uses the student's function) and returns its value; while that function is
 * still `notYet()`, says so in the notebook and returns undefined, so the exercise as shipped runs.
 */
function ifWritten(f, what = "the function above") {
    try {
        return f();
    }
    catch (err) {
        if (!(err instanceof NotImplementedYet))
            throw err;
        (0, display_1.markdown)(`*Not yet: write ${what} first, then run this cell again.*`);
        return undefined;
    }
}
exports.ifWritten = ifWritten;
//# sourceMappingURL=checker.js.map