import { cosFaceMarginTarget, type MarginTarget } from "../angular/margin_target";
import type { OptionNames } from "../validation";
import { CosineMarginHead } from "./cosine_margin_heads";
import type { HeadOptions } from "./head";

export interface NormFaceHeadOptions extends HeadOptions {
  /** The scale s > 0 (1/temperature). @default 20 */
  s?: number;
}

/** NormFace's scale default: pml NormalizedSoftmaxLoss's temperature 0.05. */
export const NORMFACE_DEFAULT_SCALE = 20;

const NORMFACE_OPTIONS: OptionNames = ["s?"];

/**
 * NormFace (Wang, Xiang, Cheng & Yuille, "NormFace: L2 Hypersphere Embedding for Face Verification",
 * ACM MM 2017): features and class weights L2-normalised, every logit s·cos θⱼ, softmax
 * cross-entropy, no margin. It is CosFace with m = 0 (the same head, named and validated on its own:
 * it takes no m). pytorch-metric-learning's `NormalizedSoftmaxLoss(temperature)` is the same loss with
 * s = 1/temperature; the default s = 20 is its default temperature 0.05.
 */
export class NormFaceHead extends CosineMarginHead {
  protected readonly target: MarginTarget = cosFaceMarginTarget(0);

  constructor(options: NormFaceHeadOptions) {
    // no margin to check: 'm' is not among its options, so a given m is refused by name
    super("NormFaceHead", options, NORMFACE_OPTIONS, { s: NORMFACE_DEFAULT_SCALE, m: 0 }, () => 0);
  }
}
