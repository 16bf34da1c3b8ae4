/**
 * The heads on the unit hypersphere: features and weights both normalised, the feature norm fixed
 * to s, so every logit is s·cos θⱼ and the margin acts on the target cosine alone.
 *
 * - AM-Softmax / CosFace (Wang et al., "Additive Margin Softmax", 2018; "CosFace", CVPR 2018):
 *   z_y = s(cos θ_y − m). Defaults s = 64, m = 0.35 (CosFace's; AM-Softmax used s = 30).
 * - ArcFace (Deng et al., CVPR 2019): z_y = s·cos(θ_y + m), with insightface's fallback
 *   s(cos θ_y − m·sin m) where θ_y + m ≥ π, or the easy margin (see `arcFaceTargetFromCos`).
 *   Defaults s = 64, m = 0.5.
 *
 * With m = 0 both are the normalised softmax scaled by s. Prediction uses s·cos θⱼ.
 */
import * as tf from "../tf";
import { arcFaceMarginTarget } from "../angular/arcface_margin";
import { cosFaceMarginTarget, type MarginTarget } from "../angular/margin_target";
import { MARGIN_DEFAULTS, checkAdditiveAngularMargin, checkScale, checkSignedCosineMargin } from "../angular/margins";
import { checkBoolean, type OptionNames } from "../validation";
import { checkHeadOptions, type HeadOptions } from "./head";

const COSFACE_OPTIONS: OptionNames = ["s?", "m?"];
const ARCFACE_OPTIONS: OptionNames = ["s?", "m?", "easyMargin?"];
import { MarginHead, type MarginForm } from "./margin_head";
import type { FusedMarginForm } from "./fused_margin_loss";

export interface CosineMarginHeadOptions extends HeadOptions {
  /** The scale s > 0 (the fixed feature norm). @default 64 */
  s?: number;
  /** The margin: −1 < m < 2 for CosFace (default 0.35; m < 0 is Liu et al. 2020's negative margin), radians 0 ≤ m < π for ArcFace (default 0.5). */
  m?: number;
}

export interface ArcFaceHeadOptions extends CosineMarginHeadOptions {
  /** Apply the margin only where cos θ_y > 0. @default false */
  easyMargin?: boolean;
}

/** What CosFace, ArcFace and NormFace share: s·cos θ logits, a margin target on the target cosine. */
export abstract class CosineMarginHead extends MarginHead {
  /** The scale s. */
  readonly s: number;
  /** The margin m. */
  readonly m: number;

  protected constructor(
    name: string,
    options: CosineMarginHeadOptions,
    names: OptionNames,
    defaults: { s: number; m: number },
    checkMargin: (fn: string, m: unknown) => number,
    /** Checks the subclass's own options (ArcFace's easyMargin) before the variable exists. */
    checkOwn: (options: ArcFaceHeadOptions) => void = () => {},
  ) {
    // every option is checked before the base class creates the weights variable
    checkHeadOptions(name, options, names);
    const s = checkScale(name, options.s ?? defaults.s);
    const m = checkMargin(name, options.m ?? defaults.m);
    checkOwn(options);
    super(name, options, names);
    this.s = s;
    this.m = m;
  }

  protected plainLogits(x: tf.Tensor2D): tf.Tensor2D {
    return tf.mul(this.cosineMatrix(x), this.s);
  }

  /** f, the margin on the target cosine. */
  protected abstract readonly target: MarginTarget;

  protected marginForm(x: tf.Tensor2D): MarginForm {
    return { cos: this.cosineMatrix(x), norm: this.s, target: this.target };
  }

  protected fusedForm(): FusedMarginForm {
    return { scale: this.s, weightNorm: false, target: this.target };
  }
}

/**
 * AM-Softmax / CosFace (Wang et al., "Additive Margin Softmax for Face Verification", 2018; Wang et
 * al., "CosFace: Large Margin Cosine Loss for Deep Face Recognition", CVPR 2018): features and class
 * weights normalised, target logit z_y = s(cos θ_y − m), other logits s·cos θⱼ, softmax cross-entropy.
 * Defaults s = 64, m = 0.35 (CosFace's; AM-Softmax used s = 30). Prediction uses s·cos θⱼ.
 */
export class CosFaceHead extends CosineMarginHead {
  protected readonly target: MarginTarget;

  constructor(options: CosineMarginHeadOptions) {
    super("CosFaceHead", options, COSFACE_OPTIONS, MARGIN_DEFAULTS.cosFace, checkSignedCosineMargin);
    this.target = cosFaceMarginTarget(this.m);
  }
}

/**
 * ArcFace (Deng et al., "ArcFace: Additive Angular Margin Loss for Deep Face Recognition", CVPR 2019):
 * features and class weights normalised, target logit z_y = s·cos(θ_y + m) with m in radians, and
 * insightface's fallback s(cos θ_y − m·sin m) where θ_y + m ≥ π (or, with `easyMargin`, the margin
 * only where cos θ_y > 0; see `arcFaceTargetFromCos`); other logits s·cos θⱼ, softmax cross-entropy.
 * Defaults s = 64, m = 0.5. Prediction uses s·cos θⱼ.
 */
export class ArcFaceHead extends CosineMarginHead {
  /** Whether the easy margin is used. */
  readonly easyMargin: boolean;

  protected readonly target: MarginTarget;

  constructor(options: ArcFaceHeadOptions) {
    super("ArcFaceHead", options, ARCFACE_OPTIONS, MARGIN_DEFAULTS.arcFace, checkAdditiveAngularMargin, (o) =>
      checkBoolean("ArcFaceHead", "easyMargin", o.easyMargin ?? MARGIN_DEFAULTS.arcFace.easyMargin),
    );
    this.easyMargin = checkBoolean(this.name, "easyMargin", options.easyMargin ?? MARGIN_DEFAULTS.arcFace.easyMargin);
    this.target = arcFaceMarginTarget({ m: this.m, easyMargin: this.easyMargin });
  }
}
