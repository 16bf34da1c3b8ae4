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
exports.checkScaledScoresConclusion = exports.conclusion03 = exports.checkScaledScoresExperiment = exports.experiment03 = exports.scaledScoresLoss = exports.EXPERIMENT03_SCORES = exports.checkEqualScoresPrediction = exports.prediction03 = exports.checkCrossEntropy = exports.exercise03 = void 0;
/**
 * Exercise 03: the softmax cross-entropy of each sample,
 *   CE = −log f(s)_p = −s_p + log Σⱼ e^{sⱼ},
 * for scores s (one row per sample) and the index p of each sample's class, checked against the
 * library's `softmaxCrossEntropy` on the notes' scores, one class, equal scores, a batch, a hundred
 * classes and scores of ±1000, with hints for the usual mistakes (overflow without the log-sum-exp
 * trick, a missing minus sign, log₁₀, one mean instead of one loss per sample); a prediction (the loss
 * of ten equal scores) and an experiment (the loss of the lesson's scores multiplied by t, at several t).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const softmax_cross_entropy_1 = require("../losses/softmax_cross_entropy");
const rng_1 = require("../random/rng");
const checker_1 = require("./checker");
const answers_1 = require("./answers");
const describe_inputs_1 = require("./describe_inputs");
function cases() {
    const rng = new rng_1.Rng(303);
    const row = (c) => Array.from({ length: c }, () => +rng.normal(0, 2).toFixed(3));
    const batch = Array.from({ length: 5 }, () => row(4));
    return [
        { name: "the lesson's scores, positive class 3", input: { scores: [[2, 1, -1]], labels: [2] } },
        { name: "the positive class wins clearly", input: { scores: [[5, 0, 0]], labels: [0] } },
        { name: "all scores equal (CE = log C)", input: { scores: [[0, 0, 0, 0]], labels: [1] } },
        { name: "a single class (CE = 0)", input: { scores: [[3]], labels: [0] } },
        { name: "two classes", input: { scores: [[-1.5, 0]], labels: [0] } },
        { name: "a batch of 5 samples", input: { scores: batch, labels: batch.map(() => rng.int(4)) } },
        { name: "100 classes", input: { scores: [row(100)], labels: [57] } },
        { name: "scores of ±1000", input: { scores: [[1000, -1000, 0], [1000, 999, 998]], labels: [1, 2] } },
        { name: "every score −1000", input: { scores: [[-1000, -1000]], labels: [0] } },
    ];
}
function hint({ scores, labels }, expected, got) {
    if (Array.isArray(got) && got.length !== labels.length)
        return `return one loss per sample: an array of ${labels.length} numbers.`;
    if (typeof got === "number" && labels.length > 1)
        return `return one loss per sample (an array of ${labels.length} numbers), not their mean.`;
    if ((0, describe_inputs_1.hasNonFinite)(got) && scores.flat().some((v) => Math.abs(v) > 80)) {
        return "e^1000 overflows to Infinity (and e^−1000 to 0): subtract the largest score of the row before exponentiating, log f(s)_p = s_p − m − log Σⱼ e^(sⱼ − m) with m = maxⱼ sⱼ.";
    }
    if ((0, describe_inputs_1.looksLike)(got, expected.map((v) => -v)))
        return "the minus sign is missing: CE = −log f(s)_p is ≥ 0.";
    if ((0, describe_inputs_1.looksLike)(got, expected.map((v) => v / Math.LN10)))
        return "use the natural logarithm (Math.log), not log₁₀.";
    return "for each row, f(s)_p = e^(s_p) / Σⱼ e^(sⱼ) and CE = −log f(s)_p, where p is that row's label.";
}
exports.exercise03 = {
    title: "Exercise 03 · softmax cross-entropy",
    cases: cases(),
    reference: ({ scores, labels }) => tf.tidy(() => Array.from((0, softmax_cross_entropy_1.softmaxCrossEntropy)({ labels, logits: scores, reduction: "none" }).dataSync())),
    call: (student, { scores, labels }) => student(scores.map((r) => r.slice()), labels.slice()),
    describeInput: ({ scores, labels }) => `scores = ${(0, describe_inputs_1.shortRows)(scores)}, labels = ${(0, describe_inputs_1.shortList)(labels)}`,
    // the reference computes in float32
    rtol: 1e-5,
    atol: 1e-5,
    hint,
};
/** Checks a student's softmax cross-entropy and shows the report. */
function checkCrossEntropy(student, opts = {}) {
    (0, checker_1.checkExercise)(exports.exercise03, student, opts, "checkCrossEntropy");
}
exports.checkCrossEntropy = checkCrossEntropy;
/** The library's loss of each row. */
const losses = (scores, labels) => tf.tidy(() => Array.from((0, softmax_cross_entropy_1.softmaxCrossEntropy)({ labels, logits: scores, reduction: "none" }).dataSync()));
function prediction03() {
    return {
        title: "Exercise 03 · prediction",
        question: "the cross-entropy of a sample whose 10 scores are all equal",
        truth: () => losses([Array.from({ length: 10 }, () => 0)], [3])[0],
        rtol: 0.01,
        explain: () => "equal scores give every class f = 1/C, so CE = −log(1/C) = log C: the loss of an untrained network, a check worth printing at step 0.",
    };
}
exports.prediction03 = prediction03;
/** Checks the prediction of exercise 03 (the loss of ten equal scores). */
exports.checkEqualScoresPrediction = (0, answers_1.questionChecker)(prediction03, "checkEqualScoresPrediction");
/** The lesson's scores; the experiment multiplies them by t. Class 0 (the largest score) is the label. */
exports.EXPERIMENT03_SCORES = [2, 1, -1];
/** CE of t·[2, 1, −1] for label 0. */
function scaledScoresLoss(t) {
    return losses([exports.EXPERIMENT03_SCORES.map((s) => t * s)], [0])[0];
}
exports.scaledScoresLoss = scaledScoresLoss;
function experiment03() {
    return {
        title: "Exercise 03 · experiment",
        describeSetting: (t) => `t = ${t}`,
        quantity: "the cross-entropy of t·[2, 1, −1], label 0,",
        measure: scaledScoresLoss,
        badSetting: (0, answers_1.numberSetting)("t", { min: 0, max: 1000 }),
        minRuns: 4,
        rtol: 1e-5,
        atol: 1e-6,
    };
}
exports.experiment03 = experiment03;
/** Checks the runs of exercise 03's experiment (the loss of scaled scores). */
exports.checkScaledScoresExperiment = (0, answers_1.experimentChecker)(experiment03, "checkScaledScoresExperiment");
function conclusion03() {
    const choices = ["0", "log 3", "without bound"];
    return {
        title: "Exercise 03 · conclusion",
        question: "as t grows, the loss of t·[2, 1, −1] (label 0) goes to \"0\", \"log 3\" or grows \"without bound\"?",
        choices,
        truth: () => {
            const far = scaledScoresLoss(1000);
            return far < 1e-6 ? "0" : far > scaledScoresLoss(10) ? "without bound" : "log 3";
        },
        explain: () => "the gap between the right class's score and the others grows with t, so f(s)_p → 1 and CE → 0: a confident right answer costs nothing, which is why scores can grow without limit (and why lesson 05's heads fix the norm).",
    };
}
exports.conclusion03 = conclusion03;
/** Checks the conclusion of exercise 03's experiment. */
exports.checkScaledScoresConclusion = (0, answers_1.questionChecker)(conclusion03, "checkScaledScoresConclusion");
//# sourceMappingURL=lesson03.js.map