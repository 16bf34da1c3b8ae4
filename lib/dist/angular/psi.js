"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.psiMarginTarget = exports.psiSlopeOfCos = exports.psiOfCos = exports.chebyshevCos = exports.psiOfTheta = exports.psiPieces = exports.psi = exports.psiInterval = void 0;
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
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const margins_1 = require("./margins");
const margin_target_1 = require("./margin_target");
const no_gradient_1 = require("./no_gradient");
/** k such that θ ∈ [kπ/m, (k+1)π/m] (the upper end π belongs to k = m − 1). */
function psiInterval(theta, m) {
    (0, validation_1.checkAngle)("psiInterval", "theta", theta);
    (0, validation_1.checkInteger)("psiInterval", "m", m, { min: 1, max: margins_1.MAX_PSI_MARGIN });
    return Math.min(m - 1, Math.floor((m * theta) / Math.PI));
}
exports.psiInterval = psiInterval;
/** ψ(θ) for one angle θ ∈ [0, π] and an integer m ≥ 1. */
function psi(theta, m) {
    (0, validation_1.checkAngle)("psi", "theta", theta);
    (0, validation_1.checkInteger)("psi", "m", m, { min: 1, max: margins_1.MAX_PSI_MARGIN });
    const k = Math.min(m - 1, Math.floor((m * theta) / Math.PI));
    return (k % 2 === 0 ? 1 : -1) * Math.cos(m * theta) - 2 * k;
}
exports.psi = psi;
/** The m pieces of ψ for margin m: on piece k, ψ runs from 1 − 2k down to −1 − 2k. */
function psiPieces(m) {
    (0, validation_1.checkInteger)("psiPieces", "m", m, { min: 1, max: margins_1.MAX_PSI_MARGIN });
    return Array.from({ length: m }, (_, k) => {
        const sign = k % 2 === 0 ? 1 : -1;
        const [from, to] = [(k * Math.PI) / m, ((k + 1) * Math.PI) / m];
        // (−1)ᵏcos(mθ) − 2k at both ends of its own interval (at `to` the next piece takes over, with the same value)
        return { k, from, to, start: sign * Math.cos(m * from) - 2 * k, end: sign * Math.cos(m * to) - 2 * k };
    });
}
exports.psiPieces = psiPieces;
/** (−1)ᵏ f − 2k for a tensor of interval indices k (held constant by the caller). */
function flipAndShift(k, f) {
    const sign = tf.sub(1, tf.mul(2, tf.mod(k, 2)));
    return tf.sub(tf.mul(sign, f), tf.mul(2, k));
}
/** Element-wise ψ(θ) for a tensor of angles in radians (values are clamped to [0, π] to pick k). */
function psiOfTheta(theta, m) {
    (0, validation_1.checkInteger)("psiOfTheta", "m", m, { min: 1, max: margins_1.MAX_PSI_MARGIN });
    return tf.tidy(() => {
        const t = (0, validation_1.toAngles)("psiOfTheta", "theta", theta);
        const k = (0, no_gradient_1.withoutGradient)(t, (a) => tf.clipByValue(tf.floor(tf.mul(a, m / Math.PI)), 0, m - 1));
        return flipAndShift(k, tf.cos(tf.mul(t, m)));
    });
}
exports.psiOfTheta = psiOfTheta;
/** cos(mθ) = Tₘ(cos θ) by the recurrence Tₙ₊₁ = 2c·Tₙ − Tₙ₋₁ (stable for |c| ≤ 1). */
function chebyshevCos(cos, m) {
    (0, validation_1.checkInteger)("chebyshevCos", "m", m, { min: 0, max: margins_1.MAX_PSI_MARGIN });
    return tf.tidy(() => {
        const c = (0, validation_1.toCosines)("chebyshevCos", "cos", cos);
        let previous = tf.onesLike(c);
        let current = c;
        if (m === 0)
            return previous;
        for (let n = 1; n < m; n++)
            [previous, current] = [current, tf.sub(tf.mul(tf.mul(c, 2), current), previous)];
        return current.clone();
    });
}
exports.chebyshevCos = chebyshevCos;
/**
 * Element-wise ψ(θ) for a tensor of cosines c = cos θ, as (−1)ᵏ Tₘ(c) − 2k with k the number of
 * j ∈ {1, …, m−1} with c ≤ cos(jπ/m). Cosines a rounding error outside [-1, 1] extend the end pieces
 * smoothly (ψ(1.0000001) ≈ 1 + m²·1e-7), so nothing is clamped and the gradient is exact.
 */
function psiOfCos(cos, m) {
    (0, validation_1.checkInteger)("psiOfCos", "m", m, { min: 1, max: margins_1.MAX_PSI_MARGIN });
    return tf.tidy(() => {
        const c = (0, validation_1.toCosines)("psiOfCos", "cos", cos);
        const k = (0, no_gradient_1.withoutGradient)(c, (v) => {
            let count = tf.zerosLike(v);
            for (let j = 1; j < m; j++)
                count = tf.add(count, tf.cast(tf.lessEqual(v, Math.cos((j * Math.PI) / m)), "float32"));
            return count;
        });
        return flipAndShift(k, chebyshevCos(c, m));
    });
}
exports.psiOfCos = psiOfCos;
/** ψ(c) and dψ/dc for one cosine, in float64: k by the same comparisons as `psiOfCos`, Tₘ and Uₘ₋₁ by recurrence. */
function psiAndSlope(c, m) {
    let k = 0;
    for (let j = 1; j < m; j++)
        if (c <= Math.cos((j * Math.PI) / m))
            k += 1;
    const sign = k % 2 === 0 ? 1 : -1;
    // T₀ = 1, T₁ = c and U₀ = 1, U₁ = 2c, both by X_{n+1} = 2c·Xₙ − Xₙ₋₁; Tₘ and Uₘ₋₁ wanted
    let [t0, t1, u0, u1] = [1, c, 1, 2 * c];
    for (let n = 1; n < m; n++)
        [t0, t1] = [t1, 2 * c * t1 - t0];
    for (let n = 1; n < m - 1; n++)
        [u0, u1] = [u1, 2 * c * u1 - u0];
    return { psi: sign * t1 - 2 * k, slope: sign * m * (m === 1 ? u0 : u1) };
}
/**
 * dψ/dc element-wise: (−1)ᵏ Tₘ'(c) = (−1)ᵏ m·Uₘ₋₁(c), with the Chebyshev polynomials of the second
 * kind U₀ = 1, U₁ = 2c, Uₙ₊₁ = 2c·Uₙ − Uₙ₋₁ (Uₘ₋₁(cos θ) = sin(mθ)/sin θ). A polynomial, so it is
 * finite at c = ±1 where the θ form sin(mθ)/sin θ is 0/0. Computed in float64; no gradient of its own
 * (it is a slope).
 */
function psiSlopeOfCos(cos, m) {
    (0, validation_1.checkInteger)("psiSlopeOfCos", "m", m, { min: 1, max: margins_1.MAX_PSI_MARGIN });
    const slope = { value: (c) => psiAndSlope(c, m).slope, slope: () => 0 };
    return tf.tidy(() => (0, no_gradient_1.withoutGradient)((0, validation_1.toCosines)("psiSlopeOfCos", "cos", cos), (c) => (0, margin_target_1.evaluateTarget)(slope, c).value));
}
exports.psiSlopeOfCos = psiSlopeOfCos;
/**
 * L-Softmax's and A-Softmax's margin as a `MarginTarget`: the annealed blend of the plain cosine and
 * ψ, f(c) = (λc + ψ(c))/(1 + λ), f'(c) = (λ + ψ'(c))/(1 + λ). λ = 0 is the pure ψ target.
 */
function psiMarginTarget(m, lambda) {
    (0, validation_1.checkInteger)("psiMarginTarget", "m", m, { min: 1, max: margins_1.MAX_PSI_MARGIN });
    (0, validation_1.checkRange)("psiMarginTarget", "lambda", lambda, { min: 0 });
    return {
        value: (c) => (lambda * c + psiAndSlope(c, m).psi) / (1 + lambda),
        slope: (c) => (lambda + psiAndSlope(c, m).slope) / (1 + lambda),
    };
}
exports.psiMarginTarget = psiMarginTarget;
//# sourceMappingURL=psi.js.map