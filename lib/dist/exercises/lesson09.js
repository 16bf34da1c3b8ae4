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
exports.checkOpenSetExperiment = exports.experiment09 = exports.checkOpenSetPrediction = exports.prediction09 = exports.checkThresholdAtFar = exports.exercise09 = exports.impostorScores = exports.ratesAtThreshold = exports.openSetPairs = exports.PER_DIGIT = exports.referenceThresholdAtFar = void 0;
/**
 * Exercise 09, the capstone's question in small: a verification threshold is chosen on the classes a
 * system was trained on and used on people it never saw. The task: the threshold t that keeps the
 * false accept rate at most `far` (a pair is accepted when its similarity is strictly above t),
 * checked against the checker's own reference, with hints for the usual slips (the scores sorted the
 * wrong way, accepting at ≥ t, rounding far·n up). A prediction (is the FAR on unseen digits, at the
 * threshold chosen on seen ones, above, about or below the target?) and an experiment (TAR on the
 * unseen digits at several target FARs).
 *
 * The data: 40 MNIST images of each digit, seen digits 0–4, unseen 5–9, every pair of images of one
 * group scored by the cosine similarity of their pixels (an untrained "embedding", so that the
 * exercise runs in a few seconds; lesson 09 does the same with trained networks).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const mnist_1 = require("../data/mnist");
const evaluate_1 = require("../training/evaluate");
const normalize_1 = require("../angular/normalize");
const roc_1 = require("../verification/roc");
const rng_1 = require("../random/rng");
const validation_1 = require("../validation");
const checker_1 = require("./checker");
const answers_1 = require("./answers");
const describe_inputs_1 = require("./describe_inputs");
/** The checker's reference: the (k+1)-th largest impostor score, k = ⌊far·n⌋; −∞ when every pair may be accepted. */
function referenceThresholdAtFar(impostors, far) {
    const fn = "referenceThresholdAtFar";
    (0, validation_1.checkNumberArray)(fn, "impostors", impostors, { minLength: 1 });
    (0, validation_1.checkRange)(fn, "far", far, { min: 0, max: 1 });
    const sorted = impostors.slice().sort((a, b) => b - a);
    // the 1e-9 keeps far·n = 3 from rounding down to 2.9999999999999996
    const k = Math.floor(far * sorted.length + 1e-9);
    return k >= sorted.length ? -Infinity : sorted[k];
}
exports.referenceThresholdAtFar = referenceThresholdAtFar;
/** Images of each digit in the exercise. */
exports.PER_DIGIT = 40;
let cachedPairs = null;
/** Every pair of 40 images per digit, scored by pixel cosine similarity: seen digits 0–4, unseen 5–9. */
function openSetPairs() {
    if (cachedPairs !== null)
        return cachedPairs;
    const group = (digits) => {
        const set = (0, mnist_1.loadMnist)({ digits });
        const rows = (0, mnist_1.selectMnistRows)(set, (0, evaluate_1.balancedRows)(set.labels, { perClass: exports.PER_DIGIT, seed: 9 }));
        const n = rows.count;
        // the cosine of every pair at once: unit rows, then one product (scorePairs gathers the rows of each pair)
        const cos = tf.tidy(() => {
            const unit = (0, normalize_1.l2Normalize)(tf.tensor2d(rows.images, [n, mnist_1.MNIST_PIXELS]));
            return tf.matMul(unit, unit, false, true).dataSync();
        });
        const scores = [];
        const isSame = [];
        for (let i = 0; i < n; i++) {
            for (let j = i + 1; j < n; j++) {
                scores.push(cos[i * n + j]);
                isSame.push(rows.labels[i] === rows.labels[j] ? 1 : 0);
            }
        }
        return { scores, isSame };
    };
    cachedPairs = { seen: group([0, 1, 2, 3, 4]), unseen: group([5, 6, 7, 8, 9]) };
    return cachedPairs;
}
exports.openSetPairs = openSetPairs;
/** TAR and FAR of a group's pairs when a pair is accepted at a similarity strictly above t. */
function ratesAtThreshold(pairs, t) {
    let same = 0;
    let acceptedSame = 0;
    let acceptedDifferent = 0;
    pairs.scores.forEach((s, i) => {
        if (pairs.isSame[i]) {
            same += 1;
            if (s > t)
                acceptedSame += 1;
        }
        else if (s > t)
            acceptedDifferent += 1;
    });
    return { tar: acceptedSame / same, far: acceptedDifferent / (pairs.scores.length - same) };
}
exports.ratesAtThreshold = ratesAtThreshold;
/** The impostor (different-digit) scores of a group. */
function impostorScores(pairs) {
    return pairs.scores.filter((_, i) => !pairs.isSame[i]);
}
exports.impostorScores = impostorScores;
function cases() {
    const rng = new rng_1.Rng(909);
    const random = Array.from({ length: 200 }, () => rng.uniform(-1, 1));
    return [
        { name: "ten scores, FAR 10 % (one may be accepted)", input: { impostors: [0.1, 0.5, 0.3, 0.9, 0.2, 0.4, 0.8, 0.6, 0.7, 0], far: 0.1 } },
        { name: "ten scores, FAR 30 %", input: { impostors: [0.1, 0.5, 0.3, 0.9, 0.2, 0.4, 0.8, 0.6, 0.7, 0], far: 0.3 } },
        { name: "FAR 0: accept no impostor", input: { impostors: [0.2, 0.7, 0.4], far: 0 } },
        { name: "FAR below 1/n: still none", input: { impostors: [0.2, 0.7, 0.4, 0.1], far: 0.2 } },
        { name: "FAR 1: every pair may be accepted (t = −Infinity)", input: { impostors: [0.2, 0.7, 0.4], far: 1 } },
        { name: "tied scores", input: { impostors: [0.5, 0.5, 0.5, 0.1], far: 0.25 } },
        { name: "200 random similarities, FAR 1 %", input: { impostors: random, far: 0.01 } },
        { name: "200 random similarities, FAR 5 %", input: { impostors: random, far: 0.05 } },
    ];
}
let cachedCases = null;
function hint({ impostors, far }, expected, got) {
    if (typeof got !== "number")
        return "return one number, the threshold t.";
    const ascending = impostors.slice().sort((a, b) => a - b);
    const descending = ascending.slice().reverse();
    const k = Math.floor(far * impostors.length + 1e-9);
    if (k < impostors.length && (0, describe_inputs_1.looksLike)(got, ascending[k]))
        return "the scores are similarities (large = same): sort them from the largest down, so that the accepted impostors are the highest ones.";
    if (k > 0 && (0, describe_inputs_1.looksLike)(got, descending[k - 1]))
        return "a pair is accepted when its score is strictly above t: with t the k-th largest score only k − 1 impostors pass; take the (k + 1)-th, the first one that must be refused.";
    const up = Math.ceil(far * impostors.length - 1e-9);
    if (up !== k && up < impostors.length && (0, describe_inputs_1.looksLike)(got, descending[up]))
        return "round far·n down: accepting ⌈far·n⌉ impostors can exceed the FAR asked for.";
    if (got === expected)
        return "";
    return `at most ⌊far·n⌋ = ${k} of the ${impostors.length} impostor scores may lie above t; the smallest such t is a score itself.`;
}
exports.exercise09 = {
    title: "Exercise 09 · a threshold at a fixed FAR",
    get cases() {
        if (cachedCases === null)
            cachedCases = cases();
        return cachedCases;
    },
    reference: ({ impostors, far }) => referenceThresholdAtFar(impostors, far),
    call: (student, { impostors, far }) => student(impostors.slice(), far),
    describeInput: ({ impostors, far }) => `impostor scores ${(0, describe_inputs_1.shortList)(impostors)}, far = ${far}`,
    rtol: 0,
    atol: 0,
    hint,
};
/** Checks a student's threshold at a fixed FAR and shows the report. */
function checkThresholdAtFar(student, opts = {}) {
    (0, checker_1.checkExercise)(exports.exercise09, student, opts, "checkThresholdAtFar");
}
exports.checkThresholdAtFar = checkThresholdAtFar;
/** FAR on the unseen digits at the threshold chosen for `far` on the seen ones. */
function unseenRates(far) {
    const { seen, unseen } = openSetPairs();
    return ratesAtThreshold(unseen, referenceThresholdAtFar(impostorScores(seen), far));
}
function prediction09() {
    const choices = ["above", "about", "below"];
    return {
        title: "Exercise 09 · prediction",
        question: "the threshold chosen at FAR 1 % on digits 0–4, used on digits 5–9: their FAR is \"above\" 1 %, \"about\" 1 % (0.8–1.25 %) or \"below\"?",
        choices,
        truth: () => {
            const f = unseenRates(0.01).far;
            return f > 0.0125 ? "above" : f >= 0.008 ? "about" : "below";
        },
        explain: () => {
            const { seen, unseen } = openSetPairs();
            const r = unseenRates(0.01);
            return (`on digits 5–9 the FAR is ${+(100 * r.far).toFixed(2)} % (TAR ${+(100 * r.tar).toFixed(1)} %); a threshold chosen on them would give TAR ${+(100 * (0, roc_1.tarAtFar)({ ...unseen, kind: "similarity" }, 0.01)).toFixed(1)} % at 1 % ` +
                `(${+(100 * (0, roc_1.tarAtFar)({ ...seen, kind: "similarity" }, 0.01)).toFixed(1)} % on 0–4). A threshold is a property of the score distribution it was chosen on: new identities move it.`);
        },
    };
}
exports.prediction09 = prediction09;
/** Checks the prediction of exercise 09 (the FAR on unseen digits). */
exports.checkOpenSetPrediction = (0, answers_1.questionChecker)(prediction09, "checkOpenSetPrediction");
function experiment09() {
    return {
        title: "Exercise 09 · experiment",
        describeSetting: (far) => `target FAR ${far}`,
        quantity: "the TAR on digits 5–9 at the threshold chosen on digits 0–4",
        measure: (far) => unseenRates(far).tar,
        badSetting: (0, answers_1.numberSetting)("the target FAR", { min: 0, max: 1, minOpen: true, maxOpen: true }),
        minRuns: 3,
        rtol: 0,
        atol: 1e-12,
    };
}
exports.experiment09 = experiment09;
/** Checks the runs of exercise 09's experiment (TAR on unseen digits at several target FARs). */
exports.checkOpenSetExperiment = (0, answers_1.experimentChecker)(experiment09, "checkOpenSetExperiment");
//# sourceMappingURL=lesson09.js.map