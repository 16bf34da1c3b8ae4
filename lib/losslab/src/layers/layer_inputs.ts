/**
 * The inputs of the layers that take class labels (margin layers, loss layers): `[features, labels]`,
 * checked in the layer's own name and the caller's shapes; and the record that lets a compile loss
 * check its targets against the labels the layer was given in the same training step.
 */
import * as tf from "../tf";
import { LosslabArgumentError, ShapeError, ValueError, describe, type OptionNames } from "../validation";

/**
 * The arguments every `tf.layers.Layer` takes, and `customObjects`, which tfjs's deserialiser adds
 * to the config it rebuilds a layer from.
 */
export const LAYER_ARGS: OptionNames = ["name?", "trainable?", "inputShape?", "batchInputShape?", "batchSize?", "dtype?", "weights?", "inputDType?", "customObjects?"];

/** A config value tfjs-layers can write to JSON: plain numbers, strings, booleans and objects of them. */
export function plain(value: unknown): tf.serialization.ConfigDictValue {
  return JSON.parse(JSON.stringify(value ?? null));
}

/** The shapes of a layer's inputs: the features, and the labels when given. */
export interface LabelledShapes {
  features: tf.Shape;
  labels?: tf.Shape;
}

/** Splits a layer's input shape(s) into features and labels; more than two inputs are refused. */
export function labelledShapes(layer: string, inputShape: tf.Shape | tf.Shape[]): LabelledShapes {
  const shapes = Array.isArray(inputShape[0]) ? (inputShape as tf.Shape[]) : [inputShape as tf.Shape];
  if (shapes.length > 2) throw new ShapeError(layer, "inputs", "[features] or [features, labels]", `${shapes.length} inputs`);
  const [features, labels] = shapes;
  if (labels !== undefined && !(labels.length === 1 || (labels.length === 2 && (labels[1] === 1 || labels[1] === null)))) {
    throw new ShapeError(layer, "labels", "class indices of shape [batch] or [batch, 1]", `shape [${labels.map(String).join(", ")}]`);
  }
  return { features, labels };
}

/** The shape of a tensor as the caller gave it, for messages. */
function shapeOf(t: tf.Tensor): string {
  return `shape [${t.shape.join(", ")}]`;
}

/**
 * A batch's class labels as given to a layer's labels input: [B] or [B, 1] integers in 0 … C − 1,
 * one per feature row. Read on the CPU (a batch's labels are small); errors name the layer.
 */
export function layerLabels(layer: string, labels: tf.Tensor, batchSize: number, numClasses: number): Int32Array {
  if (!(labels.rank === 1 || (labels.rank === 2 && labels.shape[1] === 1))) {
    throw new ShapeError(layer, "labels", "class indices of shape [batch] or [batch, 1]", shapeOf(labels));
  }
  if (labels.shape[0] !== batchSize) {
    throw new ShapeError(layer, "labels", `${batchSize} class indices, one per row of the features`, shapeOf(labels));
  }
  const values = labels.dataSync();
  const out = new Int32Array(values.length);
  values.forEach((v, i) => {
    if (!Number.isInteger(v) || v < 0 || v >= numClasses) {
      throw new ValueError(layer, "labels", `class indices 0 … ${numClasses - 1}`, `${describe(v)} at row ${i}`);
    }
    out[i] = v;
  });
  return out;
}

/** The features of a layer call: a [B, d] matrix of the width the layer was built for. */
export function layerFeatures(layer: string, features: tf.Tensor, width: number): tf.Tensor2D {
  if (features.rank !== 2 || features.shape[1] !== width) {
    throw new ShapeError(layer, "features", `a feature matrix [batch, ${width}]`, shapeOf(features));
  }
  return features as tf.Tensor2D;
}

/** The labels a layer saw, keyed by the output it computed with them in a training call. */
const SEEN = new WeakMap<tf.Tensor, { layer: string; labels: Int32Array }>();

/** Records the labels behind a layer's training output (for `checkTargetsAgree`). */
export function recordLabels(output: tf.Tensor, layer: string, labels: Int32Array): void {
  SEEN.set(output, { layer, labels });
}

/**
 * When `yPred` is the training output of a layer that took labels, checks that the targets (class
 * indices, one per row) are the same labels: a model fed contradicting labels and targets is refused.
 */
export function checkTargetsAgree(fn: string, yPred: tf.Tensor, targets: () => tf.Tensor1D): void {
  const seen = SEEN.get(yPred);
  if (seen === undefined) return;
  const given = targets().dataSync(); // the caller runs inside a tidy
  if (given.length !== seen.labels.length) {
    throw new ShapeError(fn, "yTrue", `${seen.labels.length} targets, as many as the labels given to ${seen.layer}`, `${given.length}`);
  }
  for (let i = 0; i < given.length; i++) {
    if (given[i] !== seen.labels[i]) {
      throw new ValueError(
        fn,
        "yTrue",
        `the class indices given to ${seen.layer}'s labels input (targets and labels input must agree)`,
        `target ${given[i]} where the labels input has ${seen.labels[i]}, at row ${i}`,
      );
    }
  }
}

/**
 * Runs `make` (a layer's probe of its options, by the head or loss it wraps) and renames an argument
 * error after the layer: `losslab.CosFaceLayer: argument 'm' …`, not the head's name.
 */
export function asLayer<T>(layer: string, make: () => T): T {
  try {
    return make();
  } catch (e) {
    if (!(e instanceof LosslabArgumentError)) throw e;
    const Kind = e.constructor as new (fn: string, arg: string, expected: string, got: string) => LosslabArgumentError;
    throw new Kind(layer, e.arg, e.expected, e.got);
  }
}
