import * as tf from "../tf";

/**
 * Per-sample softmax cross-entropy from logits and one-hot targets, the last step of every head:
 *
 *   Lᵢ = −log softmax(zᵢ)_{yᵢ} = log Σⱼ e^{zᵢⱼ} − zᵢ,yᵢ
 *
 * through `tf.logSoftmax` (max-shifted, with its own gradient softmax(z) − onehot), so logits of
 * ±1000 give finite losses and gradients. Internal to the heads.
 */
export function crossEntropyPerSample(logits: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Tensor1D {
  // negate before summing, so a perfect prediction gives +0 rather than −0
  return tf.sum(tf.mul(oneHot, tf.neg(tf.logSoftmax(logits))), 1) as tf.Tensor1D;
}
