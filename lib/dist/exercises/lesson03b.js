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
exports.checkFocalConclusion = exports.conclusion03b = exports.checkFocalExperiment = exports.experiment03b = exports.wellClassifiedShare = exports.focalExperimentSetup = exports.checkFocalPrediction = exports.prediction03b = exports.checkFocalGradient = exports.exercise03b = void 0;
/**
 * Exercise 03b: the focal loss FL = −(1 − p_t)^γ log p_t of a sigmoid classifier, p = σ(z), p_t = p for
 * y = 1 and 1 − p for y = 0. The task: its gradient ∂FL/∂z, one number per sample, checked against
 * autograd of the library's `sigmoidFocalLoss`, with hints for the usual slips (cross-entropy's σ(z) − y,
 * the factor (1 − p_t)^γ held constant, a flipped sign, an overflow at large |z|). A prediction (how
 * much less a well-classified sample pays at γ = 2) and an experiment (the share of the loss that the
 * well-classified points of an imbalanced set carry, at several γ), with its conclusion.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const focal_1 = require("../losses/focal");
const binary_cross_entropy_1 = require("../losses/binary_cross_entropy");
const logit_1 = require("../classification/logit");
const loss_shares_1 = require("../classification/loss_shares");
const toy_data_1 = require("../classification/toy_data");
const rng_1 = require("../random/rng");
const checker_1 = require("./checker");
const answers_1 = require("./answers");
const describe_inputs_1 = require("./describe_inputs");
/** ∂(Σ FL)/∂z by autograd of the library's loss. */
function focalGradient({ y, z, gamma }) {
    return tf.tidy(() => {
        const grad = tf.grad((logits) => (0, focal_1.sigmoidFocalLoss)({ labels: y, logits, gamma, reduction: "sum" }));
        return Array.from(grad(tf.tensor1d(z)).dataSync());
    });
}
function cases() {
    const rng = new rng_1.Rng(3030);
    const random = [2, 0.5, 5].map((gamma, k) => {
        const z = Array.from({ length: 4 + 4 * k }, () => +rng.normal(0, 3).toFixed(3));
        return { name: `random logits and labels, γ = ${gamma}`, input: { y: z.map(() => (rng.next() < 0.5 ? 1 : 0)), z, gamma } };
    });
    return [
        { name: "γ = 0 (cross-entropy)", input: { y: [1, 0], z: [0.5, 0.5], gamma: 0 } },
        { name: "an undecided model (z = 0), γ = 2", input: { y: [1, 0], z: [0, 0], gamma: 2 } },
        { name: "well classified (p_t = 0.9), γ = 2", input: { y: [1, 0], z: [(0, logit_1.logit)(0.9), -(0, logit_1.logit)(0.9)], gamma: 2 } },
        { name: "badly wrong (p_t = 0.05), γ = 2", input: { y: [1, 0], z: [(0, logit_1.logit)(0.05), -(0, logit_1.logit)(0.05)], gamma: 2 } },
        { name: "γ = 1", input: { y: [1, 1, 0], z: [-1, 2, 1], gamma: 1 } },
        ...random,
        { name: "logits of ±30", input: { y: [1, 0, 1, 0], z: [30, -30, -30, 30], gamma: 2 } },
    ];
}
/** Per-sample pieces of the gradient, in float64: for the hints. */
function pieces(y, z, gamma) {
    return z.map((zi, i) => {
        const p = 1 / (1 + Math.exp(-zi));
        const pt = y[i] === 1 ? p : 1 - p;
        return { crossEntropy: p - y[i], constantFactor: (1 - pt) ** gamma * (p - y[i]) };
    });
}
function hint({ y, z, gamma }, expected, got) {
    if (Array.isArray(got) && got.length !== y.length)
        return `return one number per sample: an array of ${y.length}.`;
    if ((0, describe_inputs_1.hasNonFinite)(got) && z.some((v) => Math.abs(v) > 20)) {
        return "at |z| = 30 something overflowed or took log 0: write log p_t with p_t computed as σ(±z) (1/(1 + e^(∓z))), not as 1 − σ(z), and guard 0·log 0.";
    }
    if ((0, describe_inputs_1.looksLike)(got, expected.map((g) => -g)))
        return "the sign is flipped: raising z must lower the loss of a sample with y = 1 (∂FL/∂z < 0 there).";
    const p = pieces(y, z, gamma);
    if (gamma !== 0 && (0, describe_inputs_1.looksLike)(got, p.map((q) => q.crossEntropy)))
        return "this is cross-entropy's gradient σ(z) − y (γ = 0): the factor (1 − p_t)^γ changes the gradient too.";
    if (gamma !== 0 && (0, describe_inputs_1.looksLike)(got, p.map((q) => q.constantFactor))) {
        return "you held (1 − p_t)^γ constant: it depends on z as well, so the product rule adds a term with γ(1 − p_t)^(γ−1) and log p_t.";
    }
    return "with p_t = σ(z) for y = 1 and σ(−z) for y = 0, differentiate −(1 − p_t)^γ log p_t with respect to p_t (product rule), then multiply by ∂p_t/∂z.";
}
exports.exercise03b = {
    title: "Exercise 03b · the gradient of the focal loss",
    cases: cases(),
    reference: focalGradient,
    call: (student, { y, z, gamma }) => student(y.slice(), z.slice(), gamma),
    describeInput: ({ y, z, gamma }) => `y = ${(0, describe_inputs_1.shortList)(y)}, z = ${(0, describe_inputs_1.shortList)(z)}, γ = ${gamma}`,
    // the reference computes in float32
    rtol: 1e-4,
    atol: 1e-6,
    hint,
};
/** Checks a student's focal-loss gradient and shows the report. */
function checkFocalGradient(student, opts = {}) {
    (0, checker_1.checkExercise)(exports.exercise03b, student, opts, "checkFocalGradient");
}
exports.checkFocalGradient = checkFocalGradient;
const scalar = (t) => tf.tidy(() => t().dataSync()[0]);
function prediction03b() {
    const z = [(0, logit_1.logit)(0.9)];
    const ratio = () => scalar(() => (0, binary_cross_entropy_1.binaryCrossEntropyWithLogits)({ labels: [1], logits: z })) / scalar(() => (0, focal_1.sigmoidFocalLoss)({ labels: [1], logits: z, gamma: 2 }));
    return {
        title: "Exercise 03b · prediction",
        question: "how many times smaller the focal loss (γ = 2) is than the cross-entropy, for a sample with p_t = 0.9",
        truth: ratio,
        rtol: 0.02,
        explain: () => "FL = (1 − p_t)^γ · CE, and (1 − 0.9)² = 1/100: the well-classified sample is almost silenced, a badly wrong one (p_t = 0.1) keeps 81 % of its loss.",
    };
}
exports.prediction03b = prediction03b;
/** Checks the prediction of exercise 03b (how much less a well-classified sample pays). */
exports.checkFocalPrediction = (0, answers_1.questionChecker)(prediction03b, "checkFocalPrediction");
/** Exercise 03b's experiment: an imbalanced set (950 of class 0, 50 of class 1) and a fixed, fair classifier. */
function focalExperimentSetup() {
    return { data: (0, toy_data_1.gaussianClasses)({ counts: [950, 50], means: [[-1.5], [1.5]], seed: 3 }), model: { w: [2], b: -1.5 } };
}
exports.focalExperimentSetup = focalExperimentSetup;
/** The share of the total loss that the well-classified points (p_t > 0.5) carry at γ. */
function wellClassifiedShare(gamma) {
    const { data, model } = focalExperimentSetup();
    return (0, loss_shares_1.wellClassifiedLossShare)(data, model, { gamma }).share;
}
exports.wellClassifiedShare = wellClassifiedShare;
function experiment03b() {
    return {
        title: "Exercise 03b · experiment",
        describeSetting: (gamma) => `γ = ${gamma}`,
        quantity: "the well-classified points' share of the loss",
        measure: wellClassifiedShare,
        badSetting: (0, answers_1.numberSetting)("γ", { min: 0, max: 10 }),
        minRuns: 4,
        rtol: 1e-5,
        atol: 1e-7,
    };
}
exports.experiment03b = experiment03b;
/** Checks the runs of exercise 03b's experiment (the easy points' share of the loss at several γ). */
exports.checkFocalExperiment = (0, answers_1.experimentChecker)(experiment03b, "checkFocalExperiment");
function conclusion03b() {
    return {
        title: "Exercise 03b · conclusion",
        question: "as γ grows, the well-classified points' share of the loss \"falls\", \"rises\" or \"stays\"?",
        choices: ["falls", "rises", "stays"],
        truth: () => {
            const change = wellClassifiedShare(5) - wellClassifiedShare(0);
            return Math.abs(change) < 0.01 ? "stays" : change < 0 ? "falls" : "rises";
        },
        explain: () => `at γ = 0 the ${focalExperimentSetup().data.y.length} points' easy majority carries ${+(100 * wellClassifiedShare(0)).toFixed(1)} % of the loss, at γ = 5 ${+(100 * wellClassifiedShare(5)).toFixed(1)} %: ` +
            "the hard (mostly rare-class) points get the gradient, Lin et al.'s argument for the focal loss.",
    };
}
exports.conclusion03b = conclusion03b;
/** Checks the conclusion of exercise 03b's experiment. */
exports.checkFocalConclusion = (0, answers_1.questionChecker)(conclusion03b, "checkFocalConclusion");
//# sourceMappingURL=lesson03b.js.map