/**
 * Pair verification the honest way, with the notes' rule d(img1, img2) < t ⇒ "same": the threshold t is
 * fitted on pairs of a calibration set (the training digits), then applied unchanged to pairs of the
 * test set, where the accuracy and the ROC AUC are measured. Pairs are half positive (same digit), half
 * negative, drawn by `samplePairs` (seeded).
 */
import * as tf from "@tensorflow/tfjs";
import type { MnistSet } from "../data/mnist";
import { samplePairs } from "losslab";
import { embedSet, type FeatureNet } from "../training/evaluate";
import { rocAuc } from "losslab";
import { scorePairs, PAIR_SCORES, type PairScore } from "losslab";
import { accuracyAtThreshold, bestThreshold } from "losslab";
import { type TensorInput } from "losslab";
import { checkInteger, checkObject, checkOneOf, checkOptions } from "losslab/internal";

/** Features (embeddings, or hand-made features) of a set with their class labels. */
export interface LabelledFeatures {
  features: TensorInput | number[][];
  labels: Int32Array | number[];
}

export interface VerifyPairsOptions {
  /** Where t is fitted (e.g. the training digits). */
  calibration: LabelledFeatures;
  /** Where accuracy and AUC are measured (held-out digits). */
  test: LabelledFeatures;
  /** How a pair is scored. @default "euclidean" */
  score?: PairScore;
  /** Pairs drawn from each set, half of them positive. @default 2000 */
  pairs?: number;
  /** @default 0 */
  seed?: number;
}

export interface PairVerification {
  score: PairScore;
  /** The threshold fitted on the calibration pairs (distance: "same" when d < t). */
  threshold: number;
  /** Accuracy on the calibration pairs at t (fitted there: optimistic). */
  calibrationAccuracy: number;
  /** Accuracy on the test pairs at that t. */
  accuracy: number;
  truePositiveRate: number;
  trueNegativeRate: number;
  /** Area under the ROC curve of the test pairs (needs no threshold). */
  auc: number;
  /** Test-pair scores of the positive (same digit) and negative pairs: the histograms. */
  positive: number[];
  negative: number[];
}

/** Rows of plain numbers as one float32 matrix, copied directly (tf's nested-array path is slow for 784-wide rows). */
function rowsToTensor(rows: number[][]): tf.Tensor2D | null {
  const d = rows[0]?.length;
  if (!d || rows.some((r) => !Array.isArray(r) || r.length !== d)) return null; // let the checks downstream explain
  const flat = new Float32Array(rows.length * d);
  rows.forEach((r, i) => flat.set(r, i * d));
  return tf.tensor2d(flat, [rows.length, d]);
}

function scored(fn: string, arg: string, set: LabelledFeatures, score: PairScore, count: number, seed: number) {
  checkObject(fn, set, arg, "an object { features, labels }");
  const pairs = samplePairs({ labels: set.labels, count, seed });
  const own = Array.isArray(set.features) ? rowsToTensor(set.features as number[][]) : null;
  try {
    return scorePairs({ embeddings: own ?? (set.features as TensorInput), labels: set.labels, pairs, score });
  } finally {
    own?.dispose();
  }
}

/** Fits t on the calibration pairs and measures accuracy at t, and the ROC AUC, on the test pairs. */
export function verifyPairs(options: VerifyPairsOptions): PairVerification {
  const fn = "verifyPairs";
  checkOptions(fn, options, ["calibration", "test", "score?", "pairs?", "seed?"]);
  const score = checkOneOf(fn, "score", options.score ?? "euclidean", PAIR_SCORES);
  const count = checkInteger(fn, "pairs", options.pairs ?? 2000, { min: 2 });
  const seed = checkInteger(fn, "seed", options.seed ?? 0);
  const calibration = scored(fn, "calibration", options.calibration, score, count, seed);
  const test = scored(fn, "test", options.test, score, count, seed + 1);
  const fitted = bestThreshold(calibration);
  const atT = accuracyAtThreshold(test, fitted.threshold);
  const positive: number[] = [];
  const negative: number[] = [];
  test.scores.forEach((s, k) => (test.isSame[k] ? positive : negative).push(s));
  return {
    score,
    threshold: fitted.threshold,
    calibrationAccuracy: fitted.accuracy,
    accuracy: atT.accuracy,
    truePositiveRate: atT.truePositiveRate,
    trueNegativeRate: atT.trueNegativeRate,
    auc: rocAuc(test),
    positive,
    negative,
  };
}

/** `verifyPairs` on the embeddings of a trained network: t fitted on `calibration` digits, measured on `test` digits. */
export function verifyEmbedding(options: { net: FeatureNet; calibration: MnistSet; test: MnistSet; score?: PairScore; pairs?: number; seed?: number }): PairVerification {
  checkOptions("verifyEmbedding", options, ["net", "calibration", "test", "score?", "pairs?", "seed?"]);
  const { net, calibration, test, ...rest } = options;
  return verifyPairs({
    calibration: { features: embedSet(net, calibration), labels: calibration.labels },
    test: { features: embedSet(net, test), labels: test.labels },
    ...rest,
  });
}
