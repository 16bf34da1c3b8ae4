"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkObject = exports.checkOptionalOptions = exports.checkOptions = exports.closestName = exports.editDistance = void 0;
/**
 * The options checker every public function starts with: the options argument must be a plain
 * object, every key must be one the function accepts (a misspelt key is refused with the closest
 * accepted one suggested, instead of being ignored while its default silently applies), and no
 * option may be `null` (left out means "the default"; `null` is a mistake, not a default).
 *
 * The value of each option is then checked by the function itself with the checks of `checks.ts`.
 */
const errors_1 = require("./errors");
/** Common names from other libraries (and the long forms of the papers' letters) for an option here. */
const ALIASES = {
    scale: ["s"],
    margin: ["m", "alpha"],
    m: ["margin"],
    s: ["scale"],
    lambda: ["annealing"],
    kind: ["score"],
    score: ["kind"],
    digit: ["digits"],
    seeds: ["seed"],
    reduce: ["reduction"],
    dim: ["axis", "inputDim"],
    classes: ["numClasses"],
    tol: ["tolerance"],
};
/** Levenshtein distance between two strings (insert, delete, substitute: cost 1 each). */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
exports.editDistance = editDistance;
/** Lower case without "_" and "-", so `easy_margin` matches `easyMargin`. */
function folded(name) {
    return name.toLowerCase().replace(/[_-]/g, "");
}
/**
 * The accepted name closest to an unknown one: a known alias, or the nearest by edit distance
 * (case and underscores ignored) when it is within a third of the name's length (at least 2 edits).
 */
function closestName(unknown, accepted) {
    const alias = (ALIASES[unknown] ?? []).find((a) => accepted.includes(a));
    if (alias !== undefined)
        return alias;
    let best;
    let bestDistance = Infinity;
    for (const name of accepted) {
        const d = editDistance(folded(unknown), folded(name));
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    const allowed = Math.max(2, Math.floor(unknown.length / 3));
    return bestDistance <= allowed ? best : undefined;
}
exports.closestName = closestName;
function isPlainObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value) && !ArrayBuffer.isView(value);
}
/**
 * Checks an options object against the names a function accepts and returns it. Refuses, with the
 * function and the option named: a missing or non-object options argument (listing the accepted
 * options), an unknown key ("did you mean …"), and an option set to `null`. `undefined` values count
 * as left out. `arg` names the argument in messages (a nested object: "annealing", "pairs").
 */
function checkOptions(fn, options, names, arg = "options") {
    const accepted = names.map((n) => n.replace(/\?$/, ""));
    const listing = `{ ${names.join(", ")} }`;
    if (!isPlainObject(options)) {
        throw new errors_1.InputTypeError(fn, arg, `an options object ${listing}`, (0, errors_1.describe)(options));
    }
    for (const key of Object.keys(options)) {
        const path = arg === "options" ? key : `${arg}.${key}`;
        if (!accepted.includes(key)) {
            const suggestion = closestName(key, accepted);
            const hint = suggestion === undefined ? "" : ` (did you mean '${suggestion}'?)`;
            throw new errors_1.InputTypeError(fn, path, `one of the options ${listing}${hint}`, "an unknown option");
        }
        if (options[key] === null) {
            throw new errors_1.InputTypeError(fn, path, "a value, or left out for its default", "null");
        }
    }
    return options;
}
exports.checkOptions = checkOptions;
/**
 * An optional nested options object (`annealing: { base }`, `pairs: { first, second }`): undefined
 * stays undefined, anything else is checked like `checkOptions`.
 */
function checkOptionalOptions(fn, value, names, arg) {
    return value === undefined ? undefined : checkOptions(fn, value, names, arg);
}
exports.checkOptionalOptions = checkOptionalOptions;
/**
 * An argument that must be an object of a given form (a model, an MNIST set) and is not an options
 * object: a clear error instead of "cannot read properties of undefined".
 */
function checkObject(fn, value, arg, what) {
    if (!isPlainObject(value)) {
        throw new errors_1.InputTypeError(fn, arg, what, (0, errors_1.describe)(value));
    }
}
exports.checkObject = checkObject;
//# sourceMappingURL=options.js.map