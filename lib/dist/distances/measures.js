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
exports.toMeasure = exports.CosineSimilarity = exports.DotProductSimilarity = exports.LpDistance = exports.DistanceMeasure = exports.normalizeRows = exports.NORMALIZE_EPSILON = void 0;
/**
 * Distances as objects, pytorch-metric-learning's design (`pml.distances`): a loss or a miner is given
 * a measure and asks it for the [N, M] matrix of a batch, whether larger means closer (`isInverted`:
 * similarities), and which of two values is the closer one. Embeddings are L2-normalised first when
 * `normalizeEmbeddings` is true (pml's default for every measure: x / max(‖x‖, 1e-12), so a zero row
 * stays zero).
 *
 * - `new LpDistance()`: ‖a − b‖ (pml `LpDistance()`); `{ power: 2 }` the squared L2 distance;
 * - `new CosineSimilarity()`: a·b of normalised rows (pml `CosineSimilarity()`), larger is closer;
 * - `new DotProductSimilarity()`: a·b (pml `DotProductSimilarity()`; normalised by default, as pml).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const pairwise_1 = require("./pairwise");
/** F.normalize's floor on the norm: a row shorter than this is divided by it (a zero row stays zero). */
exports.NORMALIZE_EPSILON = 1e-12;
/** Rows divided by max(‖x‖, 1e-12), PyTorch's `F.normalize`. No checks. */
function normalizeRows(x) {
    return tf.tidy(() => tf.div(x, tf.maximum(tf.norm(x, 2, 1, true), exports.NORMALIZE_EPSILON)));
}
exports.normalizeRows = normalizeRows;
/** A distance or similarity between embeddings; see the module comment. */
class DistanceMeasure {
    constructor(fn, options, names) {
        (0, validation_1.checkOptions)(fn, options, names);
        this.normalizeEmbeddings = (0, validation_1.checkBoolean)(fn, "normalizeEmbeddings", options.normalizeEmbeddings ?? true);
    }
    /**
     * The [N, M] matrix between validated embeddings (no checks: a hot path; differentiable).
     * Without `reference`, the batch against itself.
     */
    matrix(query, reference) {
        if (reference !== undefined && reference.shape[1] !== query.shape[1]) {
            throw new validation_1.ShapeError(`${this.name}.matrix`, "reference", `embeddings of the same size d = ${query.shape[1]} as 'query'`, (0, validation_1.describe)(reference));
        }
        return tf.tidy(() => {
            const q = this.normalizeEmbeddings ? normalizeRows(query) : query;
            const r = reference === undefined ? undefined : this.normalizeEmbeddings ? normalizeRows(reference) : reference;
            return this.compute(q, r);
        });
    }
    /** How far x is beyond y in the closer direction: x − y for a distance, y − x for a similarity (pml's `margin`). */
    margin(x, y) {
        return this.isInverted ? tf.sub(y, x) : tf.sub(x, y);
    }
    /** The closer of two values, element-wise (pml's `smallest_dist`). */
    closest(a, b) {
        return this.isInverted ? tf.maximum(a, b) : tf.minimum(a, b);
    }
}
exports.DistanceMeasure = DistanceMeasure;
/** ‖a − b‖ (raised to `power`), pml's `LpDistance` with p = 2. */
class LpDistance extends DistanceMeasure {
    constructor(options = {}) {
        super("LpDistance", options, ["normalizeEmbeddings?", "power?"]);
        this.isInverted = false;
        this.name = "LpDistance";
        this.power = (0, validation_1.checkRange)("LpDistance", "power", options.power ?? 1, { min: 0, minOpen: true });
    }
    compute(query, reference) {
        // the squared distance directly for power 2: its gradient at 0 is 0, not 0·∞
        if (this.power === 2)
            return (0, pairwise_1.distanceMatrix)("squaredEuclidean", query, reference);
        const d = (0, pairwise_1.distanceMatrix)("euclidean", query, reference);
        return this.power === 1 ? d : tf.pow(d, this.power);
    }
}
exports.LpDistance = LpDistance;
/** a·b, pml's `DotProductSimilarity` (larger is closer). */
class DotProductSimilarity extends DistanceMeasure {
    constructor(options = {}) {
        super("DotProductSimilarity", options, ["normalizeEmbeddings?"]);
        this.isInverted = true;
        this.name = "DotProductSimilarity";
    }
    compute(query, reference) {
        return tf.matMul(query, reference ?? query, false, true);
    }
}
exports.DotProductSimilarity = DotProductSimilarity;
/** cos(a, b) = a·b of L2-normalised rows, pml's `CosineSimilarity` (always normalised). */
class CosineSimilarity extends DotProductSimilarity {
    constructor(options = {}) {
        (0, validation_1.checkOptions)("CosineSimilarity", options, []);
        super({ normalizeEmbeddings: true });
        this.name = "CosineSimilarity";
    }
}
exports.CosineSimilarity = CosineSimilarity;
/** A measure option: an instance, or the default's. */
function toMeasure(fn, value, fallback) {
    if (value === undefined)
        return fallback();
    if (value instanceof DistanceMeasure)
        return value;
    throw new validation_1.InputTypeError(fn, "distance", "a distance measure (new LpDistance(), new CosineSimilarity(), new DotProductSimilarity())", (0, validation_1.describe)(value));
}
exports.toMeasure = toMeasure;
//# sourceMappingURL=measures.js.map