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
exports.combinedMarginFromCos = exports.combinedMarginMonotoneLimit = exports.combinedMarginTarget = void 0;
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
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
function resolve(fn, options) {
    (0, validation_1.checkOptions)(fn, options, ["m1?", "m2?", "m3?"]);
    return {
        m1: (0, validation_1.checkRange)(fn, "m1", options.m1 ?? 1, { min: 0, minOpen: true }),
        m2: (0, validation_1.checkRange)(fn, "m2", options.m2 ?? 0, { min: 0, max: Math.PI, maxOpen: true }),
        m3: (0, validation_1.checkRange)(fn, "m3", options.m3 ?? 0, { min: 0, max: 2 }),
    };
}
/** cos(m₁θ + m₂) − m₃ for one angle θ ∈ [0, π]. */
function combinedMarginTarget(theta, options = {}) {
    const fn = "combinedMarginTarget";
    (0, validation_1.checkAngle)(fn, "theta", theta);
    const { m1, m2, m3 } = resolve(fn, options);
    return Math.cos(m1 * theta + m2) - m3;
}
exports.combinedMarginTarget = combinedMarginTarget;
/** The angle up to which cos(m₁θ + m₂) − m₃ decreases: θ = (π − m₂)/m₁. */
function combinedMarginMonotoneLimit(options = {}) {
    const { m1, m2 } = resolve("combinedMarginMonotoneLimit", options);
    return (Math.PI - m2) / m1;
}
exports.combinedMarginMonotoneLimit = combinedMarginMonotoneLimit;
/**
 * Element-wise cos(m₁·acos c + m₂) − m₃ for a tensor of cosines c, differentiable by TensorFlow.js's
 * autograd; c is clamped to [−1 + 1e-6, 1 − 1e-6] before acos so the gradient stays finite at ±1.
 */
function combinedMarginFromCos(cos, options = {}) {
    const fn = "combinedMarginFromCos";
    const { m1, m2, m3 } = resolve(fn, options);
    return tf.tidy(() => {
        const c = (0, validation_1.toCosines)(fn, "cos", cos);
        const theta = tf.acos(tf.clipByValue(c, -1 + 1e-6, 1 - 1e-6));
        return tf.sub(tf.cos(tf.add(tf.mul(theta, m1), m2)), m3);
    });
}
exports.combinedMarginFromCos = combinedMarginFromCos;
//# sourceMappingURL=combined_margin.js.map