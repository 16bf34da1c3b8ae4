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
import * as tf from "@tensorflow/tfjs";
import { type TensorInput } from "../validation";
import { type MarginTarget } from "./margin_target";
/** k such that θ ∈ [kπ/m, (k+1)π/m] (the upper end π belongs to k = m − 1). */
export declare function psiInterval(theta: number, m: number): number;
/** ψ(θ) for one angle θ ∈ [0, π] and an integer m ≥ 1. */
export declare function psi(theta: number, m: number): number;
/** One piece of ψ: k, its interval [from, to] in radians, and ψ at both ends (the end as a limit from inside). */
export interface PsiPiece {
    k: number;
    from: number;
    to: number;
    start: number;
    end: number;
}
/** The m pieces of ψ for margin m: on piece k, ψ runs from 1 − 2k down to −1 − 2k. */
export declare function psiPieces(m: number): PsiPiece[];
/** Element-wise ψ(θ) for a tensor of angles in radians (values are clamped to [0, π] to pick k). */
export declare function psiOfTheta(theta: TensorInput, m: number): tf.Tensor;
/** cos(mθ) = Tₘ(cos θ) by the recurrence Tₙ₊₁ = 2c·Tₙ − Tₙ₋₁ (stable for |c| ≤ 1). */
export declare function chebyshevCos(cos: TensorInput, m: number): tf.Tensor;
/**
 * Element-wise ψ(θ) for a tensor of cosines c = cos θ, as (−1)ᵏ Tₘ(c) − 2k with k the number of
 * j ∈ {1, …, m−1} with c ≤ cos(jπ/m). Cosines a rounding error outside [-1, 1] extend the end pieces
 * smoothly (ψ(1.0000001) ≈ 1 + m²·1e-7), so nothing is clamped and the gradient is exact.
 */
export declare function psiOfCos(cos: TensorInput, m: number): tf.Tensor;
/**
 * dψ/dc element-wise: (−1)ᵏ Tₘ'(c) = (−1)ᵏ m·Uₘ₋₁(c), with the Chebyshev polynomials of the second
 * kind U₀ = 1, U₁ = 2c, Uₙ₊₁ = 2c·Uₙ − Uₙ₋₁ (Uₘ₋₁(cos θ) = sin(mθ)/sin θ). A polynomial, so it is
 * finite at c = ±1 where the θ form sin(mθ)/sin θ is 0/0. Computed in float64; no gradient of its own
 * (it is a slope).
 */
export declare function psiSlopeOfCos(cos: TensorInput, m: number): tf.Tensor;
/**
 * L-Softmax's and A-Softmax's margin as a `MarginTarget`: the annealed blend of the plain cosine and
 * ψ, f(c) = (λc + ψ(c))/(1 + λ), f'(c) = (λ + ψ'(c))/(1 + λ). λ = 0 is the pure ψ target.
 */
export declare function psiMarginTarget(m: number, lambda: number): MarginTarget;
//# sourceMappingURL=psi.d.ts.map