/**
 * Trains a feature network with a classification head on top (lessons 05–09): the loss of each batch
 * is the head's margin loss on the network's features, `head.step()` advances the λ schedule of
 * L-/A-Softmax after every step, and after every epoch the test set is evaluated and the features of
 * a fixed sample of test digits are recorded, so a notebook can draw them moving while training runs.
 *
 *   const run = await trainHead({ net, head, train, test, epochs: 8, live: (s) => featureFigure(s) });
 *
 * `live` turns each snapshot (epoch 0, before training, then every epoch) into a figure shown in one
 * output that is redrawn in place; the last one is sent with its offline rendition (`final: true`).
 * Everything is seeded: the network's and head's initialisations by their own seeds, the batches by
 * `seed`, the watched digits by `watchSeed`.
 */
import { type MnistSet } from "../data/mnist";
import type { ClassificationHead } from "../heads/head";
import { type TrainHistory } from "../models/train";
import type { Figure } from "../plot/types";
import { type FeatureNet } from "./evaluate";
/** The state of training after an epoch, with the features of the watched test digits. */
export interface FeatureSnapshot {
    /** Epochs done (0: before training). */
    epoch: number;
    epochs: number;
    /** Mean training loss of the epoch (NaN at epoch 0). */
    loss: number;
    /** Accuracy on the whole test set (NaN without one). */
    testAccuracy: number;
    /** Seconds of training so far. */
    seconds: number;
    /** λ of an annealed head (L-/A-Softmax); NaN for the others. */
    lambda: number;
    /** Features of the watched test digits, with their labels and row numbers in the test set. */
    features: number[][];
    labels: number[];
    rows: number[];
    /** The class weight vectors wⱼ, one row a class (the columns of the head's W). */
    weights: number[][];
}
export interface TrainHeadOptions {
    net: FeatureNet;
    head: ClassificationHead;
    train: MnistSet;
    /** Evaluated after every epoch; its digits are the ones watched. */
    test?: MnistSet;
    /** @default 5 */
    epochs?: number;
    /** @default 128 */
    batchSize?: number;
    /** Adam's step size. @default 0.001 */
    learningRate?: number;
    /** Seed of the batch shuffles. @default 0 */
    seed?: number;
    /** Test digits per class whose features are recorded (a balanced sample). @default 50 */
    watchPerClass?: number;
    /** @default 0 */
    watchSeed?: number;
    /** Called with every snapshot (awaited). */
    onEpoch?: (snapshot: FeatureSnapshot) => void | Promise<void>;
    /** Draws a snapshot: shown live, redrawn in place at every epoch. */
    live?: (snapshot: FeatureSnapshot) => Figure;
    /** Without `live`: a progress bar named this, with the test accuracy, updated every epoch. */
    progress?: string;
    /** Value checks (NaN scans) inside each step; see `TrainOptions.valueChecks`. @default false */
    valueChecks?: boolean;
}
export interface HeadTrainingRun {
    history: TrainHistory;
    /** Epoch 0 (before training) to the last epoch. */
    snapshots: FeatureSnapshot[];
    /** The last snapshot. */
    final: FeatureSnapshot;
    /** Test accuracy and error after training (NaN without a test set). */
    testAccuracy: number;
    testError: number;
    /** Wall-clock seconds of training and evaluation. */
    seconds: number;
}
/** The class weight vectors as rows: W [d, C] → C rows of length d. */
export declare function weightRows(head: ClassificationHead): number[][];
/** Trains `net` and `head` together with the head's loss; see the module comment. */
export declare function trainHead(options: TrainHeadOptions): Promise<HeadTrainingRun>;
//# sourceMappingURL=train_head.d.ts.map