/**
 * Lesson 09's capstone: one network, every loss of the course that trains a classifier or an
 * embedding, the same budget, and two questions:
 *
 * - **closed set**: how well are held-out images of the trained digits (0–7) classified? Classifier
 *   losses answer with their head (its logits without margin); the embedding losses (contrastive,
 *   triplet), which have no head, with the nearest class centroid by cosine, the centroids being the
 *   mean unit training features of each digit (`angleStatistics`' class centres);
 * - **open set**: are two images of digits the network never saw (8, 9) recognised as "same" or
 *   "different" by the cosine similarity of their features? The threshold t is chosen on calibration
 *   pairs of held-out 0–7 digits (never on the 8–9 pairs), then accuracy at t and the ROC AUC are
 *   measured on 8–9 pairs. Every loss is scored on the same pairs.
 *
 * - **open-set retrieval**: is an unseen image's nearest other unseen image (cosine) of its digit
 *   (precision@1), and how high do the images of its digit rank among its nearest (MAP@R)? pml's
 *   AccuracyCalculator conventions (`retrievalMetrics`), on at most CAPSTONE_RETRIEVAL_PER_CLASS
 *   images of each unseen class, so the top-k stays small whatever the data set;
 *
 * and the mean intra-class and inter-class angles of the held-out features (`angleStatistics`).
 * Every loss trains a fresh `EmbeddingNet` with the same seed (the same initial weights), on the same
 * rows, for the same epochs, batch size and learning rate. Seeded throughout.
 */
import { checkMnistSet, loadMnist, splitMnist, type MnistSet } from "../data/mnist";
import type { ClassificationHead } from "losslab";
import type { AnnealingSchedule } from "losslab";
import { angleStatistics } from "../analysis/angle_statistics";
import { EmbeddingNet } from "losslab";
import { trainEmbedding, type TripletMinerName } from "../metric_learning/train_embedding";
import { samplePairs } from "losslab";
import { balancedRows, embedSet, evaluateHead } from "../training/evaluate";
import { trainHead, weightRows } from "../training/train_head";
import { buildHead, type HeadSpec } from "../training/head_spec";
import { rocAuc, tarAtFar } from "losslab";
import { scorePairs } from "losslab";
import { accuracyAtThreshold, bestThreshold } from "losslab";
import { InputTypeError, ValueError } from "losslab";
import { checkInteger, checkOneOf, checkOptions, checkRange, describe } from "losslab/internal";
import { retrievalProtocol } from "../protocols/retrieval";
import { nearestCentroidAccuracy } from "./centroids";

export type CapstoneLoss = "softmax" | "modifiedSoftmax" | "lSoftmax" | "aSoftmax" | "cosFace" | "arcFace" | "contrastive" | "triplet";
/** Every loss of the capstone, in the course's order. */
export const CAPSTONE_LOSSES: readonly CapstoneLoss[] = ["softmax", "modifiedSoftmax", "lSoftmax", "aSoftmax", "cosFace", "arcFace", "contrastive", "triplet"];
const EMBEDDING_LOSSES: readonly CapstoneLoss[] = ["contrastive", "triplet"];

/**
 * The capstone's λ schedules: its runs are short (a hundred steps or so), so λ decays ten times faster
 * than in lessons 06–07 (base 1000, γ = 1, power 2: λ = 1000/(1 + step)²) down to each paper's floor:
 * L-Softmax's λ_min = 0 (approached: about 0.15 after 80 steps, 87 % of the target ψ) and SphereFace's
 * λ_min = 5 (reached after 13 steps). The run reports where λ ended.
 */
export const CAPSTONE_LSOFTMAX_ANNEALING: Readonly<AnnealingSchedule> = Object.freeze({ base: 1000, gamma: 1, power: 2, lambdaMin: 0 });
export const CAPSTONE_ASOFTMAX_ANNEALING: Readonly<AnnealingSchedule> = Object.freeze({ base: 1000, gamma: 1, power: 2, lambdaMin: 5 });

/** The false accept rate at which the open-set TAR is read (1 %: with 1,000 different-digit pairs, 10 of them accepted). */
export const CAPSTONE_FAR = 0.01;

/**
 * Unseen images per class searched by the open-set retrieval measures (all of them below that, a
 * seeded sample above): MAP@R needs the top R of every row, and `tf.topk` with k in the hundreds is
 * what costs (on tensorflow, [400, 400] with k = 199: about 20 ms; [800, 800] with k = 399: 100–300 ms;
 * [2500, 2500] with k = 499: about 1 s), so the sample keeps lesson 09 within its budget and the
 * 35,000 unseen clothes of the open-set experiment at five classes × 200.
 */
export const CAPSTONE_RETRIEVAL_PER_CLASS = 200;

/** The papers' final λ of the annealed heads (L-Softmax's Caffe schedule: 0; SphereFace's: 5). */
export const PAPER_LAMBDA_MIN: Readonly<Partial<Record<CapstoneLoss, number>>> = Object.freeze({ lSoftmax: 0, aSoftmax: 5 });

/** The settings of each loss (the lessons' choices for 3-D features). */
export const CAPSTONE_SETTINGS: Record<CapstoneLoss, string> = {
  softmax: "W·x + b",
  modifiedSoftmax: "‖W‖ = 1, b = 0",
  lSoftmax: "m = 4, λ = 1000/(1 + step)² → λ_min 0",
  aSoftmax: "m = 4, λ = 1000/(1 + step)² → λ_min 5",
  cosFace: "s = 30, m = 0.35",
  arcFace: "s = 30, m = 0.5",
  contrastive: "m = 1, 50 % positive pairs",
  triplet: "α = 0.2, semi-hard mining",
};

/**
 * The budget of lesson 09 and of `npm run capstone` (one place, so both print the same table): every
 * loss gets these epochs over the same rows, for each of `seeds` seeds (`runCapstoneSeeds`). Sized to
 * keep the notebook under a minute on 2 cores with the native backend.
 */
export const CAPSTONE_DEFAULTS = Object.freeze({ epochs: 4, perDigit: 400, batchSize: 128, learningRate: 0.003, embeddingSize: 3, seed: 0, seeds: 5 });

/** How each loss is called in tables and figures. */
export const CAPSTONE_NAMES: Record<CapstoneLoss, string> = {
  softmax: "softmax",
  modifiedSoftmax: "modified softmax",
  lSoftmax: "L-Softmax",
  aSoftmax: "A-Softmax",
  cosFace: "CosFace",
  arcFace: "ArcFace",
  contrastive: "contrastive",
  triplet: "triplet",
};

export interface CapstoneProgress {
  loss: CapstoneLoss;
  name: string;
  /** Position of the loss in the run (from 0) and number of losses. */
  index: number;
  total: number;
  /** Epochs done (0: before training) of `epochs`. */
  epoch: number;
  epochs: number;
  /** Mean training loss of the epoch (NaN at epoch 0). */
  trainLoss: number;
  /** Seconds since the capstone started. */
  seconds: number;
  /** True once the loss is trained and measured. */
  done: boolean;
}

export interface CapstoneOptions {
  /** The digits (default: all 10,000 of `loadMnist`). */
  set?: MnistSet;
  /** Digits trained on. @default [0, …, 7] */
  seenDigits?: number[];
  /** Digits never trained on, for open-set verification. @default [8, 9] */
  unseenDigits?: number[];
  /** Losses to train. @default every loss, CAPSTONE_LOSSES */
  losses?: CapstoneLoss[];
  /** d, the feature size. @default 3 (features on the sphere) */
  embeddingSize?: number;
  /** Hidden layers of the network. @default [256, 128], the course's reference network */
  hidden?: number[];
  /** Use at most this many images of each digit (default: all). */
  perDigit?: number;
  /** Share of each seen digit held out. @default 0.2 */
  testFraction?: number;
  /** @default 4 */
  epochs?: number;
  /** @default 128 */
  batchSize?: number;
  /** Adam's step size. @default 0.003 */
  learningRate?: number;
  /** Pairs for calibration and for the open-set test, half positive. @default 2000 */
  pairs?: number;
  /** Held-out and unseen digits per class kept for the pictures. @default 40 */
  picturePerClass?: number;
  /** @default 0 */
  seed?: number;
  /**
   * A second open set, from another data set (e.g. the ten MNIST digits for a network trained on
   * clothes): every image of it is unseen; its pairs are scored at the same threshold. Its labels only
   * need to tell its classes apart.
   */
  extraUnseen?: MnistSet;
  /** Called before training, after every epoch and when each loss is done (awaited). */
  onProgress?: (progress: CapstoneProgress) => void | Promise<void>;
}

export interface CapstoneRow {
  loss: CapstoneLoss;
  name: string;
  kind: "classifier" | "embedding";
  settings: string;
  /** How closed-set accuracy is measured: the head's prediction or the nearest centroid (cosine). */
  closedSetMethod: "head" | "nearest centroid (cosine)";
  /** Share of held-out seen digits classified right, in [0, 1]. */
  closedSetAccuracy: number;
  /** Threshold on the cosine similarity, chosen on the calibration pairs (held-out seen digits). */
  threshold: number;
  /** Accuracy on the calibration pairs at that threshold. */
  calibrationAccuracy: number;
  /** Accuracy on the unseen-digit pairs at that threshold. */
  openSetAccuracy: number;
  /** ROC AUC of the unseen-digit pairs. */
  openSetAuc: number;
  /** TAR at FAR = CAPSTONE_FAR on the unseen-digit pairs: same-digit pairs accepted when at most 1 % of different-digit pairs are. */
  openSetTar: number;
  /** ROC AUC of the calibration pairs (seen digits, held out). */
  calibrationAuc: number;
  /** Mean angle of a held-out feature to its class centre, radians. */
  intraAngle: number;
  /** Mean angle between two class centres of held-out features, radians. */
  interAngle: number;
  /** Open-set retrieval (cosine, each unseen image against the other unseen ones): the nearest is of its class. */
  openSetPrecisionAt1: number;
  /** Open-set MAP@R (pml's mean_average_precision_at_r) of the same search. */
  openSetMapAtR: number;
  /** The same two for the unseen digits. */
  unseenIntraAngle: number;
  unseenInterAngle: number;
  /** Pair accuracy at the threshold, ROC AUC, TAR at CAPSTONE_FAR and the two angles on `extraUnseen`; NaN without it. */
  extraOpenSetAccuracy: number;
  extraOpenSetAuc: number;
  extraOpenSetTar: number;
  extraUnseenIntraAngle: number;
  extraUnseenInterAngle: number;
  /** Mean training loss of the last epoch. */
  finalTrainLoss: number;
  /** λ of an annealed head (L-Softmax, A-Softmax) after the last step; NaN for the other losses. */
  finalLambda: number;
  steps: number;
  /** Seconds of training and measuring. */
  seconds: number;
}

/** Features of a balanced sample, for the pictures. */
export interface CapstoneFeatures {
  loss: CapstoneLoss;
  name: string;
  /** Held-out seen digits. */
  seen: { features: number[][]; labels: number[] };
  /** Unseen digits. */
  unseen: { features: number[][]; labels: number[] };
  /** Class weight vectors (one row a seen class) of a classifier head; null for the embedding losses. */
  weights: number[][] | null;
  /** The unseen features and labels the retrieval measures searched (rows `CapstoneResult.retrievalRows` of `data.unseen`). */
  retrieval: { features: number[][]; labels: number[] };
}

export interface PairSet {
  first: Int32Array;
  second: Int32Array;
  /** The labels of both images of each pair. */
  firstLabels: Int32Array;
  secondLabels: Int32Array;
  same: Uint8Array;
}

export interface CapstoneResult {
  rows: CapstoneRow[];
  features: CapstoneFeatures[];
  /** The data every loss saw: training rows, held-out seen digits, unseen digits. */
  data: { train: MnistSet; test: MnistSet; unseen: MnistSet };
  /** Pairs of `data.test` (threshold) and of `data.unseen` (open-set measures), the same for every loss. */
  pairs: { calibration: PairSet; openSet: PairSet; extraOpenSet: PairSet | null };
  /** Rows of `data.unseen` searched by the open-set retrieval measures, the same for every loss. */
  retrievalRows: number[];
  budget: { epochs: number; batchSize: number; learningRate: number; trainImages: number; stepsPerLoss: number; embeddingSize: number; hidden: number[] };
  seenDigits: number[];
  unseenDigits: number[];
  seconds: number;
}

function checkDigitList(fn: string, arg: string, value: unknown, fallback: number[]): number[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.length < 2) throw new InputTypeError(fn, arg, "an array of at least two digits 0-9", describe(value));
  return value.map((d, i) => checkInteger(fn, `${arg}[${i}]`, d, { min: 0, max: 9 }));
}

function pairSet(labels: Int32Array, count: number, seed: number): PairSet {
  const p = samplePairs({ labels, count, seed });
  return { first: p.first, second: p.second, firstLabels: p.first.map((i) => labels[i]), secondLabels: p.second.map((i) => labels[i]), same: p.same };
}

function scoreSet(features: number[][], labels: Int32Array, pairs: PairSet) {
  return scorePairs({ embeddings: features, labels, pairs: { first: pairs.first, second: pairs.second }, score: "cosineSimilarity" });
}

/** The head of a classifier loss of the capstone, as data (`buildHead` makes it): the settings of CAPSTONE_SETTINGS. */
export function capstoneHeadSpec(loss: CapstoneLoss, d: number, C: number, seed: number): HeadSpec {
  const base = { inputDim: d, numClasses: C, seed };
  switch (loss) {
    case "softmax":
      return { kind: "softmax", options: base };
    case "modifiedSoftmax":
      return { kind: "modifiedSoftmax", options: base };
    case "lSoftmax":
      return { kind: "lSoftmax", options: { ...base, m: 4, annealing: CAPSTONE_LSOFTMAX_ANNEALING } };
    case "aSoftmax":
      return { kind: "aSoftmax", options: { ...base, m: 4, annealing: CAPSTONE_ASOFTMAX_ANNEALING } };
    case "cosFace":
      return { kind: "cosFace", options: { ...base, s: 30, m: 0.35 } };
    case "arcFace":
      return { kind: "arcFace", options: { ...base, s: 30, m: 0.5 } };
    default:
      throw new ValueError("capstoneHeadSpec", "loss", `a classifier loss (${CAPSTONE_LOSSES.filter((l) => !EMBEDDING_LOSSES.includes(l)).join(", ")})`, describe(loss));
  }
}

/** precision@1 and MAP@R of the rows' features searched among each other by cosine similarity (the retrieval protocol). */
function retrievalMeasures(features: number[][], labels: Int32Array, rows: number[]) {
  const searched = { features: rows.map((r) => features[r]), labels: rows.map((r) => labels[r]) };
  const m = retrievalProtocol({ embeddings: searched.features, labels: searched.labels, similarity: "cosine" });
  return { precisionAt1: m.precisionAt1, mapAtR: m.mapAtR, searched };
}

/** The open-set measures on a second unseen set, at the threshold chosen on the calibration pairs. */
function extraMeasures(net: EmbeddingNet, set: MnistSet, pairs: PairSet, threshold: number) {
  const features = embedSet(net, set);
  const scored = scoreSet(features, set.labels, pairs);
  const angles = angleStatistics({ features, labels: set.labels });
  return {
    accuracy: accuracyAtThreshold(scored, threshold).accuracy,
    auc: rocAuc(scored),
    tar: tarAtFar(scored, CAPSTONE_FAR),
    intraAngle: angles.intraMean,
    interAngle: angles.interMean,
  };
}

/** Trains every loss and measures it; see the module comment. */
export async function runCapstone(options: CapstoneOptions = {}): Promise<CapstoneResult> {
  const fn = "runCapstone";
  checkOptions(fn, options, ["set?", "seenDigits?", "unseenDigits?", "losses?", "embeddingSize?", "hidden?", "perDigit?", "testFraction?", "epochs?", "batchSize?", "learningRate?", "pairs?", "picturePerClass?", "seed?", "extraUnseen?", "onProgress?"]);
  const extraUnseen = options.extraUnseen === undefined ? undefined : checkMnistSet(fn, options.extraUnseen);
  const seenDigits = checkDigitList(fn, "seenDigits", options.seenDigits, [0, 1, 2, 3, 4, 5, 6, 7]);
  const unseenDigits = checkDigitList(fn, "unseenDigits", options.unseenDigits, [8, 9]);
  const overlap = seenDigits.filter((d) => unseenDigits.includes(d));
  if (overlap.length > 0) throw new ValueError(fn, "unseenDigits", "digits not among seenDigits", describe(overlap));
  const losses = options.losses ?? [...CAPSTONE_LOSSES];
  if (!Array.isArray(losses) || losses.length === 0) throw new InputTypeError(fn, "losses", "a non-empty array of loss names", describe(losses));
  losses.forEach((l, i) => checkOneOf(fn, `losses[${i}]`, l, CAPSTONE_LOSSES));
  const d = checkInteger(fn, "embeddingSize", options.embeddingSize ?? 3, { min: 2 });
  const hidden = options.hidden ?? [256, 128];
  const epochs = checkInteger(fn, "epochs", options.epochs ?? 4, { min: 1 });
  const batchSize = checkInteger(fn, "batchSize", options.batchSize ?? 128, { min: 2 });
  const learningRate = checkRange(fn, "learningRate", options.learningRate ?? 0.003, { min: 0, minOpen: true });
  const pairCount = checkInteger(fn, "pairs", options.pairs ?? 2000, { min: 2 });
  const picturePerClass = checkInteger(fn, "picturePerClass", options.picturePerClass ?? 40, { min: 1 });
  const seed = checkInteger(fn, "seed", options.seed ?? 0);
  const testFraction = checkRange(fn, "testFraction", options.testFraction ?? 0.2, { min: 0, max: 1, minOpen: true, maxOpen: true });

  const start = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
  // the seen digits split into training rows and held-out rows; the unseen digits all held out
  const set = options.set ?? loadMnist({ digits: [...seenDigits, ...unseenDigits] });
  const { train, test } = splitMnist(set, { digits: seenDigits, testFraction, perDigit: options.perDigit, seed });
  const unseen = splitMnist(set, { digits: unseenDigits, testFraction: 1, perDigit: options.perDigit, seed: seed + 1 }).test;
  // seen classes relabelled 0…C−1 for the heads (the identity for 0–7)
  const classOf = new Map(seenDigits.map((dgt, k) => [dgt, k]));
  const trainClasses: MnistSet = { ...train, labels: train.labels.map((l) => classOf.get(l)!) };
  const C = seenDigits.length;
  const pairs = {
    calibration: pairSet(test.labels, pairCount, seed + 2),
    openSet: pairSet(unseen.labels, pairCount, seed + 3),
    extraOpenSet: extraUnseen ? pairSet(extraUnseen.labels, pairCount, seed + 4) : null,
  };
  const seenPicture = balancedRows(test.labels, { perClass: picturePerClass, seed });
  const unseenPicture = balancedRows(unseen.labels, { perClass: picturePerClass, seed });
  const retrievalRows = balancedRows(unseen.labels, { perClass: CAPSTONE_RETRIEVAL_PER_CLASS, seed: seed + 5 });
  const stepsPerLoss = epochs * Math.ceil(train.count / batchSize);

  const rows: CapstoneRow[] = [];
  const features: CapstoneFeatures[] = [];
  for (const [index, loss] of losses.entries()) {
    const lossStart = seconds();
    const name = CAPSTONE_NAMES[loss];
    const report = async (epoch: number, trainLoss: number, done = false) => {
      if (options.onProgress) await options.onProgress({ loss, name, index, total: losses.length, epoch, epochs, trainLoss, seconds: seconds(), done });
    };
    const net = new EmbeddingNet({ embeddingSize: d, hidden, seed });
    const embedding = EMBEDDING_LOSSES.includes(loss);
    let head: ClassificationHead | null = null;
    try {
      let closedSetAccuracy: number;
      let finalTrainLoss: number;
      let testFeatures: number[][];
      let finalLambda = NaN;
      if (embedding) {
        const run = await trainEmbedding({
          net, train, probe: test, loss: loss as "contrastive" | "triplet", miner: "semiHard" as TripletMinerName,
          margin: loss === "contrastive" ? 1 : 0.2, epochs, batchSize, learningRate, seed, probeTriplets: 200, watchPerClass: 1,
          onEpoch: (s) => report(s.epoch, s.loss),
        });
        finalTrainLoss = run.final.loss;
        testFeatures = embedSet(net, test);
        closedSetAccuracy = nearestCentroidAccuracy({ train: { features: embedSet(net, train), labels: train.labels }, test: { features: testFeatures, labels: test.labels } });
      } else {
        head = buildHead(capstoneHeadSpec(loss, d, C, seed + 1));
        const run = await trainHead({ net, head, train: trainClasses, epochs, batchSize, learningRate, seed, onEpoch: (s) => report(s.epoch, s.loss) });
        finalTrainLoss = run.history.epochLoss[epochs - 1];
        finalLambda = run.final.lambda;
        const testClasses: MnistSet = { ...test, labels: test.labels.map((l) => classOf.get(l)!) };
        const evaluation = evaluateHead({ net, head, set: testClasses });
        closedSetAccuracy = evaluation.accuracy;
        testFeatures = evaluation.features;
      }
      const unseenFeatures = embedSet(net, unseen);
      const calibration = scoreSet(testFeatures, test.labels, pairs.calibration);
      const openSet = scoreSet(unseenFeatures, unseen.labels, pairs.openSet);
      const fitted = bestThreshold(calibration);
      const seenAngles = angleStatistics({ features: testFeatures, labels: test.labels });
      const extra = extraUnseen && pairs.extraOpenSet ? extraMeasures(net, extraUnseen, pairs.extraOpenSet, fitted.threshold) : null;
      const unseenAngles = angleStatistics({ features: unseenFeatures, labels: unseen.labels });
      const retrieval = retrievalMeasures(unseenFeatures, unseen.labels, retrievalRows);
      rows.push({
        loss,
        name,
        kind: embedding ? "embedding" : "classifier",
        settings: CAPSTONE_SETTINGS[loss],
        closedSetMethod: embedding ? "nearest centroid (cosine)" : "head",
        closedSetAccuracy,
        threshold: fitted.threshold,
        calibrationAccuracy: fitted.accuracy,
        openSetAccuracy: accuracyAtThreshold(openSet, fitted.threshold).accuracy,
        openSetAuc: rocAuc(openSet),
        openSetTar: tarAtFar(openSet, CAPSTONE_FAR),
        calibrationAuc: rocAuc(calibration),
        intraAngle: seenAngles.intraMean,
        interAngle: seenAngles.interMean,
        openSetPrecisionAt1: retrieval.precisionAt1,
        openSetMapAtR: retrieval.mapAtR,
        unseenIntraAngle: unseenAngles.intraMean,
        unseenInterAngle: unseenAngles.interMean,
        extraOpenSetAccuracy: extra?.accuracy ?? NaN,
        extraOpenSetAuc: extra?.auc ?? NaN,
        extraOpenSetTar: extra?.tar ?? NaN,
        extraUnseenIntraAngle: extra?.intraAngle ?? NaN,
        extraUnseenInterAngle: extra?.interAngle ?? NaN,
        finalTrainLoss,
        finalLambda,
        steps: stepsPerLoss,
        seconds: seconds() - lossStart,
      });
      features.push({
        loss,
        name,
        seen: { features: seenPicture.map((r) => testFeatures[r]), labels: seenPicture.map((r) => test.labels[r]) },
        unseen: { features: unseenPicture.map((r) => unseenFeatures[r]), labels: unseenPicture.map((r) => unseen.labels[r]) },
        // head columns are classes 0…C−1: the row of seen digit seenDigits[k] is k
        weights: head ? weightRows(head) : null,
        retrieval: retrieval.searched,
      });
      await report(epochs, finalTrainLoss, true);
    } finally {
      net.dispose();
      head?.dispose();
    }
  }
  return {
    rows,
    features,
    data: { train, test, unseen },
    pairs,
    retrievalRows,
    budget: { epochs, batchSize, learningRate, trainImages: train.count, stepsPerLoss, embeddingSize: d, hidden: [...hidden] },
    seenDigits,
    unseenDigits,
    seconds: seconds(),
  };
}
