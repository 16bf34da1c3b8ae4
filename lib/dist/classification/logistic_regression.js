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
exports.epochsToAccuracy = exports.logisticProbabilities = exports.logisticLogits = exports.trainLogisticRegression = exports.CLASSIFIER_LOSSES = void 0;
/**
 * Logistic regression ŷ = σ(w·x + b), trained full-batch from a given start with one of the course's
 * losses, recording every epoch. Lesson 02 starts it confidently wrong and trains it with MSE and with
 * binary cross-entropy; lesson 03 trains it on an imbalanced set with cross-entropy, α-balanced
 * cross-entropy and focal loss. The losses are the library's:
 *
 *   "mse":   meanSquaredError(y, σ(z))                (ℓ = (y − ŷ)²; ∂ℓ/∂z carries σ′(z) ≤ ¼, tiny when |z| is large)
 *   "bce":   binaryCrossEntropyWithLogits(y, z)       (∂ℓ/∂z = ŷ − y); with `alpha`: sigmoidFocalLoss with γ = 0
 *   "focal": sigmoidFocalLoss(y, z, γ, α)             (γ default 2, α default off)
 *
 * with z = w·x + b. Plain gradient descent (θ ← θ − η ∂J/∂θ, the notes' update) or Adam. No randomness:
 * the same data and start give the same run.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const binary_cross_entropy_1 = require("../losses/binary_cross_entropy");
const focal_1 = require("../losses/focal");
const mean_squared_error_1 = require("../losses/mean_squared_error");
const sigmoid_1 = require("../activations/sigmoid");
const validation_1 = require("../validation");
exports.CLASSIFIER_LOSSES = ["mse", "bce", "focal"];
function checkPoints(fn, data) {
    if (!Array.isArray(data?.x) || data.x.length === 0)
        throw new validation_1.ShapeError(fn, "data.x", "a non-empty array of points", "none");
    const d = (0, validation_1.checkNumberArray)(fn, "data.x[0]", data.x[0]).length;
    data.x.forEach((p, i) => {
        if ((0, validation_1.checkNumberArray)(fn, `data.x[${i}]`, p).length !== d)
            throw new validation_1.ShapeError(fn, `data.x[${i}]`, `a point of dimension ${d}`, `dimension ${p.length}`);
    });
    const y = (0, validation_1.checkNumberArray)(fn, "data.y", data.y);
    if (y.length !== data.x.length)
        throw new validation_1.ShapeError(fn, "data.y", `one label per point (${data.x.length})`, `${y.length} labels`);
    y.forEach((v, i) => (0, validation_1.checkInteger)(fn, `data.y[${i}]`, v, { min: 0, max: 1 }));
    return d;
}
/** Trains σ(w·x + b) on labels 0/1 with `loss`; returns the model and one record per epoch. */
function trainLogisticRegression(data, opts) {
    const fn = "trainLogisticRegression";
    const d = checkPoints(fn, data);
    (0, validation_1.checkOptions)(fn, opts, ["loss", "gamma?", "alpha?", "optimizer?", "learningRate", "epochs", "init?", "onEpoch?"]);
    const loss = (0, validation_1.checkOneOf)(fn, "loss", opts.loss, exports.CLASSIFIER_LOSSES);
    const gamma = (0, validation_1.checkRange)(fn, "gamma", opts.gamma ?? 2, { min: 0 });
    const alpha = opts.alpha === undefined ? undefined : (0, validation_1.checkRange)(fn, "alpha", opts.alpha, { min: 0, max: 1 });
    const optimizerName = (0, validation_1.checkOneOf)(fn, "optimizer", opts.optimizer ?? "sgd", ["sgd", "adam"]);
    const learningRate = (0, validation_1.checkRange)(fn, "learningRate", opts.learningRate, { min: 0, minOpen: true });
    const epochs = (0, validation_1.checkInteger)(fn, "epochs", opts.epochs, { min: 1 });
    const init = opts.init ?? { w: new Array(d).fill(0), b: 0 };
    const w0 = (0, validation_1.checkNumberArray)(fn, "init.w", init.w);
    if (w0.length !== d)
        throw new validation_1.ShapeError(fn, "init.w", `${d} weights (one per input dimension)`, `${w0.length}`);
    const b0 = (0, validation_1.checkRange)(fn, "init.b", init.b, {});
    const x = tf.tensor2d(data.x);
    const y = tf.tensor1d(data.y);
    const w = tf.tidy(() => tf.variable(tf.tensor1d(w0)));
    const b = tf.tidy(() => tf.variable(tf.scalar(b0)));
    const optimizer = optimizerName === "adam" ? tf.train.adam(learningRate) : tf.train.sgd(learningRate);
    const logits = () => tf.add(tf.matMul(x, tf.reshape(w, [d, 1])).reshape([-1]), b);
    const objective = () => {
        const z = logits();
        if (loss === "mse")
            return (0, mean_squared_error_1.meanSquaredError)({ labels: y, predictions: tf.sigmoid(z) });
        if (loss === "bce" && alpha === undefined)
            return (0, binary_cross_entropy_1.binaryCrossEntropyWithLogits)({ labels: y, logits: z });
        return (0, focal_1.sigmoidFocalLoss)({ labels: y, logits: z, gamma: loss === "bce" ? 0 : gamma, alpha });
    };
    const labels = data.y;
    const history = [];
    try {
        for (let epoch = 0; epoch <= epochs; epoch++) {
            const { value, grads } = tf.variableGrads(objective, [w, b]);
            const z = tf.tidy(() => Array.from(logits().dataSync()));
            const gradientNorm = Math.sqrt(Object.values(grads).reduce((s, g) => s + tf.tidy(() => tf.sum(tf.square(g)).dataSync()[0]), 0));
            const record = {
                epoch,
                loss: value.dataSync()[0],
                accuracy: labels.filter((label, i) => (z[i] >= 0 ? 1 : 0) === label).length / labels.length,
                w: Array.from(w.dataSync()),
                b: b.dataSync()[0],
                gradientNorm,
            };
            history.push(record);
            if (epoch < epochs)
                optimizer.applyGradients(grads);
            value.dispose();
            Object.values(grads).forEach((g) => g.dispose());
            if (epoch > 0)
                opts.onEpoch?.(record, epochs);
        }
    }
    finally {
        x.dispose();
        y.dispose();
        w.dispose();
        b.dispose();
        optimizer.dispose();
    }
    const last = history[history.length - 1];
    return { model: { w: last.w, b: last.b }, history };
}
exports.trainLogisticRegression = trainLogisticRegression;
/** The logit z = w·x + b of every point. */
function logisticLogits(model, x) {
    const fn = "logisticLogits";
    const w = (0, validation_1.checkNumberArray)(fn, "model.w", model?.w);
    const b = (0, validation_1.checkRange)(fn, "model.b", model.b, {});
    return x.map((p, i) => {
        if ((0, validation_1.checkNumberArray)(fn, `x[${i}]`, p).length !== w.length)
            throw new validation_1.ShapeError(fn, `x[${i}]`, `a point of dimension ${w.length}`, `dimension ${p.length}`);
        return p.reduce((s, v, k) => s + v * w[k], b);
    });
}
exports.logisticLogits = logisticLogits;
/** p(class 1 | x) = σ(w·x + b) for every point. */
function logisticProbabilities(model, x) {
    const z = logisticLogits(model, x);
    return tf.tidy(() => Array.from((0, sigmoid_1.sigmoid)(z).dataSync()));
}
exports.logisticProbabilities = logisticProbabilities;
/** The first epoch whose accuracy reaches `level`, or undefined if none does. */
function epochsToAccuracy(history, level) {
    (0, validation_1.checkRange)("epochsToAccuracy", "level", level, { min: 0, max: 1 });
    return history.find((h) => h.accuracy >= level)?.epoch;
}
exports.epochsToAccuracy = epochsToAccuracy;
//# sourceMappingURL=logistic_regression.js.map