/**
 * Adam (Kingma & Ba 2015) over all variables at once, as one flat vector: the same update as
 * `tf.train.adam`, in about a third of the kernels.
 *
 *   m ← β₁m + (1 − β₁)g,   v ← β₂v + (1 − β₂)g²,   θ ← θ − α_t · m / (√v + ε̂_t)
 *   with α_t = α·√(1 − β₂ᵗ)/(1 − β₁ᵗ) and ε̂_t = ε·√(1 − β₂ᵗ),
 *
 * which is Adam's m̂/(√v̂ + ε) with the bias corrections folded into two numbers computed in float64
 * JavaScript (Kingma & Ba, Section 2, "the efficiency of algorithm 1 can be improved").
 *
 * Why: `tf.train.adam` runs 14 kernels per variable per step. On the native backend a kernel costs
 * about 40 µs whatever its size, so the optimiser of an 8-variable network was 112 of a step's 214
 * kernels. Here the gradients are concatenated once, the moments live in two flat variables, and the
 * update is split back: about 4 + 3 kernels per variable plus 11 in all.
 *
 * Contract: the first `applyGradients` call fixes the variables (names, shapes, order); later calls
 * must pass the same variables. A variable whose gradient is missing in a step gets gradient 0 in
 * that step (its moments decay and it still moves; `tf.train.adam` would skip it).
 */
import * as tf from "@tensorflow/tfjs";
/** A variable's name and a tensor (tfjs-core's NamedTensor, which the tfjs union package does not re-export). */
type NamedTensor = {
    name: string;
    tensor: tf.Tensor;
};
export interface FlatAdamOptions {
    /** α. @default 0.001 (Kingma & Ba) */
    learningRate?: number;
    /** β₁. @default 0.9 */
    beta1?: number;
    /** β₂. @default 0.999 */
    beta2?: number;
    /** ε. @default 1e-7 (`tf.train.adam`'s default on float32 backends; PyTorch uses 1e-8) */
    epsilon?: number;
}
export declare class FlatAdam extends tf.Optimizer {
    static get className(): string;
    readonly learningRate: number;
    readonly beta1: number;
    readonly beta2: number;
    readonly epsilon: number;
    private names;
    private sizes;
    private firstMoment;
    private secondMoment;
    private steps;
    constructor(options?: FlatAdamOptions);
    applyGradients(variableGradients: tf.NamedTensorMap | NamedTensor[]): void;
    /** The first step's variables fix the flat layout; both moments start at zero. */
    private layOut;
    dispose(): void;
    getWeights(): Promise<NamedTensor[]>;
    setWeights(weightValues: NamedTensor[]): Promise<void>;
    getConfig(): tf.serialization.ConfigDict;
    static fromConfig<T extends tf.serialization.Serializable>(cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict): T;
}
export {};
//# sourceMappingURL=flat_adam.d.ts.map