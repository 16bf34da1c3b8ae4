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
exports.TripletMarginMiner = exports.validTripletMask = exports.labelMasks = exports.TYPES_OF_TRIPLETS = void 0;
/**
 * pytorch-metric-learning's `TripletMarginMiner({ margin = 0.2, typeOfTriplets = "all" })`, computed as
 * a mask on the device. With t = d_an − d_ap (d_ap − d_an for a similarity), of every valid triplet:
 * - "all": t ≤ margin (the triplets that violate the margin);
 * - "hard": t ≤ 0 (the negative is no farther than the positive);
 * - "semihard": 0 < t ≤ margin;
 * - "easy": t > margin.
 * Default distance `LpDistance()` (normalised embeddings), pml's.
 *
 * `mask` gives the [N, N, N] 0/1 tensor of kept (a, p, n) without reading anything back; `mine`
 * reads it back once and returns the triplets as an indices tuple, ordered by a, p, n as pml's.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const measures_1 = require("../distances/measures");
const validation_1 = require("../validation");
exports.TYPES_OF_TRIPLETS = ["all", "hard", "semihard", "easy"];
/** [N, N] 0/1: same label and another row (positives), other label (negatives). Labels are host data. */
function labelMasks(labels) {
    return tf.tidy(() => {
        const n = labels.length;
        const y = tf.tensor1d(labels, "int32");
        const same = tf.cast(tf.equal(tf.expandDims(y, 1), tf.expandDims(y, 0)), "float32");
        return { positives: tf.sub(same, tf.eye(n)), negatives: tf.sub(1, same) };
    });
}
exports.labelMasks = labelMasks;
/** [N, N, N] 0/1 of valid triplets (a, p, n): positives[a, p] · negatives[a, n]. */
function validTripletMask(labels) {
    return tf.tidy(() => {
        const { positives, negatives } = labelMasks(labels);
        return tf.mul(tf.expandDims(positives, 2), tf.expandDims(negatives, 1));
    });
}
exports.validTripletMask = validTripletMask;
class TripletMarginMiner {
    constructor(options = {}) {
        const fn = "TripletMarginMiner";
        (0, validation_1.checkOptions)(fn, options, ["margin?", "typeOfTriplets?", "distance?"]);
        this.margin = (0, validation_1.checkRange)(fn, "margin", options.margin ?? 0.2, {});
        this.typeOfTriplets = (0, validation_1.checkOneOf)(fn, "typeOfTriplets", options.typeOfTriplets ?? "all", exports.TYPES_OF_TRIPLETS);
        this.distance = (0, measures_1.toMeasure)(fn, options.distance, () => new measures_1.LpDistance());
    }
    /** The kept triplets as an [N, N, N] 0/1 tensor (entry [a, p, n]); nothing is read back. */
    mask(embeddings, labels) {
        const fn = "TripletMarginMiner.mask";
        return tf.tidy(() => {
            const e = (0, validation_1.toEmbeddings)(fn, "embeddings", embeddings);
            const y = (0, validation_1.toLabels)(fn, "labels", labels, e.shape[0]);
            if (y.length === 0)
                return tf.zeros([0, 0, 0]);
            const mat = this.distance.matrix(e);
            // t[a, p, n] = d(a, n) − d(a, p) for a distance, the other way round for a similarity
            const an = tf.expandDims(mat, 1);
            const ap = tf.expandDims(mat, 2);
            const t = this.distance.isInverted ? tf.sub(ap, an) : tf.sub(an, ap);
            const m = this.margin;
            const keep = this.typeOfTriplets === "easy" ? tf.greater(t, m)
                : this.typeOfTriplets === "hard" ? tf.logicalAnd(tf.lessEqual(t, m), tf.lessEqual(t, 0))
                    : this.typeOfTriplets === "semihard" ? tf.logicalAnd(tf.lessEqual(t, m), tf.greater(t, 0))
                        : tf.lessEqual(t, m);
            return tf.mul(validTripletMask(y), tf.cast(keep, "float32"));
        });
    }
    /** The kept triplets (one read-back of the mask), ordered by anchor, positive, negative. */
    mine(embeddings, labels) {
        const mask = this.mask(embeddings, labels);
        const n = mask.shape[0];
        const values = mask.dataSync();
        mask.dispose();
        const a = [], p = [], q = [];
        for (let i = 0; i < values.length; i++) {
            if (values[i] === 0)
                continue;
            a.push(Math.floor(i / (n * n)));
            p.push(Math.floor(i / n) % n);
            q.push(i % n);
        }
        const i32 = (v) => tf.tensor1d(Int32Array.from(v), "int32");
        return { a: i32(a), p: i32(p), n: i32(q) };
    }
}
exports.TripletMarginMiner = TripletMarginMiner;
//# sourceMappingURL=triplet_margin_miner.js.map