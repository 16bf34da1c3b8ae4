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
import * as tf from "@tensorflow/tfjs";
import { type TensorInput } from "../validation";
import type { DenseFormulation } from "../backend/formulations";
import type { Trainable } from "./train";
export interface EmbeddingNetOptions {
    /** Input size (default 784, a 28×28 digit). */
    inputSize?: number;
    /** Hidden layer sizes (default [256, 128], the course's). */
    hidden?: number[];
    /** d, the embedding size (default 2; 3 for features on a sphere). */
    embeddingSize?: number;
    /** Seed of the initial weights (default 0). */
    seed?: number;
    /** Use `fastDense` (default true); false uses TensorFlow.js's own matMul and add, for reference. */
    fast?: boolean;
    /**
     * How `fastDense` writes its products with a transposed factor (default: the fastest on the active
     * backend, `formulationFor`): "explicitTranspose" or "transposeFlags".
     */
    dense?: DenseFormulation;
    /**
     * Compute the gradient with respect to the input x (default false: training never uses it, and it
     * costs as much as the first layer's weight gradient, about a fifth of a step). **With false,
     * `tf.grad` with respect to the input gives zeros**: set true for saliency maps or adversarial inputs.
     */
    inputGradient?: boolean;
}
export declare class EmbeddingNet implements Trainable {
    /** Layer sizes, input first: [784, 256, 128, d] by default. */
    readonly sizes: number[];
    readonly weights: tf.Variable[];
    readonly biases: tf.Variable[];
    private readonly dense;
    constructor(options?: EmbeddingNetOptions);
    /** d, the size of an embedding. */
    get embeddingSize(): number;
    /** Weights and biases, layer by layer. */
    get variables(): tf.Variable[];
    /** Number of learned numbers: 784·256 + 256 + 256·128 + 128 + 128·d + d by default. */
    get parameterCount(): number;
    /** The embeddings [N, d] of inputs [N, inputSize] (differentiable; for training loops). */
    apply(x: tf.Tensor2D): tf.Tensor2D;
    /** Embeddings of many inputs, computed in chunks of `batchSize` rows (default 1000), no gradient. */
    embed(x: TensorInput, options?: {
        batchSize?: number;
    }): tf.Tensor2D;
    /** Frees the variables. */
    dispose(): void;
}
//# sourceMappingURL=embedding_net.d.ts.map