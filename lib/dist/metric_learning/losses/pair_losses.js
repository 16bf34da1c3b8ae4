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
exports.SupConLoss = exports.NTXentLoss = exports.CircleLoss = exports.MultiSimilarityLoss = exports.ContrastiveLoss = void 0;
/**
 * The pair-based losses of pytorch-metric-learning, with its defaults and conventions (each tested
 * against pml 2.9.0's values on the same inputs, tests/fixtures/pml):
 *
 * - `ContrastiveLoss({ posMargin = 0, negMargin = 1 })`: relu(d − posMargin) for positive pairs and
 *   relu(negMargin − d) for negative pairs (signs flipped for a similarity), each set reduced on its
 *   own (default `AvgNonZeroReducer`) and the two added; default distance `LpDistance()`.
 * - `MultiSimilarityLoss({ alpha = 2, beta = 50, base = 0.5 })` (Wang et al. 2019): per anchor
 *   (1/α)·log(1 + Σ_pos e^{−α(s − base)}) + (1/β)·log(1 + Σ_neg e^{β(s − base)}); cosine, mean.
 * - `CircleLoss({ m = 0.4, gamma = 80 })` (Sun et al. 2020): per anchor
 *   softplus(logΣ_pos e^{−γ·[1+m−s]₊(s − (1−m))} + logΣ_neg e^{γ·[s+m]₊(s − m)}), the weights [·]₊
 *   held constant in the gradient; 0 for an anchor without a positive or a negative; cosine only;
 *   `AvgNonZeroReducer`.
 * - `NTXentLoss({ temperature = 0.07 })` (InfoNCE, SimCLR): per positive pair (a, p),
 *   −log(e^{s_ap/τ} / (e^{s_ap/τ} + Σ_{n of a} e^{s_an/τ})); cosine, mean over positive pairs.
 * - `SupConLoss({ temperature = 0.1 })` (Khosla et al. 2020): per anchor, −mean over its positives of
 *   log softmax of s/τ over all its other samples; cosine, `AvgNonZeroReducer`.
 *
 * With at most one pair of each kind the loss is 0 (pml's guard).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const measures_1 = require("../../distances/measures");
const no_gradient_1 = require("../../angular/no_gradient");
const reducers_1 = require("../../reducers/reducers");
const validation_1 = require("../../validation");
const base_1 = require("./base");
/** A matrix-based pair loss: the batch's matrix and its positive and negative masks, or nothing to learn. */
function maskedBatch(loss, batch) {
    const pairs = (0, base_1.pairsOf)(batch);
    if ((0, base_1.tooFewPairs)(pairs))
        return undefined;
    const n = batch.labels.length;
    return { mat: loss.distance.matrix(batch.embeddings), pos: (0, base_1.cellMask)(pairs.a1, pairs.p, n), neg: (0, base_1.cellMask)(pairs.a2, pairs.n, n) };
}
class ContrastiveLoss extends base_1.MetricLossFunction {
    constructor(options = {}) {
        super("ContrastiveLoss", options, ["posMargin?", "negMargin?"], { distance: () => new measures_1.LpDistance(), reducer: () => new reducers_1.AvgNonZeroReducer() });
        this.posMargin = (0, validation_1.checkRange)(this.fn, "posMargin", options.posMargin ?? 0, {});
        this.negMargin = (0, validation_1.checkRange)(this.fn, "negMargin", options.negMargin ?? 1, {});
    }
    terms(batch) {
        const pairs = (0, base_1.pairsOf)(batch);
        if ((0, base_1.tooFewPairs)(pairs))
            return [];
        const mat = this.distance.matrix(batch.embeddings);
        const n = batch.labels.length;
        const pos = tf.relu(this.distance.margin((0, base_1.entries)(mat, pairs.a1, pairs.p), this.posMargin));
        const neg = tf.relu(this.distance.margin(this.negMargin, (0, base_1.entries)(mat, pairs.a2, pairs.n)));
        return [
            { losses: pos, type: "posPair", anchors: pairs.a1, batchSize: n },
            { losses: neg, type: "negPair", anchors: pairs.a2, batchSize: n },
        ];
    }
}
exports.ContrastiveLoss = ContrastiveLoss;
class MultiSimilarityLoss extends base_1.MetricLossFunction {
    constructor(options = {}) {
        super("MultiSimilarityLoss", options, ["alpha?", "beta?", "base?"], { distance: () => new measures_1.CosineSimilarity(), reducer: () => new reducers_1.MeanReducer() });
        this.alpha = (0, validation_1.checkRange)(this.fn, "alpha", options.alpha ?? 2, { min: 0, minOpen: true });
        this.beta = (0, validation_1.checkRange)(this.fn, "beta", options.beta ?? 50, { min: 0, minOpen: true });
        this.base = (0, validation_1.checkRange)(this.fn, "base", options.base ?? 0.5, {});
    }
    terms(batch) {
        const m = maskedBatch(this, batch);
        if (m === undefined)
            return [];
        const posExp = tf.mul(this.distance.margin(m.mat, this.base), this.alpha);
        const negExp = tf.mul(this.distance.margin(this.base, m.mat), this.beta);
        const pos = tf.div((0, base_1.maskedLogSumExp)(posExp, m.pos, true, 1), this.alpha);
        const neg = tf.div((0, base_1.maskedLogSumExp)(negExp, m.neg, true, 1), this.beta);
        return [{ losses: tf.reshape(tf.add(pos, neg), [-1]), type: "element", batchSize: batch.labels.length }];
    }
}
exports.MultiSimilarityLoss = MultiSimilarityLoss;
class CircleLoss extends base_1.MetricLossFunction {
    constructor(options = {}) {
        super("CircleLoss", options, ["m?", "gamma?"], { distance: () => new measures_1.CosineSimilarity(), reducer: () => new reducers_1.AvgNonZeroReducer() });
        if (!(this.distance instanceof measures_1.CosineSimilarity)) {
            throw new validation_1.InputTypeError(this.fn, "distance", "a CosineSimilarity (the circle loss is defined on cosines)", (0, validation_1.describe)(this.distance.name));
        }
        this.m = (0, validation_1.checkRange)(this.fn, "m", options.m ?? 0.4, {});
        this.gamma = (0, validation_1.checkRange)(this.fn, "gamma", options.gamma ?? 80, { min: 0, minOpen: true });
    }
    terms(batch) {
        const b = maskedBatch(this, batch);
        if (b === undefined)
            return [];
        const { m, gamma } = this;
        // the weights αp = [1 + m − s]₊ and αn = [s + m]₊ are constants of the gradient (pml's .detach())
        const alphaP = (0, no_gradient_1.withoutGradient)(b.mat, (s) => tf.relu(tf.sub(1 + m, s)));
        const alphaN = (0, no_gradient_1.withoutGradient)(b.mat, (s) => tf.relu(tf.add(s, m)));
        const logitP = tf.mul(tf.mul(alphaP, tf.sub(b.mat, 1 - m)), -gamma);
        const logitN = tf.mul(tf.mul(alphaN, tf.sub(b.mat, m)), gamma);
        const lse = tf.add((0, base_1.maskedLogSumExp)(logitP, b.pos, false, 1), (0, base_1.maskedLogSumExp)(logitN, b.neg, false, 1));
        const both = tf.logicalAnd(tf.greater(tf.sum(b.pos, 1, true), 0), tf.greater(tf.sum(b.neg, 1, true), 0));
        const losses = tf.where(both, tf.softplus(lse), tf.zerosLike(lse));
        return [{ losses: tf.reshape(losses, [-1]), type: "element", batchSize: batch.labels.length }];
    }
}
exports.CircleLoss = CircleLoss;
/** s/τ as a similarity (a distance is negated first, pml's convention). */
function scaledSimilarity(loss, mat, temperature) {
    return tf.div(loss.distance.isInverted ? mat : tf.neg(mat), temperature);
}
class NTXentLoss extends base_1.MetricLossFunction {
    constructor(options = {}) {
        super("NTXentLoss", options, ["temperature?"], { distance: () => new measures_1.CosineSimilarity(), reducer: () => new reducers_1.MeanReducer() });
        this.temperature = (0, validation_1.checkRange)(this.fn, "temperature", options.temperature ?? 0.07, { min: 0, minOpen: true });
    }
    terms(batch) {
        const pairs = (0, base_1.pairsOf)(batch);
        if ((0, base_1.tooFewPairs)(pairs) || pairs.a1.shape[0] === 0 || pairs.a2.shape[0] === 0)
            return [];
        const n = batch.labels.length;
        const s = scaledSimilarity(this, this.distance.matrix(batch.embeddings), this.temperature);
        // each anchor's negatives, counted as often as the tuple lists them (pml sums over its negative pairs)
        const counts = (0, base_1.cellCounts)(pairs.a2, pairs.n, n);
        const withCounts = tf.add(s, tf.log(tf.maximum(counts, 1e-30)));
        const negLse = tf.reshape((0, base_1.maskedLogSumExp)(withCounts, counts, false, 1), [-1]);
        const hasNeg = tf.reshape(tf.greater(tf.sum(counts, 1), 0), [-1]);
        const pos = (0, base_1.entries)(s, pairs.a1, pairs.p);
        const anchorNeg = (0, base_1.entries)(tf.expandDims(negLse, 1), pairs.a1, tf.zerosLike(pairs.a1));
        const anchorHas = (0, base_1.entries)(tf.expandDims(tf.cast(hasNeg, "float32"), 1), pairs.a1, tf.zerosLike(pairs.a1));
        // −log(e^pos / (e^pos + Σ e^neg)) = softplus(lse_neg − pos); 0 for an anchor without negatives
        const losses = tf.mul(tf.softplus(tf.sub(anchorNeg, pos)), anchorHas);
        return [{ losses, type: "posPair", anchors: pairs.a1, batchSize: n }];
    }
}
exports.NTXentLoss = NTXentLoss;
class SupConLoss extends base_1.MetricLossFunction {
    constructor(options = {}) {
        super("SupConLoss", options, ["temperature?"], { distance: () => new measures_1.CosineSimilarity(), reducer: () => new reducers_1.AvgNonZeroReducer() });
        this.temperature = (0, validation_1.checkRange)(this.fn, "temperature", options.temperature ?? 0.1, { min: 0, minOpen: true });
    }
    terms(batch) {
        const b = maskedBatch(this, batch);
        if (b === undefined)
            return [];
        const s = scaledSimilarity(this, b.mat, this.temperature);
        const denominator = (0, base_1.maskedLogSumExp)(s, tf.add(b.pos, b.neg), false, 1);
        const logProb = tf.sub(s, denominator);
        const positives = tf.sum(b.pos, 1);
        const meanLogProbPos = tf.div(tf.sum(tf.mul(b.pos, logProb), 1), tf.maximum(positives, 1));
        // pml's guard, on the device: no loss unless the batch has a positive and a negative pair
        const both = tf.mul(tf.minimum(tf.sum(b.pos), 1), tf.minimum(tf.sum(b.neg), 1));
        return [{ losses: tf.mul(tf.neg(meanLogProbPos), both), type: "element", batchSize: batch.labels.length }];
    }
}
exports.SupConLoss = SupConLoss;
//# sourceMappingURL=pair_losses.js.map