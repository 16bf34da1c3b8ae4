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
exports.batchContrastiveLoss = exports.contrastiveLoss = exports.CONTRASTIVE_FORMS = void 0;
/**
 * The contrastive loss of a Siamese network, for pairs of embeddings (x₁, x₂) at distance d = ‖x₁ − x₂‖.
 *
 * ┌───────────────────────────────────────────────────────────────────────────────────────────────┐
 * │ LABEL CONVENTION: y = 0 for a SIMILAR pair (same class), y = 1 for a DISSIMILAR pair.           │
 * │ This is the notes' ("y = 0 for pairs having same objects") and Hadsell, Chopra & LeCun's (2006). │
 * │ Many libraries use the opposite (TensorFlow Addons' `contrastive_loss`: y = 1 means similar):    │
 * │ pass `similarLabel: 1` for labels written that way.                                             │
 * └───────────────────────────────────────────────────────────────────────────────────────────────┘
 *
 * form "notes" (default): L = (1 − y)·d² + y·max(0, m² − d²)
 *   a similar pair pays its squared distance (the "Euclidean loss" EL), a dissimilar pair pays the hinge
 *   HL only while it is inside the margin; the notes' L = Σ loss of positive pairs + Σ loss of negative
 *   pairs is `reduction: "sum"`.
 * form "hadsell": L = (1 − y)·½d² + y·½·max(0, m − d)²  (Hadsell et al. 2006, eq. 4; the margin acts on
 *   d, not on d², and d's gradient at 0 is taken as 0).
 *
 * The margin m defaults to 1 (TensorFlow Addons' default; the notes leave m open). Without the
 * dissimilar term, every input mapped to one point gives zero loss: the collapse the notes warn about.
 *
 * Two entry points: `contrastiveLoss` on two matrices with one label per row, and
 * `batchContrastiveLoss` on one batch with class labels and the pairs a sampler chose (default: all).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const distance_1 = require("../distances/distance");
const pairwise_1 = require("../distances/pairwise");
const safe_sqrt_1 = require("../distances/safe_sqrt");
const gather_rows_1 = require("../models/gather_rows");
const validation_1 = require("../validation");
const inputs_1 = require("./inputs");
const reduction_1 = require("./reduction");
exports.CONTRASTIVE_FORMS = ["notes", "hadsell"];
function settings(fn, options) {
    return {
        margin: (0, validation_1.checkRange)(fn, "margin", options.margin ?? 1, { min: 0 }),
        form: (0, validation_1.checkOneOf)(fn, "form", options.form ?? "notes", exports.CONTRASTIVE_FORMS),
        reduction: (0, inputs_1.checkReduction)(fn, options.reduction),
    };
}
/** Per-pair losses from squared distances and a 0/1 "dissimilar" indicator, then the reduction. */
function pairLosses(fn, squared, dissimilar, s) {
    const { margin, form, reduction } = s;
    let similarTerm;
    let dissimilarTerm;
    if (form === "notes") {
        similarTerm = squared;
        dissimilarTerm = tf.relu(tf.sub(margin * margin, squared));
    }
    else {
        similarTerm = tf.mul(squared, 0.5);
        dissimilarTerm = tf.mul(tf.square(tf.relu(tf.sub(margin, (0, safe_sqrt_1.safeSqrtOf)(squared)))), 0.5);
    }
    const elements = tf.add(tf.mul(tf.sub(1, dissimilar), similarTerm), tf.mul(dissimilar, dissimilarTerm));
    return (0, reduction_1.reduceLoss)(fn, elements, reduction);
}
/** The contrastive loss of explicit pairs: row i of `x1` and of `x2` form a pair labelled `y[i]`. */
function contrastiveLoss(options) {
    const fn = "contrastiveLoss";
    (0, validation_1.checkOptions)(fn, options, ["x1", "x2", "y", "similarLabel?", "margin?", "form?", "reduction?"]);
    const s = settings(fn, options);
    const similarLabel = options.similarLabel ?? 0;
    if (similarLabel !== 0 && similarLabel !== 1)
        throw new validation_1.ValueError(fn, "similarLabel", "0 or 1", (0, validation_1.describe)(similarLabel));
    return tf.tidy(() => {
        const a = (0, validation_1.toEmbeddings)(fn, "x1", options.x1);
        const b = (0, validation_1.toEmbeddings)(fn, "x2", options.x2);
        (0, validation_1.checkPairedEmbeddings)(fn, "x1", a, "x2", b);
        const y = (0, validation_1.toTensor)(fn, "y", options.y);
        (0, validation_1.checkRank)(fn, "y", y, 1);
        if (y.shape[0] !== a.shape[0])
            throw new validation_1.ShapeError(fn, "y", `${a.shape[0]} pair labels, one per row of 'x1'`, (0, validation_1.describe)(y));
        (0, validation_1.checkValues)(fn, "y", y, { min: 0, max: 1, integer: true, what: "pair labels 0 or 1" });
        const dissimilar = similarLabel === 0 ? y : tf.sub(1, y);
        return pairLosses(fn, (0, distance_1.rowDistance)("squaredEuclidean", a, b), dissimilar, s);
    });
}
exports.contrastiveLoss = contrastiveLoss;
/** Every pair i < j of n rows, in row order. */
function allPairs(n) {
    const m = (n * (n - 1)) / 2;
    const first = new Int32Array(m);
    const second = new Int32Array(m);
    let k = 0;
    for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++, k++) {
            first[k] = i;
            second[k] = j;
        }
    }
    return { first, second };
}
/**
 * The contrastive loss of a batch: squared distances read from the batch's distance matrix at the pairs'
 * rows; a pair is similar (y = 0) when its class labels are equal.
 */
function batchContrastiveLoss(options) {
    const fn = "batchContrastiveLoss";
    (0, validation_1.checkOptions)(fn, options, ["embeddings", "labels", "pairs?", "margin?", "form?", "reduction?"]);
    const s = settings(fn, options);
    return tf.tidy(() => {
        const e = (0, validation_1.toEmbeddings)(fn, "embeddings", options.embeddings);
        const n = e.shape[0];
        const labels = (0, validation_1.toLabels)(fn, "labels", options.labels, n);
        let pairs = allPairs(n);
        if (options.pairs !== undefined) {
            (0, validation_1.checkObject)(fn, options.pairs, "pairs", "an object { first, second }");
            const first = (0, validation_1.toIndices)(fn, "pairs.first", options.pairs.first, n);
            const second = (0, validation_1.toIndices)(fn, "pairs.second", options.pairs.second, n);
            (0, validation_1.checkSameCount)(fn, "pairs.first", first, "pairs.second", second);
            pairs = { first, second };
        }
        if (pairs.first.length === 0)
            return (0, reduction_1.nothingToLearn)(s.reduction, e);
        const flat = tf.reshape((0, pairwise_1.distanceMatrix)("squaredEuclidean", e), [-1]);
        const squared = (0, gather_rows_1.gatherRows)(flat, pairs.first.map((i, k) => i * n + pairs.second[k]));
        const dissimilar = tf.tensor1d(Float32Array.from(pairs.first, (i, k) => (labels[i] === labels[pairs.second[k]] ? 0 : 1)));
        return pairLosses(fn, squared, dissimilar, s);
    });
}
exports.batchContrastiveLoss = batchContrastiveLoss;
//# sourceMappingURL=contrastive.js.map