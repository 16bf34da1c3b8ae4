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
exports.tfaTripletHardLoss = exports.tfaTripletSemiHardLoss = exports.TFA_DISTANCE_METRICS = void 0;
/**
 * TensorFlow Addons' `triplet_semihard_loss` and `triplet_hard_loss`, computed as TFA computes them:
 * masked minima and maxima of the batch's distance matrix, all on the device (nothing read back).
 *
 * - semi-hard: for every positive pair (a, p), a ≠ p, the closest negative with D(a, n) > D(a, p), or
 *   the anchor's farthest negative when none is farther (D = 0 for an anchor without negatives);
 *   loss = Σ max(margin + D(a, p) − D(a, n), 0) / (number of positive pairs);
 * - hard: per anchor, the farthest positive and the closest negative (0 for an anchor without
 *   positives, TFA's masked maximum), loss = mean over all N anchors of max(d⁺ − d⁻ + margin, 0), or
 *   log(1 + e^{d⁺ − d⁻}) with `soft`.
 *
 * `distanceMetric` keeps TFA's names: "L_2" (the default) is the SQUARED Euclidean distance, "L_1"
 * the (plain) Euclidean distance (TFA's pairwise_distance with squared=False), "angular" 1 − cos.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const no_gradient_1 = require("../angular/no_gradient");
const pairwise_1 = require("../distances/pairwise");
const triplet_margin_miner_1 = require("../miners/triplet_margin_miner");
const validation_1 = require("../validation");
const reduction_1 = require("./reduction");
exports.TFA_DISTANCE_METRICS = ["L_2", "L_1", "angular"];
const TFA_DISTANCE = { L_2: "squaredEuclidean", L_1: "euclidean", angular: "cosine" };
/** TFA's _masked_minimum / _masked_maximum along axis 1 (keep dims): the extreme over mask = 1, or the row's opposite extreme + 0 when empty. */
function maskedMinimum(data, mask) {
    const axisMax = tf.max(data, 1, true);
    return tf.add(tf.min(tf.mul(tf.sub(data, axisMax), mask), 1, true), axisMax);
}
function maskedMaximum(data, mask) {
    const axisMin = tf.min(data, 1, true);
    return tf.add(tf.max(tf.mul(tf.sub(data, axisMin), mask), 1, true), axisMin);
}
function hasPositivePair(y) {
    return new Set(y).size < y.length;
}
function prepare(fn, options, extra = []) {
    (0, validation_1.checkOptions)(fn, options, ["embeddings", "labels", "margin?", "distanceMetric?", ...extra]);
    const margin = (0, validation_1.checkRange)(fn, "margin", options.margin ?? 1, { min: 0 });
    const metric = (0, validation_1.checkOneOf)(fn, "distanceMetric", options.distanceMetric ?? "L_2", exports.TFA_DISTANCE_METRICS);
    return { margin, distance: TFA_DISTANCE[metric] };
}
/** TFA's `triplet_semihard_loss` (tfa.losses.TripletSemiHardLoss). */
function tfaTripletSemiHardLoss(options) {
    const fn = "tfaTripletSemiHardLoss";
    const { margin, distance } = prepare(fn, options);
    return tf.tidy(() => {
        const e = (0, validation_1.toEmbeddings)(fn, "embeddings", options.embeddings);
        const n = e.shape[0];
        const y = (0, validation_1.toLabels)(fn, "labels", options.labels, n);
        const { positives, negatives } = (0, triplet_margin_miner_1.labelMasks)(y);
        // TFA divides by the number of positive pairs (NaN when there is none); a batch without any is a zero here
        if (!hasPositivePair(y))
            return (0, reduction_1.differentiableZero)(e);
        const pdist = (0, pairwise_1.distanceMatrix)(distance, e);
        // row a·n + p of the tile holds D(a', ·) against D(a, p): mask[p·n + a, k] = negative(a, k) and D(a, k) > D(a, p)
        const tile = tf.tile(pdist, [n, 1]);
        // which negatives are farther, and whether any is, are constants of the gradient (comparisons have none)
        const fartherOf = (d) => tf.mul(tf.tile(negatives, [n, 1]), tf.cast(tf.greater(tf.tile(d, [n, 1]), tf.reshape(tf.transpose(d), [-1, 1])), "float32"));
        const farther = (0, no_gradient_1.withoutGradient)(pdist, fartherOf);
        const anyFarther = (0, no_gradient_1.withoutGradient)(pdist, (d) => tf.transpose(tf.reshape(tf.cast(tf.greater(tf.sum(fartherOf(d), 1), 0), "float32"), [n, n])));
        const outside = tf.transpose(tf.reshape(maskedMinimum(tile, farther), [n, n]));
        const inside = tf.tile(maskedMaximum(pdist, negatives), [1, n]);
        const semiHard = tf.add(tf.mul(anyFarther, outside), tf.mul(tf.sub(1, anyFarther), inside));
        const lossMat = tf.add(tf.sub(pdist, semiHard), margin);
        return tf.div(tf.sum(tf.relu(tf.mul(lossMat, positives))), tf.sum(positives));
    });
}
exports.tfaTripletSemiHardLoss = tfaTripletSemiHardLoss;
/** TFA's `triplet_hard_loss` (tfa.losses.TripletHardLoss). */
function tfaTripletHardLoss(options) {
    const fn = "tfaTripletHardLoss";
    const { margin, distance } = prepare(fn, options, ["soft?"]);
    const soft = (0, validation_1.checkBoolean)(fn, "soft", options.soft ?? false);
    return tf.tidy(() => {
        const e = (0, validation_1.toEmbeddings)(fn, "embeddings", options.embeddings);
        const n = e.shape[0];
        const y = (0, validation_1.toLabels)(fn, "labels", options.labels, n);
        if (n === 0)
            return (0, reduction_1.differentiableZero)(e);
        const pdist = (0, pairwise_1.distanceMatrix)(distance, e);
        const { positives, negatives } = (0, triplet_margin_miner_1.labelMasks)(y);
        const gap = tf.sub(maskedMaximum(pdist, positives), maskedMinimum(pdist, negatives));
        return tf.mean(soft ? tf.log1p(tf.exp(gap)) : tf.relu(tf.add(gap, margin)));
    });
}
exports.tfaTripletHardLoss = tfaTripletHardLoss;
//# sourceMappingURL=tfa_triplet.js.map