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
exports.safeSqrtOf = exports.safeSqrt = void 0;
/**
 * √x with a usable gradient at 0. The plain derivative 1/(2√x) is infinite at x = 0, so a pair of
 * identical embeddings would turn every gradient in the batch into NaN (0·∞). Here the gradient at
 * x = 0 is 0 (the sub-gradient TensorFlow Addons' pairwise distance also uses), and 1/(2√x) elsewhere.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const safeSqrtOp = tf.customGrad((x, save) => {
    const root = tf.sqrt(tf.relu(x));
    save([root]);
    return {
        value: root,
        gradFunc: (dy, saved) => {
            const [r] = saved;
            const positive = tf.greater(r, 0);
            // divide by 1 where r = 0 so the unused branch holds no Infinity
            return tf.where(positive, tf.div(dy, tf.mul(tf.where(positive, r, tf.onesLike(r)), 2)), tf.zerosLike(dy));
        },
    };
});
/**
 * Element-wise √x (x < 0, from rounding, is read as 0: a documented clamp); the gradient at 0 is 0.
 * NaN and infinite values are refused (a value check).
 */
function safeSqrt(x) {
    return tf.tidy(() => {
        const t = (0, validation_1.toTensor)("safeSqrt", "x", x);
        (0, validation_1.checkValues)("safeSqrt", "x", t);
        return safeSqrtOp(t);
    });
}
exports.safeSqrt = safeSqrt;
/** `safeSqrt` without the checks, for tensors computed from validated inputs (distances in a training step). */
function safeSqrtOf(x) {
    return safeSqrtOp(x);
}
exports.safeSqrtOf = safeSqrtOf;
//# sourceMappingURL=safe_sqrt.js.map