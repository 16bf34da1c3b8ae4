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
exports.angles = exports.cosines = exports.cosineMatrix = void 0;
/**
 * Cosines and angles between features and class weights: the quantities every angular-margin loss is
 * written in. With xᵢ the rows of `features` [B, d] and w_j the columns of `weights` [d, C]:
 *
 *   cos θᵢⱼ = x̂ᵢ · ŵⱼ,   θᵢⱼ = arccos(cos θᵢⱼ) ∈ [0, π]
 *
 * Both sides are normalised with `l2Normalize` (a zero feature or weight vector gives cos θ = 0,
 * θ = π/2, with finite gradients) and the angles come from `safeAcos` (exact at 0 and π, bounded
 * gradient there).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const normalize_1 = require("./normalize");
const safe_acos_1 = require("./safe_acos");
const formulations_1 = require("../backend/formulations");
function toPair(fn, features, weights) {
    const x = (0, validation_1.toTensor)(fn, "features", features);
    const w = (0, validation_1.toTensor)(fn, "weights", weights);
    (0, validation_1.checkRank)(fn, "features", x, 2);
    (0, validation_1.checkRank)(fn, "weights", w, 2);
    if (w.shape[0] !== x.shape[1]) {
        throw new validation_1.ShapeError(fn, "weights", `a matrix [d, C] with d = ${x.shape[1]} rows (one column a class, as the features' width)`, (0, validation_1.describe)(w));
    }
    (0, validation_1.checkValues)(fn, "features", x);
    (0, validation_1.checkValues)(fn, "weights", w);
    return [x, w];
}
/** v/‖v‖_ε along `axis`, with ‖v‖² (kept as a size-1 axis) and 1/‖v‖_ε for the gradient. */
function normalized(v, axis) {
    const squared = tf.sum(tf.square(v), axis, true);
    const inverse = tf.rsqrt(tf.maximum(squared, normalize_1.L2_EPSILON));
    return { unit: tf.mul(v, inverse), squared, inverse };
}
/**
 * Gradient through v̂ = v/‖v‖_ε: r(dv̂ − v̂ (v̂·dv̂)) with r = 1/‖v‖, or dv̂/√ε where the floor holds
 * (the derivative of `l2Normalize`, whose norm is constant below the floor).
 */
function normalizeGradient(dUnit, n, axis) {
    const aboveFloor = tf.cast(tf.greaterEqual(n.squared, normalize_1.L2_EPSILON), "float32");
    const along = tf.mul(tf.sum(tf.mul(dUnit, n.unit), axis, true), aboveFloor);
    return tf.mul(tf.sub(dUnit, tf.mul(n.unit, along)), n.inverse);
}
/**
 * x̂·Ŵ for validated x [B, d] and W [d, C]: the same values and gradients as
 * `matMul(l2Normalize(x), l2Normalize(W, { axis: 0 }))`, as one op with its gradient written out
 * (dx̂ = dcos·Ŵᵀ, dŴ = x̂ᵀ·dcos, then through each normalisation). Why: every margin head computes it
 * each training step, and taped it is some 30 small ops forward and back, each ~0.1 ms on wasm.
 */
const cosineMatrixOp = tf.customGrad((x, w, save) => {
    const [xs, ws] = [x, w];
    // only the inputs are saved: intermediates saved here would outlive a call made without a gradient
    save([xs, ws]);
    return {
        value: tf.matMul(normalized(xs, 1).unit, normalized(ws, 0).unit),
        gradFunc: (dy, saved) => {
            const [nx, nw] = [normalized(saved[0], 1), normalized(saved[1], 0)];
            const d = dy;
            // transpose flags are free on the native backend and slow on wasm (formulationFor)
            const flags = (0, formulations_1.formulationFor)().dense === "transposeFlags";
            const dUnitX = flags ? tf.matMul(d, nw.unit, false, true) : tf.matMul(d, tf.transpose(nw.unit));
            // an empty batch: no contribution (wasm's matMul with an inner size 0 reads uninitialised memory)
            const dUnitW = d.shape[0] === 0 ? tf.zerosLike(nw.unit) : flags ? tf.matMul(nx.unit, d, true, false) : tf.matMul(tf.transpose(nx.unit), d);
            return [normalizeGradient(dUnitX, nx, 1), normalizeGradient(dUnitW, nw, 0)];
        },
    };
});
/** cos θ [B, C] of validated features x [B, d] and class columns W [d, C] (zero vectors give 0). */
function cosineMatrix(x, w) {
    return cosineMatrixOp(x, w);
}
exports.cosineMatrix = cosineMatrix;
/** cos θ [B, C] between each feature row of `features` [B, d] and each class column of `weights` [d, C]. */
function cosines(features, weights) {
    return tf.tidy(() => cosineMatrix(...toPair("cosines", features, weights)));
}
exports.cosines = cosines;
/** θ [B, C] in radians, in [0, π], between feature rows and class columns (see `cosines`). */
function angles(features, weights, options = {}) {
    return tf.tidy(() => {
        return (0, safe_acos_1.acosChecked)("angles", cosineMatrix(...toPair("angles", features, weights)), options);
    });
}
exports.angles = angles;
//# sourceMappingURL=cosines.js.map