/**
 * ArcFace's combined margin (Deng et al., ArcFace, CVPR 2019, eq. 4 and Figure 4): one target logit
 * that holds SphereFace's multiplicative margin m₁, ArcFace's additive angular margin m₂ and CosFace's
 * additive cosine margin m₃,
 *
 *   target(θ) = cos(m₁·θ + m₂) − m₃,
 *
 * so (m₁, m₂, m₃) = (1, 0, 0) is softmax on the sphere, (1, 0.5, 0) ArcFace, (1, 0, 0.35) CosFace,
 * (m, 0, 0) SphereFace's cos(mθ) without its ψ extension. The paper's Table 1 trains the combinations
 * CM1 = (1, 0.3, 0.2) and CM2 = (0.9, 0.4, 0.15). The formula is returned as the paper writes it, over θ ∈ [0, π]: it is
 * not monotone once m₁θ + m₂ passes π (`combinedMarginMonotoneLimit`), which is why SphereFace
 * extends cos(mθ) by ψ and ArcFace falls back beyond π − m.
 */
import * as tf from "../tf";
import { checkAngle, checkOptions, checkRange, toCosines, type TensorInput } from "../validation";

export interface CombinedMarginOptions {
  /** SphereFace's multiplicative angular margin, m₁ > 0 (the paper's CM2 uses 0.9). @default 1 */
  m1?: number;
  /** ArcFace's additive angular margin in radians, 0 ≤ m₂ < π. @default 0 */
  m2?: number;
  /** CosFace's additive cosine margin, 0 ≤ m₃ ≤ 2. @default 0 */
  m3?: number;
}

function resolve(fn: string, options: CombinedMarginOptions) {
  checkOptions(fn, options, ["m1?", "m2?", "m3?"]);
  return {
    m1: checkRange(fn, "m1", options.m1 ?? 1, { min: 0, minOpen: true }),
    m2: checkRange(fn, "m2", options.m2 ?? 0, { min: 0, max: Math.PI, maxOpen: true }),
    m3: checkRange(fn, "m3", options.m3 ?? 0, { min: 0, max: 2 }),
  };
}

/** cos(m₁θ + m₂) − m₃ for one angle θ ∈ [0, π]. */
export function combinedMarginTarget(theta: number, options: CombinedMarginOptions = {}): number {
  const fn = "combinedMarginTarget";
  checkAngle(fn, "theta", theta);
  const { m1, m2, m3 } = resolve(fn, options);
  return Math.cos(m1 * theta + m2) - m3;
}

/** The angle up to which cos(m₁θ + m₂) − m₃ decreases: θ = (π − m₂)/m₁. */
export function combinedMarginMonotoneLimit(options: CombinedMarginOptions = {}): number {
  const { m1, m2 } = resolve("combinedMarginMonotoneLimit", options);
  return (Math.PI - m2) / m1;
}

/**
 * Element-wise cos(m₁·acos c + m₂) − m₃ for a tensor of cosines c, differentiable by TensorFlow.js's
 * autograd; c is clamped to [−1 + 1e-6, 1 − 1e-6] before acos so the gradient stays finite at ±1.
 */
export function combinedMarginFromCos(cos: TensorInput, options: CombinedMarginOptions = {}): tf.Tensor {
  const fn = "combinedMarginFromCos";
  const { m1, m2, m3 } = resolve(fn, options);
  return tf.tidy(() => {
    const c = toCosines(fn, "cos", cos);
    const theta = tf.acos(tf.clipByValue(c, -1 + 1e-6, 1 - 1e-6));
    return tf.sub(tf.cos(tf.add(tf.mul(theta, m1), m2)), m3);
  });
}
