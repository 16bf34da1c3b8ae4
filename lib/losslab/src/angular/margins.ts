/**
 * The margin parameters of the angular-margin losses: their ranges (checked the same way by the
 * plotting helpers and the heads) and their defaults, each from the paper that introduced the loss.
 *
 * | loss | target logit | m | default |
 * |---|---|---|---|
 * | L-Softmax (Liu et al., ICML 2016) | ‖w‖‖x‖ψ(θ) | integer ≥ 1 | m = 4 (its MNIST model, type QUADRUPLE) |
 * | A-Softmax / SphereFace (Liu et al., CVPR 2017) | ‖x‖ψ(θ) | integer ≥ 1 | m = 4 (the paper's choice) |
 * | AM-Softmax / CosFace (Wang et al., 2018) | s(cos θ − m) | 0 ≤ m < 2 | s = 64, m = 0.35 (CosFace; AM-Softmax used s = 30) |
 * | ArcFace (Deng et al., CVPR 2019) | s·cos(θ + m) | 0 ≤ m < π | s = 64, m = 0.5 |
 *
 * A cosine margin m ≥ 2 could never be met (cos θ₁ − cos θ₂ ≤ 2), an additive angle m ≥ π neither.
 */
import { checkInteger, checkRange } from "../validation";

export const MARGIN_DEFAULTS = Object.freeze({
  lSoftmax: Object.freeze({ m: 4 }),
  aSoftmax: Object.freeze({ m: 4 }),
  cosFace: Object.freeze({ s: 64, m: 0.35 }),
  arcFace: Object.freeze({ s: 64, m: 0.5, easyMargin: false }),
});

/**
 * The largest multiplicative margin m accepted: the papers use m ≤ 4, and the ψ helpers loop (or
 * allocate) m times, so `psiPieces(1e9)` would exhaust the heap.
 */
export const MAX_PSI_MARGIN = 1000;

/** The multiplicative angular margin of L-Softmax and A-Softmax: an integer 1 ≤ m ≤ `MAX_PSI_MARGIN` (m = 1: no margin). */
export function checkAngularMargin(fn: string, m: unknown): number {
  return checkInteger(fn, "m", m, { min: 1, max: MAX_PSI_MARGIN });
}

/** The additive cosine margin of CosFace / AM-Softmax: 0 ≤ m < 2. */
export function checkCosineMargin(fn: string, m: unknown): number {
  return checkRange(fn, "m", m, { min: 0, max: 2, maxOpen: true });
}

/**
 * The additive cosine margin of a CosFace head, negative margins included: −1 < m < 2. Liu et al. 2020
 * ("Negative Margin Matters: Understanding Margin in Few-shot Classification", ECCV) train with
 * m < 0 (cos θ_y + |m| on the target) and report better transfer to unseen classes; m ≤ −1 would make
 * the target logit exceed every cosine.
 */
export function checkSignedCosineMargin(fn: string, m: unknown): number {
  return checkRange(fn, "m", m, { min: -1, minOpen: true, max: 2, maxOpen: true });
}

/** The additive angular margin of ArcFace, in radians: 0 ≤ m < π. */
export function checkAdditiveAngularMargin(fn: string, m: unknown): number {
  return checkRange(fn, "m", m, { min: 0, max: Math.PI, maxOpen: true });
}

/** The scale s of the normalised losses (the fixed feature norm ‖x‖ = s): s > 0. */
export function checkScale(fn: string, s: unknown): number {
  return checkRange(fn, "s", s, { min: 0, minOpen: true });
}
