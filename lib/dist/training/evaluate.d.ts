/**
 * Features and accuracy of a trained feature network with a classification head: what every
 * training lesson reports after (and during) training.
 */
import * as tf from "@tensorflow/tfjs";
import { type MnistSet } from "../data/mnist";
import type { ClassificationHead } from "../heads/head";
import type { Trainable } from "../models/train";
/** A network that maps inputs to features: trainable, and able to embed a whole set without gradients. */
export interface FeatureNet extends Trainable {
    embed(x: tf.Tensor2D, options?: {
        batchSize?: number;
    }): tf.Tensor2D;
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
export declare function embedSet(net: FeatureNet, set: MnistSet): number[][];
/** Features of the images already in a tensor, with the head's predictions and accuracy. */
export declare function evaluateTensor(net: FeatureNet, head: ClassificationHead, images: tf.Tensor2D, labels: Int32Array): Evaluation;
/** Accuracy, predictions and features of `head` on top of `net` over a whole set. */
export declare function evaluateHead(options: {
    net: FeatureNet;
    head: ClassificationHead;
    set: MnistSet;
}): Evaluation;
/**
 * Up to `perClass` rows of each class, drawn at random (seeded) and listed class by class: a
 * balanced sample of a test set to draw, so that every digit shows up as clearly as the others.
 */
export declare function balancedRows(labels: ArrayLike<number>, options: {
    perClass: number;
    seed?: number;
}): number[];
//# sourceMappingURL=evaluate.d.ts.map