"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rowNorms = exports.projectToUnit = exports.checkRows = exports.rawVectorAngle = exports.vectorAngle = exports.unitVector = exports.vectorNorm = void 0;
/**
 * Plain-number vector helpers for looking at trained features (float64, no tensors): norms, the
 * projection onto the unit circle or sphere, and the angle between two vectors.
 */
const validation_1 = require("../validation");
/** ‖v‖, computed with a scale factor so tiny and huge vectors neither underflow nor overflow. */
function vectorNorm(v) {
    let scale = 0;
    for (let i = 0; i < v.length; i++)
        scale = Math.max(scale, Math.abs(v[i]));
    if (scale === 0 || !Number.isFinite(scale))
        return scale;
    let sum = 0;
    for (let i = 0; i < v.length; i++)
        sum += (v[i] / scale) ** 2;
    return scale * Math.sqrt(sum);
}
exports.vectorNorm = vectorNorm;
/** v/‖v‖; a zero vector stays zero (it has no direction). */
function unitVector(v) {
    const n = vectorNorm(v);
    return Array.from(v, (x) => (n > 0 ? x / n : 0));
}
exports.unitVector = unitVector;
/**
 * The angle θ ∈ [0, π] between a and b, in radians: arccos of the cosine of the two unit vectors,
 * clamped to [-1, 1] (rounding can put it a hair outside, where arccos is NaN). A zero vector makes
 * cos θ = 0, θ = π/2, as `angles` does for tensors. a and b must be equally long, non-empty arrays
 * of finite numbers.
 */
function vectorAngle(a, b) {
    const fn = "vectorAngle";
    const [x, y] = [(0, validation_1.checkNumberArray)(fn, "a", a), (0, validation_1.checkNumberArray)(fn, "b", b)];
    if (x.length !== y.length)
        throw new validation_1.ShapeError(fn, "b", `a vector of length ${x.length}, as a`, `length ${y.length}`);
    return rawVectorAngle(x, y);
}
exports.vectorAngle = vectorAngle;
/**
 * `vectorAngle` without its checks, for loops over rows already checked (`checkRows`). Internal: the
 * package's index does not export it.
 */
function rawVectorAngle(a, b) {
    const ua = unitVector(a);
    const ub = unitVector(b);
    let c = 0;
    for (let i = 0; i < ua.length; i++)
        c += ua[i] * ub[i];
    return Math.acos(Math.min(1, Math.max(-1, c)));
}
exports.rawVectorAngle = rawVectorAngle;
/** Checks a list of feature rows: a non-empty array of equally long arrays of finite numbers. */
function checkRows(fn, arg, rows) {
    if (!Array.isArray(rows) || rows.length === 0)
        throw new validation_1.ShapeError(fn, arg, "a non-empty array of feature rows", (0, validation_1.describe)(rows));
    const d = Array.isArray(rows[0]) || ArrayBuffer.isView(rows[0]) ? rows[0].length : -1;
    return rows.map((r, i) => {
        // checkNumberArray also rejects NaN and ±Infinity
        const row = (0, validation_1.checkNumberArray)(fn, `${arg}[${i}]`, r);
        if (row.length !== d)
            throw new validation_1.ShapeError(fn, `${arg}[${i}]`, `a row of length ${d}, as ${arg}[0]`, `length ${row.length}`);
        return row;
    });
}
exports.checkRows = checkRows;
/** Each row divided by its norm: features projected onto the unit circle (d = 2) or sphere (d = 3). */
function projectToUnit(rows) {
    return checkRows("projectToUnit", "rows", rows).map(unitVector);
}
exports.projectToUnit = projectToUnit;
/** The norm of every row. */
function rowNorms(rows) {
    return checkRows("rowNorms", "rows", rows).map(vectorNorm);
}
exports.rowNorms = rowNorms;
//# sourceMappingURL=vectors.js.map