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
exports.TripletMarginLoss = void 0;
/**
 * pytorch-metric-learning's `TripletMarginLoss({ margin = 0.05, swap = false, smoothLoss = false })`:
 * per triplet relu(d_ap − d_an + margin) (signs flipped for a similarity), or softplus of it with
 * `smoothLoss`; with `swap`, d_an is the closer of d_an and d_pn (Balntas et al. 2016). Defaults:
 * `LpDistance()` (normalised embeddings), `AvgNonZeroReducer`, every valid triplet of the batch.
 * Pairs given as the indices tuple are joined per anchor into triplets (pml's `convert_to_triplets`).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const measures_1 = require("../../distances/measures");
const reducers_1 = require("../../reducers/reducers");
const reduction_1 = require("../../losses/reduction");
const validation_1 = require("../../validation");
const base_1 = require("./base");
class TripletMarginLoss extends base_1.MetricLossFunction {
    constructor(options = {}) {
        super("TripletMarginLoss", options, ["margin?", "swap?", "smoothLoss?"], { distance: () => new measures_1.LpDistance(), reducer: () => new reducers_1.AvgNonZeroReducer() });
        this.margin = (0, validation_1.checkRange)(this.fn, "margin", options.margin ?? 0.05, {});
        this.swap = (0, validation_1.checkBoolean)(this.fn, "swap", options.swap ?? false);
        this.smoothLoss = (0, validation_1.checkBoolean)(this.fn, "smoothLoss", options.smoothLoss ?? false);
    }
    /**
     * The loss over a miner's mask instead of an indices tuple: `mask` [N, N, N] is 1 at the kept
     * (a, p, n) (`TripletMarginMiner.mask`), and the value equals `forward` on the same triplets listed.
     * Nothing is read back: every triplet is computed and the mask weighs them (N³ values).
     */
    forwardMasked(embeddings, labels, mask) {
        const fn = `${this.fn}.forwardMasked`;
        return tf.tidy(() => {
            const e = (0, validation_1.toEmbeddings)(fn, "embeddings", embeddings);
            const n = e.shape[0];
            (0, validation_1.toLabels)(fn, "labels", labels, n);
            if (!(mask instanceof tf.Tensor))
                throw new validation_1.InputTypeError(fn, "mask", "a [N, N, N] tensor of 0 and 1 (TripletMarginMiner.mask)", (0, validation_1.describe)(mask));
            (0, validation_1.checkShape)(fn, "mask", mask, [n, n, n], `a [${n}, ${n}, ${n}] mask, one entry per (anchor, positive, negative)`);
            if (n === 0)
                return (0, reduction_1.differentiableZero)(e);
            const mat = this.distance.matrix(e);
            const ap = tf.expandDims(mat, 2);
            let an = tf.expandDims(mat, 1);
            // d(p, n) at [·, p, n]; both tiled to [N, N, N]: the gradient of a broadcasting minimum is wrong in TF.js
            if (this.swap)
                an = this.distance.closest(tf.tile(an, [1, n, 1]), tf.tile(tf.expandDims(mat, 0), [n, 1, 1]));
            const violation = tf.add(this.distance.margin(ap, an), this.margin);
            const losses = tf.reshape(this.smoothLoss ? tf.softplus(violation) : tf.relu(violation), [-1]);
            const anchors = tf.reshape(tf.tile(tf.reshape(tf.range(0, n, 1, "int32"), [n, 1]), [1, n * n]), [-1]);
            const flatMask = tf.reshape(tf.cast(mask, "float32"), [-1]);
            return this.reducer.reduce({ losses, type: "triplet", anchors, batchSize: n, mask: flatMask }, e);
        });
    }
    terms(batch) {
        const t = (0, base_1.tripletsOf)(batch);
        if (t.a.shape[0] === 0)
            return [];
        const mat = this.distance.matrix(batch.embeddings);
        const ap = (0, base_1.entries)(mat, t.a, t.p);
        let an = (0, base_1.entries)(mat, t.a, t.n);
        if (this.swap)
            an = this.distance.closest(an, (0, base_1.entries)(mat, t.p, t.n));
        const violation = tf.add(this.distance.margin(ap, an), this.margin);
        const losses = (this.smoothLoss ? tf.softplus(violation) : tf.relu(violation));
        return [{ losses, type: "triplet", anchors: t.a, batchSize: batch.labels.length }];
    }
}
exports.TripletMarginLoss = TripletMarginLoss;
//# sourceMappingURL=triplet_margin_loss.js.map