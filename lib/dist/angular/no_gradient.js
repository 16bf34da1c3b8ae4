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
exports.withoutGradient = void 0;
/**
 * Piecewise formulas pick their piece with comparisons (which interval θ lies in, which branch of a
 * margin applies). A comparison has no gradient in TensorFlow.js ("gradient function not found for
 * LessEqual"), and its answer is a constant of the piece anyway. `withoutGradient` computes such a
 * piece index off the gradient tape: its value is `f(x)`, its gradient with respect to `x` is zero.
 * (TensorFlow.js has no `stopGradient`; ops run inside a custom gradient's forward pass are not
 * recorded, which is what this relies on.) Internal to losslab.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
function withoutGradient(x, f) {
    const op = tf.customGrad((input) => ({
        value: f(input),
        gradFunc: (dy) => tf.zerosLike(input),
    }));
    return op(x);
}
exports.withoutGradient = withoutGradient;
//# sourceMappingURL=no_gradient.js.map