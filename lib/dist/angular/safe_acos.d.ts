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
import * as tf from "@tensorflow/tfjs";
import { type TensorInput } from "../validation";
/** Floor on 1 − c² in the gradient of `safeAcos`: |dθ/dc| ≤ 1/√ε = 1000. */
export declare const ACOS_EPSILON = 0.000001;
/**
 * Element-wise θ = arccos(c) ∈ [0, π] for cosines c (clamped to [-1, 1]), with the bounded gradient
 * −1/√(max(1 − c², ε)).
 */
export declare function safeAcos(cos: TensorInput, options?: {
    epsilon?: number;
}): tf.Tensor;
/**
 * `safeAcos` for the public function `fn` (safeAcos, angles): options checked, NaN and infinite
 * cosines refused (a NaN would otherwise pass as NaN, or as π on wasm without `clampCosine`).
 */
export declare function acosChecked(fn: string, cos: TensorInput, options: {
    epsilon?: number;
}): tf.Tensor;
//# sourceMappingURL=safe_acos.d.ts.map