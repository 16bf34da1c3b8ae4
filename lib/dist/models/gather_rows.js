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
exports.gatherRows = void 0;
/**
 * `tf.gather` along the first axis with a gradient that runs on every backend. TensorFlow.js's own
 * gradient of a gather is an UnsortedSegmentSum, a kernel the wasm backend does not have ("Kernel
 * 'UnsortedSegmentSum' not registered for backend 'wasm'"); this one scatters the incoming gradient
 * back with ScatterNd, which sums over repeated indices just the same.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const gatherOp = tf.customGrad((...args) => {
    const [input, indices, save] = args;
    const shape = input.shape;
    save([indices]);
    return {
        value: tf.gather(input, indices),
        gradFunc: (dy, saved) => [
            tf.scatterND(tf.expandDims(saved[0], 1), dy, shape),
            tf.zerosLike(saved[0]), // indices are not differentiable
        ],
    };
});
/** Rows `indices` of x ([N, …] → [K, …]); the gradient adds up over repeated rows. No checks (a hot path). */
function gatherRows(x, indices) {
    return tf.tidy(() => gatherOp(x, indices instanceof tf.Tensor ? indices : tf.tensor1d(indices, "int32")));
}
exports.gatherRows = gatherRows;
//# sourceMappingURL=gather_rows.js.map