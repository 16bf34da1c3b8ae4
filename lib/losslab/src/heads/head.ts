import * as tf from "../tf";
import { REDUCTIONS, differentiableZero, reduceLoss, type Reduction } from "../losses/reduction";
import { Rng } from "../random/rng";
import {
  ValueError,
  checkInteger,
  checkNumber,
  checkOneOf,
  checkOptions,
  checkShape,
  checkValues,
  toClassLabels,
  toFeatureMatrix,
  toTensor,
  type OptionNames,
  type TensorInput,
} from "../validation";
import { unitVectorsOf } from "../angular/normalize";
import { cosineMatrix } from "../angular/cosines";
import { crossEntropyPerSample } from "./cross_entropy";

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
export function glorotUniform(rows: number, cols: number, seed: number): Float32Array {
  checkInteger("glorotUniform", "rows", rows, { min: 1 });
  checkInteger("glorotUniform", "cols", cols, { min: 1 });
  checkNumber("glorotUniform", "seed", seed);
  if (rows * cols > MAX_HEAD_WEIGHTS) {
    throw new ValueError("glorotUniform", "rows", `small enough that rows · cols <= ${MAX_HEAD_WEIGHTS}`, `${rows} · ${cols}`);
  }
  const rng = new Rng(seed);
  const a = Math.sqrt(6 / (rows + cols));
  return Float32Array.from({ length: rows * cols }, () => rng.uniform(-a, a));
}

/** The largest weight matrix a head allocates (d · C entries, 400 MB of float32): an error beyond, not a crash. */
export const MAX_HEAD_WEIGHTS = 1e8;

/** The options every head accepts; a head adds its own (`extra`). */
const HEAD_OPTIONS: OptionNames = ["inputDim", "numClasses", "seed?", "weights?"];

/**
 * Checks a head's options object (unknown keys, nulls; `extra` names the head's own options) and
 * returns the validated sizes and seed. Subclasses call it before `super` so that every option is
 * checked before any variable is created.
 */
export function checkHeadOptions(fn: string, options: HeadOptions, extra: OptionNames = []): { d: number; C: number; seed: number } {
  checkOptions(fn, options, [...HEAD_OPTIONS, ...extra]);
  const d = checkInteger(fn, "inputDim", options.inputDim, { min: 1 });
  const C = checkInteger(fn, "numClasses", options.numClasses, { min: 2 });
  const seed = checkInteger(fn, "seed", options.seed ?? 0);
  if (d * C > MAX_HEAD_WEIGHTS) throw new ValueError(fn, "inputDim", `small enough that inputDim · numClasses <= ${MAX_HEAD_WEIGHTS}`, `${d} · ${C}`);
  return { d, C, seed };
}

/** A trainable variable from a user's initial value (checked: shape, finite) or from `fallback`. */
export function initialVariable(fn: string, arg: string, value: TensorInput | undefined, shape: number[], fallback: () => tf.Tensor): tf.Variable {
  return tf.tidy(() => {
    let init: tf.Tensor;
    if (value === undefined) init = fallback();
    else {
      init = toTensor(fn, arg, value);
      checkShape(fn, arg, init, shape);
      checkValues(fn, arg, init);
    }
    // training assigns new values to the variable; the caller's tensor is never written to
    return tf.variable(init, true);
  });
}

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
export abstract class ClassificationHead {
  /** d, the feature width. */
  readonly inputDim: number;
  /** C, the number of classes. */
  readonly numClasses: number;
  /** W [d, C]: column j is class j's weight vector wⱼ. */
  readonly weights: tf.Variable<tf.Rank.R2>;

  protected constructor(
    /** The head's name in error messages ("ArcFaceHead"). */
    readonly name: string,
    options: HeadOptions,
    /** The subclass's own option names (checked by the subclass before `super`). */
    extraOptions: OptionNames = [],
  ) {
    const { d, C, seed } = checkHeadOptions(name, options, extraOptions);
    this.inputDim = d;
    this.numClasses = C;
    this.weights = initialVariable(name, "weights", options.weights, [d, C], () => tf.tensor2d(glorotUniform(d, C, seed), [d, C])) as tf.Variable<tf.Rank.R2>;
  }

  /** The variables an optimiser updates. */
  get trainableVariables(): tf.Variable[] {
    return [this.weights];
  }

  private disposed = false;

  /** Training logits [B, C]: the margin applied to each row's target class. */
  logits(features: TensorInput, labels: TensorInput): tf.Tensor2D {
    const fn = this.usable("logits");
    return tf.tidy(() => {
      const [x, y] = this.inputs(fn, features, labels);
      return this.marginLogits(x, this.oneHotOf(y));
    });
  }

  /** Softmax cross-entropy of the training logits: per sample ("none") or reduced (default "mean"). */
  loss(features: TensorInput, labels: TensorInput, options: { reduction: "none" }): tf.Tensor1D;
  loss(features: TensorInput, labels: TensorInput, options?: { reduction?: "mean" | "sum" }): tf.Scalar;
  loss(features: TensorInput, labels: TensorInput, options?: { reduction?: Reduction }): tf.Tensor;
  loss(features: TensorInput, labels: TensorInput, options: { reduction?: Reduction } = {}): tf.Tensor {
    const fn = this.usable("loss");
    checkOptions(fn, options, ["reduction?"]);
    const reduction = checkOneOf(fn, "reduction", options.reduction ?? "mean", REDUCTIONS);
    return tf.tidy(() => {
      const [x, y] = this.inputs(fn, features, labels);
      // an empty batch: a zero with zero gradients, without the kernels that misread empty inputs on wasm
      if (x.shape[0] === 0 && reduction !== "none") return differentiableZero(x, ...this.trainableVariables);
      return reduceLoss(fn, this.lossPerSample(x, y), reduction);
    });
  }

  /** Logits without margin [B, C], for prediction and accuracy. */
  scores(features: TensorInput): tf.Tensor2D {
    return this.scoresOf(this.usable("scores"), features);
  }

  /** The predicted class of each feature row (argmax of `scores`), int32 [B]. */
  predict(features: TensorInput): tf.Tensor1D {
    const fn = this.usable("predict");
    return tf.tidy(() => tf.argMax(this.scoresOf(fn, features), 1) as tf.Tensor1D);
  }

  /** cos θ [B, C] between each feature and each class weight. */
  cosines(features: TensorInput): tf.Tensor2D {
    const fn = this.usable("cosines");
    return tf.tidy(() => this.cosineMatrix(toFeatureMatrix(fn, "features", features, this.inputDim)));
  }

  /** Whether `dispose()` has been called (the head can no longer be used). */
  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Called once per training step; advances the λ schedule of L-/A-Softmax, a no-op otherwise. */
  step(): void {}

  /** Frees the head's variables; using the head afterwards is an error that says so. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const v of this.trainableVariables) v.dispose();
  }

  /** The method's name for messages ("ArcFaceHead.loss"), after checking the head is not disposed. */
  private usable(method: string): string {
    const fn = `${this.name}.${method}`;
    if (this.disposed) throw new ValueError(fn, "this", "a head that has not been disposed", "a disposed head (dispose() was called)");
    return fn;
  }

  private scoresOf(fn: string, features: TensorInput): tf.Tensor2D {
    return tf.tidy(() => this.plainLogits(toFeatureMatrix(fn, "features", features, this.inputDim)));
  }

  /** The logits without margin. */
  protected abstract plainLogits(x: tf.Tensor2D): tf.Tensor2D;

  /** The logits with the margin on the target classes (one-hot [B, C]). */
  protected abstract marginLogits(x: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Tensor2D;

  /** Per-sample cross-entropy of the margin logits for labels y (int32 [B]); the margin heads fuse it (`MarginHead`). */
  protected lossPerSample(x: tf.Tensor2D, y: tf.Tensor1D): tf.Tensor1D {
    const oneHot = this.oneHotOf(y);
    return crossEntropyPerSample(this.marginLogits(x, oneHot), oneHot);
  }

  /** One-hot rows [B, C] (float32) of validated labels. */
  protected oneHotOf(y: tf.Tensor1D): tf.Tensor2D {
    return tf.cast(tf.oneHot(y, this.numClasses), "float32") as tf.Tensor2D;
  }

  /** The class weights as unit columns Ŵ (a zero column stays zero). */
  protected unitWeights(): tf.Tensor2D {
    return unitVectorsOf(this.weights, 0) as tf.Tensor2D;
  }

  /** x̂ · Ŵ: the cosines of a validated feature matrix. */
  protected cosineMatrix(x: tf.Tensor2D): tf.Tensor2D {
    return cosineMatrix(x, this.weights);
  }

  /** Validated features [B, d] and labels [B] (int32). */
  private inputs(fn: string, features: TensorInput, labels: TensorInput): [tf.Tensor2D, tf.Tensor1D] {
    const x = toFeatureMatrix(fn, "features", features, this.inputDim);
    return [x, toClassLabels(fn, "labels", labels, x.shape[0], this.numClasses)];
  }
}
