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
exports.SubCenterArcFaceLoss = exports.ProxyAnchorLoss = void 0;
/**
 * Losses with learned class vectors, pytorch-metric-learning's conventions:
 *
 * - `ProxyAnchorLoss({ numClasses, embeddingSize, margin = 0.1, alpha = 32 })` (Kim et al. 2020): one
 *   proxy per class, a `tf.Variable` [C, d] (`proxies`; pml's Kaiming-normal start, std √(2/C), seeded,
 *   or the values given). With s = cos(x, proxy):
 *   (1/|C⁺|)·Σ_{c ∈ C⁺} log(1 + Σ_{x of c} e^{−α(s − margin)}) + (1/C)·Σ_c log(1 + Σ_{x not of c} e^{α(s + margin)}),
 *   C⁺ the classes present in the batch. A miner's tuple weights each sample by how often it is
 *   listed (w = count / max count), added to the exponents as w − 1 (pml).
 * - `SubCenterArcFaceLoss({ numClasses, embeddingSize, subCenters = 3, margin = 28.6, scale = 64 })`
 *   (Deng et al. 2020): `W` [d, C·K] a `tf.Variable` (standard normal start, seeded, or the values
 *   given; column c·K + k is sub-centre k of class c); a sample's cosine to a class is its largest to
 *   the class's sub-centres; ArcFace's target logit cos(θ + m) (m in degrees, as pml), or
 *   cos θ − m·sin m past θ = π − m, all times `scale`; softmax cross-entropy, mean over the batch.
 *
 * Labels are class indices 0 … C − 1.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const measures_1 = require("../../distances/measures");
const safe_acos_1 = require("../../angular/safe_acos");
const no_gradient_1 = require("../../angular/no_gradient");
const reducers_1 = require("../../reducers/reducers");
const rng_1 = require("../../random/rng");
const validation_1 = require("../../validation");
const base_1 = require("./base");
/** A variable of the given shape: the values given (checked) or seeded normal values of standard deviation `std`. */
function classVariable(fn, arg, shape, given, std, seed) {
    return tf.tidy(() => {
        if (given !== undefined) {
            const t = (0, validation_1.toTensor)(fn, arg, given);
            (0, validation_1.checkShape)(fn, arg, t, shape);
            return tf.variable(t);
        }
        const rng = new rng_1.Rng(seed);
        return tf.variable(tf.tensor2d(Float32Array.from({ length: shape[0] * shape[1] }, () => rng.normal(0, std)), shape));
    });
}
/** pml's `convert_to_weights`: per sample, how often the tuple lists it over the largest count; all 1 without a tuple. */
function minerWeights(tuple, n) {
    const lists = tuple === undefined ? [] : Object.values(tuple);
    const all = lists.length === 0 ? undefined : tf.concat(lists);
    if (all === undefined || all.shape[0] === 0)
        return tf.ones([n]);
    const counts = tf.sum(tf.cast(tf.oneHot(all, n), "float32"), 0);
    return tf.div(counts, tf.max(counts));
}
/**
 * A loss with a trainable class-vector variable: checks numClasses, embeddingSize and seed, refuses
 * embeddings of another size and labels outside 0 … C − 1, and keeps the zero loss connected to it.
 */
class ClassVectorLoss extends base_1.MetricLossFunction {
    constructor(fn, options, names, defaultReducer) {
        super(fn, options, ["numClasses", "embeddingSize", "seed?", ...names], {
            distance: () => new measures_1.CosineSimilarity(),
            reducer: defaultReducer,
        });
        this.numClasses = (0, validation_1.checkInteger)(fn, "numClasses", options.numClasses, { min: 1 });
        this.embeddingSize = (0, validation_1.checkInteger)(fn, "embeddingSize", options.embeddingSize, { min: 1 });
        this.seed = (0, validation_1.checkInteger)(fn, "seed", options.seed ?? 0);
    }
    checkBatch(batch) {
        (0, validation_1.checkShape)(this.fn, "embeddings", batch.embeddings, [batch.labels.length, this.embeddingSize], `[N, ${this.embeddingSize}] embeddings`);
        batch.labels.forEach((label, i) => {
            if (label < 0 || label >= this.numClasses)
                throw new validation_1.ValueError(this.fn, "labels", `class indices 0 … ${this.numClasses - 1}`, `${label} at index [${i}]`);
        });
    }
    parameters() {
        return [this.classVectors()];
    }
}
class ProxyAnchorLoss extends ClassVectorLoss {
    constructor(options) {
        super("ProxyAnchorLoss", options, ["margin?", "alpha?", "proxies?"], () => new reducers_1.DivisorReducer());
        const fn = this.fn;
        this.margin = (0, validation_1.checkRange)(fn, "margin", options.margin ?? 0.1, {});
        this.alpha = (0, validation_1.checkRange)(fn, "alpha", options.alpha ?? 32, { min: 0, minOpen: true });
        this.proxies = classVariable(fn, "proxies", [this.numClasses, this.embeddingSize], options.proxies, Math.sqrt(2 / this.numClasses), this.seed);
    }
    classVectors() {
        return this.proxies;
    }
    terms(batch) {
        const n = batch.labels.length;
        if (n === 0)
            return [];
        const C = this.numClasses;
        const weights = tf.expandDims(tf.sub(minerWeights(batch.tuple, n), 1), 1);
        const cos = this.distance.matrix(batch.embeddings, this.proxies);
        const posMask = tf.cast(tf.oneHot(tf.tensor1d(batch.labels, "int32"), C), "float32");
        const negMask = tf.sub(1, posMask);
        const posExp = tf.add(tf.mul(this.distance.margin(cos, this.margin), this.alpha), weights);
        const negExp = tf.add(tf.mul(this.distance.margin(-this.margin, cos), this.alpha), weights);
        const present = new Set(batch.labels).size;
        return [
            { losses: tf.reshape((0, base_1.maskedLogSumExp)(posExp, posMask, true, 0), [-1]), type: "element", batchSize: n, divisor: present },
            { losses: tf.reshape((0, base_1.maskedLogSumExp)(negExp, negMask, true, 0), [-1]), type: "element", batchSize: n, divisor: C },
        ];
    }
}
exports.ProxyAnchorLoss = ProxyAnchorLoss;
class SubCenterArcFaceLoss extends ClassVectorLoss {
    constructor(options) {
        super("SubCenterArcFaceLoss", options, ["subCenters?", "margin?", "scale?", "weights?"], () => new reducers_1.MeanReducer());
        const fn = this.fn;
        this.subCenters = (0, validation_1.checkInteger)(fn, "subCenters", options.subCenters ?? 3, { min: 1 });
        this.marginRadians = ((0, validation_1.checkRange)(fn, "margin", options.margin ?? 28.6, { min: 0, max: 180 }) * Math.PI) / 180;
        this.scale = (0, validation_1.checkRange)(fn, "scale", options.scale ?? 64, { min: 0, minOpen: true });
        this.W = classVariable(fn, "weights", [this.embeddingSize, this.numClasses * this.subCenters], options.weights, 1, this.seed);
    }
    classVectors() {
        return this.W;
    }
    terms(batch) {
        const n = batch.labels.length;
        if (n === 0)
            return [];
        const m = this.marginRadians;
        const all = this.distance.matrix(batch.embeddings, tf.transpose(this.W));
        const cosine = tf.max(tf.reshape(all, [n, this.numClasses, this.subCenters]), 2);
        const mask = tf.cast(tf.oneHot(tf.tensor1d(batch.labels, "int32"), this.numClasses), "float32");
        const target = tf.sum(tf.mul(cosine, mask), 1);
        const angle = (0, safe_acos_1.safeAcos)(target);
        // cos(θ + m) up to θ = π − m, then pml's linear continuation; the choice is a constant of the gradient
        const arc = (0, no_gradient_1.withoutGradient)(angle, (a) => tf.cast(tf.lessEqual(a, Math.PI - m), "float32"));
        const modified = tf.add(tf.mul(arc, tf.cos(tf.add(angle, m))), tf.mul(tf.sub(1, arc), tf.sub(target, m * Math.sin(m))));
        const logits = tf.mul(tf.add(cosine, tf.mul(mask, tf.expandDims(tf.sub(modified, target), 1))), this.scale);
        const crossEntropy = tf.neg(tf.sum(tf.mul(mask, tf.logSoftmax(logits)), 1));
        return [{ losses: tf.mul(crossEntropy, minerWeights(batch.tuple, n)), type: "element", batchSize: n }];
    }
}
exports.SubCenterArcFaceLoss = SubCenterArcFaceLoss;
//# sourceMappingURL=proxy_losses.js.map