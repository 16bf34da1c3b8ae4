import { SNRDistance } from "../../distances/snr_distance";
import { AvgNonZeroReducer, type LossTerm } from "../../reducers/reducers";
import { InputTypeError, checkRange, describe } from "../../validation";
import { MetricLossFunction, type LossBatch } from "./base";
import { contrastiveTerms } from "./contrastive_terms";
import type { ContrastiveLossSettings } from "./pair_losses";

/**
 * pytorch-metric-learning's `SignalToNoiseRatioContrastiveLoss({ posMargin = 0, negMargin = 1 })`
 * (Yuan et al., "Signal-To-Noise Ratio: A Robust Distance Metric for Deep Metric Learning", CVPR
 * 2019), following pml 2.9.0: `ContrastiveLoss` on the `SNRDistance` d(a, x) = Var(a − x)/Var(a):
 * relu(d − posMargin) for positive pairs, relu(negMargin − d) for negative pairs, each kind reduced
 * on its own (default `AvgNonZeroReducer`) and the two added. `SNRDistance` only; takes reference
 * embeddings.
 */
export class SignalToNoiseRatioContrastiveLoss extends MetricLossFunction {
  readonly posMargin: number;
  readonly negMargin: number;

  constructor(options: ContrastiveLossSettings = {}) {
    super("SignalToNoiseRatioContrastiveLoss", options, ["posMargin?", "negMargin?"], { distance: () => new SNRDistance(), reducer: () => new AvgNonZeroReducer() });
    if (!(this.distance instanceof SNRDistance)) throw new InputTypeError(this.fn, "distance", "new SNRDistance(), as pml requires", describe(this.distance.name));
    this.posMargin = checkRange(this.fn, "posMargin", options.posMargin ?? 0, {});
    this.negMargin = checkRange(this.fn, "negMargin", options.negMargin ?? 1, {});
  }

  /** Takes `refEmbeddings`/`refLabels` (pml's `ref_emb`, `CrossBatchMemory`). */
  override get acceptsReferences(): boolean {
    return true;
  }

  protected terms(batch: LossBatch): LossTerm[] {
    return contrastiveTerms(this, batch, this.posMargin, this.negMargin);
  }
}
