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
exports.cosFaceMarginTarget = exports.marginTargetOp = exports.evaluateTarget = void 0;
/**
 * A margin as a function of the target cosine: the target logit of a margin head is its norm times
 * f(cos θ_y), and f is given with its derivative in closed form, as two functions of one number,
 *
 *   CosFace  f(c) = c − m                        f'(c) = 1
 *   ArcFace  f(c) = cos(arccos c + m)            f'(c) = sin(θ + m)/sin θ     (see arcface_margin.ts)
 *   L-/A-Softmax f(c) = (λc + ψ(c))/(1 + λ)      f'(c) = (λ + ψ'(c))/(1 + λ)  (see psi.ts)
 *
 * Why scalar functions and a hand-written derivative: f only ever sees one cosine per sample (the
 * target's), a few hundred numbers, but as tensor ops it was a dozen (ArcFace) to forty (ψ) small
 * ops, each costing ~0.03 ms on the wasm backend and ~0.1 ms more when taped for autograd; that made
 * ArcFace's training step 40 % slower than softmax's. `evaluateTarget` reads the cosines once and
 * computes f and f' in float64 JavaScript. (On the wasm, cpu and tensorflow backends the read is a
 * copy; on a GPU backend it would wait for the GPU.) Tests hold f' to TF.js's autograd of the tensor
 * formula and to finite differences.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
function evaluateTarget(target, cos, withSlope = false) {
    const c = cos.dataSync();
    const value = new Float32Array(c.length);
    for (let i = 0; i < c.length; i++)
        value[i] = target.value(c[i]);
    if (!withSlope)
        return { value: tf.tensor(value, cos.shape, "float32") };
    const slope = new Float32Array(c.length);
    for (let i = 0; i < c.length; i++)
        slope[i] = target.slope(c[i]);
    return { value: tf.tensor(value, cos.shape, "float32"), slope: tf.tensor(slope, cos.shape, "float32") };
}
exports.evaluateTarget = evaluateTarget;
/** f as a differentiable op on tensors of cosines: value f(c), gradient dy · f'(c). */
function marginTargetOp(target) {
    return tf.customGrad((c, save) => {
        save([c]);
        return {
            value: evaluateTarget(target, c).value,
            gradFunc: (dy, saved) => tf.mul(dy, evaluateTarget(target, saved[0], true).slope),
        };
    });
}
exports.marginTargetOp = marginTargetOp;
/** CosFace / AM-Softmax: f(c) = c − m, f'(c) = 1. */
function cosFaceMarginTarget(m) {
    return { value: (c) => c - m, slope: () => 1 };
}
exports.cosFaceMarginTarget = cosFaceMarginTarget;
//# sourceMappingURL=margin_target.js.map