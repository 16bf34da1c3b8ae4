"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compareDescent = exports.batchLabel = void 0;
/**
 * Runs full-batch, sample-wise and mini-batch descent side by side for several learning rates, on
 * the same start and seed: the experiment of lesson 00, and of any lesson that compares them.
 */
const validation_1 = require("../validation");
const gradient_descent_1 = require("./gradient_descent");
/** A readable name for a batch mode. */
function batchLabel(batch) {
    if (batch === "full")
        return "full batch";
    if (batch === "sample")
        return "sample-wise (SGD)";
    return `mini-batch (${batch})`;
}
exports.batchLabel = batchLabel;
/** A batch mode: "full", "sample" or a whole mini-batch size ≥ 1, named by its index in `batches`. */
function checkBatchMode(fn, arg, mode) {
    if (mode === "full" || mode === "sample")
        return mode;
    if (typeof mode === "number")
        return (0, validation_1.checkInteger)(fn, arg, mode, { min: 1 });
    if (typeof mode === "string")
        throw new validation_1.ValueError(fn, arg, "'full', 'sample' or a mini-batch size", (0, validation_1.describe)(mode));
    throw new validation_1.InputTypeError(fn, arg, "'full', 'sample' or a mini-batch size", (0, validation_1.describe)(mode));
}
function compareDescent(problem, opts) {
    const fn = "compareDescent";
    (0, validation_1.checkObject)(fn, problem, "problem", "a problem { n, gradient, cost } (a LinearRegression, say)");
    (0, validation_1.checkOptions)(fn, opts, ["theta0", "learningRates", "epochs", "batches?", "seed?"]);
    (0, validation_1.checkNumberArray)(fn, "theta0", opts.theta0);
    (0, validation_1.checkNumberArray)(fn, "learningRates", opts.learningRates).forEach((eta, i) => {
        if (eta <= 0)
            throw new validation_1.ValueError(fn, `learningRates[${i}]`, "a number > 0", (0, validation_1.describe)(eta));
    });
    (0, validation_1.checkInteger)(fn, "epochs", opts.epochs, { min: 1 });
    const seed = (0, validation_1.checkInteger)(fn, "seed", opts.seed ?? 0);
    const given = opts.batches ?? ["full", "sample", 4];
    if (!Array.isArray(given))
        throw new validation_1.InputTypeError(fn, "batches", "an array of batch modes ('full', 'sample' or a mini-batch size)", (0, validation_1.describe)(given));
    if (given.length === 0)
        throw new validation_1.ShapeError(fn, "batches", "at least one batch mode", "an empty array");
    const batches = given.map((mode, i) => checkBatchMode(fn, `batches[${i}]`, mode));
    const runs = [];
    for (const learningRate of opts.learningRates) {
        for (const batch of batches) {
            const path = (0, gradient_descent_1.gradientDescent)(problem, opts.theta0, { learningRate, epochs: opts.epochs, batch, seed });
            runs.push({ label: batchLabel(batch), batch, learningRate, path });
        }
    }
    return runs;
}
exports.compareDescent = compareDescent;
//# sourceMappingURL=compare_descent.js.map