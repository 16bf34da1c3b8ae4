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
exports.scorePairs = exports.PAIR_SCORES = void 0;
/** Scores for verification: the distance (or cosine similarity) of each pair of embeddings, and whether it is of one class. */
const tf = __importStar(require("@tensorflow/tfjs"));
const distance_1 = require("../distances/distance");
const validation_1 = require("../validation");
exports.PAIR_SCORES = [...distance_1.DISTANCES, "cosineSimilarity", "manhattan"];
/** Scores each pair; the result goes straight into `rocAuc`, `rocCurve` and `bestThreshold`. */
function scorePairs(options) {
    const fn = "scorePairs";
    (0, validation_1.checkOptions)(fn, options, ["embeddings", "labels", "pairs", "score?"]);
    const score = (0, validation_1.checkOneOf)(fn, "score", options.score ?? "cosineSimilarity", exports.PAIR_SCORES);
    // data, not options: a pair set may carry more fields (labels, same); only its form is checked
    (0, validation_1.checkObject)(fn, options.pairs, "pairs", "an object { first, second }");
    let isSame = new Uint8Array(0);
    const t = tf.tidy(() => {
        const e = (0, validation_1.toEmbeddings)(fn, "embeddings", options.embeddings);
        const n = e.shape[0];
        const labels = (0, validation_1.toLabels)(fn, "labels", options.labels, n);
        const first = (0, validation_1.toIndices)(fn, "pairs.first", options.pairs.first, n);
        const second = (0, validation_1.toIndices)(fn, "pairs.second", options.pairs.second, n);
        (0, validation_1.checkSameCount)(fn, "pairs.first", first, "pairs.second", second);
        isSame = Uint8Array.from(first, (i, k) => (labels[i] === labels[second[k]] ? 1 : 0));
        const a = tf.gather(e, tf.tensor1d(first, "int32"));
        const b = tf.gather(e, tf.tensor1d(second, "int32"));
        if (score === "manhattan")
            return tf.sum(tf.abs(tf.sub(a, b)), 1);
        return score === "cosineSimilarity" ? tf.sub(1, (0, distance_1.rowDistance)("cosine", a, b)) : (0, distance_1.rowDistance)(score, a, b);
    });
    const scores = Float32Array.from(t.dataSync());
    t.dispose();
    return { scores, isSame, kind: score === "cosineSimilarity" ? "similarity" : "distance" };
}
exports.scorePairs = scorePairs;
//# sourceMappingURL=score_pairs.js.map