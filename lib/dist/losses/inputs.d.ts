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
import * as tf from "@tensorflow/tfjs";
import { type OptionNames, type TensorInput } from "../validation";
import { type Reduction } from "./reduction";
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
export declare const DEFAULT_REDUCTION: Reduction;
/** The `reduction` option, checked (undefined means the default). */
export declare function checkReduction(fn: string, reduction: unknown): Reduction;
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
export declare const REAL_PREDICTIONS: ElementwiseInputs;
/** Targets and predictions that are probabilities (binary cross-entropy on ŷ = σ(z)). */
export declare const PROBABILITIES: ElementwiseInputs;
/** Targets in [0, 1] and logits anywhere on the real line. */
export declare const LOGITS: ElementwiseInputs;
/**
 * Checks the options object of a loss (`withReduction`) or of a gradient: `labels`, the second input
 * ("predictions" or "logits"), the function's own options (`extra`, e.g. ["delta?"]) and, for a
 * loss, "reduction?". Unknown keys and nulls are refused (see `checkOptions`).
 */
export declare function checkLossOptions<T>(fn: string, input: "predictions" | "logits", options: T, extra: OptionNames, withReduction: boolean): T;
/**
 * Per-element values f(labels, x) of a per-element loss or gradient, after the checks: the options
 * (those of `checkLossOptions`, with `extra` the function's own), both tensors non-empty, of the same
 * shape, finite and in their ranges. Runs in a `tf.tidy`.
 */
export declare function elementwise(fn: string, inputs: ElementwiseInputs, options: Partial<LabelsAndPredictions & LabelsAndLogits>, f: (labels: tf.Tensor, x: tf.Tensor) => tf.Tensor, extra?: OptionNames): tf.Tensor;
/** A per-element loss: the checks (the reduction's first), the per-element values, one reduction. */
export declare function elementwiseLoss(fn: string, inputs: ElementwiseInputs, options: Partial<LabelsAndPredictions & LabelsAndLogits> & ReductionOption, f: (labels: tf.Tensor, x: tf.Tensor) => tf.Tensor, extra?: OptionNames): tf.Tensor;
/**
 * Logits with the classes on the last axis (rank >= 1, non-empty, finite) and their labels as per-class
 * targets of the same shape. `labels` may be
 * - class indices, of the shape of `logits` without its last axis (integers in [0, C − 1]), turned
 *   into one-hot rows; or
 * - per-class targets of the shape of `logits` (one-hot rows or probabilities, each in [0, 1], every
 *   row summing to 1 within float32 tolerance).
 */
export declare function toClassTargets(fn: string, labelsValue: unknown, logitsValue: unknown): {
    logits: tf.Tensor;
    targets: tf.Tensor;
};
//# sourceMappingURL=inputs.d.ts.map