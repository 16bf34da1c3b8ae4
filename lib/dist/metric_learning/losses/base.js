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
exports.maskedLogSumExp = exports.NEG_INF = exports.cellMask = exports.cellCounts = exports.entries = exports.tooFewPairs = exports.tripletsOf = exports.pairsOf = exports.MetricLossFunction = void 0;
/**
 * What the losses of pytorch-metric-learning's design share: `loss.forward(embeddings, labels,
 * indicesTuple?)` checks its arguments, computes one or more sub-losses (per-element values with
 * their reduction type), reduces each with the loss's reducer and adds them (pml's
 * `MultipleReducers`). A batch with nothing to learn from gives a differentiable zero.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const measures_1 = require("../../distances/measures");
const indices_tuple_1 = require("../../miners/indices_tuple");
const reducers_1 = require("../../reducers/reducers");
const gather_rows_1 = require("../../models/gather_rows");
const validation_1 = require("../../validation");
class MetricLossFunction {
    constructor(fn, options, names, defaults) {
        this.fn = fn;
        (0, validation_1.checkOptions)(fn, options, ["distance?", "reducer?", ...names]);
        this.distance = (0, measures_1.toMeasure)(fn, options.distance, defaults.distance);
        this.reducer = (0, reducers_1.toReducer)(fn, "reducer", options.reducer, defaults.reducer);
    }
    /** Checks of the batch beyond shapes (e.g. labels as class indices); called before any computation. */
    checkBatch(_batch) { }
    /** Tensors the zero loss of an empty batch must stay connected to (besides the embeddings). */
    parameters() {
        return [];
    }
    /**
     * The loss of a batch: `embeddings` [N, d], one class label per row, and optionally the pairs or
     * triplets a miner chose (pml's `indices_tuple`; default: all of them).
     */
    forward(embeddings, labels, indicesTuple) {
        const fn = this.fn;
        return tf.tidy(() => {
            const e = (0, validation_1.toEmbeddings)(fn, "embeddings", embeddings);
            const y = (0, validation_1.toLabels)(fn, "labels", labels, e.shape[0]);
            const tuple = indicesTuple === undefined ? undefined : (0, indices_tuple_1.toIndicesTuple)(fn, indicesTuple, e.shape[0]);
            const batch = { embeddings: e, labels: y, tuple };
            this.checkBatch(batch);
            const terms = this.terms(batch);
            const connect = [e, ...this.parameters()];
            const reduced = terms.map((t) => this.reducer.reduce(t, ...connect));
            return (reduced.length === 0 ? this.reducer.reduce({ losses: tf.zeros([0]), type: "element", batchSize: 0 }, ...connect) : tf.addN(reduced));
        });
    }
}
exports.MetricLossFunction = MetricLossFunction;
/** The pairs of a batch: the caller's (triplets split into pairs) or every pair. */
function pairsOf(batch) {
    if (batch.tuple === undefined)
        return (0, indices_tuple_1.allPairsIndices)(batch.labels);
    return (0, indices_tuple_1.isPairTuple)(batch.tuple) ? batch.tuple : (0, indices_tuple_1.tripletsToPairs)(batch.tuple);
}
exports.pairsOf = pairsOf;
/** The triplets of a batch: the caller's (pairs joined per anchor) or every valid triplet. */
function tripletsOf(batch) {
    if (batch.tuple === undefined)
        return (0, indices_tuple_1.allTripletsIndices)(batch.labels);
    return (0, indices_tuple_1.isPairTuple)(batch.tuple) ? (0, indices_tuple_1.pairsToTriplets)(batch.tuple) : batch.tuple;
}
exports.tripletsOf = tripletsOf;
/** pml's guard of its pair losses: with at most one entry in every list, the loss is zero. */
function tooFewPairs(t) {
    return [t.a1, t.p, t.a2, t.n].every((x) => x.shape[0] <= 1);
}
exports.tooFewPairs = tooFewPairs;
/** mat[rows[k], cols[k]] for each k (differentiable, runs on wasm). */
function entries(mat, rows, cols) {
    const flatIndex = tf.add(tf.mul(rows, tf.scalar(mat.shape[1], "int32")), cols);
    return (0, gather_rows_1.gatherRows)(tf.reshape(mat, [-1]), flatIndex);
}
exports.entries = entries;
/** How many times each cell (rows[k], cols[k]) is listed: an [n, m] matrix of counts (a constant). */
function cellCounts(rows, cols, n, m = n) {
    if (rows.shape[0] === 0)
        return tf.zeros([n, m]);
    return tf.scatterND(tf.stack([rows, cols], 1), tf.ones([rows.shape[0]]), [n, m]);
}
exports.cellCounts = cellCounts;
/** 1 where a cell is listed at least once, else 0 (pml's `pos_mask[a1, p] = 1`). */
function cellMask(rows, cols, n, m = n) {
    return tf.minimum(cellCounts(rows, cols, n, m), 1);
}
exports.cellMask = cellMask;
/** The most negative float32, pml's `neg_inf` fill of masked-out entries. */
exports.NEG_INF = -3.4028234663852886e38;
/**
 * pml's `logsumexp(x, keep_mask, add_one, dim)`: log Σ exp over the entries kept by `mask` (0/1) along
 * `axis`, with an extra exp(0) term when `addOne`; 0 where a row keeps nothing. Keeps the axis.
 */
function maskedLogSumExp(x, mask, addOne, axis) {
    const kept = tf.greater(mask, 0);
    let masked = tf.where(kept, x, tf.fill(x.shape, exports.NEG_INF));
    if (addOne) {
        const zerosShape = axis === 1 ? [x.shape[0], 1] : [1, x.shape[1]];
        masked = tf.concat([masked, tf.zeros(zerosShape)], axis);
    }
    const out = tf.logSumExp(masked, axis, true);
    const any = tf.greater(tf.sum(mask, axis, true), 0);
    return tf.where(any, out, tf.zerosLike(out));
}
exports.maskedLogSumExp = maskedLogSumExp;
//# sourceMappingURL=base.js.map