/**
 * The arguments the losses share: their option types, and the conversion and checks every loss and
 * gradient runs before computing (validate first). Two families of inputs:
 *
 * - per-element: `labels` and `predictions` (or `logits`) of one shape, one loss value per element
 *   (regression losses, binary cross-entropy, sigmoid focal loss);
 * - per-sample over classes: `logits` with the classes on the last axis and `labels` either as class
 *   indices or as per-class targets (softmax cross-entropy, softmax focal loss).
 *
 * An empty input is an error here (a notebook that passes [] has made a mistake), unlike the metric
 * losses, where a batch with no valid pair is a normal event and reduces to a differentiable zero.
 */
import * as tf from "../tf";
import {
  ShapeError,
  checkNotEmpty,
  checkOneOf,
  checkOptions,
  checkRowsSumToOne,
  checkSameShape,
  checkValues,
  describe,
  toTensor,
  type OptionNames,
  type TensorInput,
} from "../validation";
import { REDUCTIONS, reduceLoss, type Reduction } from "./reduction";

/**
 * How per-element losses are combined (see `reduceLoss`): "none" keeps them, "sum" adds them, "mean"
 * (the default of every loss here, as in PyTorch and tf.losses) averages them over all elements.
 */
export interface ReductionOption {
  /** @default "mean" */
  reduction?: Reduction;
}

/** Targets y and predictions ŷ of the same shape. */
export interface LabelsAndPredictions {
  labels: TensorInput;
  predictions: TensorInput;
}

/** Targets y and raw scores z (before the sigmoid or softmax). */
export interface LabelsAndLogits {
  labels: TensorInput;
  logits: TensorInput;
}

export type PredictionLossOptions = LabelsAndPredictions & ReductionOption;
export type LogitLossOptions = LabelsAndLogits & ReductionOption;

/** The default reduction of every loss. */
export const DEFAULT_REDUCTION: Reduction = "mean";

/** The `reduction` option, checked (undefined means the default). */
export function checkReduction(fn: string, reduction: unknown): Reduction {
  return checkOneOf(fn, "reduction", reduction ?? DEFAULT_REDUCTION, REDUCTIONS);
}

/** Allowed values of a tensor argument (inclusive bounds); every value must also be finite. */
export interface ValueRange {
  min?: number;
  max?: number;
}

/** The two tensor arguments of a per-element loss: their option names and allowed values. */
export interface ElementwiseInputs {
  /** Name of the second option: "predictions" or "logits". */
  input: "predictions" | "logits";
  labels: ValueRange;
  values: ValueRange;
}

/** Labels and predictions anywhere on the real line (regression). */
export const REAL_PREDICTIONS: ElementwiseInputs = { input: "predictions", labels: {}, values: {} };
/** Targets and predictions that are probabilities (binary cross-entropy on ŷ = σ(z)). */
export const PROBABILITIES: ElementwiseInputs = { input: "predictions", labels: { min: 0, max: 1 }, values: { min: 0, max: 1 } };
/** Targets in [0, 1] and logits anywhere on the real line. */
export const LOGITS: ElementwiseInputs = { input: "logits", labels: { min: 0, max: 1 }, values: {} };

/**
 * Checks the options object of a loss (`withReduction`) or of a gradient: `labels`, the second input
 * ("predictions" or "logits"), the function's own options (`extra`, e.g. ["delta?"]) and, for a
 * loss, "reduction?". Unknown keys and nulls are refused (see `checkOptions`).
 */
export function checkLossOptions<T>(fn: string, input: "predictions" | "logits", options: T, extra: OptionNames, withReduction: boolean): T {
  return checkOptions(fn, options, ["labels", input, ...extra, ...(withReduction ? ["reduction?"] : [])]);
}

/**
 * Per-element values f(labels, x) of a per-element loss or gradient, after the checks: the options
 * (those of `checkLossOptions`, with `extra` the function's own), both tensors non-empty, of the same
 * shape, finite and in their ranges. Runs in a `tf.tidy`.
 */
export function elementwise(
  fn: string,
  inputs: ElementwiseInputs,
  options: Partial<LabelsAndPredictions & LabelsAndLogits>,
  f: (labels: tf.Tensor, x: tf.Tensor) => tf.Tensor,
  extra: OptionNames = [],
): tf.Tensor {
  checkLossOptions(fn, inputs.input, options, extra, false);
  return elementValues(fn, inputs, options, f);
}

/** `elementwise` without the options check (done by the caller). */
function elementValues(
  fn: string,
  inputs: ElementwiseInputs,
  options: Partial<LabelsAndPredictions & LabelsAndLogits>,
  f: (labels: tf.Tensor, x: tf.Tensor) => tf.Tensor,
): tf.Tensor {
  return tf.tidy(() => {
    const labels = toTensor(fn, "labels", options.labels);
    const x = toTensor(fn, inputs.input, options[inputs.input]);
    checkNotEmpty(fn, "labels", labels);
    checkSameShape(fn, "labels", labels, inputs.input, x);
    checkValues(fn, "labels", labels, inputs.labels);
    checkValues(fn, inputs.input, x, inputs.values);
    return f(labels, x);
  });
}

/** A per-element loss: the checks (the reduction's first), the per-element values, one reduction. */
export function elementwiseLoss(
  fn: string,
  inputs: ElementwiseInputs,
  options: Partial<LabelsAndPredictions & LabelsAndLogits> & ReductionOption,
  f: (labels: tf.Tensor, x: tf.Tensor) => tf.Tensor,
  extra: OptionNames = [],
): tf.Tensor {
  checkLossOptions(fn, inputs.input, options, extra, true);
  const reduction = checkReduction(fn, options.reduction);
  return tf.tidy(() => reduceLoss(fn, elementValues(fn, inputs, options, f), reduction));
}

/**
 * Logits with the classes on the last axis (rank >= 1, non-empty, finite) and their labels as per-class
 * targets of the same shape. `labels` may be
 * - class indices, of the shape of `logits` without its last axis (integers in [0, C − 1]), turned
 *   into one-hot rows; or
 * - per-class targets of the shape of `logits` (one-hot rows or probabilities, each in [0, 1], every
 *   row summing to 1 within float32 tolerance).
 */
export function toClassTargets(fn: string, labelsValue: unknown, logitsValue: unknown): { logits: tf.Tensor; targets: tf.Tensor } {
  const logits = toTensor(fn, "logits", logitsValue);
  if (logits.rank < 1) throw new ShapeError(fn, "logits", "a tensor of rank >= 1 (the classes on the last axis)", describe(logits));
  checkNotEmpty(fn, "logits", logits);
  checkValues(fn, "logits", logits);
  const labels = toTensor(fn, "labels", labelsValue);
  const numClasses = logits.shape[logits.rank - 1];
  const batchShape = logits.shape.slice(0, -1);
  const sameAs = (shape: number[]) => labels.rank === shape.length && shape.every((s, i) => labels.shape[i] === s);
  if (sameAs(logits.shape)) {
    checkValues(fn, "labels", labels, { min: 0, max: 1, what: "per-class targets: finite numbers >= 0 and <= 1" });
    checkRowsSumToOne(fn, "labels", labels, "per-class targets whose rows sum to 1 (one-hot rows or probabilities)");
    return { logits, targets: labels };
  }
  if (sameAs(batchShape)) {
    checkValues(fn, "labels", labels, {
      min: 0,
      max: numClasses - 1,
      integer: true,
      what: `class indices: integers >= 0 and <= ${numClasses - 1}`,
    });
    // tf.oneHot needs a depth of 2 or more; with a single class every target is [1]
    const targets = numClasses === 1 ? tf.ones(logits.shape) : tf.cast(tf.oneHot(tf.cast(labels, "int32"), numClasses), "float32");
    return { logits, targets };
  }
  const shape = (s: number[]) => `[${s.join(", ")}]`;
  throw new ShapeError(
    fn,
    "labels",
    `class indices of shape ${shape(batchShape)} or per-class targets of shape ${shape(logits.shape)} (for 'logits' of shape ${shape(logits.shape)})`,
    describe(labels),
  );
}
