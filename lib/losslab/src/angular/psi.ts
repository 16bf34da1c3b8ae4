/**
 * L-Softmax's target function ψ(θ) (Liu et al., "Large-Margin Softmax Loss for Convolutional Neural
 * Networks", ICML 2016; SphereFace uses the same ψ for A-Softmax):
 *
 *   ψ(θ) = (−1)ᵏ cos(mθ) − 2k,   θ ∈ [kπ/m, (k+1)π/m],   k = 0, 1, …, m − 1
 *
 * On [0, π/m] it is cos(mθ), the margin itself; beyond, cos(mθ) would turn back up, so each further
 * interval flips it and shifts it down by 2: the pieces run over (1, −1), (−1, −3), (−3, −5), …, and ψ
 * is continuous and decreasing on [0, π], from 1 to 1 − 2m. With m = 1 it is cos θ.
 *
 * Three versions: `psi` on plain numbers (for plots), `psiOfTheta` on a tensor of angles, and
 * `psiOfCos` on a tensor of cosines, which is what the heads use: cos(mθ) is the Chebyshev polynomial
 * Tₘ(cos θ) (the expansion the L-Softmax paper writes out, and both papers' Caffe layers use), so no
 * arccos is needed, and the gradient dψ/dc = (−1)ᵏ Tₘ'(c) is exact and finite everywhere, θ = 0 and
 * θ = π included. The interval k is found by comparing c with cos(jπ/m); it is a constant of each
 * piece, computed off the gradient tape.
 */
import * as tf from "../tf";
import { checkAngle, checkInteger, checkRange, toAngles, toCosines, type TensorInput } from "../validation";
import { MAX_PSI_MARGIN } from "./margins";
import { evaluateTarget, type MarginTarget } from "./margin_target";
import { withoutGradient } from "./no_gradient";

/** k such that θ ∈ [kπ/m, (k+1)π/m] (the upper end π belongs to k = m − 1). */
export function psiInterval(theta: number, m: number): number {
  checkAngle("psiInterval", "theta", theta);
  checkInteger("psiInterval", "m", m, { min: 1, max: MAX_PSI_MARGIN });
  return Math.min(m - 1, Math.floor((m * theta) / Math.PI));
}

/** ψ(θ) for one angle θ ∈ [0, π] and an integer m ≥ 1. */
export function psi(theta: number, m: number): number {
  checkAngle("psi", "theta", theta);
  checkInteger("psi", "m", m, { min: 1, max: MAX_PSI_MARGIN });
  const k = Math.min(m - 1, Math.floor((m * theta) / Math.PI));
  return (k % 2 === 0 ? 1 : -1) * Math.cos(m * theta) - 2 * k;
}

/** One piece of ψ: k, its interval [from, to] in radians, and ψ at both ends (the end as a limit from inside). */
export interface PsiPiece {
  k: number;
  from: number;
  to: number;
  start: number;
  end: number;
}

/** The m pieces of ψ for margin m: on piece k, ψ runs from 1 − 2k down to −1 − 2k. */
export function psiPieces(m: number): PsiPiece[] {
  checkInteger("psiPieces", "m", m, { min: 1, max: MAX_PSI_MARGIN });
  return Array.from({ length: m }, (_, k) => {
    const sign = k % 2 === 0 ? 1 : -1;
    const [from, to] = [(k * Math.PI) / m, ((k + 1) * Math.PI) / m];
    // (−1)ᵏcos(mθ) − 2k at both ends of its own interval (at `to` the next piece takes over, with the same value)
    return { k, from, to, start: sign * Math.cos(m * from) - 2 * k, end: sign * Math.cos(m * to) - 2 * k };
  });
}

/** (−1)ᵏ f − 2k for a tensor of interval indices k (held constant by the caller). */
function flipAndShift(k: tf.Tensor, f: tf.Tensor): tf.Tensor {
  const sign = tf.sub(1, tf.mul(2, tf.mod(k, 2)));
  return tf.sub(tf.mul(sign, f), tf.mul(2, k));
}

/** Element-wise ψ(θ) for a tensor of angles in radians (values are clamped to [0, π] to pick k). */
export function psiOfTheta(theta: TensorInput, m: number): tf.Tensor {
  checkInteger("psiOfTheta", "m", m, { min: 1, max: MAX_PSI_MARGIN });
  return tf.tidy(() => {
    const t = toAngles("psiOfTheta", "theta", theta);
    const k = withoutGradient(t, (a) => tf.clipByValue(tf.floor(tf.mul(a, m / Math.PI)), 0, m - 1));
    return flipAndShift(k, tf.cos(tf.mul(t, m)));
  });
}

/** cos(mθ) = Tₘ(cos θ) by the recurrence Tₙ₊₁ = 2c·Tₙ − Tₙ₋₁ (stable for |c| ≤ 1). */
export function chebyshevCos(cos: TensorInput, m: number): tf.Tensor {
  checkInteger("chebyshevCos", "m", m, { min: 0, max: MAX_PSI_MARGIN });
  return tf.tidy(() => {
    const c = toCosines("chebyshevCos", "cos", cos);
    let previous = tf.onesLike(c);
    let current = c;
    if (m === 0) return previous;
    for (let n = 1; n < m; n++) [previous, current] = [current, tf.sub(tf.mul(tf.mul(c, 2), current), previous)];
    return current.clone();
  });
}

/**
 * Element-wise ψ(θ) for a tensor of cosines c = cos θ, as (−1)ᵏ Tₘ(c) − 2k with k the number of
 * j ∈ {1, …, m−1} with c ≤ cos(jπ/m). Cosines a rounding error outside [-1, 1] extend the end pieces
 * smoothly (ψ(1.0000001) ≈ 1 + m²·1e-7), so nothing is clamped and the gradient is exact.
 */
export function psiOfCos(cos: TensorInput, m: number): tf.Tensor {
  checkInteger("psiOfCos", "m", m, { min: 1, max: MAX_PSI_MARGIN });
  return tf.tidy(() => {
    const c = toCosines("psiOfCos", "cos", cos);
    const k = withoutGradient(c, (v) => {
      let count = tf.zerosLike(v);
      for (let j = 1; j < m; j++) count = tf.add(count, tf.cast(tf.lessEqual(v, Math.cos((j * Math.PI) / m)), "float32"));
      return count;
    });
    return flipAndShift(k, chebyshevCos(c, m));
  });
}

/** ψ(c) and dψ/dc for one cosine, in float64: k by the same comparisons as `psiOfCos`, Tₘ and Uₘ₋₁ by recurrence. */
function psiAndSlope(c: number, m: number): { psi: number; slope: number } {
  let k = 0;
  for (let j = 1; j < m; j++) if (c <= Math.cos((j * Math.PI) / m)) k += 1;
  const sign = k % 2 === 0 ? 1 : -1;
  // T₀ = 1, T₁ = c and U₀ = 1, U₁ = 2c, both by X_{n+1} = 2c·Xₙ − Xₙ₋₁; Tₘ and Uₘ₋₁ wanted
  let [t0, t1, u0, u1] = [1, c, 1, 2 * c];
  for (let n = 1; n < m; n++) [t0, t1] = [t1, 2 * c * t1 - t0];
  for (let n = 1; n < m - 1; n++) [u0, u1] = [u1, 2 * c * u1 - u0];
  return { psi: sign * t1 - 2 * k, slope: sign * m * (m === 1 ? u0 : u1) };
}

/**
 * dψ/dc element-wise: (−1)ᵏ Tₘ'(c) = (−1)ᵏ m·Uₘ₋₁(c), with the Chebyshev polynomials of the second
 * kind U₀ = 1, U₁ = 2c, Uₙ₊₁ = 2c·Uₙ − Uₙ₋₁ (Uₘ₋₁(cos θ) = sin(mθ)/sin θ). A polynomial, so it is
 * finite at c = ±1 where the θ form sin(mθ)/sin θ is 0/0. Computed in float64; no gradient of its own
 * (it is a slope).
 */
export function psiSlopeOfCos(cos: TensorInput, m: number): tf.Tensor {
  checkInteger("psiSlopeOfCos", "m", m, { min: 1, max: MAX_PSI_MARGIN });
  const slope: MarginTarget = { value: (c) => psiAndSlope(c, m).slope, slope: () => 0 };
  return tf.tidy(() => withoutGradient(toCosines("psiSlopeOfCos", "cos", cos), (c) => evaluateTarget(slope, c).value));
}

/**
 * L-Softmax's and A-Softmax's margin as a `MarginTarget`: the annealed blend of the plain cosine and
 * ψ, f(c) = (λc + ψ(c))/(1 + λ), f'(c) = (λ + ψ'(c))/(1 + λ). λ = 0 is the pure ψ target.
 */
export function psiMarginTarget(m: number, lambda: number): MarginTarget {
  checkInteger("psiMarginTarget", "m", m, { min: 1, max: MAX_PSI_MARGIN });
  checkRange("psiMarginTarget", "lambda", lambda, { min: 0 });
  return {
    value: (c) => (lambda * c + psiAndSlope(c, m).psi) / (1 + lambda),
    slope: (c) => (lambda + psiAndSlope(c, m).slope) / (1 + lambda),
  };
}
