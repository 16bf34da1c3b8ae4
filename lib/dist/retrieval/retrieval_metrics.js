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
exports.knnAccuracy = exports.precisionAtK = exports.recallAtK = exports.retrievalMetrics = void 0;
/**
 * Retrieval metrics of an embedding, computed on tensors: the [Q, M] similarity of queries to the
 * reference set, the top k per query by `tf.topk`, and the label matches of those k neighbours, all on
 * the device; only per-query values ([Q] or [Q, k]) are read back, never the matrix.
 *
 * Conventions are pytorch-metric-learning's `AccuracyCalculator` (tested against its outputs):
 * - without `reference`, the queries are their own reference set and each query's own row is left out;
 * - R = the number of reference samples of the query's class (less itself); a query with R = 0 (a
 *   "lone" query) is left out of every metric;
 * - k: "all" (pml's k=None: every reference sample), "maxBinCount" (the largest R) or a number;
 * - precisionAt1: the nearest neighbour's class is the query's;
 * - rPrecision: matches among the first min(R, k) neighbours / min(R, k);
 * - meanAveragePrecisionAtR: Σ over the first R neighbours of precision@i at each match, / R (MAP@R);
 * - meanAveragePrecision: the same over all k neighbours, / R;
 * - `avgOfAvgs`: each metric averaged per class first, then over classes.
 * The default measure is `new LpDistance({ normalizeEmbeddings: false })`, the L2 search of pml's
 * default FaissKNN. Also here: recall@k (a match among the k nearest: Recall@K of the metric-learning
 * papers), precision@k and kNN classification accuracy (majority vote, ties to the nearer class).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const measures_1 = require("../distances/measures");
const validation_1 = require("../validation");
const BASE_OPTIONS = ["query", "queryLabels", "reference?", "referenceLabels?", "distance?", "avgOfAvgs?"];
/** Checked inputs, R per query, and k from the request; no tensor is left behind on a throw. */
function prepare(fn, options, extra, kDefault) {
    (0, validation_1.checkOptions)(fn, options, [...BASE_OPTIONS, ...extra]);
    const kOption = options.k;
    if (kOption === undefined && kDefault === undefined)
        throw new validation_1.ValueError(fn, "k", "a number of neighbours >= 1", "undefined");
    const distance = (0, measures_1.toMeasure)(fn, options.distance, () => new measures_1.LpDistance({ normalizeEmbeddings: false }));
    const avgOfAvgs = (0, validation_1.checkBoolean)(fn, "avgOfAvgs", options.avgOfAvgs ?? false);
    const selfIncluded = options.reference === undefined;
    if (selfIncluded !== (options.referenceLabels === undefined)) {
        throw new validation_1.ValueError(fn, selfIncluded ? "referenceLabels" : "reference", "given together with the other ('reference' and 'referenceLabels')", "one of them only");
    }
    return { distance, avgOfAvgs, selfIncluded, kOption: kOption ?? kDefault };
}
function neighbours(fn, options, s) {
    let meta = { relevant: new Int32Array(0), queryLabels: new Int32Array(0), k: 0 };
    const [same, labels] = tf.tidy(() => {
        const q = (0, validation_1.toEmbeddings)(fn, "query", options.query);
        const ql = (0, validation_1.toLabels)(fn, "queryLabels", options.queryLabels, q.shape[0], "query");
        const r = s.selfIncluded ? q : (0, validation_1.toEmbeddings)(fn, "reference", options.reference);
        const rl = s.selfIncluded ? ql : (0, validation_1.toLabels)(fn, "referenceLabels", options.referenceLabels, r.shape[0], "reference");
        if (r.shape[1] !== q.shape[1])
            throw new validation_1.ShapeError(fn, "reference", `embeddings of the same size d = ${q.shape[1]} as 'query'`, (0, validation_1.describe)(r));
        const counts = new Map();
        rl.forEach((l) => counts.set(l, (counts.get(l) ?? 0) + 1));
        const self = s.selfIncluded ? 1 : 0;
        const relevant = Int32Array.from(ql, (l) => Math.max((counts.get(l) ?? 0) - self, 0));
        const available = r.shape[0] - self;
        let k;
        if (s.kOption === "all")
            k = available;
        else if (s.kOption === "maxBinCount")
            k = Math.max(0, ...Array.from(new Set(ql), (l) => (counts.get(l) ?? 0) - self));
        else
            k = (0, validation_1.checkInteger)(fn, "k", s.kOption, { min: 1, max: Math.max(available, 1) });
        if (k < 1 || q.shape[0] === 0)
            throw new validation_1.ValueError(fn, "query", "queries with at least one other reference sample", `k = ${k} neighbours to look at`);
        const mat = s.distance.matrix(q, s.selfIncluded ? undefined : r);
        let score = s.distance.isInverted ? mat : tf.neg(mat);
        // a query is not its own neighbour
        if (s.selfIncluded)
            score = tf.where(tf.cast(tf.eye(q.shape[0]), "bool"), tf.fill(score.shape, -Infinity), score);
        const { indices } = tf.topk(score, k);
        const labels = tf.gather(tf.tensor1d(rl, "int32"), indices);
        const same = tf.cast(tf.equal(labels, tf.expandDims(tf.tensor1d(ql, "int32"), 1)), "float32");
        meta = { relevant, queryLabels: ql, k };
        return [same, labels];
    });
    return { same, labels, ...meta };
}
/** The mean of per-query values over the counted queries (per class first with avgOfAvgs); NaN when none counts. */
function average(values, n, avgOfAvgs) {
    const byClass = new Map();
    const all = [];
    for (let i = 0; i < n.relevant.length; i++) {
        if (n.relevant[i] === 0)
            continue;
        all.push(values[i]);
        const list = byClass.get(n.queryLabels[i]) ?? [];
        list.push(values[i]);
        byClass.set(n.queryLabels[i], list);
    }
    const mean = (xs) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
    return avgOfAvgs ? mean(Array.from(byClass.values(), mean)) : mean(all);
}
function counted(n) {
    return n.relevant.filter((r) => r > 0).length;
}
/** pml AccuracyCalculator's precision_at_1, r_precision, mean_average_precision_at_r and mean_average_precision. */
function retrievalMetrics(options) {
    const fn = "retrievalMetrics";
    const s = prepare(fn, options, ["k?"], "all");
    const nb = neighbours(fn, options, s);
    const perQuery = tf.tidy(() => {
        const { same, k } = nb;
        const R = tf.expandDims(tf.tensor1d(nb.relevant, "float32"), 1);
        const rank = tf.add(tf.range(0, k, 1, "float32"), 1).reshape([1, k]);
        const relevant = tf.cast(tf.lessEqual(rank, R), "float32");
        const safeR = tf.maximum(R, 1);
        const atR = tf.mul(same, relevant);
        const precisionAt1 = tf.slice(same, [0, 0], [-1, 1]);
        const rPrecision = tf.div(tf.sum(atR, 1, true), tf.maximum(tf.sum(relevant, 1, true), 1));
        const apAt = (hits) => tf.div(tf.sum(tf.div(tf.mul(tf.cumsum(hits, 1), hits), rank), 1, true), safeR);
        return tf.concat([precisionAt1, rPrecision, apAt(atR), apAt(same)], 1).dataSync();
    });
    tf.dispose([nb.same, nb.labels]);
    const column = (c) => Array.from({ length: nb.relevant.length }, (_, i) => perQuery[i * 4 + c]);
    return {
        precisionAt1: average(column(0), nb, s.avgOfAvgs),
        rPrecision: average(column(1), nb, s.avgOfAvgs),
        meanAveragePrecisionAtR: average(column(2), nb, s.avgOfAvgs),
        meanAveragePrecision: average(column(3), nb, s.avgOfAvgs),
        queries: counted(nb),
        k: nb.k,
    };
}
exports.retrievalMetrics = retrievalMetrics;
/** A per-query statistic of the k nearest neighbours' matches, averaged as `retrievalMetrics` does. */
function topKStatistic(fn, options, statistic) {
    const s = prepare(fn, options, ["k"], undefined);
    const nb = neighbours(fn, options, s);
    const values = tf.tidy(() => statistic(nb.same).dataSync());
    tf.dispose([nb.same, nb.labels]);
    return average(values, nb, s.avgOfAvgs);
}
/** Recall@k: the share of queries with a sample of their class among their k nearest. */
function recallAtK(options) {
    return topKStatistic("recallAtK", options, (same) => tf.max(same, 1));
}
exports.recallAtK = recallAtK;
/** Precision@k: the mean share of the k nearest that are of the query's class. */
function precisionAtK(options) {
    return topKStatistic("precisionAtK", options, (same) => tf.mean(same, 1));
}
exports.precisionAtK = precisionAtK;
/**
 * kNN classification accuracy: each query takes the most frequent class among its k nearest (a tie
 * goes to the class of the nearer neighbour); the share of queries classified right. Reads the [Q, k]
 * neighbour labels back.
 */
function knnAccuracy(options) {
    const fn = "knnAccuracy";
    const s = prepare(fn, options, ["k"], undefined);
    const nb = neighbours(fn, options, s);
    const labels = nb.labels.dataSync();
    tf.dispose([nb.same, nb.labels]);
    const correct = Array.from(nb.queryLabels, (truth, i) => {
        const votes = new Map();
        let best = labels[i * nb.k];
        for (let j = 0; j < nb.k; j++) {
            const l = labels[i * nb.k + j];
            votes.set(l, (votes.get(l) ?? 0) + 1);
            // a later neighbour wins only with strictly more votes: ties go to the nearer class
            if (votes.get(l) > votes.get(best))
                best = l;
        }
        return best === truth ? 1 : 0;
    });
    return average(correct, nb, s.avgOfAvgs);
}
exports.knnAccuracy = knnAccuracy;
//# sourceMappingURL=retrieval_metrics.js.map