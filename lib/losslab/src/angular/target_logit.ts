/**
 * The logit of the true class as a function of its angle θ, for every margin loss: the curves that
 * show how each margin makes the target harder to reach. Plain numbers, for plots.
 *
 * | loss | target logit f(θ) | options used |
 * |---|---|---|
 * | "softmax" | ‖W‖‖x‖cos θ + b | wNorm, xNorm, bias |
 * | "modifiedSoftmax" | ‖x‖cos θ (‖W‖ = 1, b = 0) | xNorm |
 * | "lSoftmax" | ‖W‖‖x‖(λ cos θ + ψ(θ)) / (1 + λ) | wNorm, xNorm, m, lambda |
 * | "aSoftmax" | ‖x‖(λ cos θ + ψ(θ)) / (1 + λ) | xNorm, m, lambda |
 * | "cosFace" | s(cos θ − m) | s, m |
 * | "arcFace" | s·cos(θ + m), fallback s(cos θ − m·sin m) when θ + m ≥ π | s, m, easyMargin |
 *
 * λ = 0 (the default) is the pure margin the papers' formulas state; training anneals λ from 1000
 * down (see `annealedLambda`). Options a loss does not use are ignored, so one options object can
 * drive every curve of a figure.
 */
import { checkAngle, checkBoolean, checkNumber, checkOneOf, checkOptions, checkRange } from "../validation";
import { arcFaceTarget } from "./arcface_margin";
import { MARGIN_DEFAULTS, checkAdditiveAngularMargin, checkAngularMargin, checkCosineMargin, checkScale } from "./margins";
import { psi } from "./psi";

export const MARGIN_LOSSES = ["softmax", "modifiedSoftmax", "lSoftmax", "aSoftmax", "cosFace", "arcFace"] as const;
export type MarginLossName = (typeof MARGIN_LOSSES)[number];

export interface TargetLogitOptions {
  loss: MarginLossName;
  /** Angle between the feature and its class's weight vector, radians in [0, π]. */
  theta: number;
  /** ‖x‖, the feature norm (softmax, modified softmax, L-Softmax, A-Softmax). @default 1 */
  xNorm?: number;
  /** ‖W_y‖, the target class's weight norm (softmax, L-Softmax). @default 1 */
  wNorm?: number;
  /** b_y, the target class's bias (softmax). @default 0 */
  bias?: number;
  /** The margin: integer ≥ 1 for L-/A-Softmax (default 4), 0 ≤ m < 2 for CosFace (0.35), 0 ≤ m < π for ArcFace (0.5). */
  m?: number;
  /** λ ≥ 0 of the annealed L-/A-Softmax target. @default 0 */
  lambda?: number;
  /** The scale s > 0 of CosFace and ArcFace. @default 64 */
  s?: number;
  /** ArcFace's easy margin. @default false */
  easyMargin?: boolean;
}

/** The target logit f(θ) of `loss` (see the table above). */
export function targetLogit(options: TargetLogitOptions): number {
  const fn = "targetLogit";
  checkOptions(fn, options, ["loss", "theta", "xNorm?", "wNorm?", "bias?", "m?", "lambda?", "s?", "easyMargin?"]);
  const loss = checkOneOf(fn, "loss", options.loss, MARGIN_LOSSES);
  const theta = checkAngle(fn, "theta", options.theta);
  const xNorm = checkRange(fn, "xNorm", options.xNorm ?? 1, { min: 0 });
  const wNorm = checkRange(fn, "wNorm", options.wNorm ?? 1, { min: 0 });
  const annealed = (m: number) => {
    const lambda = checkRange(fn, "lambda", options.lambda ?? 0, { min: 0 });
    return (lambda * Math.cos(theta) + psi(theta, checkAngularMargin(fn, m))) / (1 + lambda);
  };
  switch (loss) {
    case "softmax":
      return wNorm * xNorm * Math.cos(theta) + checkNumber(fn, "bias", options.bias ?? 0);
    case "modifiedSoftmax":
      return xNorm * Math.cos(theta);
    case "lSoftmax":
      return wNorm * xNorm * annealed(options.m ?? MARGIN_DEFAULTS.lSoftmax.m);
    case "aSoftmax":
      return xNorm * annealed(options.m ?? MARGIN_DEFAULTS.aSoftmax.m);
    case "cosFace":
      return checkScale(fn, options.s ?? MARGIN_DEFAULTS.cosFace.s) * (Math.cos(theta) - checkCosineMargin(fn, options.m ?? MARGIN_DEFAULTS.cosFace.m));
    case "arcFace":
      return (
        checkScale(fn, options.s ?? MARGIN_DEFAULTS.arcFace.s) *
        arcFaceTarget(theta, { m: checkAdditiveAngularMargin(fn, options.m ?? MARGIN_DEFAULTS.arcFace.m), easyMargin: options.easyMargin })
      );
  }
}
