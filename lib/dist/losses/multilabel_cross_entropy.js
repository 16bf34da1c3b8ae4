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
exports.multilabelCrossEntropy = void 0;
/**
 * Multi-label cross-entropy ("sigmoid cross-entropy"): each of the C classes (the last axis) is its own
 * yes/no question, with its own sigmoid, and the sample's loss adds up their binary cross-entropies:
 *
 *   ℓ = Σᵢ [max(zᵢ, 0) − zᵢ·tᵢ + log(1 + e^{−|zᵢ|})] = −Σᵢ [tᵢ log σ(zᵢ) + (1 − tᵢ) log(1 − σ(zᵢ))],
 *   ∂ℓ/∂zᵢ = σ(zᵢ) − tᵢ   (see `binaryCrossEntropyWithLogitsGradient`).
 *
 * The notes' multi-label column (C = 3, label vectors such as [1 0 1] with several ones), against
 * the multi-class one where exactly one class is right and softmax cross-entropy applies.
 * One loss per sample (the sum over classes); the default reduction "mean" averages over samples.
 *
 * Conventions differ on the class sum: `torch.nn.MultiLabelSoftMarginLoss` averages over the classes
 * (it equals this loss / C), `torch.nn.BCEWithLogitsLoss(reduction="none")` summed over the last axis
 * equals it, and `tf.losses.sigmoidCrossEntropy` (mean over every entry) equals its mean / C.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const binary_cross_entropy_1 = require("./binary_cross_entropy");
const inputs_1 = require("./inputs");
const reduction_1 = require("./reduction");
/** Σ over the last axis of BCE from logits, per sample, then `reduction` (default "mean"). */
function multilabelCrossEntropy(options) {
    const fn = "multilabelCrossEntropy";
    (0, inputs_1.checkLossOptions)(fn, "logits", options, [], true);
    const reduction = (0, inputs_1.checkReduction)(fn, options.reduction);
    return tf.tidy(() => {
        const { reduction: _reduction, ...tensors } = options;
        const perSample = (0, inputs_1.elementwise)(fn, inputs_1.LOGITS, tensors, (t, z) => {
            if (z.rank < 1)
                throw new validation_1.ShapeError(fn, "logits", "a tensor of rank >= 1 (the classes on the last axis)", (0, validation_1.describe)(z));
            return tf.sum((0, binary_cross_entropy_1.logitElements)(t, z), -1);
        });
        return (0, reduction_1.reduceLoss)(fn, perSample, reduction);
    });
}
exports.multilabelCrossEntropy = multilabelCrossEntropy;
//# sourceMappingURL=multilabel_cross_entropy.js.map