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
exports.checkRecoveryExperiment = exports.experiment02 = exports.epochsToRecover = exports.EXPERIMENT02_LEARNING_RATE = exports.EXPERIMENT02_EPOCHS = exports.cloudsForExperiment02 = exports.checkPullPrediction = exports.prediction02 = exports.checkLogitGradient = exports.exercise02 = void 0;
/**
 * Exercise 02: the gradient a logit receives from binary cross-entropy through the sigmoid,
 *   ∂L/∂z = σ(z) − y   for L = −[y log σ(z) + (1 − y) log(1 − σ(z))],
 * one number per sample, checked against the library's `binaryCrossEntropyWithLogitsGradient` on the
 * worked example, soft labels, random data and logits of ±1000, with hints for the usual mistakes
 * (the squared error's gradient, ∂L/∂ŷ instead of ∂L/∂z, a flipped sign, a chain rule left unsimplified
 * that gives 0/0 at large |z|, a sigmoid written as e^z/(1 + e^z) that overflows); a prediction (which loss
 * pushes a confidently wrong logit harder) and an experiment (epochs to 90 % accuracy from a wrong start,
 * under either loss).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const binary_cross_entropy_1 = require("../losses/binary_cross_entropy");
const mean_squared_error_1 = require("../losses/mean_squared_error");
const rng_1 = require("../random/rng");
const logistic_regression_1 = require("../classification/logistic_regression");
const toy_data_1 = require("../classification/toy_data");
const checker_1 = require("./checker");
const answers_1 = require("./answers");
const describe_inputs_1 = require("./describe_inputs");
const values = (t) => tf.tidy(() => Array.from(t().dataSync()));
function cases() {
    const rng = new rng_1.Rng(202);
    const random = [4, 25].map((n) => {
        const z = Array.from({ length: n }, () => +rng.normal(0, 3).toFixed(3));
        return { name: `random logits and labels, n = ${n}`, input: { y: z.map(() => (rng.next() < 0.5 ? 1 : 0)), z } };
    });
    return [
        { name: "the worked example (y = 1, ŷ = σ(z) = 0.1)", input: { y: [1], z: [Math.log(0.1 / 0.9)] } },
        { name: "an undecided model (z = 0)", input: { y: [1, 0], z: [0, 0] } },
        { name: "confidently right", input: { y: [1, 0], z: [8, -8] } },
        { name: "confidently wrong", input: { y: [1, 0], z: [-8, 8] } },
        { name: "soft labels (y between 0 and 1)", input: { y: [0.3, 0.8], z: [0.5, -1] } },
        ...random,
        { name: "logits of ±1000", input: { y: [1, 0, 1, 0], z: [1000, -1000, -1000, 1000] } },
    ];
}
function hint({ y, z }, expected, got) {
    if ((0, describe_inputs_1.hasNonFinite)(got) && z.some((v) => Math.abs(v) > 30)) {
        return ("at |z| = 1000 something overflowed: e^1000 is Infinity. If you wrote (ŷ − y)/(ŷ(1 − ŷ))·ŷ(1 − ŷ), simplify it first: " +
            "the ŷ(1 − ŷ) cancels. If you wrote σ as e^z/(1 + e^z), use 1/(1 + e^(−z)), which gives 0 or 1, never NaN.");
    }
    const probabilities = values(() => tf.sigmoid(z));
    if ((0, describe_inputs_1.looksLike)(got, expected.map((g) => -g)))
        return "the sign is flipped: ∂L/∂z = ŷ − y, positive when ŷ is too high.";
    if ((0, describe_inputs_1.looksLike)(got, values(() => (0, mean_squared_error_1.meanSquaredErrorWithLogitsGradient)({ labels: y, logits: z })))) {
        return "this is the squared error's gradient 2(ŷ − y)·ŷ(1 − ŷ): for cross-entropy the factor ŷ(1 − ŷ) cancels.";
    }
    if ((0, describe_inputs_1.looksLike)(got, values(() => (0, binary_cross_entropy_1.binaryCrossEntropyGradient)({ labels: y, predictions: probabilities })))) {
        return "this is ∂L/∂ŷ: multiply by ∂ŷ/∂z = ŷ(1 − ŷ) (the chain rule), and simplify.";
    }
    return "with ŷ = σ(z) = 1/(1 + e^(−z)), ∂L/∂z = ŷ − y for each sample.";
}
exports.exercise02 = {
    title: "Exercise 02 · the gradient through the sigmoid",
    cases: cases(),
    reference: ({ y, z }) => values(() => (0, binary_cross_entropy_1.binaryCrossEntropyWithLogitsGradient)({ labels: y, logits: z })),
    call: (student, { y, z }) => student(y.slice(), z.slice()),
    describeInput: ({ y, z }) => `y = ${(0, describe_inputs_1.shortList)(y)}, z = ${(0, describe_inputs_1.shortList)(z)}`,
    // the reference computes in float32
    rtol: 1e-5,
    atol: 1e-6,
    hint,
};
/** Checks a student's ∂L/∂z of binary cross-entropy and shows the report. */
function checkLogitGradient(student, opts = {}) {
    (0, checker_1.checkExercise)(exports.exercise02, student, opts, "checkLogitGradient");
}
exports.checkLogitGradient = checkLogitGradient;
/** The confidently wrong sample of the prediction. */
const WRONG = { y: [1], z: [-8] };
function prediction02() {
    const pull = (loss) => Math.abs(values(() => (loss === "mse" ? (0, mean_squared_error_1.meanSquaredErrorWithLogitsGradient)({ labels: WRONG.y, logits: WRONG.z }) : (0, binary_cross_entropy_1.binaryCrossEntropyWithLogitsGradient)({ labels: WRONG.y, logits: WRONG.z })))[0]);
    return {
        title: "Exercise 02 · prediction",
        question: "for y = 1 and z = −8 (confidently wrong), which loss gives the larger |∂L/∂z|: \"mse\" (squared error through the sigmoid) or \"bce\"?",
        choices: ["mse", "bce"],
        truth: () => (pull("bce") > pull("mse") ? "bce" : "mse"),
        explain: () => `|∂L/∂z| is ${+pull("bce").toPrecision(4)} under cross-entropy and ${+pull("mse").toPrecision(4)} under the squared error, whose factor ŷ(1 − ŷ) vanishes where the sigmoid is flat.`,
    };
}
exports.prediction02 = prediction02;
/** Checks the prediction of exercise 02 (which loss pushes a confidently wrong logit harder). */
exports.checkPullPrediction = (0, answers_1.questionChecker)(prediction02, "checkPullPrediction");
/** The lesson's two 1-D clouds (class 0 around −2, class 1 around 2), 100 points. */
function cloudsForExperiment02() {
    return (0, toy_data_1.gaussianClasses)({ counts: [50, 50], means: [[-2], [2]], seed: 2 });
}
exports.cloudsForExperiment02 = cloudsForExperiment02;
/** Full-batch updates at most in one run; learning rate of every run. */
exports.EXPERIMENT02_EPOCHS = 300;
exports.EXPERIMENT02_LEARNING_RATE = 0.5;
/** Epochs until 90 % accuracy from w = [w0], b = 0, or Infinity within the budget. */
function epochsToRecover(setting) {
    const run = (0, logistic_regression_1.trainLogisticRegression)(cloudsForExperiment02(), {
        loss: setting.loss,
        learningRate: exports.EXPERIMENT02_LEARNING_RATE,
        epochs: exports.EXPERIMENT02_EPOCHS,
        init: { w: [setting.w0], b: 0 },
    });
    return (0, logistic_regression_1.epochsToAccuracy)(run.history, 0.9) ?? Infinity;
}
exports.epochsToRecover = epochsToRecover;
function experiment02() {
    return {
        title: "Exercise 02 · experiment",
        describeSetting: (s) => `loss "${s.loss}", w₀ = ${s.w0}`,
        quantity: "the epochs to 90 % accuracy (Infinity: not within 300)",
        measure: epochsToRecover,
        badSetting: (s) => {
            const t = s;
            if (t === null || typeof t !== "object" || (t.loss !== "mse" && t.loss !== "bce"))
                return 'write the setting as { loss: "mse" or "bce", w0: a number }';
            return typeof t.w0 === "number" && Math.abs(t.w0) <= 50 ? undefined : "w0 must be a number between −50 and 50";
        },
        minRuns: 4,
    };
}
exports.experiment02 = experiment02;
/** Checks the runs of exercise 02's experiment (recovering from a wrong start under each loss). */
exports.checkRecoveryExperiment = (0, answers_1.experimentChecker)(experiment02, "checkRecoveryExperiment");
//# sourceMappingURL=lesson02.js.map