"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkEntries = exports.optionalNumber = exports.optionalValues = exports.checkSeriesOptions = exports.checkFigureValues = exports.checkPair = exports.checkXY = exports.checkData = exports.checkList = exports.checkFunction = exports.checkString = exports.optional = exports.SERIES_OPTIONS = exports.FIGURE_OPTIONS = void 0;
/**
 * Argument checks shared by the figure builders (issue 15): each builder starts with
 * `checkOptions(fn, options, [...])` and checks the values it uses with these, so a misspelt key or
 * a wrong type is refused naming the builder and the option, before any trace is computed.
 * Data arrays of traces are checked to be arrays only: NaN and null are Plotly's gaps in a line.
 */
const validation_1 = require("../validation");
/** The options of `figure`, which every builder's figure options extend. */
exports.FIGURE_OPTIONS = ["title", "xTitle", "yTitle", "layout?", "height?"];
/** The options of `line` (and, with more, of `points` and `bars`). */
exports.SERIES_OPTIONS = ["name", "color?", "dash?", "hover?", "width?", "showLegend?"];
const DASHES = ["solid", "dash", "dot", "dashdot"];
/** `check(value)` unless the value is left out. */
function optional(value, check) {
    return value === undefined ? undefined : check(value);
}
exports.optional = optional;
/** A string. */
function checkString(fn, arg, value) {
    if (typeof value !== "string")
        throw new validation_1.InputTypeError(fn, arg, "a string", (0, validation_1.describe)(value));
    return value;
}
exports.checkString = checkString;
/** A function (a callback that builds traces or computes a cost). */
function checkFunction(fn, arg, value) {
    if (typeof value !== "function")
        throw new validation_1.InputTypeError(fn, arg, "a function", (0, validation_1.describe)(value));
}
exports.checkFunction = checkFunction;
/** A plain array (of panels, runs, curves), with at least `minLength` entries. */
function checkList(fn, arg, value, minLength = 0) {
    if (!Array.isArray(value))
        throw new validation_1.InputTypeError(fn, arg, "an array", (0, validation_1.describe)(value));
    if (value.length < minLength)
        throw new validation_1.ShapeError(fn, arg, `an array of at least ${minLength} entr${minLength === 1 ? "y" : "ies"}`, value.length === 0 ? "an empty array" : `${value.length}`);
    return value;
}
exports.checkList = checkList;
/** The x or y data of a trace: an array or a typed array (its elements are Plotly's to read: NaN and null are gaps). */
function checkData(fn, arg, value) {
    if (!Array.isArray(value) && !(ArrayBuffer.isView(value) && !(value instanceof DataView))) {
        throw new validation_1.InputTypeError(fn, arg, "an array", (0, validation_1.describe)(value));
    }
    return value;
}
exports.checkData = checkData;
/** x and y data of one trace, of equal length. */
function checkXY(fn, x, y) {
    const xs = checkData(fn, "x", x);
    const ys = checkData(fn, "y", y);
    if (xs.length !== ys.length)
        throw new validation_1.ShapeError(fn, "y", `as many values as 'x' (${xs.length})`, `${ys.length}`);
}
exports.checkXY = checkXY;
/** A [lo, hi] pair of finite numbers. */
function checkPair(fn, arg, value) {
    const v = (0, validation_1.checkNumberArray)(fn, arg, value, { minLength: 2 });
    if (v.length !== 2)
        throw new validation_1.ShapeError(fn, arg, "a pair [lo, hi] of numbers", `an array of length ${v.length}`);
    return v;
}
exports.checkPair = checkPair;
/** The values `figure` uses: strings for the titles (optional ones when `required` is false), a layout object, a height > 0. */
function checkFigureValues(fn, options, required = ["title", "xTitle", "yTitle"]) {
    for (const key of ["title", "xTitle", "yTitle"]) {
        if (required.includes(key) || options[key] !== undefined)
            checkString(fn, key, options[key]);
    }
    if (options.layout !== undefined)
        (0, validation_1.checkObject)(fn, options.layout, "layout", "an object of Plotly layout keys");
    if (options.height !== undefined)
        (0, validation_1.checkRange)(fn, "height", options.height, { min: 0, minOpen: true });
}
exports.checkFigureValues = checkFigureValues;
/** The options of a series (`line`, `points`, `bars`) and the values of the shared ones. */
function checkSeriesOptions(fn, options, more = []) {
    const o = (0, validation_1.checkOptions)(fn, options, [...exports.SERIES_OPTIONS, ...more]);
    checkString(fn, "name", o.name);
    if (o.color !== undefined && typeof o.color !== "string")
        (0, validation_1.checkInteger)(fn, "color", o.color, { min: 0 });
    optional(o.dash, (v) => (0, validation_1.checkOneOf)(fn, "dash", v, DASHES));
    optional(o.hover, (v) => checkString(fn, "hover", v));
    optional(o.width, (v) => (0, validation_1.checkRange)(fn, "width", v, { min: 0 }));
    optional(o.showLegend, (v) => (0, validation_1.checkBoolean)(fn, "showLegend", v));
    return o;
}
exports.checkSeriesOptions = checkSeriesOptions;
/** An optional list of slider values (finite numbers, at least one). */
function optionalValues(fn, arg, value) {
    return optional(value, (v) => (0, validation_1.checkNumberArray)(fn, arg, v));
}
exports.optionalValues = optionalValues;
/** An optional number (a slider's starting value, a bound). */
function optionalNumber(fn, arg, value) {
    return optional(value, (v) => (0, validation_1.checkNumber)(fn, arg, v));
}
exports.optionalNumber = optionalNumber;
/**
 * A non-empty list of slider entries (embedding panels, histogram sets): each an object with the keys
 * `names`, a string `title` and an optional string `label`; `each` checks the rest of an entry.
 */
function checkEntries(fn, arg, value, what, names, each) {
    const list = checkList(fn, arg, value);
    if (list.length === 0)
        throw new validation_1.ShapeError(fn, arg, what, "an empty array");
    list.forEach((entry, k) => {
        const at = `${arg}[${k}]`;
        (0, validation_1.checkOptions)(fn, entry, names, at);
        checkString(fn, `${at}.title`, entry.title);
        optional(entry.label, (v) => checkString(fn, `${at}.label`, v));
        each(entry, at);
    });
    return list;
}
exports.checkEntries = checkEntries;
//# sourceMappingURL=plot_checks.js.map