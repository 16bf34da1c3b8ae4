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
exports.unaryCustomGrad = exports.withDerivative = void 0;
/**
 * An elementwise function given with its derivative in closed form, for the places where automatic
 * differentiation of the numerically stable form would be wrong or not finite: |z| and max(z, 0) at
 * z = 0 in binary cross-entropy with logits, the clamped log at p = 0 in binary cross-entropy, and
 * (1 − p)^γ with γ < 1 at p = 1 in the focal losses.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
/**
 * y = f(x, ...constants), elementwise, whose gradient is dy · derivative(x, ...constants) with respect
 * to `x` only: the constants (the labels) are treated as fixed targets and receive no gradient.
 */
function withDerivative(x, constants, f, derivative) {
    return unaryCustomGrad((input, save) => {
        save([input, ...constants]);
        return {
            value: f(input, ...constants),
            gradFunc: (dy, saved) => tf.mul(dy, derivative(saved[0], ...saved.slice(1))),
        };
    })(x);
}
exports.withDerivative = withDerivative;
/** `tf.customGrad` for a function of one tensor, typed as such (tf types its argument list loosely). */
function unaryCustomGrad(f) {
    return tf.customGrad(f);
}
exports.unaryCustomGrad = unaryCustomGrad;
//# sourceMappingURL=custom_gradient.js.map