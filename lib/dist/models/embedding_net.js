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
exports.EmbeddingNet = void 0;
/**
 * The course's embedding (feature) network: a multilayer perceptron 784-256-128-d, ReLU after each
 * hidden layer, a linear last layer giving the embedding f(x) ∈ ℝᵈ (d = 2 or 3 so it can be drawn).
 * Lesson 04 trains it with contrastive and triplet losses, lessons 05-09 put a classification head
 * (softmax, L-Softmax, A-Softmax, CosFace, ArcFace) on top of it.
 *
 * Built from TensorFlow.js core ops and variables, no layers API, so a training loop sees every
 * operation; dense layers use `fastDense`. Weights start from Glorot-uniform draws of losslab's seeded
 * `Rng` (Keras's default initialiser: U(−l, l), l = √(6 / (fan_in + fan_out))), biases at 0.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const rng_1 = require("../random/rng");
const validation_1 = require("../validation");
const dense_1 = require("./dense");
class EmbeddingNet {
    constructor(options = {}) {
        const fn = "EmbeddingNet";
        (0, validation_1.checkOptions)(fn, options, ["inputSize?", "hidden?", "embeddingSize?", "seed?", "fast?", "dense?", "inputGradient?"]);
        const inputSize = (0, validation_1.checkInteger)(fn, "inputSize", options.inputSize ?? 784, { min: 1 });
        const hidden = options.hidden ?? [256, 128];
        if (!Array.isArray(hidden))
            throw new validation_1.InputTypeError(fn, "hidden", "an array of layer sizes", (0, validation_1.describe)(hidden));
        hidden.forEach((h, i) => (0, validation_1.checkInteger)(fn, `hidden[${i}]`, h, { min: 1 }));
        const d = (0, validation_1.checkInteger)(fn, "embeddingSize", options.embeddingSize ?? 2, { min: 1 });
        const rng = new rng_1.Rng((0, validation_1.checkInteger)(fn, "seed", options.seed ?? 0));
        this.sizes = [inputSize, ...hidden, d];
        const inputGradient = options.inputGradient === true;
        const formulation = options.dense === undefined ? undefined : (0, validation_1.checkOneOf)(fn, "dense", options.dense, ["explicitTranspose", "transposeFlags"]);
        this.dense = options.fast === false
            ? (x, w, b) => (0, dense_1.plainDense)(x, w, b)
            : (x, w, b, first) => (0, dense_1.fastDense)(x, w, b, { inputGradient: inputGradient || !first, formulation });
        this.weights = [];
        this.biases = [];
        for (let k = 0; k + 1 < this.sizes.length; k++) {
            const [fanIn, fanOut] = [this.sizes[k], this.sizes[k + 1]];
            const limit = Math.sqrt(6 / (fanIn + fanOut));
            const w = Float32Array.from({ length: fanIn * fanOut }, () => rng.uniform(-limit, limit));
            // tidy frees the initial tensors; the variables hold their own copies and survive it
            this.weights.push(tf.tidy(() => tf.variable(tf.tensor2d(w, [fanIn, fanOut]), true)));
            this.biases.push(tf.tidy(() => tf.variable(tf.zeros([fanOut]), true)));
        }
    }
    /** d, the size of an embedding. */
    get embeddingSize() {
        return this.sizes[this.sizes.length - 1];
    }
    /** Weights and biases, layer by layer. */
    get variables() {
        return this.weights.flatMap((w, k) => [w, this.biases[k]]);
    }
    /** Number of learned numbers: 784·256 + 256 + 256·128 + 128 + 128·d + d by default. */
    get parameterCount() {
        return this.variables.reduce((s, v) => s + v.size, 0);
    }
    /** The embeddings [N, d] of inputs [N, inputSize] (differentiable; for training loops). */
    apply(x) {
        if (x.rank !== 2 || x.shape[1] !== this.sizes[0]) {
            throw new validation_1.ShapeError("EmbeddingNet.apply", "x", `a matrix [N, ${this.sizes[0]}]`, (0, validation_1.describe)(x));
        }
        return tf.tidy(() => {
            let h = x;
            const last = this.weights.length - 1;
            this.weights.forEach((w, k) => {
                const z = this.dense(h, w, this.biases[k], k === 0);
                h = k < last ? tf.relu(z) : z;
            });
            return h;
        });
    }
    /** Embeddings of many inputs, computed in chunks of `batchSize` rows (default 1000), no gradient. */
    embed(x, options = {}) {
        const fn = "EmbeddingNet.embed";
        (0, validation_1.checkOptions)(fn, options, ["batchSize?"]);
        const batchSize = (0, validation_1.checkInteger)(fn, "batchSize", options.batchSize ?? 1000, { min: 1 });
        return tf.tidy(() => {
            const t = (0, validation_1.toTensor)(fn, "x", x);
            (0, validation_1.checkRank)(fn, "x", t, 2);
            const n = t.shape[0];
            if (n <= batchSize)
                return this.apply(t);
            const parts = [];
            for (let start = 0; start < n; start += batchSize) {
                const size = Math.min(batchSize, n - start);
                parts.push(this.apply(tf.slice(t, [start, 0], [size, -1])));
            }
            return tf.concat(parts, 0);
        });
    }
    /** Frees the variables. */
    dispose() {
        this.variables.forEach((v) => v.dispose());
    }
}
exports.EmbeddingNet = EmbeddingNet;
//# sourceMappingURL=embedding_net.js.map