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
exports.toClassTargets = exports.elementwiseLoss = exports.elementwise = exports.checkLossOptions = exports.LOGITS = exports.PROBABILITIES = exports.REAL_PREDICTIONS = exports.checkReduction = exports.DEFAULT_REDUCTION = void 0;
/**
 * The arguments the losses share: their option types, and the conversion and checks every loss and
 * gradient runs before computing (validate first). Two families of inputs:
 *
 * - per-element: `labels` and `predictions` (or `logits`) of one shape, one loss value per element
 *   (regression losses, binary cross-entropy, sigmoid focal loss);
 * - per-sample over classes: `logits` with the classes on the last axis and `labels` either as class
 *   indices or as per-class targets (softmax cross-entropy, softmax focal loss).
 *
 * An empty input is an error here (a notebook that passes [] has made a mistake), unlike the metric
 * losses, where a batch with no valid pair is a normal event and reduces to a differentiable zero.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const reduction_1 = require("./reduction");
/** The default reduction of every loss. */
exports.DEFAULT_REDUCTION = "mean";
/** The `reduction` option, checked (undefined means the default). */
function checkReduction(fn, reduction) {
    return (0, validation_1.checkOneOf)(fn, "reduction", reduction ?? exports.DEFAULT_REDUCTION, reduction_1.REDUCTIONS);
}
exports.checkReduction = checkReduction;
/** Labels and predictions anywhere on the real line (regression). */
exports.REAL_PREDICTIONS = { input: "predictions", labels: {}, values: {} };
/** Targets and predictions that are probabilities (binary cross-entropy on ŷ = σ(z)). */
exports.PROBABILITIES = { input: "predictions", labels: { min: 0, max: 1 }, values: { min: 0, max: 1 } };
/** Targets in [0, 1] and logits anywhere on the real line. */
exports.LOGITS = { input: "logits", labels: { min: 0, max: 1 }, values: {} };
/**
 * Checks the options object of a loss (`withReduction`) or of a gradient: `labels`, the second input
 * ("predictions" or "logits"), the function's own options (`extra`, e.g. ["delta?"]) and, for a
 * loss, "reduction?". Unknown keys and nulls are refused (see `checkOptions`).
 */
function checkLossOptions(fn, input, options, extra, withReduction) {
    return (0, validation_1.checkOptions)(fn, options, ["labels", input, ...extra, ...(withReduction ? ["reduction?"] : [])]);
}
exports.checkLossOptions = checkLossOptions;
/**
 * Per-element values f(labels, x) of a per-element loss or gradient, after the checks: the options
 * (those of `checkLossOptions`, with `extra` the function's own), both tensors non-empty, of the same
 * shape, finite and in their ranges. Runs in a `tf.tidy`.
 */
function elementwise(fn, inputs, options, f, extra = []) {
    checkLossOptions(fn, inputs.input, options, extra, false);
    return elementValues(fn, inputs, options, f);
}
exports.elementwise = elementwise;
/** `elementwise` without the options check (done by the caller). */
function elementValues(fn, inputs, options, f) {
    return tf.tidy(() => {
        const labels = (0, validation_1.toTensor)(fn, "labels", options.labels);
        const x = (0, validation_1.toTensor)(fn, inputs.input, options[inputs.input]);
        (0, validation_1.checkNotEmpty)(fn, "labels", labels);
        (0, validation_1.checkSameShape)(fn, "labels", labels, inputs.input, x);
        (0, validation_1.checkValues)(fn, "labels", labels, inputs.labels);
        (0, validation_1.checkValues)(fn, inputs.input, x, inputs.values);
        return f(labels, x);
    });
}
/** A per-element loss: the checks (the reduction's first), the per-element values, one reduction. */
function elementwiseLoss(fn, inputs, options, f, extra = []) {
    checkLossOptions(fn, inputs.input, options, extra, true);
    const reduction = checkReduction(fn, options.reduction);
    return tf.tidy(() => (0, reduction_1.reduceLoss)(fn, elementValues(fn, inputs, options, f), reduction));
}
exports.elementwiseLoss = elementwiseLoss;
/**
 * Logits with the classes on the last axis (rank >= 1, non-empty, finite) and their labels as per-class
 * targets of the same shape. `labels` may be
 * - class indices, of the shape of `logits` without its last axis (integers in [0, C − 1]), turned
 *   into one-hot rows; or
 * - per-class targets of the shape of `logits` (one-hot rows or probabilities, each in [0, 1], every
 *   row summing to 1 within float32 tolerance).
 */
function toClassTargets(fn, labelsValue, logitsValue) {
    const logits = (0, validation_1.toTensor)(fn, "logits", logitsValue);
    if (logits.rank < 1)
        throw new validation_1.ShapeError(fn, "logits", "a tensor of rank >= 1 (the classes on the last axis)", (0, validation_1.describe)(logits));
    (0, validation_1.checkNotEmpty)(fn, "logits", logits);
    (0, validation_1.checkValues)(fn, "logits", logits);
    const labels = (0, validation_1.toTensor)(fn, "labels", labelsValue);
    const numClasses = logits.shape[logits.rank - 1];
    const batchShape = logits.shape.slice(0, -1);
    const sameAs = (shape) => labels.rank === shape.length && shape.every((s, i) => labels.shape[i] === s);
    if (sameAs(logits.shape)) {
        (0, validation_1.checkValues)(fn, "labels", labels, { min: 0, max: 1, what: "per-class targets: finite numbers >= 0 and <= 1" });
        (0, validation_1.checkRowsSumToOne)(fn, "labels", labels, "per-class targets whose rows sum to 1 (one-hot rows or probabilities)");
        return { logits, targets: labels };
    }
    if (sameAs(batchShape)) {
        (0, validation_1.checkValues)(fn, "labels", labels, {
            min: 0,
            max: numClasses - 1,
            integer: true,
            what: `class indices: integers >= 0 and <= ${numClasses - 1}`,
        });
        // tf.oneHot needs a depth of 2 or more; with a single class every target is [1]
        const targets = numClasses === 1 ? tf.ones(logits.shape) : tf.oneHot(tf.cast(labels, "int32"), numClasses).toFloat();
        return { logits, targets };
    }
    const shape = (s) => `[${s.join(", ")}]`;
    throw new validation_1.ShapeError(fn, "labels", `class indices of shape ${shape(batchShape)} or per-class targets of shape ${shape(logits.shape)} (for 'logits' of shape ${shape(logits.shape)})`, (0, validation_1.describe)(labels));
}
exports.toClassTargets = toClassTargets;
//# sourceMappingURL=inputs.js.map