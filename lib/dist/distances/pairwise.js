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
exports.pairwiseDistances = exports.distanceMatrix = exports.EXACT_PAIRWISE_LIMIT = void 0;
/**
 * The distance matrix of a batch: entry (i, j) is D(aᵢ, bⱼ), for every pair at once. Miners read it to
 * pick pairs and triplets, batch losses gather their D(A, P) and D(A, N) from it, and a histogram of
 * positive vs negative distances starts from it.
 *
 * Squared Euclidean is computed exactly, from the differences aᵢ − bⱼ, when the [N, M, d] block of
 * differences has at most `EXACT_PAIRWISE_LIMIT` elements (every training batch of the course).
 * Larger sets use the expansion ‖a‖² + ‖b‖² − 2a·b (one matrix product, as TensorFlow Addons'
 * `pairwise_distance`), clamped at 0: its absolute error is about 1e-7·(‖a‖² + ‖b‖²) in float32, so two
 * equal rows may come out a hair apart. The diagonal of a batch against itself is exactly 0.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const distance_1 = require("./distance");
const safe_sqrt_1 = require("./safe_sqrt");
/** Largest N·M·d computed from explicit differences (4M float32 values, 16 MB). */
exports.EXACT_PAIRWISE_LIMIT = 4 * 1024 * 1024;
function squaredMatrix(a, b, exactLimit) {
    const [n, d] = a.shape;
    if (n * b.shape[0] * d <= exactLimit) {
        const diff = tf.sub(tf.expandDims(a, 1), tf.expandDims(b, 0));
        return tf.sum(tf.square(diff), 2);
    }
    const na = tf.sum(tf.square(a), 1, true);
    const nb = tf.reshape(tf.sum(tf.square(b), 1), [1, -1]);
    return tf.relu(tf.sub(tf.add(na, nb), tf.mul(tf.matMul(a, tf.transpose(b)), 2)));
}
/**
 * The distance matrix of validated embeddings, differentiable (no checks; used by miners and batch
 * losses). Without `b`, the batch against itself, diagonal exactly 0.
 */
function distanceMatrix(name, a, b, exactLimit = exports.EXACT_PAIRWISE_LIMIT) {
    (0, validation_1.checkOneOf)("distanceMatrix", "name", name, distance_1.DISTANCES);
    return tf.tidy(() => {
        const other = b ?? a;
        let d;
        if (name === "cosine") {
            d = tf.clipByValue(tf.sub(1, tf.matMul((0, distance_1.unitRows)(a), tf.transpose((0, distance_1.unitRows)(other)))), 0, 2);
        }
        else {
            const sq = squaredMatrix(a, other, exactLimit);
            d = name === "euclidean" ? (0, safe_sqrt_1.safeSqrtOf)(sq) : sq;
        }
        if (b !== undefined || a.shape[0] === 0)
            return d;
        return tf.mul(d, tf.sub(1, tf.eye(a.shape[0])));
    });
}
exports.distanceMatrix = distanceMatrix;
/** All distances between the rows of `a` [N, d] (and of `other` [M, d]): an [N, N] (or [N, M]) matrix. */
function pairwiseDistances(a, options = {}) {
    const fn = "pairwiseDistances";
    (0, validation_1.checkOptions)(fn, options, ["distance?", "other?"]);
    const name = (0, validation_1.checkOneOf)(fn, "distance", options.distance ?? "squaredEuclidean", distance_1.DISTANCES);
    return tf.tidy(() => {
        const ta = (0, validation_1.toEmbeddings)(fn, "a", a);
        if (options.other === undefined)
            return distanceMatrix(name, ta);
        const tb = (0, validation_1.toEmbeddings)(fn, "other", options.other);
        if (tb.shape[1] !== ta.shape[1]) {
            throw new validation_1.ShapeError(fn, "other", `embeddings of the same size d = ${ta.shape[1]} as 'a'`, (0, validation_1.describe)(tb));
        }
        return distanceMatrix(name, ta, tb);
    });
}
exports.pairwiseDistances = pairwiseDistances;
//# sourceMappingURL=pairwise.js.map