"use strict";
/**
 * The error types of losslab: one class per kind of mistake, each naming the function and the
 * argument, the way `tf.losses` does ("Argument 'labels' passed to 'huberLoss' must be ...").
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.describe = exports.ValueError = exports.ShapeError = exports.InputTypeError = exports.LosslabArgumentError = void 0;
/** Base class: every argument error names the public function (`fn`) and the argument (`arg`). */
class LosslabArgumentError extends Error {
    constructor(fn, arg, expected, got) {
        super(`losslab.${fn}: argument '${arg}' must be ${expected}, but got ${got}.`);
        this.fn = fn;
        this.arg = arg;
        this.expected = expected;
        this.got = got;
        this.name = new.target.name;
    }
}
exports.LosslabArgumentError = LosslabArgumentError;
/** The argument is not of a usable type or dtype (a string where a tensor is needed, a float label). */
class InputTypeError extends LosslabArgumentError {
}
exports.InputTypeError = InputTypeError;
/** The argument has the wrong shape or rank, is empty, or does not match another argument's shape. */
class ShapeError extends LosslabArgumentError {
}
exports.ShapeError = ShapeError;
/** The argument holds a value outside its allowed range: a NaN, a negative margin, a class index out of range. */
class ValueError extends LosslabArgumentError {
}
exports.ValueError = ValueError;
/** Short, readable rendering of a value for an error message. */
function describe(value) {
    if (value === null)
        return "null";
    if (value === undefined)
        return "undefined";
    if (typeof value === "string")
        return `'${value}'`;
    if (typeof value === "number")
        return Number.isNaN(value) ? "NaN" : String(value);
    if (Array.isArray(value)) {
        const head = value.slice(0, 4).map(describe).join(", ");
        return `an array of length ${value.length} [${head}${value.length > 4 ? ", ..." : ""}]`;
    }
    if (typeof value === "object" && value !== null && "shape" in value && "dtype" in value) {
        const t = value;
        return `a ${t.dtype} tensor of shape [${t.shape.join(", ")}]`;
    }
    return `a value of type '${typeof value}'`;
}
exports.describe = describe;
//# sourceMappingURL=errors.js.map