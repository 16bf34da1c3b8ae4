/**
 * ArcFace's additive angular margin on the target class (Deng et al., "ArcFace: Additive Angular
 * Margin Loss for Deep Face Recognition", CVPR 2019), as the reference implementation insightface
 * applies it (`arcface_torch/losses.py`, and the original MXNet `train.py`):
 *
 *   target(θ) = cos(θ + m)       if cos θ > cos(π − m)   (θ + m < π)
 *             = cos θ − m·sin m   otherwise                 (the fallback)
 *
 * Why a fallback: cos(θ + m) decreases only while θ + m ≤ π; beyond, it would rise again and reward
 * a sample for moving away from its class. The fallback is CosFace's form with the margin m·sin m.
 * It is not continuous: at θ = π − m the first branch gives −1, the fallback −cos m − m·sin m, lower
 * by about m²/2 (0.117 for m = 0.5), so the target still never increases with θ. That holds while
 * cos m + m·sin m ≥ 1, i.e. for m up to about 2.331 rad (133.6°), every margin used in practice;
 * for larger m the fallback jumps up instead (m = 3: from −1 to +0.57).
 *
 * `easyMargin` (insightface's option): cos(θ + m) only where cos θ > 0 (θ < 90°), plain cos θ beyond.
 */
import * as tf from "../tf";
import { checkAngle, checkBoolean, checkOptions, toCosines, type TensorInput } from "../validation";
import { MARGIN_DEFAULTS, checkAdditiveAngularMargin } from "./margins";
import { marginTargetOp, type MarginTarget } from "./margin_target";
import { ACOS_EPSILON } from "./safe_acos";

export interface ArcFaceMarginOptions {
  /** Additive angle in radians, 0 ≤ m < π. @default 0.5 (ArcFace paper) */
  m?: number;
  /** Apply the margin only where cos θ > 0, keep cos θ elsewhere. @default false */
  easyMargin?: boolean;
}

function resolve(fn: string, options: ArcFaceMarginOptions) {
  checkOptions(fn, options, ["m?", "easyMargin?"]);
  const m = checkAdditiveAngularMargin(fn, options.m ?? MARGIN_DEFAULTS.arcFace.m);
  const easyMargin = checkBoolean(fn, "easyMargin", options.easyMargin ?? MARGIN_DEFAULTS.arcFace.easyMargin);
  // below this cosine the fallback applies (insightface's `th`); its shift is insightface's `mm`
  return { m, easyMargin, threshold: easyMargin ? 0 : Math.cos(Math.PI - m), shift: easyMargin ? 0 : m * Math.sin(m) };
}

/** ArcFace's target cosine (before the scale s) for one angle θ ∈ [0, π]. */
export function arcFaceTarget(theta: number, options: ArcFaceMarginOptions = {}): number {
  checkAngle("arcFaceTarget", "theta", theta);
  const { m, threshold, shift } = resolve("arcFaceTarget", options);
  const c = Math.cos(theta);
  return c > threshold ? Math.cos(theta + m) : c - shift;
}

/**
 * ArcFace's margin as a `MarginTarget` (value and derivative in closed form), for the heads:
 *
 *   cos(θ + m) = c·cos m − sin θ·sin m,   d/dc cos(θ + m) = sin(θ + m)/sin θ = (sin θ·cos m + c·sin m)/sin θ,
 *
 * with c clamped to [-1, 1] and sin θ = √(1 − c²). In the derivative sin θ is floored at √ε
 * (`ACOS_EPSILON`, as `safeAcos` floors its gradient), so it stays finite at c = ±1 (aligned and
 * anti-aligned features), bounded by about sin m/√ε. The fallback and the easy margin have slope 1.
 */
export function arcFaceMarginTarget(options: ArcFaceMarginOptions = {}): MarginTarget {
  return makeTarget("arcFaceMarginTarget", options);
}

function makeTarget(fn: string, options: ArcFaceMarginOptions): MarginTarget {
  const { m, threshold, shift } = resolve(fn, options);
  const [cosM, sinM, floor] = [Math.cos(m), Math.sin(m), Math.sqrt(ACOS_EPSILON)];
  const clamp = (c: number) => Math.min(1, Math.max(-1, c));
  const sine = (c: number) => Math.sqrt(Math.max(0, 1 - c * c));
  return {
    value: (c) => (c > threshold ? clamp(c) * cosM - sine(clamp(c)) * sinM : c - shift),
    slope: (c) => {
      if (!(c > threshold)) return 1;
      const [cc, s] = [clamp(c), sine(clamp(c))];
      return (s * cosM + cc * sinM) / Math.max(s, floor);
    },
  };
}

/**
 * Element-wise ArcFace target cosine for a tensor of cosines c = cos θ, differentiable with the
 * closed-form derivative of `arcFaceMarginTarget` (finite at c = ±1).
 */
export function arcFaceTargetFromCos(cos: TensorInput, options: ArcFaceMarginOptions = {}): tf.Tensor {
  const fn = "arcFaceTargetFromCos";
  const op = marginTargetOp(makeTarget(fn, options));
  return tf.tidy(() => op(toCosines(fn, "cos", cos)));
}

/**
 * The largest additive margin for which ArcFace's fallback keeps the target decreasing: the root of
 * cos m + m·sin m = 1 in (0, π), about 2.3311 rad (133.6°). Below it the jump at θ = π − m goes down
 * (from −1 to −cos m − m·sin m); above it, up.
 */
export function arcFaceMonotoneLimit(): number {
  const f = (m: number) => Math.cos(m) + m * Math.sin(m) - 1;
  let [lo, hi] = [1, Math.PI]; // f(1) > 0 > f(π)
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
