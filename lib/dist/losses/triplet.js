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
exports.batchTripletLoss = exports.tripletLoss = void 0;
/**
 * The triplet loss (Schroff, Kalenichenko & Philbin 2015, FaceNet), as the notes write it:
 *
 *   L(A, P, N) = max(D(A, P) − D(A, N) + α, 0),   J = Σᵢ L(Aⁱ, Pⁱ, Nⁱ)
 *
 * with D(A, P) = ‖x_a − x_p‖² (squared Euclidean, the notes' and FaceNet's). An anchor should be closer
 * to its positive than to its negative by at least the margin α; triplets that already are ("easy"
 * triplets) give exactly 0 and no gradient.
 *
 * Options: `distance` "euclidean" (plain ‖x_a − x_p‖, as Hermans et al. 2017 and PyTorch's
 * `TripletMarginLoss`) or "cosine"; `reduction` "sum" is the notes' J, "mean" (default) divides it by
 * the number of triplets so the learning rate does not depend on the batch size. With no triplet at all
 * the loss is a differentiable zero.
 *
 * Two entry points: `tripletLoss` on three matrices of embeddings (row i of each forms a triplet), and
 * `batchTripletLoss` on one batch with class labels and the triplets a miner chose (default: all valid).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const distance_1 = require("../distances/distance");
const pairwise_1 = require("../distances/pairwise");
const batch_all_1 = require("../miners/batch_all");
const gather_rows_1 = require("../models/gather_rows");
const types_1 = require("../miners/types");
const validation_1 = require("../validation");
const inputs_1 = require("./inputs");
const reduction_1 = require("./reduction");
function settings(fn, options) {
    return {
        margin: (0, validation_1.checkRange)(fn, "margin", options.margin ?? types_1.DEFAULT_TRIPLET_MARGIN, { min: 0 }),
        distance: (0, validation_1.checkOneOf)(fn, "distance", options.distance ?? "squaredEuclidean", distance_1.DISTANCES),
        reduction: (0, inputs_1.checkReduction)(fn, options.reduction),
    };
}
/** max(D(A, P) − D(A, N) + α, 0) for each row, then the reduction. */
function hinge(fn, dap, dan, margin, reduction) {
    return (0, reduction_1.reduceLoss)(fn, tf.relu(tf.add(tf.sub(dap, dan), margin)), reduction);
}
/** The triplet loss of explicit triplets: row i of `anchors`, `positives`, `negatives` is one triplet. */
function tripletLoss(options) {
    const fn = "tripletLoss";
    (0, validation_1.checkOptions)(fn, options, ["anchors", "positives", "negatives", "margin?", "distance?", "reduction?"]);
    const { margin, distance, reduction } = settings(fn, options);
    return tf.tidy(() => {
        const a = (0, validation_1.toEmbeddings)(fn, "anchors", options.anchors);
        const p = (0, validation_1.toEmbeddings)(fn, "positives", options.positives);
        const n = (0, validation_1.toEmbeddings)(fn, "negatives", options.negatives);
        (0, validation_1.checkPairedEmbeddings)(fn, "anchors", a, "positives", p);
        (0, validation_1.checkPairedEmbeddings)(fn, "anchors", a, "negatives", n);
        return hinge(fn, (0, distance_1.rowDistance)(distance, a, p), (0, distance_1.rowDistance)(distance, a, n), margin, reduction);
    });
}
exports.tripletLoss = tripletLoss;
/** Triplet indices checked against a batch of n rows with labels y: valid triplets only. */
function checkTriplets(fn, t, y) {
    (0, validation_1.checkObject)(fn, t, "triplets", "an object { anchors, positives, negatives }");
    const raw = t;
    const n = y.length;
    const anchors = (0, validation_1.toIndices)(fn, "triplets.anchors", raw.anchors, n);
    const positives = (0, validation_1.toIndices)(fn, "triplets.positives", raw.positives, n);
    const negatives = (0, validation_1.toIndices)(fn, "triplets.negatives", raw.negatives, n);
    (0, validation_1.checkSameCount)(fn, "triplets.anchors", anchors, "triplets.positives", positives);
    (0, validation_1.checkSameCount)(fn, "triplets.anchors", anchors, "triplets.negatives", negatives);
    for (let k = 0; k < anchors.length; k++) {
        const a = anchors[k];
        const p = positives[k];
        const q = negatives[k];
        if (y[p] !== y[a] || p === a || y[q] === y[a]) {
            throw new validation_1.ValueError(fn, "triplets", "valid triplets (positive: same label, other row; negative: other label)", `(${a}, ${p}, ${q}) with labels (${y[a]}, ${y[p]}, ${y[q]}) at index [${k}]`);
        }
    }
    return { anchors, positives, negatives };
}
/**
 * The triplet loss of a batch: D(A, P) and D(A, N) read from the batch's distance matrix at the
 * triplets' rows (so each pair's distance is computed once however many triplets share it).
 */
function batchTripletLoss(options) {
    const fn = "batchTripletLoss";
    (0, validation_1.checkOptions)(fn, options, ["embeddings", "labels", "triplets?", "margin?", "distance?", "reduction?"]);
    const { margin, distance, reduction } = settings(fn, options);
    return tf.tidy(() => {
        const e = (0, validation_1.toEmbeddings)(fn, "embeddings", options.embeddings);
        const n = e.shape[0];
        const y = (0, validation_1.toLabels)(fn, "labels", options.labels, n);
        const t = options.triplets === undefined ? (0, batch_all_1.allTriplets)(y) : checkTriplets(fn, options.triplets, y);
        if (t.anchors.length === 0)
            return (0, reduction_1.nothingToLearn)(reduction, e);
        const flat = tf.reshape((0, pairwise_1.distanceMatrix)(distance, e), [-1]);
        const at = (rows, cols) => (0, gather_rows_1.gatherRows)(flat, rows.map((r, k) => r * n + cols[k]));
        return hinge(fn, at(t.anchors, t.positives), at(t.anchors, t.negatives), margin, reduction);
    });
}
exports.batchTripletLoss = batchTripletLoss;
//# sourceMappingURL=triplet.js.map