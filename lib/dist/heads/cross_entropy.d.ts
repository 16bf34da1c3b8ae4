/**
 * Per-sample softmax cross-entropy from logits and one-hot targets, the last step of every head:
 *
 *   Lᵢ = −log softmax(zᵢ)_{yᵢ} = log Σⱼ e^{zᵢⱼ} − zᵢ,yᵢ
 *
 * through `tf.logSoftmax` (max-shifted, with its own gradient softmax(z) − onehot), so logits of
 * ±1000 give finite losses and gradients. Internal to the heads.
 */
import * as tf from "@tensorflow/tfjs";
export declare function crossEntropyPerSample(logits: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Tensor1D;
//# sourceMappingURL=cross_entropy.d.ts.map