/**
 * Classification heads: trainable last layers that turn features into logits for
 * softmax cross-entropy, each with its margin on the target class: softmax, modified softmax,
 * L-Softmax, A-Softmax (SphereFace), AM-Softmax / CosFace, ArcFace and NormFace (no margin).
 */
export { ClassificationHead, glorotUniform, type HeadOptions } from "./head";
export { SoftmaxHead, type SoftmaxHeadOptions } from "./softmax_head";
export { ModifiedSoftmaxHead } from "./modified_softmax_head";
export { AnnealedMarginHead, type AnnealedMarginHeadOptions } from "./annealed_margin_head";
export { LSoftmaxHead } from "./l_softmax_head";
export { ASoftmaxHead } from "./a_softmax_head";
export { CosFaceHead, ArcFaceHead, type CosineMarginHeadOptions, type ArcFaceHeadOptions } from "./cosine_margin_heads";
export { NormFaceHead, NORMFACE_DEFAULT_SCALE, type NormFaceHeadOptions } from "./normface_head";
export { MarginHead, type MarginForm } from "./margin_head";
export { marginCrossEntropy, marginLogits, type LogitNorm } from "./margin_cross_entropy";
