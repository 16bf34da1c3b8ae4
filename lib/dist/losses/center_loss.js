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
exports.updateCenters = exports.centerLoss = void 0;
/**
 * The center loss (Wen, Zhang, Li & Qiao, "A Discriminative Feature Learning Approach for Deep Face
 * Recognition", ECCV 2016), one of the "Euclidean margin" losses of SphereFace's Figure 3 caption:
 *
 *   L_C = ½ Σᵢ ‖xᵢ − c_{yᵢ}‖²,        ∂L_C/∂xᵢ = xᵢ − c_{yᵢ},
 *
 * which pulls each feature towards its class centre c_j. Used beside softmax (L = L_S + λ·L_C), it
 * makes classes compact; alone, it collapses like the notes' "make this small" loss (every feature
 * and centre at one point costs nothing). The centres are not trained by the gradient but moved
 * towards their class's features after each batch (the paper's eq. 4 and Algorithm 1):
 *
 *   Δc_j = Σᵢ δ(yᵢ = j)·(c_j − xᵢ) / (1 + Σᵢ δ(yᵢ = j)),      c_j ← c_j − α·Δc_j.
 *
 * The paper's L_C is a sum over the mini-batch, with the ½: `reduction: "sum"` (the default here);
 * "mean" divides by the batch size, as several PyTorch ports do.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const reduction_1 = require("./reduction");
const inputs_1 = require("./inputs");
function centerMatrix(fn, value) {
    const t = (0, validation_1.toTensor)(fn, "centers", value);
    (0, validation_1.checkRank)(fn, "centers", t, 2);
    const [rows, cols] = t.shape;
    if (rows < 1 || cols < 1)
        throw new validation_1.ShapeError(fn, "centers", "a matrix [C, d] with C ≥ 1 and d ≥ 1", (0, validation_1.describe)(t));
    (0, validation_1.checkValues)(fn, "centers", t);
    return t;
}
/** ½‖xᵢ − c_{yᵢ}‖² per sample, reduced. Differentiable in the features (and in the centres, unused in the paper). */
function centerLoss(options) {
    const fn = "centerLoss";
    (0, validation_1.checkOptions)(fn, options, ["features", "labels", "centers", "reduction?"]);
    const reduction = (0, inputs_1.checkReduction)(fn, options.reduction ?? "sum");
    return tf.tidy(() => {
        const centers = centerMatrix(fn, options.centers);
        const features = (0, validation_1.toFeatureMatrix)(fn, "features", options.features, centers.shape[1]);
        const labels = (0, validation_1.toClassLabels)(fn, "labels", options.labels, features.shape[0], centers.shape[0]);
        const own = tf.gather(centers, labels);
        const perSample = tf.mul(tf.sum(tf.square(tf.sub(features, own)), 1), 0.5);
        return (0, reduction_1.reduceLoss)(fn, perSample, reduction);
    });
}
exports.centerLoss = centerLoss;
/** The paper's centre update: c_j − α·Σ_{yᵢ=j}(c_j − xᵢ)/(1 + n_j); classes absent from the batch stay put. */
function updateCenters(options) {
    const fn = "updateCenters";
    (0, validation_1.checkOptions)(fn, options, ["features", "labels", "centers", "alpha?"]);
    const alpha = (0, validation_1.checkRange)(fn, "alpha", options.alpha ?? 0.5, { min: 0, max: 1 });
    return tf.tidy(() => {
        const centers = centerMatrix(fn, options.centers);
        const features = (0, validation_1.toFeatureMatrix)(fn, "features", options.features, centers.shape[1]);
        const numClasses = centers.shape[0];
        const labels = (0, validation_1.toClassLabels)(fn, "labels", options.labels, features.shape[0], numClasses);
        const oneHot = tf.oneHot(labels, numClasses).toFloat(); // [B, C]
        const counts = tf.sum(oneHot, 0).expandDims(1); // n_j, [C, 1]
        const featureSums = tf.matMul(oneHot, features, true, false); // Σ_{yᵢ=j} xᵢ, [C, d]
        const delta = tf.div(tf.sub(tf.mul(centers, counts), featureSums), tf.add(counts, 1));
        return tf.sub(centers, tf.mul(delta, alpha));
    });
}
exports.updateCenters = updateCenters;
//# sourceMappingURL=center_loss.js.map