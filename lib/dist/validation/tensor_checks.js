"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkOneHot = exports.checkRowsSumToOne = exports.rowSumTolerance = exports.toFiniteTensor = void 0;
const checks_1 = require("./checks");
const errors_1 = require("./errors");
/**
 * Converts a tensor-like argument to float32 and checks that it is non-empty and that every value
 * is finite and inside [min, max] (bounds optional, inclusive). The value check reads the tensor and
 * follows `validationConfig.valueChecks`.
 */
function toFiniteTensor(fn, arg, value, range = {}) {
    const t = (0, checks_1.toTensor)(fn, arg, value);
    (0, checks_1.checkNotEmpty)(fn, arg, t);
    (0, checks_1.checkValues)(fn, arg, t, range);
    return t;
}
exports.toFiniteTensor = toFiniteTensor;
/**
 * How far a float32 row of C probabilities may sum from 1: rounding each value to float32 moves it
 * by up to 2⁻²⁴ of itself, so C·2⁻²³ plus a margin for values computed upstream (a softmax).
 */
function rowSumTolerance(numClasses) {
    return 1e-5 + numClasses * 2 ** -23;
}
exports.rowSumTolerance = rowSumTolerance;
/**
 * Every row (the last axis) of `t` sums to 1 within float32 tolerance: per-class targets that are a
 * distribution (one-hot rows, smoothed labels). `what` describes the rows in the message. Reads the
 * tensor, so it follows `validationConfig.valueChecks`.
 */
function checkRowsSumToOne(fn, arg, t, what = "rows that sum to 1 (one-hot rows or probabilities)") {
    if (!checks_1.validationConfig.valueChecks || t.size === 0)
        return;
    const values = t.dataSync();
    const width = t.shape[t.rank - 1] ?? 1;
    const tolerance = rowSumTolerance(width);
    for (let row = 0; row * width < values.length; row++) {
        let sum = 0;
        for (let j = 0; j < width; j++)
            sum += values[row * width + j];
        if (!(Math.abs(sum - 1) <= tolerance)) {
            throw new errors_1.ValueError(fn, arg, what, `a row summing to ${(0, errors_1.describe)(sum)} at row [${row}]`);
        }
    }
}
exports.checkRowsSumToOne = checkRowsSumToOne;
/** A one-hot matrix: every value 0 or 1, one 1 a row (reads the tensor; follows `validationConfig.valueChecks`). */
function checkOneHot(fn, arg, t) {
    (0, checks_1.checkValues)(fn, arg, t, { min: 0, max: 1, integer: true, what: "one-hot rows: values 0 or 1" });
    checkRowsSumToOne(fn, arg, t, "one-hot rows (a single 1 in every row)");
}
exports.checkOneHot = checkOneHot;
//# sourceMappingURL=tensor_checks.js.map