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
exports.plainDense = exports.fastDense = void 0;
/**
 * A dense layer y = x·W + b. `fastDense` has the same value and the same gradients as
 * `tf.add(tf.matMul(x, w), b)`, but as one custom op whose backward pass is written out:
 *
 *   dX = dY·Wᵀ,   dW = Xᵀ·dY,   db = Σ_rows dY.
 *
 * Why: TensorFlow.js's own gradient of the weight is one BatchMatMul with `transposeA`, which on the
 * wasm backend runs about 12× slower than a plain product of the same size; it was 25 of the 39 ms of
 * a 784-256-128 training step. With explicit transposes the step took 8.7 ms (shared/FACTS.md). On
 * the native backend the same flags are free, so there the products keep them (`formulationFor`);
 * one custom op instead of a matMul and an add also puts fewer ops on the tape.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const formulations_1 = require("../backend/formulations");
function denseOp(inputGradient, transposeFlags) {
    return tf.customGrad((...args) => {
        const [x, w, b, save] = args;
        save([x, w]);
        return {
            value: tf.add(tf.matMul(x, w), b),
            gradFunc: (dy, saved) => {
                const [xs, ws] = saved;
                const d = dy;
                const dw = transposeFlags ? tf.matMul(xs, d, true, false) : tf.matMul(tf.transpose(xs), d);
                const dx = !inputGradient ? tf.zerosLike(xs) : transposeFlags ? tf.matMul(d, ws, false, true) : tf.matMul(d, tf.transpose(ws));
                return [dx, dw, tf.sum(d, 0)];
            },
        };
    });
}
/** The four custom ops: [inputGradient][transposeFlags]. */
const OPS = [
    [denseOp(false, false), denseOp(false, true)],
    [denseOp(true, false), denseOp(true, true)],
];
/**
 * x·W + b for x [N, in], W [in, out], b [out], with the backward pass written out. No checks (a hot
 * path). With `inputGradient: false` the gradient with respect to x is reported as zeros and not
 * computed: for a first layer fed with data, whose input gradient nobody uses (it would cost as much
 * as dW). `formulation` says how the products with a transposed factor are written (default: the
 * fastest on the active backend, `formulationFor`): "explicitTranspose" (tf.transpose, then a plain
 * matMul: wasm's transpose flags are slow) or "transposeFlags" (free on the native backend).
 */
function fastDense(x, w, b, options = {}) {
    const flags = (options.formulation ?? (0, formulations_1.formulationFor)().dense) === "transposeFlags";
    return OPS[options.inputGradient === false ? 0 : 1][flags ? 1 : 0](x, w, b);
}
exports.fastDense = fastDense;
/** x·W + b with TensorFlow.js's own gradients: the reference `fastDense` is tested against. */
function plainDense(x, w, b) {
    return tf.add(tf.matMul(x, w), b);
}
exports.plainDense = plainDense;
//# sourceMappingURL=dense.js.map