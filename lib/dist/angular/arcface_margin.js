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
exports.arcFaceMonotoneLimit = exports.arcFaceTargetFromCos = exports.arcFaceMarginTarget = exports.arcFaceTarget = void 0;
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
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const margins_1 = require("./margins");
const margin_target_1 = require("./margin_target");
const safe_acos_1 = require("./safe_acos");
function resolve(fn, options) {
    (0, validation_1.checkOptions)(fn, options, ["m?", "easyMargin?"]);
    const m = (0, margins_1.checkAdditiveAngularMargin)(fn, options.m ?? margins_1.MARGIN_DEFAULTS.arcFace.m);
    const easyMargin = (0, validation_1.checkBoolean)(fn, "easyMargin", options.easyMargin ?? margins_1.MARGIN_DEFAULTS.arcFace.easyMargin);
    // below this cosine the fallback applies (insightface's `th`); its shift is insightface's `mm`
    return { m, easyMargin, threshold: easyMargin ? 0 : Math.cos(Math.PI - m), shift: easyMargin ? 0 : m * Math.sin(m) };
}
/** ArcFace's target cosine (before the scale s) for one angle θ ∈ [0, π]. */
function arcFaceTarget(theta, options = {}) {
    (0, validation_1.checkAngle)("arcFaceTarget", "theta", theta);
    const { m, threshold, shift } = resolve("arcFaceTarget", options);
    const c = Math.cos(theta);
    return c > threshold ? Math.cos(theta + m) : c - shift;
}
exports.arcFaceTarget = arcFaceTarget;
/**
 * ArcFace's margin as a `MarginTarget` (value and derivative in closed form), for the heads:
 *
 *   cos(θ + m) = c·cos m − sin θ·sin m,   d/dc cos(θ + m) = sin(θ + m)/sin θ = (sin θ·cos m + c·sin m)/sin θ,
 *
 * with c clamped to [-1, 1] and sin θ = √(1 − c²). In the derivative sin θ is floored at √ε
 * (`ACOS_EPSILON`, as `safeAcos` floors its gradient), so it stays finite at c = ±1 (aligned and
 * anti-aligned features), bounded by about sin m/√ε. The fallback and the easy margin have slope 1.
 */
function arcFaceMarginTarget(options = {}) {
    return makeTarget("arcFaceMarginTarget", options);
}
exports.arcFaceMarginTarget = arcFaceMarginTarget;
function makeTarget(fn, options) {
    const { m, threshold, shift } = resolve(fn, options);
    const [cosM, sinM, floor] = [Math.cos(m), Math.sin(m), Math.sqrt(safe_acos_1.ACOS_EPSILON)];
    const clamp = (c) => Math.min(1, Math.max(-1, c));
    const sine = (c) => Math.sqrt(Math.max(0, 1 - c * c));
    return {
        value: (c) => (c > threshold ? clamp(c) * cosM - sine(clamp(c)) * sinM : c - shift),
        slope: (c) => {
            if (!(c > threshold))
                return 1;
            const [cc, s] = [clamp(c), sine(clamp(c))];
            return (s * cosM + cc * sinM) / Math.max(s, floor);
        },
    };
}
/**
 * Element-wise ArcFace target cosine for a tensor of cosines c = cos θ, differentiable with the
 * closed-form derivative of `arcFaceMarginTarget` (finite at c = ±1).
 */
function arcFaceTargetFromCos(cos, options = {}) {
    const fn = "arcFaceTargetFromCos";
    const op = (0, margin_target_1.marginTargetOp)(makeTarget(fn, options));
    return tf.tidy(() => op((0, validation_1.toCosines)(fn, "cos", cos)));
}
exports.arcFaceTargetFromCos = arcFaceTargetFromCos;
/**
 * The largest additive margin for which ArcFace's fallback keeps the target decreasing: the root of
 * cos m + m·sin m = 1 in (0, π), about 2.3311 rad (133.6°). Below it the jump at θ = π − m goes down
 * (from −1 to −cos m − m·sin m); above it, up.
 */
function arcFaceMonotoneLimit() {
    const f = (m) => Math.cos(m) + m * Math.sin(m) - 1;
    let [lo, hi] = [1, Math.PI]; // f(1) > 0 > f(π)
    for (let i = 0; i < 80; i++) {
        const mid = (lo + hi) / 2;
        if (f(mid) > 0)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
exports.arcFaceMonotoneLimit = arcFaceMonotoneLimit;
//# sourceMappingURL=arcface_margin.js.map