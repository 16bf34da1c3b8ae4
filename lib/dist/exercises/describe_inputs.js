"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hasNonFinite = exports.looksLike = exports.shortRows = exports.shortList = void 0;
/**
 * Helpers the exercise checkers of lessons 01–03 share: a short rendering of an input for a message,
 * and a test of whether a wrong answer matches a known mistake (to choose the hint).
 */
const checker_1 = require("./checker");
/** A list of numbers for a message: all of them when short, else the first few and the count. */
function shortList(values, max = 6) {
    const shown = values.slice(0, max).map((v) => +v.toPrecision(4));
    return values.length <= max ? `[${shown.join(", ")}]` : `[${shown.join(", ")}, …] (${values.length} numbers)`;
}
exports.shortList = shortList;
/** A matrix of numbers for a message, one short list per row, at most `maxRows` rows. */
function shortRows(rows, maxRows = 3) {
    const shown = rows.slice(0, maxRows).map((r) => shortList(r, 5));
    return rows.length <= maxRows ? `[${shown.join(", ")}]` : `[${shown.join(", ")}, …] (${rows.length} rows)`;
}
exports.shortRows = shortRows;
/** True when `got` equals `candidate` to a relative 1e-4: the answer is that known mistake. */
function looksLike(got, candidate) {
    try {
        return (0, checker_1.compare)(candidate, got, 1e-4, 1e-7) === "";
    }
    catch {
        return false;
    }
}
exports.looksLike = looksLike;
/** True when the answer holds a NaN or an infinite number. */
function hasNonFinite(got) {
    const flat = Array.isArray(got) ? got.flat(Infinity) : [got];
    return flat.some((v) => typeof v === "number" && !Number.isFinite(v));
}
exports.hasNonFinite = hasNonFinite;
//# sourceMappingURL=describe_inputs.js.map