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
exports.groupScores = exports.SCORE_KINDS = void 0;
/**
 * The input of every verification measure: one score per pair and whether the pair is of one class.
 * A score is a distance (small = same, the notes' d(img1, img2) < t) or a similarity (large = same,
 * e.g. the cosine similarity of lesson 09).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
exports.SCORE_KINDS = ["distance", "similarity"];
function readNumbers(fn, arg, value) {
    if (value instanceof tf.Tensor) {
        // a [2, 2] tensor flattened would pair scores with the wrong labels
        if (value.rank !== 1)
            throw new validation_1.ShapeError(fn, arg, "a 1-D list (one entry a pair)", (0, validation_1.describe)(value));
        return value.dataSync();
    }
    if (Array.isArray(value) && value.some((v) => Array.isArray(v))) {
        throw new validation_1.ShapeError(fn, arg, "a flat list (one entry a pair)", (0, validation_1.describe)(value));
    }
    if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
        return Array.from(value, (v) => (typeof v === "boolean" ? Number(v) : v));
    }
    throw new validation_1.InputTypeError(fn, arg, "an array, a typed array or a 1-D tensor of numbers", (0, validation_1.describe)(value));
}
/** Checks the input and sorts it into tied groups. */
function groupScores(fn, input) {
    (0, validation_1.checkOptions)(fn, input, ["scores", "isSame", "kind?"]);
    const kind = (0, validation_1.checkOneOf)(fn, "kind", input.kind ?? "distance", exports.SCORE_KINDS);
    const scores = readNumbers(fn, "scores", input.scores);
    const same = readNumbers(fn, "isSame", input.isSame);
    (0, validation_1.checkSameCount)(fn, "scores", scores, "isSame", same);
    if (scores.length === 0)
        throw new validation_1.ShapeError(fn, "scores", "at least one pair", "none");
    const order = Array.from({ length: scores.length }, (_, i) => i);
    for (const i of order) {
        if (typeof scores[i] !== "number" || !Number.isFinite(scores[i])) {
            throw new validation_1.ValueError(fn, "scores", "finite numbers", `${(0, validation_1.describe)(scores[i])} at index [${i}]`);
        }
        if (same[i] !== 0 && same[i] !== 1)
            throw new validation_1.ValueError(fn, "isSame", "0, 1, true or false", `${(0, validation_1.describe)(same[i])} at index [${i}]`);
    }
    const sign = kind === "distance" ? 1 : -1; // ascending distance = descending similarity
    order.sort((i, j) => sign * (scores[i] - scores[j]));
    const groups = { values: [], same: [], different: [], totalSame: 0, totalDifferent: 0, kind };
    for (const i of order) {
        const last = groups.values.length - 1;
        if (last < 0 || groups.values[last] !== scores[i]) {
            groups.values.push(scores[i]);
            groups.same.push(0);
            groups.different.push(0);
        }
        const g = groups.values.length - 1;
        if (same[i] === 1) {
            groups.same[g] += 1;
            groups.totalSame += 1;
        }
        else {
            groups.different[g] += 1;
            groups.totalDifferent += 1;
        }
    }
    return groups;
}
exports.groupScores = groupScores;
//# sourceMappingURL=scores.js.map