/**
 * What every classification head shares: a trainable weight matrix W [d, C] (one column a class,
 * the layout of a dense layer's kernel), seeded initialisation, validated inputs, and the way a loss
 * is formed from the logits.
 *
 * A head maps features x [B, d] (the last hidden layer of a network) to logits [B, C]:
 * - `logits(features, labels)`: the training logits, with the head's margin applied to each row's
 *   target class only (the other classes keep their plain logits);
 * - `loss(features, labels, { reduction })`: softmax cross-entropy of those logits, per sample and
 *   then reduced (`reduceLoss`; default "mean"), differentiable with respect to the features and to
 *   `trainableVariables`;
 * - `scores(features)`: the logits without any margin, used for prediction (`predict`) and accuracy;
 * - `cosines(features)`: cos θ between each feature and each class weight.
 *
 * A training loop: `optimizer.minimize(() => head.loss(net(x), y), false, [...netVars,
 * ...head.trainableVariables]); head.step();` (`step` advances the λ schedule of L-/A-Softmax and does
 * nothing for the other heads). `dispose()` frees the variables.
 *
 * Initialisation (unless `weights` is given): Glorot uniform, U(−a, a) with a = √(6/(d + C)), the
 * default of Keras' dense layers, drawn from `Rng(seed)` so it is the same on every machine and
 * backend. (SphereFace's Caffe model fills this layer with Caffe's "xavier", U(−√(3/d), √(3/d)); the
 * L-Softmax MNIST model with "msra", a Gaussian of variance 2/d. Pass `weights` to use either.)
 */
import * as tf from "@tensorflow/tfjs";
import { type Reduction } from "../losses/reduction";
import { type OptionNames, type TensorInput } from "../validation";
export interface HeadOptions {
    /** d, the width of the features (an integer ≥ 1). */
    inputDim: number;
    /** C, the number of classes (an integer ≥ 2). */
    numClasses: number;
    /** Seed of the initialisation. @default 0 */
    seed?: number;
    /** Initial weights [d, C] (one column a class) instead of the seeded initialisation. */
    weights?: TensorInput;
}
/** Glorot-uniform values for a [rows, cols] matrix, row-major, from a seeded generator. */
export declare function glorotUniform(rows: number, cols: number, seed: number): Float32Array;
/** The largest weight matrix a head allocates (d · C entries, 400 MB of float32): an error beyond, not a crash. */
export declare const MAX_HEAD_WEIGHTS = 100000000;
/**
 * Checks a head's options object (unknown keys, nulls; `extra` names the head's own options) and
 * returns the validated sizes and seed. Subclasses call it before `super` so that every option is
 * checked before any variable is created.
 */
export declare function checkHeadOptions(fn: string, options: HeadOptions, extra?: OptionNames): {
    d: number;
    C: number;
    seed: number;
};
/** A trainable variable from a user's initial value (checked: shape, finite) or from `fallback`. */
export declare function initialVariable(fn: string, arg: string, value: TensorInput | undefined, shape: number[], fallback: () => tf.Tensor): tf.Variable;
export declare abstract class ClassificationHead {
    /** The head's name in error messages ("ArcFaceHead"). */
    readonly name: string;
    /** d, the feature width. */
    readonly inputDim: number;
    /** C, the number of classes. */
    readonly numClasses: number;
    /** W [d, C]: column j is class j's weight vector wⱼ. */
    readonly weights: tf.Variable<tf.Rank.R2>;
    protected constructor(
    /** The head's name in error messages ("ArcFaceHead"). */
    name: string, options: HeadOptions, 
    /** The subclass's own option names (checked by the subclass before `super`). */
    extraOptions?: OptionNames);
    /** The variables an optimiser updates. */
    get trainableVariables(): tf.Variable[];
    private disposed;
    /** Training logits [B, C]: the margin applied to each row's target class. */
    logits(features: TensorInput, labels: TensorInput): tf.Tensor2D;
    /** Softmax cross-entropy of the training logits: per sample ("none") or reduced (default "mean"). */
    loss(features: TensorInput, labels: TensorInput, options: {
        reduction: "none";
    }): tf.Tensor1D;
    loss(features: TensorInput, labels: TensorInput, options?: {
        reduction?: "mean" | "sum";
    }): tf.Scalar;
    loss(features: TensorInput, labels: TensorInput, options?: {
        reduction?: Reduction;
    }): tf.Tensor;
    /** Logits without margin [B, C], for prediction and accuracy. */
    scores(features: TensorInput): tf.Tensor2D;
    /** The predicted class of each feature row (argmax of `scores`), int32 [B]. */
    predict(features: TensorInput): tf.Tensor1D;
    /** cos θ [B, C] between each feature and each class weight. */
    cosines(features: TensorInput): tf.Tensor2D;
    /** Whether `dispose()` has been called (the head can no longer be used). */
    get isDisposed(): boolean;
    /** Called once per training step; advances the λ schedule of L-/A-Softmax, a no-op otherwise. */
    step(): void;
    /** Frees the head's variables; using the head afterwards is an error that says so. */
    dispose(): void;
    /** The method's name for messages ("ArcFaceHead.loss"), after checking the head is not disposed. */
    private usable;
    private scoresOf;
    /** The logits without margin. */
    protected abstract plainLogits(x: tf.Tensor2D): tf.Tensor2D;
    /** The logits with the margin on the target classes (one-hot [B, C]). */
    protected abstract marginLogits(x: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Tensor2D;
    /** Per-sample cross-entropy of the margin logits for labels y (int32 [B]); the margin heads fuse it (`MarginHead`). */
    protected lossPerSample(x: tf.Tensor2D, y: tf.Tensor1D): tf.Tensor1D;
    /** One-hot rows [B, C] (float32) of validated labels. */
    protected oneHotOf(y: tf.Tensor1D): tf.Tensor2D;
    /** The class weights as unit columns Ŵ (a zero column stays zero). */
    protected unitWeights(): tf.Tensor2D;
    /** x̂ · Ŵ: the cosines of a validated feature matrix. */
    protected cosineMatrix(x: tf.Tensor2D): tf.Tensor2D;
    /** Validated features [B, d] and labels [B] (int32). */
    private inputs;
}
//# sourceMappingURL=head.d.ts.map