"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkValues = exports.checkNotEmpty = exports.checkSameShape = exports.checkRank = exports.checkShape = exports.checkNestedNumbers = exports.toTensor = exports.checkSameLength = exports.checkNumberArray = exports.checkOneOf = exports.checkInteger = exports.checkRange = exports.checkNumber = exports.withValueChecks = exports.validationConfig = void 0;
/**
 * Argument checks shared by every public function. Each check throws one of the error types of
 * `errors.ts` with the function and argument named, so a student sees what to fix, never a NaN.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const errors_1 = require("./errors");
/** Global switch for checks that must read tensor values (NaN, range, class index). */
exports.validationConfig = {
    /**
     * When true (the default), value checks read the tensor (a `dataSync`, cheap for the course's
     * sizes). A training loop that has validated its data once may turn them off for speed.
     */
    valueChecks: true,
};
/**
 * Runs `f` with value checks on or off (`validationConfig.valueChecks`), then restores the setting,
 * also when `f` throws. For a synchronous training step whose data were validated once: the checks
 * of shapes, types and options still run, only the reads of tensor values (NaN and range scans) stop.
 */
function withValueChecks(on, f) {
    const previous = exports.validationConfig.valueChecks;
    exports.validationConfig.valueChecks = on;
    try {
        return f();
    }
    finally {
        exports.validationConfig.valueChecks = previous;
    }
}
exports.withValueChecks = withValueChecks;
/** A finite number. */
function checkNumber(fn, arg, value) {
    if (typeof value !== "number")
        throw new errors_1.InputTypeError(fn, arg, "a number", (0, errors_1.describe)(value));
    if (!Number.isFinite(value))
        throw new errors_1.ValueError(fn, arg, "a finite number", (0, errors_1.describe)(value));
    return value;
}
exports.checkNumber = checkNumber;
/** A finite number in a range; bounds are inclusive unless `open` says otherwise. */
function checkRange(fn, arg, value, range) {
    const v = checkNumber(fn, arg, value);
    const { min, max, minOpen = false, maxOpen = false } = range;
    const lowOk = min === undefined || (minOpen ? v > min : v >= min);
    const highOk = max === undefined || (maxOpen ? v < max : v <= max);
    if (!lowOk || !highOk) {
        const parts = [];
        if (min !== undefined)
            parts.push(`${minOpen ? ">" : ">="} ${min}`);
        if (max !== undefined)
            parts.push(`${maxOpen ? "<" : "<="} ${max}`);
        throw new errors_1.ValueError(fn, arg, `a number ${parts.join(" and ")}`, (0, errors_1.describe)(v));
    }
    return v;
}
exports.checkRange = checkRange;
/** A whole number, optionally bounded (inclusive). */
function checkInteger(fn, arg, value, range = {}) {
    const v = checkNumber(fn, arg, value);
    const { min, max } = range;
    if (!Number.isInteger(v) || (min !== undefined && v < min) || (max !== undefined && v > max)) {
        const bounds = [min !== undefined ? `>= ${min}` : "", max !== undefined ? `<= ${max}` : ""].filter(Boolean).join(" and ");
        throw new errors_1.ValueError(fn, arg, `an integer${bounds ? " " + bounds : ""}`, (0, errors_1.describe)(v));
    }
    return v;
}
exports.checkInteger = checkInteger;
/** One of a fixed set of strings. */
function checkOneOf(fn, arg, value, allowed) {
    if (typeof value !== "string" || !allowed.includes(value)) {
        throw new errors_1.ValueError(fn, arg, `one of ${allowed.map((a) => `'${a}'`).join(", ")}`, (0, errors_1.describe)(value));
    }
    return value;
}
exports.checkOneOf = checkOneOf;
/** A non-empty array of finite numbers. */
function checkNumberArray(fn, arg, value, opts = {}) {
    if (!Array.isArray(value) && !ArrayBuffer.isView(value)) {
        throw new errors_1.InputTypeError(fn, arg, "an array of numbers", (0, errors_1.describe)(value));
    }
    const arr = Array.from(value);
    const minLength = opts.minLength ?? 1;
    if (arr.length < minLength) {
        throw new errors_1.ShapeError(fn, arg, `an array of at least ${minLength} number${minLength === 1 ? "" : "s"}`, arr.length === 0 ? "an empty array" : `an array of length ${arr.length}`);
    }
    arr.forEach((v, i) => {
        if (typeof v !== "number")
            throw new errors_1.InputTypeError(fn, `${arg}[${i}]`, "a number", (0, errors_1.describe)(v));
        if (!Number.isFinite(v))
            throw new errors_1.ValueError(fn, `${arg}[${i}]`, "a finite number", (0, errors_1.describe)(v));
    });
    return arr;
}
exports.checkNumberArray = checkNumberArray;
/** Two arrays or tensors of equal length / shape. */
function checkSameLength(fn, argA, a, argB, b) {
    if (a.length !== b.length) {
        throw new errors_1.ShapeError(fn, argB, `of the same length as '${argA}' (${a.length})`, `length ${b.length}`);
    }
}
exports.checkSameLength = checkSameLength;
/**
 * Converts a tensor-like argument to a float32 (or the given dtype) tensor, with losslab's error on
 * bad input. A tensor passed in is returned as it is (not cloned); a converted one is new.
 */
function toTensor(fn, arg, value, dtype = "float32") {
    if (value instanceof tf.Tensor) {
        if (value.dtype === "string" || value.dtype === "complex64") {
            throw new errors_1.InputTypeError(fn, arg, "a numeric tensor", (0, errors_1.describe)(value));
        }
        return value.dtype === dtype ? value : tf.cast(value, dtype);
    }
    const ok = typeof value === "number" || Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
    if (!ok)
        throw new errors_1.InputTypeError(fn, arg, "a Tensor, a number or an array of numbers", (0, errors_1.describe)(value));
    // checked here, element by element: tf.tensor reads null as 0 and pads ragged arrays silently
    if (Array.isArray(value))
        checkNestedNumbers(fn, arg, value);
    return tf.tensor(value, undefined, dtype);
}
exports.toTensor = toTensor;
function isNumericArray(value) {
    return ArrayBuffer.isView(value) && !(value instanceof DataView);
}
/**
 * A nested array of numbers (or booleans) with every row of one length, checked before tf.tensor
 * sees it; the first offending element is named by its index (`labels[1][2]`). Returns the shape.
 */
function checkNestedNumbers(fn, arg, value) {
    if (value.length === 0)
        return [0];
    const first = value[0];
    const nested = Array.isArray(first) || isNumericArray(first);
    let inner;
    value.forEach((v, i) => {
        const at = `${arg}[${i}]`;
        if (!nested) {
            if (typeof v !== "number" && typeof v !== "boolean")
                throw new errors_1.InputTypeError(fn, at, "a number", (0, errors_1.describe)(v));
            return;
        }
        if (!Array.isArray(v) && !isNumericArray(v))
            throw new errors_1.ShapeError(fn, at, `a row like '${arg}[0]' (every row of the same length)`, (0, errors_1.describe)(v));
        const shape = Array.isArray(v) ? checkNestedNumbers(fn, at, v) : [v.length];
        if (inner === undefined)
            inner = shape;
        else if (shape.length !== inner.length || shape.some((s, d) => s !== inner[d])) {
            throw new errors_1.ShapeError(fn, at, `of shape [${inner.join(", ")}] like '${arg}[0]' (a rectangular array)`, `shape [${shape.join(", ")}]`);
        }
    });
    return [value.length, ...(inner ?? [])];
}
exports.checkNestedNumbers = checkNestedNumbers;
/** The tensor's shape equals `shape`; -1 in `shape` matches any size. */
function checkShape(fn, arg, t, shape, what) {
    const ok = t.rank === shape.length && shape.every((s, i) => s === -1 || s === t.shape[i]);
    if (!ok) {
        const expected = what ?? `of shape [${shape.map((s) => (s === -1 ? "*" : s)).join(", ")}]`;
        throw new errors_1.ShapeError(fn, arg, expected, (0, errors_1.describe)(t));
    }
}
exports.checkShape = checkShape;
/** The tensor has the given rank. */
function checkRank(fn, arg, t, rank) {
    const ranks = Array.isArray(rank) ? rank : [rank];
    if (!ranks.includes(t.rank)) {
        throw new errors_1.ShapeError(fn, arg, `a tensor of rank ${ranks.join(" or ")}`, (0, errors_1.describe)(t));
    }
}
exports.checkRank = checkRank;
/** Two tensors have the same shape. */
function checkSameShape(fn, argA, a, argB, b) {
    if (a.rank !== b.rank || a.shape.some((s, i) => s !== b.shape[i])) {
        throw new errors_1.ShapeError(fn, argB, `of the same shape as '${argA}' [${a.shape.join(", ")}]`, (0, errors_1.describe)(b));
    }
}
exports.checkSameShape = checkSameShape;
/** The tensor holds at least one element. */
function checkNotEmpty(fn, arg, t) {
    if (t.size === 0)
        throw new errors_1.ShapeError(fn, arg, "a non-empty tensor", (0, errors_1.describe)(t));
}
exports.checkNotEmpty = checkNotEmpty;
/**
 * Every value is finite and inside [min, max] (and a whole number when `integer`). Reads the tensor,
 * so it is skipped when `validationConfig.valueChecks` is off. Names the first offending index.
 */
function checkValues(fn, arg, t, opts = {}) {
    if (!exports.validationConfig.valueChecks)
        return;
    const values = t.dataSync();
    const { min = -Infinity, max = Infinity, integer = false } = opts;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        const bad = !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v));
        if (bad) {
            const where = t.rank <= 1 ? `[${i}]` : `[${unravel(i, t.shape).join(", ")}]`;
            const range = [
                Number.isFinite(min) ? `>= ${min}` : "",
                Number.isFinite(max) ? `<= ${max}` : "",
            ].filter(Boolean).join(" and ");
            const expected = opts.what ?? `${integer ? "integers" : "finite numbers"}${range ? " " + range : ""}`;
            throw new errors_1.ValueError(fn, arg, expected, `${(0, errors_1.describe)(v)} at index ${where}`);
        }
    }
}
exports.checkValues = checkValues;
function unravel(index, shape) {
    const out = new Array(shape.length);
    for (let d = shape.length - 1; d >= 0; d--) {
        out[d] = index % shape[d];
        index = Math.floor(index / shape[d]);
    }
    return out;
}
//# sourceMappingURL=checks.js.map