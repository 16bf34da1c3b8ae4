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
exports.checkCosFaceScaleExperiment = exports.experiment08 = exports.cosFaceScaleRun = exports.COSFACE_RUN = exports.checkScalePrediction = exports.prediction08 = exports.checkCosFaceMinScale = exports.exercise08Scale = exports.bestTrueClassProbability = exports.cosFaceScaleBound = exports.checkArcFaceLogit = exports.exercise08 = void 0;
/**
 * Exercise 08, in two parts.
 * 1. CosFace's lower bound on the scale: with C classes, the probability of the true class can reach P
 *    only if s ≥ (C − 1)/C · ln((C − 1)P/(1 − P)) (Wang et al. 2018, eq. 6). The student derives and
 *    writes it; the checker's reference is its own formula, with hints for log₁₀, the missing (C − 1)/C,
 *    the missing C − 1 inside the log. A prediction (the best P at s = 1 for ten classes) and an
 *    experiment (CosFace trained below and above the bound: the mean P it reaches).
 * 2. ArcFace's target logit s·cos(θ + m), with the fallback s(cos θ − m·sin m) where
 * θ + m ≥ π (insightface's rule), checked against the library's `targetLogit`. Cases: θ = 0 and π,
 * m = 0 (plain s·cos θ), both sides of θ = π − m (but not on it, where rounding decides), small and
 * large scales, random angles. Hints name the usual mistakes: no fallback, CosFace's form, no scale.
 */
const target_logit_1 = require("../angular/target_logit");
const units_1 = require("../angular/units");
const rng_1 = require("../random/rng");
const tf = __importStar(require("@tensorflow/tfjs"));
const cosine_margin_heads_1 = require("../heads/cosine_margin_heads");
const checker_1 = require("./checker");
const answers_1 = require("./answers");
const describe_inputs_1 = require("./describe_inputs");
const reference = ({ theta, s, m }) => (0, target_logit_1.targetLogit)({ loss: "arcFace", theta, s, m });
function cases() {
    const rng = new rng_1.Rng(808);
    const random = Array.from({ length: 5 }, (_, k) => ({
        name: `a random angle (${k + 1})`,
        input: { theta: rng.uniform(0, Math.PI), s: [16, 30, 64][k % 3], m: [0.2, 0.35, 0.5][k % 3] },
    }));
    return [
        { name: "θ = 0: s·cos m", input: { theta: 0, s: 64, m: 0.5 } },
        { name: "θ = 60°, the papers' s = 64, m = 0.5", input: { theta: Math.PI / 3, s: 64, m: 0.5 } },
        { name: "m = 0: no margin, s·cos θ", input: { theta: 1, s: 30, m: 0 } },
        { name: "just before θ = π − m (the margin branch)", input: { theta: Math.PI - 0.5 - 1e-3, s: 64, m: 0.5 } },
        { name: "just after θ = π − m (the fallback)", input: { theta: Math.PI - 0.5 + 1e-3, s: 64, m: 0.5 } },
        { name: "θ = π (the fallback)", input: { theta: Math.PI, s: 64, m: 0.5 } },
        { name: "a large margin, m = 1.2, past π − m", input: { theta: 2.5, s: 1, m: 1.2 } },
        { name: "a small scale, s = 1", input: { theta: 1.2, s: 1, m: 0.3 } },
        ...random,
    ];
}
function hint({ theta, s, m }, _expected, got) {
    if ((0, describe_inputs_1.hasNonFinite)(got))
        return "the target is finite for every θ in [0, π].";
    if ((0, describe_inputs_1.looksLike)(got, s * Math.cos(theta + m)))
        return "past θ = π − m, cos(θ + m) rises again and would reward moving away from the class: use the fallback cos θ − m·sin m there (insightface's rule).";
    if ((0, describe_inputs_1.looksLike)(got, s * (Math.cos(theta) - m)))
        return "that is CosFace's s(cos θ − m): ArcFace adds m to the angle, s·cos(θ + m).";
    if ((0, describe_inputs_1.looksLike)(got, Math.cos(theta + m)) || (0, describe_inputs_1.looksLike)(got, Math.cos(theta) - m * Math.sin(m)))
        return "multiply by the scale s.";
    if ((0, describe_inputs_1.looksLike)(got, s * Math.cos(theta)))
        return "the margin is missing: s·cos(θ + m).";
    return `s·cos(θ + m) while θ + m < π, else s(cos θ − m·sin m); here θ + m = ${+(0, units_1.degrees)(theta + m).toFixed(2)}°.`;
}
exports.exercise08 = {
    title: "Exercise 08, part 2 · ArcFace's target logit",
    cases: cases(),
    reference,
    call: (student, { theta, s, m }) => student(theta, s, m),
    describeInput: ({ theta, s, m }) => `θ = ${+theta.toFixed(6)} rad (${+(0, units_1.degrees)(theta).toFixed(3)}°), s = ${s}, m = ${m}`,
    rtol: 1e-9,
    atol: 1e-9,
    hint,
};
/** Checks a student's ArcFace target logit and shows the report. */
function checkArcFaceLogit(student, opts = {}) {
    (0, checker_1.checkExercise)(exports.exercise08, student, opts, "checkArcFaceLogit");
}
exports.checkArcFaceLogit = checkArcFaceLogit;
/** The checker's own reference: s_min = (C − 1)/C · ln((C − 1)P/(1 − P)). */
function cosFaceScaleBound({ classes: C, probability: P }) {
    return ((C - 1) / C) * Math.log(((C - 1) * P) / (1 - P));
}
exports.cosFaceScaleBound = cosFaceScaleBound;
/** The best probability of the true class at scale s: features on their weights, weights a regular simplex. */
function bestTrueClassProbability(classes, s) {
    return 1 / (1 + (classes - 1) * Math.exp((-s * classes) / (classes - 1)));
}
exports.bestTrueClassProbability = bestTrueClassProbability;
exports.exercise08Scale = {
    title: "Exercise 08, part 1 · CosFace's lower bound on s",
    cases: [
        { name: "ten digits, P = 0.9", input: { classes: 10, probability: 0.9 } },
        { name: "two classes, P = 0.5 (s = 0 suffices)", input: { classes: 2, probability: 0.5 } },
        { name: "two classes, P = 0.99", input: { classes: 2, probability: 0.99 } },
        { name: "100 classes, P = 0.9", input: { classes: 100, probability: 0.9 } },
        { name: "CASIA-WebFace's 10 575 identities, P = 0.9", input: { classes: 10575, probability: 0.9 } },
        { name: "1000 classes, P = 0.999", input: { classes: 1000, probability: 0.999 } },
        { name: "ten classes, P = 0.2", input: { classes: 10, probability: 0.2 } },
    ],
    reference: cosFaceScaleBound,
    call: (student, { classes, probability }) => student(classes, probability),
    describeInput: ({ classes, probability }) => `C = ${classes}, P = ${probability}`,
    rtol: 1e-9,
    atol: 1e-12,
    hint: ({ classes: C, probability: P }, expected, got) => {
        if ((0, describe_inputs_1.hasNonFinite)(got))
            return "the bound is finite for every C ≥ 2 and P < 1.";
        if ((0, describe_inputs_1.looksLike)(got, expected / Math.LN10))
            return "use the natural logarithm (Math.log), not log₁₀: the softmax is written with e.";
        if ((0, describe_inputs_1.looksLike)(got, Math.log(((C - 1) * P) / (1 - P))))
            return "the factor (C − 1)/C is missing: the other classes' cosines are −1/(C − 1) at best, not −1, so the gap s·cos grows by s·C/(C − 1).";
        if ((0, describe_inputs_1.looksLike)(got, (C / (C - 1)) * Math.log(((C - 1) * P) / (1 - P))))
            return "the factor is (C − 1)/C, not C/(C − 1): solve P = 1/(1 + (C − 1)e^(−sC/(C − 1))) for s.";
        if ((0, describe_inputs_1.looksLike)(got, ((C - 1) / C) * Math.log(P / (1 - P))))
            return "the C − 1 inside the logarithm is missing: the true class competes with C − 1 others, each with e^(−s/(C − 1)).";
        return "put each feature on its class's weight (cos = 1) and the weights at a regular simplex (cos = −1/(C − 1) between classes), write the softmax probability of the true class, set it to P and solve for s.";
    },
};
/** Checks a student's CosFace scale bound (part 1) and shows the report. */
function checkCosFaceMinScale(student, opts = {}) {
    (0, checker_1.checkExercise)(exports.exercise08Scale, student, opts, "checkCosFaceMinScale");
}
exports.checkCosFaceMinScale = checkCosFaceMinScale;
function prediction08() {
    const p = () => bestTrueClassProbability(10, 1);
    return {
        title: "Exercise 08 · prediction",
        question: "ten classes at s = 1: the best probability of the true class is \"above 0.9\", \"0.5 to 0.9\" or \"below 0.5\"?",
        choices: ["above 0.9", "0.5 to 0.9", "below 0.5"],
        truth: () => (p() > 0.9 ? "above 0.9" : p() >= 0.5 ? "0.5 to 0.9" : "below 0.5"),
        explain: () => `even with every feature on its weight and the weights spread as far apart as they go, P = ${+p().toFixed(3)}: logits confined to [−s, s] cannot be confident, however long the training.`,
    };
}
exports.prediction08 = prediction08;
/** Checks the prediction of exercise 08 (the best P at s = 1). */
exports.checkScalePrediction = (0, answers_1.questionChecker)(prediction08, "checkScalePrediction");
/** Exercise 08's run: C classes, free features (a network of unlimited capacity), a CosFace head. */
exports.COSFACE_RUN = Object.freeze({ classes: 10, perClass: 4, dim: 16, m: 0.35, steps: 150, learningRate: 0.05, seed: 8 });
/**
 * Trains free features and a CosFace head (margin 0.35) at scale s and returns the mean probability of
 * the true class from the plain logits s·cos θ (the ones used at test time).
 */
function cosFaceScaleRun(s) {
    // deterministic on a backend: the checker's measurement of a setting the notebook ran is that run
    const key = `${tf.getBackend()} ${s}`;
    const known = scaleRuns.get(key);
    if (known !== undefined)
        return known;
    const p = trainCosFace(s);
    scaleRuns.set(key, p);
    return p;
}
exports.cosFaceScaleRun = cosFaceScaleRun;
const scaleRuns = new Map();
function trainCosFace(s) {
    const { classes, perClass, dim, m, steps, learningRate, seed } = exports.COSFACE_RUN;
    const n = classes * perClass;
    const rng = new rng_1.Rng(seed);
    const labels = tf.tensor1d(Array.from({ length: n }, (_, i) => i % classes), "int32");
    // in a tidy, so that the initial values are freed (a variable keeps a copy)
    const features = tf.tidy(() => tf.variable(tf.tensor2d(Array.from({ length: n * dim }, () => rng.normal()), [n, dim])));
    const head = new cosine_margin_heads_1.CosFaceHead({ inputDim: dim, numClasses: classes, s, m, seed });
    const optimizer = tf.train.adam(learningRate);
    try {
        for (let k = 0; k < steps; k++) {
            tf.tidy(() => {
                optimizer.minimize(() => head.loss(features, labels), false, [features, ...head.trainableVariables]);
            });
        }
        return tf.tidy(() => {
            const p = tf.softmax(head.scores(features));
            return tf.sum(tf.mul(p, tf.oneHot(labels, classes))).dataSync()[0] / n;
        });
    }
    finally {
        optimizer.dispose();
        head.dispose();
        features.dispose();
        labels.dispose();
    }
}
function experiment08() {
    return {
        title: "Exercise 08 · experiment",
        describeSetting: (s) => `s = ${s}`,
        quantity: `the mean probability of the true class after ${exports.COSFACE_RUN.steps} steps`,
        measure: cosFaceScaleRun,
        badSetting: (0, answers_1.numberSetting)("s", { min: 0, max: 64, minOpen: true }),
        minRuns: 3,
        // the same run on the same backend: equal up to float32 reductions
        rtol: 1e-3,
        atol: 1e-5,
    };
}
exports.experiment08 = experiment08;
/** Checks the runs of exercise 08's experiment (CosFace below and above the bound). */
exports.checkCosFaceScaleExperiment = (0, answers_1.experimentChecker)(experiment08, "checkCosFaceScaleExperiment");
//# sourceMappingURL=lesson08.js.map