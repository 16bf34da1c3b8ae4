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
exports.acosChecked = exports.safeAcos = exports.ACOS_EPSILON = void 0;
/**
 * θ = arccos(c) with a finite gradient everywhere.
 *
 * The derivative dθ/dc = −1/√(1 − c²) is infinite at c = ±1, exactly where a feature is aligned
 * (θ = 0) or anti-aligned (θ = π) with a class weight, and float32 rounding puts cosines a hair
 * outside [-1, 1] (1.0000001), where `acos` is NaN. One such sample would turn every gradient of the
 * batch into NaN, and even a branch that a `tf.where` discards poisons the gradient (0 · ∞ = NaN).
 *
 * Choice made here (a custom gradient rather than clamping c to ±(1 − ε)):
 * - value: arccos of c clamped to [-1, 1], so θ is exact: 0 at c = 1 and π at c = −1 (clamping to
 *   ±(1 − ε) would report θ(1) = √(2ε) instead of 0);
 * - gradient: −1/√(max(1 − c², ε)), the exact derivative wherever 1 − c² ≥ ε and bounded by 1/√ε
 *   beyond. With ε = 1e-6 the bound is 1000, reached for θ below about 1e-3 rad (0.06°) from 0 or π;
 *   there a float32 cosine (spacing 6e-8 near 1, while 1 − cos θ ≈ θ²/2 = 5e-7) fixes θ only to
 *   about 10 %, so the exact derivative would be noise anyway. Outside [-1, 1] the gradient is that of
 *   the nearest end (the cosine's rounding error is not a reason to stop learning).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
/** Floor on 1 − c² in the gradient of `safeAcos`: |dθ/dc| ≤ 1/√ε = 1000. */
exports.ACOS_EPSILON = 1e-6;
/**
 * c clamped to [-1, 1] by maximum and minimum, which keep a NaN on every backend (wasm's
 * clipByValue turns NaN into -1, so acos would give π there and NaN on cpu).
 */
function clampCosine(c) {
    return tf.minimum(tf.maximum(c, -1), 1);
}
function acosOp(epsilon) {
    return tf.customGrad((c, save) => {
        // save the input, not an intermediate: a kept intermediate is reported as a leak under IS_TEST
        save([c]);
        return {
            value: tf.acos(clampCosine(c)),
            gradFunc: (dy, saved) => {
                const oneMinusSquare = tf.sub(1, tf.square(clampCosine(saved[0])));
                return tf.neg(tf.mul(dy, tf.rsqrt(tf.maximum(oneMinusSquare, epsilon))));
            },
        };
    });
}
const defaultAcos = acosOp(exports.ACOS_EPSILON);
/**
 * Element-wise θ = arccos(c) ∈ [0, π] for cosines c (clamped to [-1, 1]), with the bounded gradient
 * −1/√(max(1 − c², ε)).
 */
function safeAcos(cos, options = {}) {
    return acosChecked("safeAcos", cos, options);
}
exports.safeAcos = safeAcos;
/**
 * `safeAcos` for the public function `fn` (safeAcos, angles): options checked, NaN and infinite
 * cosines refused (a NaN would otherwise pass as NaN, or as π on wasm without `clampCosine`).
 */
function acosChecked(fn, cos, options) {
    (0, validation_1.checkOptions)(fn, options, ["epsilon?"]);
    const epsilon = (0, validation_1.checkRange)(fn, "epsilon", options.epsilon ?? exports.ACOS_EPSILON, { min: 0, max: 1, minOpen: true });
    return tf.tidy(() => {
        const c = (0, validation_1.toTensor)(fn, "cos", cos);
        (0, validation_1.checkValues)(fn, "cos", c);
        return (epsilon === exports.ACOS_EPSILON ? defaultAcos : acosOp(epsilon))(c);
    });
}
exports.acosChecked = acosChecked;
//# sourceMappingURL=safe_acos.js.map