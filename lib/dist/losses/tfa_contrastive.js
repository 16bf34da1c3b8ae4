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
exports.tfaContrastiveLoss = void 0;
/**
 * TensorFlow Addons' `tfa.losses.contrastive_loss(y_true, y_pred, margin = 1)`, on distances:
 *
 *   L = y·d² + (1 − y)·max(m − d, 0)²     (y = 1 for a SIMILAR pair, TFA's convention)
 *
 * `distances` are the pairs' distances d ≥ 0 (TFA's y_pred, e.g. `euclideanDistance(a, b)`), `labels`
 * 1 for a similar pair and 0 for a dissimilar one. Reduction "mean" (TFA's Keras default,
 * SUM_OVER_BATCH_SIZE), "sum" or "none". For embeddings and the notes' y = 0 convention, see
 * `contrastiveLoss`.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const inputs_1 = require("./inputs");
const reduction_1 = require("./reduction");
function tfaContrastiveLoss(options) {
    const fn = "tfaContrastiveLoss";
    (0, validation_1.checkOptions)(fn, options, ["labels", "distances", "margin?", "reduction?"]);
    const margin = (0, validation_1.checkRange)(fn, "margin", options.margin ?? 1, { min: 0 });
    const reduction = (0, inputs_1.checkReduction)(fn, options.reduction);
    return tf.tidy(() => {
        const d = (0, validation_1.toTensor)(fn, "distances", options.distances);
        (0, validation_1.checkRank)(fn, "distances", d, 1);
        (0, validation_1.checkValues)(fn, "distances", d, { min: 0, what: "distances, finite numbers >= 0" });
        const y = (0, validation_1.toTensor)(fn, "labels", options.labels);
        if (y.rank !== 1 || y.shape[0] !== d.shape[0])
            throw new validation_1.ShapeError(fn, "labels", `${d.shape[0]} pair labels, one per distance`, (0, validation_1.describe)(y));
        (0, validation_1.checkValues)(fn, "labels", y, { min: 0, max: 1, integer: true, what: "pair labels 0 or 1 (1 = similar)" });
        const elements = tf.add(tf.mul(y, tf.square(d)), tf.mul(tf.sub(1, y), tf.square(tf.relu(tf.sub(margin, d)))));
        return (0, reduction_1.reduceLoss)(fn, elements, reduction);
    });
}
exports.tfaContrastiveLoss = tfaContrastiveLoss;
//# sourceMappingURL=tfa_contrastive.js.map