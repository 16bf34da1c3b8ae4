/**
 * A custom training loop for embedding networks: Adam by default, shuffled mini-batches, epochs, and
 * callbacks for live progress. The loss is a callback `(embeddings, labels, batch) => scalar`, so the
 * same loop trains with a contrastive or triplet loss (a miner can run inside the callback, on
 * `batch.labels`) or with a classification head whose weights are passed as `extraVariables`.
 *
 * Memory: every step runs inside `optimizer.minimize`, which frees the step's tensors; the loss value is
 * read and freed; tensors the loop made are freed at the end (tf.memory().numTensors stays flat).
 */
import * as tf from "@tensorflow/tfjs";
import { type TensorInput } from "../validation";
/** Anything `train` can fit: a forward pass and the variables it learns. */
export interface Trainable {
    apply(x: tf.Tensor2D): tf.Tensor2D;
    readonly variables: tf.Variable[];
}
/** Where a step is: handed to the loss callback. */
export interface BatchInfo {
    /** Epoch, from 0. */
    epoch: number;
    /** Batch within the epoch, from 0. */
    batch: number;
    /** Steps done before this one, over all epochs. */
    step: number;
    /** Rows of the training set in this batch. */
    indices: Int32Array;
    /** Their labels (for miners and pair samplers, no tensor read needed). */
    labels: Int32Array;
}
/** The loss of one batch: embeddings [B, d] and labels [B] (int32) in, a scalar out. */
export type EmbeddingLoss = (embeddings: tf.Tensor2D, labels: tf.Tensor1D, batch: BatchInfo) => tf.Tensor;
export interface BatchProgress {
    epoch: number;
    batch: number;
    /** Batches per epoch. */
    batches: number;
    step: number;
    /** This batch's loss. */
    loss: number;
}
export interface EpochProgress {
    epoch: number;
    epochs: number;
    /** Mean of the epoch's batch losses. */
    loss: number;
    /** Seconds since training started. */
    seconds: number;
}
export interface TrainOptions {
    /** Inputs [N, inputSize]. */
    x: TensorInput;
    /** Class labels, one per row of `x`. */
    labels: TensorInput | Int32Array;
    /** The loss of a batch. */
    loss: EmbeddingLoss;
    /** Passes over the data (default 1). */
    epochs?: number;
    /** Rows per batch (default 128); the last batch of an epoch may be smaller. */
    batchSize?: number;
    /** Adam's step size (default 0.001, Kingma & Ba's); ignored when `optimizer` is given. */
    learningRate?: number;
    /** An optimizer to use (and keep: its state carries over to the next call); default a new Adam, freed at the end. */
    optimizer?: tf.Optimizer;
    /** More variables to learn with the model's, e.g. a classification head's weights. */
    extraVariables?: tf.Variable[];
    /** Seed of the shuffles (default 0). */
    seed?: number;
    /**
     * Whether the checks that read tensor values (NaN and range scans) run inside each training step.
     * The inputs are checked once before the loop and every step's loss is checked to be finite, so by
     * default they are off inside the step (see lib/README.md, "Validation and speed"). @default false
     */
    valueChecks?: boolean;
    /** Called after every step (awaited). */
    onBatch?: (progress: BatchProgress) => void | Promise<void>;
    /** Called after every epoch (awaited). */
    onEpoch?: (progress: EpochProgress) => void | Promise<void>;
}
export interface TrainHistory {
    /** Loss of every step. */
    batchLoss: number[];
    /** Mean batch loss of every epoch. */
    epochLoss: number[];
    /** Steps taken. */
    steps: number;
    /** Wall-clock seconds. */
    seconds: number;
}
/** Trains `model` (and `extraVariables`) to minimise `loss`; resolves with the loss history. */
export declare function train(model: Trainable, options: TrainOptions): Promise<TrainHistory>;
//# sourceMappingURL=train.d.ts.map