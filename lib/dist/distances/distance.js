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
exports.distance = exports.cosineSimilarity = exports.cosineDistance = exports.squaredEuclideanDistance = exports.euclideanDistance = exports.rowDistance = exports.unitRows = exports.COSINE_EPSILON = exports.DISTANCES = void 0;
/**
 * Distances between matching rows of two embedding matrices [N, d] → [N]: the D(·,·) of the
 * contrastive and triplet losses. Like pytorch-metric-learning's `distances/`, a loss or a miner takes
 * the distance by name, so one formula serves all three.
 *
 * - squared Euclidean ‖a − b‖²: the notes' D(A, P) = ‖x_a − x_p‖² (triplet) and the contrastive loss;
 * - Euclidean ‖a − b‖, through `safeSqrt` (gradient 0, not NaN, for identical rows);
 * - cosine distance 1 − cos(a, b) in [0, 2]; a zero vector has cosine 0 with everything (distance 1):
 *   squared norms are clamped at ε = 1e-12 (norms at 1e-6), as PyTorch's `cosine_similarity` does.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const safe_sqrt_1 = require("./safe_sqrt");
exports.DISTANCES = ["euclidean", "squaredEuclidean", "cosine"];
/** Clamp of squared norms in the cosine: rows shorter than √ε = 1e-6 count as that long. */
exports.COSINE_EPSILON = 1e-12;
/** Rows scaled to unit length (a zero row stays zero). No checks: for validated tensors. */
function unitRows(x) {
    return tf.tidy(() => tf.mul(x, tf.rsqrt(tf.maximum(tf.sum(tf.square(x), 1, true), exports.COSINE_EPSILON))));
}
exports.unitRows = unitRows;
/** The row-wise distance of validated [N, d] tensors, without checks (used by losses and miners). */
function rowDistance(name, a, b) {
    // the name only (no tensor read): an unknown one must not fall through to squared Euclidean
    (0, validation_1.checkOneOf)("rowDistance", "name", name, exports.DISTANCES);
    return tf.tidy(() => {
        if (name === "cosine")
            return tf.sub(1, tf.sum(tf.mul(unitRows(a), unitRows(b)), 1));
        const squared = tf.sum(tf.square(tf.sub(a, b)), 1);
        return name === "euclidean" ? (0, safe_sqrt_1.safeSqrtOf)(squared) : squared;
    });
}
exports.rowDistance = rowDistance;
function rowwise(fn, name, a, b) {
    return tf.tidy(() => {
        const ta = (0, validation_1.toEmbeddings)(fn, "a", a);
        const tb = (0, validation_1.toEmbeddings)(fn, "b", b);
        (0, validation_1.checkPairedEmbeddings)(fn, "a", ta, "b", tb);
        if (name === "similarity")
            return tf.sub(1, rowDistance("cosine", ta, tb));
        return rowDistance(name, ta, tb);
    });
}
/** ‖aᵢ − bᵢ‖ for each row i of two [N, d] matrices; gradient 0 where the rows are equal. */
function euclideanDistance(a, b) {
    return rowwise("euclideanDistance", "euclidean", a, b);
}
exports.euclideanDistance = euclideanDistance;
/** ‖aᵢ − bᵢ‖² for each row i of two [N, d] matrices (the notes' D). */
function squaredEuclideanDistance(a, b) {
    return rowwise("squaredEuclideanDistance", "squaredEuclidean", a, b);
}
exports.squaredEuclideanDistance = squaredEuclideanDistance;
/** 1 − cos(aᵢ, bᵢ) for each row i, in [0, 2]; 1 when either row is zero. */
function cosineDistance(a, b) {
    return rowwise("cosineDistance", "cosine", a, b);
}
exports.cosineDistance = cosineDistance;
/** cos(aᵢ, bᵢ) = aᵢ·bᵢ / (‖aᵢ‖‖bᵢ‖) for each row i, in [−1, 1]; 0 when either row is zero. */
function cosineSimilarity(a, b) {
    return rowwise("cosineSimilarity", "similarity", a, b);
}
exports.cosineSimilarity = cosineSimilarity;
/** The row-wise distance chosen by name: `distance(a, b, "cosine")`. */
function distance(a, b, name = "squaredEuclidean") {
    (0, validation_1.checkOneOf)("distance", "name", name, exports.DISTANCES);
    return rowwise("distance", name, a, b);
}
exports.distance = distance;
//# sourceMappingURL=distance.js.map