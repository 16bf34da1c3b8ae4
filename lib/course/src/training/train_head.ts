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
import { mnistTensors, type MnistSet } from "../data/mnist";
import type { ClassificationHead } from "losslab";
import { train, type TrainHistory } from "losslab";
import { live as liveOutput, type LiveOutput } from "../notebook/display";
import type { Figure } from "../notebook/figure_types";
import { InputTypeError } from "losslab";
import { checkInteger, checkOptions, describe } from "losslab/internal";
import { balancedRows, evaluateTensor, type FeatureNet } from "./evaluate";

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
  /** Where to show the live figure or the progress bar (default a new output); lets several runs share one. */
  output?: LiveOutput;
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
export function weightRows(head: ClassificationHead): number[][] {
  const w = head.weights.arraySync() as number[][];
  return Array.from({ length: head.numClasses }, (_, c) => w.map((row) => row[c]));
}

/** Trains `net` and `head` together with the head's loss; see the module comment. */
export async function trainHead(options: TrainHeadOptions): Promise<HeadTrainingRun> {
  const fn = "trainHead";
  checkOptions(fn, options, ["net", "head", "train", "test?", "epochs?", "batchSize?", "learningRate?", "seed?", "watchPerClass?", "watchSeed?", "onEpoch?", "live?", "progress?", "output?", "valueChecks?"]);
  const { net, head } = options;
  if (typeof head?.loss !== "function" || typeof head?.step !== "function") {
    throw new InputTypeError(fn, "head", "a classification head (SoftmaxHead, CosFaceHead, ...)", describe(head));
  }
  if (typeof net?.embed !== "function") throw new InputTypeError(fn, "net", "a feature network with embed(x)", describe(net));
  const epochs = checkInteger(fn, "epochs", options.epochs ?? 5, { min: 1 });
  const watchPerClass = checkInteger(fn, "watchPerClass", options.watchPerClass ?? 50, { min: 1 });
  const test = options.test;
  const rows = test ? balancedRows(test.labels, { perClass: watchPerClass, seed: options.watchSeed ?? 0 }) : [];
  const testTensors = test ? mnistTensors(test) : null;
  const view = options.live || options.progress !== undefined ? (options.output ?? liveOutput()) : null;
  const snapshots: FeatureSnapshot[] = [];
  const start = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
  const snapshot = async (epoch: number, loss: number) => {
    const evaluation = testTensors ? evaluateTensor(net, head, testTensors.images, test!.labels) : null;
    const lambda = (head as unknown as { lambda?: number }).lambda;
    const s: FeatureSnapshot = {
      epoch,
      epochs,
      loss,
      testAccuracy: evaluation ? evaluation.accuracy : NaN,
      seconds: seconds(),
      lambda: typeof lambda === "number" ? lambda : NaN,
      features: evaluation ? rows.map((r) => evaluation.features[r]) : [],
      labels: rows.map((r) => test!.labels[r]),
      rows,
      weights: weightRows(head),
    };
    snapshots.push(s);
    if (options.onEpoch) await options.onEpoch(s);
    if (view && options.live) view.figure(options.live(s), { final: epoch === epochs });
    else if (view) view.progress(epoch, epochs, `${options.progress}: epoch ${epoch}/${epochs}` + (evaluation ? `, test accuracy ${(100 * s.testAccuracy).toFixed(1)} %` : ""));
  };
  const trainImages = mnistTensors(options.train);
  trainImages.labels.dispose();
  try {
    await snapshot(0, NaN);
    const history = await train(net, {
      x: trainImages.images,
      labels: options.train.labels,
      loss: (features, labels) => head.loss(features, labels),
      extraVariables: head.trainableVariables,
      epochs,
      batchSize: options.batchSize,
      learningRate: options.learningRate,
      seed: options.seed,
      valueChecks: options.valueChecks,
      onBatch: () => head.step(),
      onEpoch: (p) => snapshot(p.epoch + 1, p.loss),
    });
    const final = snapshots[snapshots.length - 1];
    return { history, snapshots, final, testAccuracy: final.testAccuracy, testError: 1 - final.testAccuracy, seconds: seconds() };
  } finally {
    trainImages.images.dispose();
    testTensors?.images.dispose();
    testTensors?.labels.dispose();
  }
}
