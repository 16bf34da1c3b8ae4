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
exports.mineBatchHard = void 0;
/**
 * Batch-hard mining (Hermans, Beyer & Leibe 2017): for each anchor, its farthest positive and its
 * closest negative in the batch, one triplet per anchor.
 *
 * Chosen on the device: an arg max over the anchor's positives and an arg min over its negatives of
 * the distance matrix, so only the 2N chosen row indices are read back, not the N × N matrix.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const distance_1 = require("../distances/distance");
const pairwise_1 = require("../distances/pairwise");
const validation_1 = require("../validation");
const label_groups_1 = require("./label_groups");
const triplet_margin_miner_1 = require("./triplet_margin_miner");
const prepare_1 = require("./prepare");
/**
 * One triplet (a, hardest positive, hardest negative) for every anchor a that has both a positive and a
 * negative in the batch; ties go to the lowest index. `candidates` is the number of rows of the batch.
 */
function mineBatchHard(options) {
    const fn = "mineBatchHard";
    (0, validation_1.checkOptions)(fn, options, ["embeddings", "labels", "distance?"]);
    const distance = (0, validation_1.checkOneOf)(fn, "distance", options.distance ?? "squaredEuclidean", distance_1.DISTANCES);
    let y = new Int32Array(0);
    const chosen = tf.tidy(() => {
        const e = (0, validation_1.toEmbeddings)(fn, "embeddings", options.embeddings);
        y = (0, validation_1.toLabels)(fn, "labels", options.labels, e.shape[0]);
        if (y.length === 0)
            return tf.zeros([2, 0], "int32");
        const dist = (0, pairwise_1.distanceMatrix)(distance, e);
        const { positives, negatives } = (0, triplet_margin_miner_1.labelMasks)(y);
        // arg max / arg min return the first extreme: ties to the lowest index, as the loop did
        const farthest = tf.argMax(tf.where(tf.greater(positives, 0), dist, tf.fill(dist.shape, -Infinity)), 1);
        const closest = tf.argMin(tf.where(tf.greater(negatives, 0), dist, tf.fill(dist.shape, Infinity)), 1);
        return tf.stack([farthest, closest]);
    });
    const picks = chosen.dataSync();
    chosen.dispose();
    const n = y.length;
    const groups = new label_groups_1.LabelGroups(y);
    const out = new prepare_1.TripletList();
    for (let a = 0; a < n; a++) {
        if (groups.hasPositive(a) && groups.hasNegative(a))
            out.push(a, picks[a], picks[n + a]);
    }
    return { ...out.toIndices(), candidates: n };
}
exports.mineBatchHard = mineBatchHard;
//# sourceMappingURL=batch_hard.js.map