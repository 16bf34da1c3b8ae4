/**
 * Features and accuracy of a trained feature network with a classification head: what every
 * training lesson reports after (and during) training.
 */
import * as tf from "@tensorflow/tfjs";
import { mnistTensors, type MnistSet } from "../data/mnist";
import type { ClassificationHead } from "losslab";
import type { Trainable } from "losslab";
import { Rng } from "losslab";
import { checkInteger, checkOptions, toLabels } from "losslab/internal";

/** A network that maps inputs to features: trainable, and able to embed a whole set without gradients. */
export interface FeatureNet extends Trainable {
  embed(x: tf.Tensor2D, options?: { batchSize?: number }): tf.Tensor2D;
}

export interface Evaluation {
  /** Share of the set classified right, in [0, 1]. */
  accuracy: number;
  /** 1 − accuracy. */
  error: number;
  count: number;
  /** The predicted class of every row (the head's `predict`: its logits without margin). */
  predictions: Int32Array;
  /** The feature of every row. */
  features: number[][];
  labels: Int32Array;
}

/** The features of every image of a set, as plain rows. */
export function embedSet(net: FeatureNet, set: MnistSet): number[][] {
  const { images, labels } = mnistTensors(set);
  try {
    const f = net.embed(images);
    const rows = f.arraySync();
    f.dispose();
    return rows;
  } finally {
    images.dispose();
    labels.dispose();
  }
}

/** Features of the images already in a tensor, with the head's predictions and accuracy. */
export function evaluateTensor(net: FeatureNet, head: ClassificationHead, images: tf.Tensor2D, labels: Int32Array): Evaluation {
  const [features, predictions] = tf.tidy(() => {
    const f = net.embed(images);
    return [f, head.predict(f)];
  });
  const pred = Int32Array.from(predictions.dataSync());
  const rows = features.arraySync();
  features.dispose();
  predictions.dispose();
  let right = 0;
  pred.forEach((p, i) => (right += p === labels[i] ? 1 : 0));
  const accuracy = labels.length > 0 ? right / labels.length : NaN;
  return { accuracy, error: 1 - accuracy, count: labels.length, predictions: pred, features: rows, labels };
}

/** Accuracy, predictions and features of `head` on top of `net` over a whole set. */
export function evaluateHead(options: { net: FeatureNet; head: ClassificationHead; set: MnistSet }): Evaluation {
  checkOptions("evaluateHead", options, ["net", "head", "set"]);
  const { images, labels } = mnistTensors(options.set);
  labels.dispose();
  try {
    return evaluateTensor(options.net, options.head, images, options.set.labels);
  } finally {
    images.dispose();
  }
}

/**
 * Up to `perClass` rows of each class, drawn at random (seeded) and listed class by class: a
 * balanced sample of a test set to draw, so that every digit shows up as clearly as the others.
 */
export function balancedRows(labels: ArrayLike<number>, options: { perClass: number; seed?: number }): number[] {
  const fn = "balancedRows";
  checkOptions(fn, options, ["perClass", "seed?"]);
  const perClass = checkInteger(fn, "perClass", options.perClass, { min: 1 });
  const rng = new Rng(checkInteger(fn, "seed", options.seed ?? 0));
  const list = toLabels(fn, "labels", labels);
  const byClass = new Map<number, number[]>();
  list.forEach((c, i) => {
    const rows = byClass.get(c);
    if (rows) rows.push(i);
    else byClass.set(c, [i]);
  });
  return [...byClass.keys()]
    .sort((a, b) => a - b)
    .flatMap((c) => rng.shuffle(byClass.get(c)!).slice(0, perClass).sort((a, b) => a - b));
}
