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
exports.checkSameCount = exports.toIndices = exports.toLabels = exports.checkPairedEmbeddings = exports.toEmbeddings = void 0;
/**
 * Checks shared by the metric-learning pieces (distances, contrastive and triplet losses, miners,
 * verification): embeddings as an [N, d] matrix, class labels one per row, index lists into a batch.
 * Same rules as `checks.ts`: the error names the function and the argument, one error type per kind.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const errors_1 = require("./errors");
const checks_1 = require("./checks");
/**
 * A float32 matrix of embeddings, one row per sample: [N, d] with d ≥ 1 and finite values (N may be
 * 0: an empty batch gives empty results, and a loss over it a differentiable zero). A float32 tensor
 * passed in is returned as it is; anything else is converted (the caller owns the result then).
 */
function toEmbeddings(fn, arg, value) {
    const t = (0, checks_1.toTensor)(fn, arg, value);
    (0, checks_1.checkRank)(fn, arg, t, 2);
    if ((t.shape[1] ?? 0) < 1)
        throw new errors_1.ShapeError(fn, arg, "a matrix [N, d] with d >= 1", (0, errors_1.describe)(t));
    (0, checks_1.checkValues)(fn, arg, t);
    return t;
}
exports.toEmbeddings = toEmbeddings;
/** Two embedding matrices with the same number of rows and the same dimension d. */
function checkPairedEmbeddings(fn, argA, a, argB, b) {
    if (a.shape[1] !== b.shape[1]) {
        throw new errors_1.ShapeError(fn, argB, `embeddings of the same size d = ${a.shape[1]} as '${argA}'`, (0, errors_1.describe)(b));
    }
    if (a.shape[0] !== b.shape[0]) {
        throw new errors_1.ShapeError(fn, argB, `as many rows as '${argA}' (${a.shape[0]})`, (0, errors_1.describe)(b));
    }
}
exports.checkPairedEmbeddings = checkPairedEmbeddings;
/** Reads a list of numbers from a tensor, a typed array or a (flat) array. */
function readList(fn, arg, value) {
    if (value instanceof tf.Tensor) {
        if (value.rank !== 1)
            throw new errors_1.ShapeError(fn, arg, "a 1-D list", (0, errors_1.describe)(value));
        if (value.dtype === "string" || value.dtype === "complex64") {
            throw new errors_1.InputTypeError(fn, arg, "a numeric tensor", (0, errors_1.describe)(value));
        }
        return value.dataSync();
    }
    if (ArrayBuffer.isView(value) && !(value instanceof DataView))
        return value;
    if (Array.isArray(value)) {
        value.forEach((v, i) => {
            if (typeof v !== "number" && typeof v !== "boolean") {
                throw new errors_1.InputTypeError(fn, `${arg}[${i}]`, "a number", (0, errors_1.describe)(v));
            }
        });
        return value.map(Number);
    }
    throw new errors_1.InputTypeError(fn, arg, "an array, a typed array or a 1-D tensor of integers", (0, errors_1.describe)(value));
}
/** Integers of a list, each in [min, max] (int32 bounds), as a new Int32Array; the first offending index is named. */
function toIntegers(fn, arg, list, min, max, what) {
    const out = list instanceof Int32Array ? list.slice() : new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) {
        const v = list[i];
        // (v | 0) === v: an integer in the int32 range (false for NaN, ±Infinity and fractions)
        if ((v | 0) !== v || v < min || v > max) {
            throw new errors_1.ValueError(fn, arg, what, `${(0, errors_1.describe)(v)} at index [${i}]`);
        }
        out[i] = v;
    }
    return out;
}
/**
 * Class labels (any integers, one per sample) as an Int32Array; with `n`, exactly n of them
 * (one per row of the embeddings named `rowsOf`).
 */
function toLabels(fn, arg, value, n, rowsOf = "embeddings") {
    const list = readList(fn, arg, value);
    if (n !== undefined && list.length !== n) {
        throw new errors_1.ShapeError(fn, arg, `${n} labels, one per row of '${rowsOf}'`, `${list.length}`);
    }
    return toIntegers(fn, arg, list, -(2 ** 31), 2 ** 31 - 1, "integer class labels");
}
exports.toLabels = toLabels;
/** Row indices into a batch of n rows: integers in [0, n). */
function toIndices(fn, arg, value, n) {
    const list = readList(fn, arg, value);
    return toIntegers(fn, arg, list, 0, n - 1, `row indices, integers >= 0 and < ${n}`);
}
exports.toIndices = toIndices;
/** Lists that must be as long as each other (the three index lists of triplets, scores and labels). */
function checkSameCount(fn, argA, a, argB, b) {
    if (a.length !== b.length) {
        throw new errors_1.ShapeError(fn, argB, `as many entries as '${argA}' (${a.length})`, `${b.length}`);
    }
}
exports.checkSameCount = checkSameCount;
//# sourceMappingURL=metric_checks.js.map