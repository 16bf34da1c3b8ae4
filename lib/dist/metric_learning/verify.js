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
exports.verifyEmbedding = exports.verifyPairs = void 0;
/**
 * Pair verification the honest way, with the notes' rule d(img1, img2) < t ⇒ "same": the threshold t is
 * fitted on pairs of a calibration set (the training digits), then applied unchanged to pairs of the
 * test set, where the accuracy and the ROC AUC are measured. Pairs are half positive (same digit), half
 * negative, drawn by `samplePairs` (seeded).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const pairs_1 = require("../miners/pairs");
const evaluate_1 = require("../training/evaluate");
const roc_1 = require("../verification/roc");
const score_pairs_1 = require("../verification/score_pairs");
const threshold_1 = require("../verification/threshold");
const validation_1 = require("../validation");
/** Rows of plain numbers as one float32 matrix, copied directly (tf's nested-array path is slow for 784-wide rows). */
function rowsToTensor(rows) {
    const d = rows[0]?.length;
    if (!d || rows.some((r) => !Array.isArray(r) || r.length !== d))
        return null; // let the checks downstream explain
    const flat = new Float32Array(rows.length * d);
    rows.forEach((r, i) => flat.set(r, i * d));
    return tf.tensor2d(flat, [rows.length, d]);
}
function scored(fn, arg, set, score, count, seed) {
    (0, validation_1.checkObject)(fn, set, arg, "an object { features, labels }");
    const pairs = (0, pairs_1.samplePairs)({ labels: set.labels, count, seed });
    const own = Array.isArray(set.features) ? rowsToTensor(set.features) : null;
    try {
        return (0, score_pairs_1.scorePairs)({ embeddings: own ?? set.features, labels: set.labels, pairs, score });
    }
    finally {
        own?.dispose();
    }
}
/** Fits t on the calibration pairs and measures accuracy at t, and the ROC AUC, on the test pairs. */
function verifyPairs(options) {
    const fn = "verifyPairs";
    (0, validation_1.checkOptions)(fn, options, ["calibration", "test", "score?", "pairs?", "seed?"]);
    const score = (0, validation_1.checkOneOf)(fn, "score", options.score ?? "euclidean", score_pairs_1.PAIR_SCORES);
    const count = (0, validation_1.checkInteger)(fn, "pairs", options.pairs ?? 2000, { min: 2 });
    const seed = (0, validation_1.checkInteger)(fn, "seed", options.seed ?? 0);
    const calibration = scored(fn, "calibration", options.calibration, score, count, seed);
    const test = scored(fn, "test", options.test, score, count, seed + 1);
    const fitted = (0, threshold_1.bestThreshold)(calibration);
    const atT = (0, threshold_1.accuracyAtThreshold)(test, fitted.threshold);
    const positive = [];
    const negative = [];
    test.scores.forEach((s, k) => (test.isSame[k] ? positive : negative).push(s));
    return {
        score,
        threshold: fitted.threshold,
        calibrationAccuracy: fitted.accuracy,
        accuracy: atT.accuracy,
        truePositiveRate: atT.truePositiveRate,
        trueNegativeRate: atT.trueNegativeRate,
        auc: (0, roc_1.rocAuc)(test),
        positive,
        negative,
    };
}
exports.verifyPairs = verifyPairs;
/** `verifyPairs` on the embeddings of a trained network: t fitted on `calibration` digits, measured on `test` digits. */
function verifyEmbedding(options) {
    (0, validation_1.checkOptions)("verifyEmbedding", options, ["net", "calibration", "test", "score?", "pairs?", "seed?"]);
    const { net, calibration, test, ...rest } = options;
    return verifyPairs({
        calibration: { features: (0, evaluate_1.embedSet)(net, calibration), labels: calibration.labels },
        test: { features: (0, evaluate_1.embedSet)(net, test), labels: test.labels },
        ...rest,
    });
}
exports.verifyEmbedding = verifyEmbedding;
//# sourceMappingURL=verify.js.map