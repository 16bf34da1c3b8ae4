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
exports.crossEntropyPerSample = void 0;
/**
 * Per-sample softmax cross-entropy from logits and one-hot targets, the last step of every head:
 *
 *   Lᵢ = −log softmax(zᵢ)_{yᵢ} = log Σⱼ e^{zᵢⱼ} − zᵢ,yᵢ
 *
 * through `tf.logSoftmax` (max-shifted, with its own gradient softmax(z) − onehot), so logits of
 * ±1000 give finite losses and gradients. Internal to the heads.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
function crossEntropyPerSample(logits, oneHot) {
    // negate before summing, so a perfect prediction gives +0 rather than −0
    return tf.sum(tf.mul(oneHot, tf.neg(tf.logSoftmax(logits))), 1);
}
exports.crossEntropyPerSample = crossEntropyPerSample;
//# sourceMappingURL=cross_entropy.js.map