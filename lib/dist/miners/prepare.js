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
exports.TripletList = exports.checkMargin = exports.prepareBatch = void 0;
/** The common first step of the embedding-based miners: checked arguments and the batch's distance matrix. */
const tf = __importStar(require("@tensorflow/tfjs"));
const distance_1 = require("../distances/distance");
const pairwise_1 = require("../distances/pairwise");
const validation_1 = require("../validation");
/** Checks the options of miner `fn` and reads the distance matrix (no tensor is left behind). */
function prepareBatch(fn, options, extra = []) {
    (0, validation_1.checkOptions)(fn, options, ["embeddings", "labels", "distance?", ...extra]);
    const distance = (0, validation_1.checkOneOf)(fn, "distance", options.distance ?? "squaredEuclidean", distance_1.DISTANCES);
    let n = 0;
    let labels = new Int32Array(0);
    const dist = tf.tidy(() => {
        const embeddings = (0, validation_1.toEmbeddings)(fn, "embeddings", options.embeddings);
        n = embeddings.shape[0];
        labels = (0, validation_1.toLabels)(fn, "labels", options.labels, n);
        return n === 0 ? tf.zeros([0, 0]) : (0, pairwise_1.distanceMatrix)(distance, embeddings);
    });
    const values = dist.dataSync();
    dist.dispose();
    return { n, labels, dist: values, distance };
}
exports.prepareBatch = prepareBatch;
/** The margin α of a miner: a number >= 0. */
function checkMargin(fn, margin) {
    return (0, validation_1.checkRange)(fn, "margin", margin, { min: 0 });
}
exports.checkMargin = checkMargin;
/** Growing lists of triplets, packed into typed arrays at the end. */
class TripletList {
    constructor() {
        this.a = [];
        this.p = [];
        this.q = [];
    }
    push(anchor, positive, negative) {
        this.a.push(anchor);
        this.p.push(positive);
        this.q.push(negative);
    }
    get length() {
        return this.a.length;
    }
    toIndices() {
        return { anchors: Int32Array.from(this.a), positives: Int32Array.from(this.p), negatives: Int32Array.from(this.q) };
    }
}
exports.TripletList = TripletList;
//# sourceMappingURL=prepare.js.map