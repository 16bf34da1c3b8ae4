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
exports.unitVectorsOf = exports.normsOf = exports.l2Normalize = exports.l2Norm = exports.L2_EPSILON = void 0;
/**
 * L2 norms and L2 normalisation that stay finite at the zero vector.
 *
 *   ‖x‖_ε = √(max(Σ xᵢ², ε)),   x̂ = x / ‖x‖_ε
 *
 * The plain norm √(Σ xᵢ²) has an infinite derivative at x = 0, so one all-zero feature row (a dead
 * ReLU layer, a padded sample) would make every gradient NaN. With the floor ε on the squared norm
 * (ε = 1e-12 as in TensorFlow's `tf.math.l2_normalize`) the zero vector normalises to the zero vector,
 * its norm is √ε = 1e-6, and both gradients are finite: ∂‖x‖_ε/∂x = 0 and ∂x̂/∂x = I/√ε there.
 * Away from 0 (‖x‖ > 1e-6) the values are the exact norm and unit vector.
 *
 * Layouts: features are rows [B, d] (axis -1); the weights of a head are columns [d, C] (axis 0),
 * the layout of a dense layer's kernel, so `x · W` gives the logits.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
/** Floor on the squared norm, as in TensorFlow's l2_normalize. */
exports.L2_EPSILON = 1e-12;
function checkL2Options(fn, t, options, names) {
    (0, validation_1.checkOptions)(fn, options, names);
    (0, validation_1.checkValues)(fn, "x", t);
    const { axis = -1, epsilon = exports.L2_EPSILON } = options;
    (0, validation_1.checkInteger)(fn, "axis", axis, { min: -Math.max(t.rank, 1), max: Math.max(t.rank - 1, 0) });
    (0, validation_1.checkRange)(fn, "epsilon", epsilon, { min: 0, minOpen: true });
    return { axis, epsilon };
}
/** ‖x‖_ε along `axis` (kept as a size-1 axis when `keepDims`), finite with a finite gradient at 0. */
function l2Norm(x, options = {}) {
    return tf.tidy(() => {
        const t = (0, validation_1.toTensor)("l2Norm", "x", x);
        const { axis, epsilon } = checkL2Options("l2Norm", t, options, ["axis?", "epsilon?", "keepDims?"]);
        const keepDims = (0, validation_1.checkBoolean)("l2Norm", "keepDims", options.keepDims ?? false);
        return normsOf(t, axis, keepDims, epsilon);
    });
}
exports.l2Norm = l2Norm;
/** x / ‖x‖_ε along `axis`: unit vectors, and the zero vector for a zero vector. */
function l2Normalize(x, options = {}) {
    return tf.tidy(() => {
        const t = (0, validation_1.toTensor)("l2Normalize", "x", x);
        const { axis, epsilon } = checkL2Options("l2Normalize", t, options, ["axis?", "epsilon?"]);
        return unitVectorsOf(t, axis, epsilon);
    });
}
exports.l2Normalize = l2Normalize;
/** `l2Norm` without the checks, for inputs validated already (the heads' training step). */
function normsOf(t, axis, keepDims, epsilon = exports.L2_EPSILON) {
    return tf.sqrt(tf.maximum(tf.sum(tf.square(t), axis, keepDims), epsilon));
}
exports.normsOf = normsOf;
/** `l2Normalize` without the checks, for inputs validated already (the heads' training step). */
function unitVectorsOf(t, axis, epsilon = exports.L2_EPSILON) {
    return tf.mul(t, tf.rsqrt(tf.maximum(tf.sum(tf.square(t), axis, true), epsilon)));
}
exports.unitVectorsOf = unitVectorsOf;
//# sourceMappingURL=normalize.js.map