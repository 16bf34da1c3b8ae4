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
exports.ClassificationHead = exports.initialVariable = exports.checkHeadOptions = exports.MAX_HEAD_WEIGHTS = exports.glorotUniform = void 0;
/**
 * What every classification head shares: a trainable weight matrix W [d, C] (one column a class,
 * the layout of a dense layer's kernel), seeded initialisation, validated inputs, and the way a loss
 * is formed from the logits.
 *
 * A head maps features x [B, d] (the last hidden layer of a network) to logits [B, C]:
 * - `logits(features, labels)`: the training logits, with the head's margin applied to each row's
 *   target class only (the other classes keep their plain logits);
 * - `loss(features, labels, { reduction })`: softmax cross-entropy of those logits, per sample and
 *   then reduced (`reduceLoss`; default "mean"), differentiable with respect to the features and to
 *   `trainableVariables`;
 * - `scores(features)`: the logits without any margin, used for prediction (`predict`) and accuracy;
 * - `cosines(features)`: cos θ between each feature and each class weight.
 *
 * A training loop: `optimizer.minimize(() => head.loss(net(x), y), false, [...netVars,
 * ...head.trainableVariables]); head.step();` (`step` advances the λ schedule of L-/A-Softmax and does
 * nothing for the other heads). `dispose()` frees the variables.
 *
 * Initialisation (unless `weights` is given): Glorot uniform, U(−a, a) with a = √(6/(d + C)), the
 * default of Keras' dense layers, drawn from `Rng(seed)` so it is the same on every machine and
 * backend. (SphereFace's Caffe model fills this layer with Caffe's "xavier", U(−√(3/d), √(3/d)); the
 * L-Softmax MNIST model with "msra", a Gaussian of variance 2/d. Pass `weights` to use either.)
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const reduction_1 = require("../losses/reduction");
const rng_1 = require("../random/rng");
const validation_1 = require("../validation");
const normalize_1 = require("../angular/normalize");
const cosines_1 = require("../angular/cosines");
const cross_entropy_1 = require("./cross_entropy");
/** Glorot-uniform values for a [rows, cols] matrix, row-major, from a seeded generator. */
function glorotUniform(rows, cols, seed) {
    (0, validation_1.checkInteger)("glorotUniform", "rows", rows, { min: 1 });
    (0, validation_1.checkInteger)("glorotUniform", "cols", cols, { min: 1 });
    (0, validation_1.checkNumber)("glorotUniform", "seed", seed);
    if (rows * cols > exports.MAX_HEAD_WEIGHTS) {
        throw new validation_1.ValueError("glorotUniform", "rows", `small enough that rows · cols <= ${exports.MAX_HEAD_WEIGHTS}`, `${rows} · ${cols}`);
    }
    const rng = new rng_1.Rng(seed);
    const a = Math.sqrt(6 / (rows + cols));
    return Float32Array.from({ length: rows * cols }, () => rng.uniform(-a, a));
}
exports.glorotUniform = glorotUniform;
/** The largest weight matrix a head allocates (d · C entries, 400 MB of float32): an error beyond, not a crash. */
exports.MAX_HEAD_WEIGHTS = 1e8;
/** The options every head accepts; a head adds its own (`extra`). */
const HEAD_OPTIONS = ["inputDim", "numClasses", "seed?", "weights?"];
/**
 * Checks a head's options object (unknown keys, nulls; `extra` names the head's own options) and
 * returns the validated sizes and seed. Subclasses call it before `super` so that every option is
 * checked before any variable is created.
 */
function checkHeadOptions(fn, options, extra = []) {
    (0, validation_1.checkOptions)(fn, options, [...HEAD_OPTIONS, ...extra]);
    const d = (0, validation_1.checkInteger)(fn, "inputDim", options.inputDim, { min: 1 });
    const C = (0, validation_1.checkInteger)(fn, "numClasses", options.numClasses, { min: 2 });
    const seed = (0, validation_1.checkInteger)(fn, "seed", options.seed ?? 0);
    if (d * C > exports.MAX_HEAD_WEIGHTS)
        throw new validation_1.ValueError(fn, "inputDim", `small enough that inputDim · numClasses <= ${exports.MAX_HEAD_WEIGHTS}`, `${d} · ${C}`);
    return { d, C, seed };
}
exports.checkHeadOptions = checkHeadOptions;
/** A trainable variable from a user's initial value (checked: shape, finite) or from `fallback`. */
function initialVariable(fn, arg, value, shape, fallback) {
    return tf.tidy(() => {
        let init;
        if (value === undefined)
            init = fallback();
        else {
            init = (0, validation_1.toTensor)(fn, arg, value);
            (0, validation_1.checkShape)(fn, arg, init, shape);
            (0, validation_1.checkValues)(fn, arg, init);
        }
        // training assigns new values to the variable; the caller's tensor is never written to
        return tf.variable(init, true);
    });
}
exports.initialVariable = initialVariable;
class ClassificationHead {
    constructor(
    /** The head's name in error messages ("ArcFaceHead"). */
    name, options, 
    /** The subclass's own option names (checked by the subclass before `super`). */
    extraOptions = []) {
        this.name = name;
        this.disposed = false;
        const { d, C, seed } = checkHeadOptions(name, options, extraOptions);
        this.inputDim = d;
        this.numClasses = C;
        this.weights = initialVariable(name, "weights", options.weights, [d, C], () => tf.tensor2d(glorotUniform(d, C, seed), [d, C]));
    }
    /** The variables an optimiser updates. */
    get trainableVariables() {
        return [this.weights];
    }
    /** Training logits [B, C]: the margin applied to each row's target class. */
    logits(features, labels) {
        const fn = this.usable("logits");
        return tf.tidy(() => {
            const [x, y] = this.inputs(fn, features, labels);
            return this.marginLogits(x, this.oneHotOf(y));
        });
    }
    loss(features, labels, options = {}) {
        const fn = this.usable("loss");
        (0, validation_1.checkOptions)(fn, options, ["reduction?"]);
        const reduction = (0, validation_1.checkOneOf)(fn, "reduction", options.reduction ?? "mean", reduction_1.REDUCTIONS);
        return tf.tidy(() => {
            const [x, y] = this.inputs(fn, features, labels);
            // an empty batch: a zero with zero gradients, without the kernels that misread empty inputs on wasm
            if (x.shape[0] === 0 && reduction !== "none")
                return (0, reduction_1.differentiableZero)(x, ...this.trainableVariables);
            return (0, reduction_1.reduceLoss)(fn, this.lossPerSample(x, y), reduction);
        });
    }
    /** Logits without margin [B, C], for prediction and accuracy. */
    scores(features) {
        return this.scoresOf(this.usable("scores"), features);
    }
    /** The predicted class of each feature row (argmax of `scores`), int32 [B]. */
    predict(features) {
        const fn = this.usable("predict");
        return tf.tidy(() => tf.argMax(this.scoresOf(fn, features), 1));
    }
    /** cos θ [B, C] between each feature and each class weight. */
    cosines(features) {
        const fn = this.usable("cosines");
        return tf.tidy(() => this.cosineMatrix((0, validation_1.toFeatureMatrix)(fn, "features", features, this.inputDim)));
    }
    /** Whether `dispose()` has been called (the head can no longer be used). */
    get isDisposed() {
        return this.disposed;
    }
    /** Called once per training step; advances the λ schedule of L-/A-Softmax, a no-op otherwise. */
    step() { }
    /** Frees the head's variables; using the head afterwards is an error that says so. */
    dispose() {
        if (this.disposed)
            return;
        this.disposed = true;
        for (const v of this.trainableVariables)
            v.dispose();
    }
    /** The method's name for messages ("ArcFaceHead.loss"), after checking the head is not disposed. */
    usable(method) {
        const fn = `${this.name}.${method}`;
        if (this.disposed)
            throw new validation_1.ValueError(fn, "this", "a head that has not been disposed", "a disposed head (dispose() was called)");
        return fn;
    }
    scoresOf(fn, features) {
        return tf.tidy(() => this.plainLogits((0, validation_1.toFeatureMatrix)(fn, "features", features, this.inputDim)));
    }
    /** Per-sample cross-entropy of the margin logits for labels y (int32 [B]); the margin heads fuse it (`MarginHead`). */
    lossPerSample(x, y) {
        const oneHot = this.oneHotOf(y);
        return (0, cross_entropy_1.crossEntropyPerSample)(this.marginLogits(x, oneHot), oneHot);
    }
    /** One-hot rows [B, C] (float32) of validated labels. */
    oneHotOf(y) {
        return tf.cast(tf.oneHot(y, this.numClasses), "float32");
    }
    /** The class weights as unit columns Ŵ (a zero column stays zero). */
    unitWeights() {
        return (0, normalize_1.unitVectorsOf)(this.weights, 0);
    }
    /** x̂ · Ŵ: the cosines of a validated feature matrix. */
    cosineMatrix(x) {
        return (0, cosines_1.cosineMatrix)(x, this.weights);
    }
    /** Validated features [B, d] and labels [B] (int32). */
    inputs(fn, features, labels) {
        const x = (0, validation_1.toFeatureMatrix)(fn, "features", features, this.inputDim);
        return [x, (0, validation_1.toClassLabels)(fn, "labels", labels, x.shape[0], this.numClasses)];
    }
}
exports.ClassificationHead = ClassificationHead;
//# sourceMappingURL=head.js.map