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
import * as tf from "@tensorflow/tfjs";
import { arcFaceTargetFromCos } from "../angular/arcface_margin";
import { MARGIN_DEFAULTS, checkAdditiveAngularMargin, checkCosineMargin, checkScale } from "../angular/margins";
import { checkBoolean } from "../validation";
import { ClassificationHead, pickTarget, replaceTarget, type HeadOptions } from "./head";

export interface CosineMarginHeadOptions extends HeadOptions {
  /** The scale s > 0 (the fixed feature norm). @default 64 */
  s?: number;
  /** The margin: 0 ≤ m < 2 for CosFace (default 0.35), radians 0 ≤ m < π for ArcFace (default 0.5). */
  m?: number;
}

export interface ArcFaceHeadOptions extends CosineMarginHeadOptions {
  /** Apply the margin only where cos θ_y > 0. @default false */
  easyMargin?: boolean;
}

abstract class CosineMarginHead extends ClassificationHead {
  /** The scale s. */
  readonly s: number;
  /** The margin m. */
  readonly m: number;

  protected constructor(name: string, options: CosineMarginHeadOptions, defaults: { s: number; m: number }, checkMargin: (fn: string, m: unknown) => number) {
    super(name, options);
    this.s = checkScale(name, options.s ?? defaults.s);
    this.m = checkMargin(name, options.m ?? defaults.m);
  }

  protected plainLogits(x: tf.Tensor2D): tf.Tensor2D {
    return tf.mul(this.cosineMatrix(x), this.s);
  }
}

export class CosFaceHead extends CosineMarginHead {
  constructor(options: CosineMarginHeadOptions) {
    super("CosFaceHead", options, MARGIN_DEFAULTS.cosFace, checkCosineMargin);
  }

  protected marginLogits(x: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Tensor2D {
    return tf.mul(tf.sub(this.cosineMatrix(x), tf.mul(oneHot, this.m)), this.s);
  }
}

export class ArcFaceHead extends CosineMarginHead {
  /** Whether the easy margin is used. */
  readonly easyMargin: boolean;

  constructor(options: ArcFaceHeadOptions) {
    super("ArcFaceHead", options, MARGIN_DEFAULTS.arcFace, checkAdditiveAngularMargin);
    this.easyMargin = checkBoolean(this.name, "easyMargin", options.easyMargin ?? MARGIN_DEFAULTS.arcFace.easyMargin);
  }

  protected marginLogits(x: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Tensor2D {
    const cos = this.cosineMatrix(x);
    const target = arcFaceTargetFromCos(pickTarget(cos, oneHot), { m: this.m, easyMargin: this.easyMargin });
    return tf.mul(replaceTarget(cos, target, oneHot), this.s);
  }
}
