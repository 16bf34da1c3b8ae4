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
exports.benchmarkFormulations = exports.benchmarkHeads = exports.benchmarkTraining = void 0;
/**
 * Training speed of the reference model: steps of Adam on mini-batches of MNIST digits, timed after
 * a warm-up, with the tensor count checked for leaks. Time is wall-clock (process.hrtime): the mean
 * over the whole loop, which syncs once at the end (FACTS.md), and the median of the single steps,
 * which a shared machine's bursts of load move much less. (On the wasm and cpu backends an op has
 * finished when it returns, so a single step can be timed without a sync.)
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const reference_model_1 = require("./reference_model");
const reference_run_1 = require("./reference_run");
const validation_1 = require("../validation");
const median_1 = require("./median");
const formulations_1 = require("../backend/formulations");
const profile_step_1 = require("./profile_step");
function benchmarkTraining(options) {
    const fn = "benchmarkTraining";
    (0, validation_1.checkOptions)(fn, options, ["head", "images", "labels", "steps?", "warmup?", "batchSize?", "featureSize?", "memoryEvery?"]);
    (0, validation_1.checkOneOf)(fn, "head", options.head, reference_model_1.REFERENCE_HEADS);
    const steps = (0, validation_1.checkInteger)(fn, "steps", options.steps ?? 100, { min: 1 });
    const warmup = (0, validation_1.checkInteger)(fn, "warmup", options.warmup ?? 5, { min: 0 });
    const batchSize = (0, validation_1.checkInteger)(fn, "batchSize", options.batchSize ?? 128, { min: 1 });
    const memoryEvery = (0, validation_1.checkInteger)(fn, "memoryEvery", options.memoryEvery ?? Math.max(1, Math.floor(steps / 4)), { min: 1 });
    const run = (0, reference_run_1.referenceRun)(fn, options.head, options.images, options.labels, batchSize, options.featureSize);
    try {
        for (let i = 0; i < warmup; i++)
            run.step(i);
        run.sync();
        const tensorCounts = [tf.memory().numTensors];
        const stepMs = [];
        const totalMs = (0, reference_run_1.timeMs)(() => {
            for (let i = 0; i < steps; i++) {
                stepMs.push((0, reference_run_1.timeMs)(() => run.step(i)));
                if ((i + 1) % memoryEvery === 0)
                    tensorCounts.push(tf.memory().numTensors);
            }
            run.sync();
        });
        return {
            head: options.head,
            backend: tf.getBackend(),
            steps,
            batchSize,
            msPerStep: totalMs / steps,
            medianMsPerStep: (0, median_1.median)(stepMs),
            samplesPerSecond: (steps * batchSize * 1000) / totalMs,
            tensorCounts,
            finalLoss: run.loss(),
        };
    }
    finally {
        run.dispose();
    }
}
exports.benchmarkTraining = benchmarkTraining;
/** The heads whose loss has a formulation choice (`MarginHead`, and the modified softmax). */
const MARGIN_HEADS = ["modified", "lsoftmax", "asoftmax", "cosface", "arcface"];
/**
 * What each head adds to a training step of the reference model: the models train side by side in
 * one process, one step each in turn, so a burst of load from elsewhere falls on all of them alike,
 * and each is summarised by the median of its single steps.
 */
async function benchmarkHeads(options) {
    const fn = "benchmarkHeads";
    (0, validation_1.checkOptions)(fn, options, ["images", "labels", "heads?", "marginLoss?", "steps?", "warmup?", "batchSize?"]);
    const heads = options.heads ?? reference_model_1.REFERENCE_HEADS;
    if (!Array.isArray(heads) || heads.length === 0)
        throw new validation_1.InputTypeError(fn, "heads", "a non-empty array of head names", (0, validation_1.describe)(heads));
    heads.forEach((h, i) => (0, validation_1.checkOneOf)(fn, `heads[${i}]`, h, reference_model_1.REFERENCE_HEADS));
    const forms = options.marginLoss ?? [(0, formulations_1.formulationFor)().marginLoss];
    if (!Array.isArray(forms) || forms.length === 0)
        throw new validation_1.InputTypeError(fn, "marginLoss", 'a non-empty array of "host" and "tensor"', (0, validation_1.describe)(forms));
    forms.forEach((f, i) => (0, validation_1.checkOneOf)(fn, `marginLoss[${i}]`, f, ["host", "tensor"]));
    const steps = (0, validation_1.checkInteger)(fn, "steps", options.steps ?? 200, { min: 1 });
    const warmup = (0, validation_1.checkInteger)(fn, "warmup", options.warmup ?? 5, { min: 0 });
    const batchSize = (0, validation_1.checkInteger)(fn, "batchSize", options.batchSize ?? 128, { min: 1 });
    const entries = heads.flatMap((head) => (MARGIN_HEADS.includes(head) ? forms.map((marginLoss) => ({ head, marginLoss })) : [{ head, marginLoss: undefined }]));
    const timed = await sideBySide(entries.map((e) => () => (0, reference_run_1.referenceRun)(fn, e.head, options.images, options.labels, batchSize, undefined, e.marginLoss ? { marginLoss: e.marginLoss } : {})), steps, warmup);
    return entries.map((e, k) => ({
        head: e.head,
        ...(e.marginLoss ? { marginLoss: e.marginLoss } : {}),
        medianMsPerStep: timed[k].median,
        overhead: (0, median_1.median)(timed[k].ms.map((ms, i) => ms / timed[0].ms[i])) - 1,
        kernelsPerStep: timed[k].kernels,
    }));
}
exports.benchmarkHeads = benchmarkHeads;
/**
 * Trains several reference runs side by side, one step each in turn (round i starts with run i mod n,
 * so no run always follows the same one), so that a burst of load from elsewhere falls on all of them
 * alike; returns each run's single-step times by round, their median, and the kernels of one step.
 */
async function sideBySide(makers, steps, warmup) {
    const runs = [];
    try {
        for (const make of makers)
            runs.push(make());
        for (let i = 0; i < warmup; i++)
            runs.forEach((r) => r.step(i));
        runs.forEach((r) => r.sync());
        const stepMs = runs.map(() => []);
        for (let i = 0; i < steps; i++) {
            for (let j = 0; j < runs.length; j++) {
                const k = (i + j) % runs.length;
                stepMs[k].push((0, reference_run_1.timeMs)(() => runs[k].step(i)));
            }
        }
        const kernels = [];
        for (const r of runs)
            kernels.push((0, profile_step_1.countKernels)((await tf.profile(() => r.step(steps))).kernels));
        return stepMs.map((ms, k) => ({ ms, median: (0, median_1.median)(ms), kernels: kernels[k] }));
    }
    finally {
        runs.forEach((r) => r.dispose());
    }
}
/**
 * Every formulation of the reference softmax step (dense backward products × optimiser) trained side
 * by side on the active backend: the measurement behind `formulationFor`.
 */
async function benchmarkFormulations(options) {
    const fn = "benchmarkFormulations";
    (0, validation_1.checkOptions)(fn, options, ["images", "labels", "steps?", "warmup?", "batchSize?"]);
    const steps = (0, validation_1.checkInteger)(fn, "steps", options.steps ?? 200, { min: 1 });
    const warmup = (0, validation_1.checkInteger)(fn, "warmup", options.warmup ?? 5, { min: 0 });
    const batchSize = (0, validation_1.checkInteger)(fn, "batchSize", options.batchSize ?? 128, { min: 1 });
    const variants = [];
    for (const dense of ["explicitTranspose", "transposeFlags"])
        for (const optimizer of ["adam", "flatAdam"])
            variants.push({ dense, optimizer });
    const timed = await sideBySide(variants.map((v) => () => (0, reference_run_1.referenceRun)(fn, "softmax", options.images, options.labels, batchSize, undefined, v)), steps, warmup);
    const chosen = (0, formulations_1.formulationFor)();
    return variants.map((v, k) => ({ ...v, medianMsPerStep: timed[k].median, chosen: v.dense === chosen.dense && v.optimizer === chosen.optimizer }));
}
exports.benchmarkFormulations = benchmarkFormulations;
//# sourceMappingURL=training_benchmark.js.map