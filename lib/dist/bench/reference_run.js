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
exports.timeMs = exports.referenceRun = void 0;
/**
 * The benchmarks' training loop, shared by `benchmarkTraining`, `benchmarkHeads` and
 * `profileTrainingStep`: the reference model, Adam, and ready mini-batches, one step at a time.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const reference_model_1 = require("./reference_model");
const formulations_1 = require("../backend/formulations");
const margin_head_1 = require("../heads/margin_head");
const modified_softmax_head_1 = require("../heads/modified_softmax_head");
const validation_1 = require("../validation");
/**
 * The reference model training on the first batches of `images`. `formulation` picks the dense
 * layers', the optimiser's and a margin head's loss formulation (default: the fastest on the active
 * backend).
 */
function referenceRun(fn, head, images, labels, batchSize, featureSize, formulation = {}) {
    if (!(images instanceof Float32Array))
        throw new validation_1.InputTypeError(fn, "images", "a Float32Array of 784 pixels per digit (loadMnist().images)", (0, validation_1.describe)(images));
    if (!(labels instanceof Int32Array))
        throw new validation_1.InputTypeError(fn, "labels", "an Int32Array of digit labels (loadMnist().labels)", (0, validation_1.describe)(labels));
    const n = labels.length;
    if (images.length !== n * 784)
        throw new validation_1.ShapeError(fn, "images", `${n} × 784 = ${n * 784} numbers, one row per label`, `${images.length}`);
    (0, validation_1.checkInteger)(fn, "batchSize", batchSize, { min: 1 });
    if (n < batchSize)
        throw new validation_1.ShapeError(fn, "labels", `at least batchSize (${batchSize}) digits`, `${n}`);
    (0, validation_1.checkOptions)(fn, formulation, ["dense?", "optimizer?", "marginLoss?"], "formulation");
    const model = (0, reference_model_1.referenceModel)({ head, featureSize, dense: formulation.dense });
    if (formulation.marginLoss !== undefined && (model.head instanceof margin_head_1.MarginHead || model.head instanceof modified_softmax_head_1.ModifiedSoftmaxHead))
        model.head.marginLoss = formulation.marginLoss;
    const optimizer = (0, formulations_1.adamFor)(1e-3, formulation.optimizer);
    const variables = [...model.net.variables, ...model.head.trainableVariables];
    // batches as ready tensors: the benchmark measures training, not data copies
    const xs = [];
    const ys = [];
    for (let b = 0; b < Math.min(Math.floor(n / batchSize), 20); b++) {
        xs.push(tf.tensor2d(images.subarray(b * batchSize * 784, (b + 1) * batchSize * 784), [batchSize, 784]));
        ys.push(tf.tensor1d(labels.subarray(b * batchSize, (b + 1) * batchSize), "int32"));
    }
    return {
        step(i) {
            const k = i % xs.length;
            optimizer.minimize(() => model.head.loss(model.net.apply(xs[k]), ys[k]), false, variables);
            model.head.step();
        },
        sync: () => void variables[0].dataSync(),
        loss: () => tf.tidy(() => model.head.loss(model.net.apply(xs[0]), ys[0]).dataSync()[0]),
        dispose() {
            xs.forEach((t) => t.dispose());
            ys.forEach((t) => t.dispose());
            optimizer.dispose();
            model.dispose();
        },
    };
}
exports.referenceRun = referenceRun;
/** Wall-clock milliseconds of f (process.hrtime). */
function timeMs(f) {
    const start = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - start) / 1e6;
}
exports.timeMs = timeMs;
//# sourceMappingURL=reference_run.js.map