/**
 * The Omniglot experiment's evaluation: a trained embedding (or the raw pixels) measured by the
 * course's protocols (lib/course/src/protocols) on the splits of splits.ts. Every metric is a plain
 * number in a flat record (`EmbeddingMetrics`), the form saved per seed in data/results/omniglot.json:
 *
 * - validationAccuracy: mean accuracy of `validationRounds` within-alphabet 1-shot rounds over all the
 *   validation alphabet's characters (fraction; tuning only);
 * - oneShotError: Lake et al.'s 20 official runs, nearest neighbour, error in % (the benchmark's form);
 * - episode{N}w{K}s: N-way K-shot accuracy on the test alphabet, prototype rule, `episodes` episodes of
 *   `queries` queries a class (fraction);
 * - auc, tarAtFar1e-2, tarAtFar1e-3: verification of the test alphabet's pairs (all positives, 20,000
 *   negatives drawn with the trial's seed, or all of them in a smaller set);
 * - precisionAt1, mapAtR: retrieval within the test alphabet;
 * - closedSetPrototype: held-out drawers of the trained characters, nearest class mean of the training
 *   images' embeddings (every loss); closedSetHead: the same images by the head's logits (heads only,
 *   else null);
 * - intraSeenDeg, interSeenDeg (closed-set images), intraUnseenDeg, interUnseenDeg (test alphabet):
 *   a feature's angle to its class's mean direction, and the mean angle between class mean directions.
 */
import * as tf from "@tensorflow/tfjs";
import type { Conv4 } from "losslab";
import { classAngles } from "../../protocols/angles";
import { closedSetAccuracy } from "../../protocols/closed_set";
import { episodeAccuracy } from "../../protocols/episodes";
import { oneShotEmbeddingError } from "../../protocols/one_shot_runs";
import { retrievalProtocol } from "../../protocols/retrieval";
import { verificationProtocol } from "../../protocols/verification";
import type { EmbeddingBlock, Similarity } from "../../protocols/embeddings";
import type { EvaluationConfig } from "./config";
import type { Objective } from "./losses";
import type { OmniglotSplits } from "./splits";
import type { ExperimentData } from "./trial";

/** What a trial is evaluated on: tuning runs only on "validation", sweeps on "oneShot" and "unseen". */
export type Protocol = "validation" | "oneShot" | "unseen" | "closedSet";

export type EmbeddingMetrics = Record<string, number | null>;

/** Negatives drawn for verification (TAR at FAR 1e-3 then rests on 20 accepted negatives). */
export const VERIFICATION_NEGATIVES = 20000;

/** Embeddings of images (rows of `count` × pixels) as a flat block. */
export type Embedder = (images: Float32Array, count: number) => EmbeddingBlock;

export interface ProtocolInput {
  embed: Embedder;
  similarity: Similarity;
  data: ExperimentData;
  splits: OmniglotSplits;
  protocols: Protocol[];
  evaluation: EvaluationConfig;
  seed: number;
  /** For the closed set: training rows, their class indices, and the trained characters in class order. */
  training?: { rows: number[]; labels: Int32Array; characters: number[] };
  /** For the closed set by logits: the head's plain logits of embeddings. */
  logits?: (embeddings: EmbeddingBlock) => EmbeddingBlock;
}

function imagesOf(data: ExperimentData, rows: number[]): Float32Array {
  const { images, pixels } = data.background;
  const out = new Float32Array(rows.length * pixels);
  rows.forEach((r, i) => out.set(images.subarray(r * pixels, (r + 1) * pixels), i * pixels));
  return out;
}

/** Class means (plain, of the rows as given) of a block with labels 0 … classes − 1. */
function classMeans(e: EmbeddingBlock, labels: Int32Array, classes: number): EmbeddingBlock {
  const { dim } = e;
  const sums = new Float64Array(classes * dim);
  const counts = new Float64Array(classes);
  labels.forEach((l, i) => {
    counts[l] += 1;
    for (let k = 0; k < dim; k++) sums[l * dim + k] += e.values[i * dim + k];
  });
  const values = new Float32Array(classes * dim);
  for (let c = 0; c < classes; c++) for (let k = 0; k < dim; k++) values[c * dim + k] = counts[c] > 0 ? sums[c * dim + k] / counts[c] : 0;
  return { values, dim };
}

/** Nearest class mean by the similarity: the closed-set accuracy of an embedding without a head. */
function prototypeAccuracy(e: EmbeddingBlock, labels: Int32Array, means: EmbeddingBlock, similarity: Similarity): number {
  const { dim } = e;
  const classes = means.values.length / dim;
  // scores = similarity to each mean, as logits for closedSetAccuracy
  const logits = new Float32Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) {
    let ni = 0;
    for (let k = 0; k < dim; k++) ni += e.values[i * dim + k] ** 2;
    for (let c = 0; c < classes; c++) {
      let dot = 0;
      let nc = 0;
      let d2 = 0;
      for (let k = 0; k < dim; k++) {
        const a = e.values[i * dim + k];
        const b = means.values[c * dim + k];
        dot += a * b;
        nc += b * b;
        d2 += (a - b) ** 2;
      }
      logits[i * classes + c] = similarity === "cosine" ? (ni > 0 && nc > 0 ? dot / Math.sqrt(ni * nc) : 0) : -Math.sqrt(d2);
    }
  }
  return closedSetAccuracy({ labels, logits: { values: logits, dim: classes } }).accuracy;
}

/** Labels 0 … k − 1 of rows by their character. */
function characterLabels(data: ExperimentData, rows: number[]): Int32Array {
  const ids = new Map<number, number>();
  return Int32Array.from(rows, (r) => {
    const c = data.background.character[r];
    if (!ids.has(c)) ids.set(c, ids.size);
    return ids.get(c)!;
  });
}

/** Pairs of rows with different labels (a small synthetic set has fewer than VERIFICATION_NEGATIVES). */
function differentPairs(labels: Int32Array): number {
  const counts = new Map<number, number>();
  labels.forEach((l) => counts.set(l, (counts.get(l) ?? 0) + 1));
  let same = 0;
  counts.forEach((c) => (same += (c * (c - 1)) / 2));
  return (labels.length * (labels.length - 1)) / 2 - same;
}

/** The metrics of `protocols` for an embedding. */
export function protocolMetrics(input: ProtocolInput): EmbeddingMetrics {
  const { embed, similarity, data, splits, evaluation, seed } = input;
  const out: EmbeddingMetrics = {};
  const wants = new Set(input.protocols);
  if (wants.has("validation")) {
    const rows = splits.validationRows;
    const labels = characterLabels(data, rows);
    const e = embed(imagesOf(data, rows), rows.length);
    const ways = new Set(labels).size;
    out.validationAccuracy = episodeAccuracy({ embeddings: e, labels, similarity, ways, shots: 1, queries: 1, episodes: evaluation.validationRounds, seed: 7 }).mean;
  }
  if (wants.has("oneShot")) {
    const runs = data.runs.runs;
    const training = runs.map((r) => embed(r.training.images, r.training.files.length));
    const test = runs.map((r) => embed(r.test.images, r.test.files.length));
    out.oneShotError = oneShotEmbeddingError({ runs, training, test, similarity }).errorPercent;
  }
  if (wants.has("unseen")) {
    const rows = splits.testRows;
    const labels = characterLabels(data, rows);
    const e = embed(imagesOf(data, rows), rows.length);
    for (const { ways, shots } of evaluation.episodeSettings) {
      out[`episode${ways}w${shots}s`] = episodeAccuracy({ embeddings: e, labels, similarity, ways, shots, queries: evaluation.queries, episodes: evaluation.episodes, seed }).mean;
    }
    const v = verificationProtocol({ embeddings: e, labels, similarity, seed, fars: evaluation.fars, minNegatives: Math.min(VERIFICATION_NEGATIVES, differentPairs(labels)) });
    out.auc = v.auc;
    v.tar.forEach((t) => (out[`tarAtFar${t.far.toExponential(0)}`] = t.tar));
    const r = retrievalProtocol({ embeddings: e, labels, similarity });
    out.precisionAt1 = r.precisionAt1;
    out.mapAtR = r.mapAtR;
    const a = classAngles({ embeddings: e, labels });
    out.intraUnseenDeg = a.intraMeanDeg;
    out.interUnseenDeg = a.interMeanDeg;
  }
  if (wants.has("closedSet") && input.training) {
    const { rows: trainRows, labels: trainLabels, characters } = input.training;
    const classOf = new Map(characters.map((c, k) => [c, k]));
    const rows = splits.closedSetRows.filter((r) => classOf.has(data.background.character[r]));
    const labels = Int32Array.from(rows, (r) => classOf.get(data.background.character[r])!);
    const e = embed(imagesOf(data, rows), rows.length);
    const means = classMeans(embed(imagesOf(data, trainRows), trainRows.length), trainLabels, characters.length);
    out.closedSetPrototype = prototypeAccuracy(e, labels, means, similarity);
    out.closedSetHead = input.logits ? closedSetAccuracy({ labels, logits: input.logits(e) }).accuracy : null;
    const a = classAngles({ embeddings: e, labels });
    out.intraSeenDeg = a.intraMeanDeg;
    out.interSeenDeg = a.interMeanDeg;
  }
  return out;
}

/** The metrics of a trained network (inference mode; rows normalised when its loss compared normalised rows). */
export function evaluateEmbedding(input: {
  net: Conv4;
  objective: Objective;
  data: ExperimentData;
  splits: OmniglotSplits;
  rows: number[];
  labels: Int32Array;
  characters: number[];
  protocols: Protocol[];
  evaluation: EvaluationConfig;
  seed: number;
}): EmbeddingMetrics {
  const { net, objective } = input;
  const pixels = input.data.background.pixels;
  const embed: Embedder = (images, count) => {
    const t = tf.tidy(() => {
      const e = net.embed(tf.tensor2d(images, [count, pixels]));
      return objective.normalize ? tf.div(e, tf.maximum(tf.norm(e, 2, 1, true), 1e-12)) : e;
    });
    const values = t.dataSync() as Float32Array;
    t.dispose();
    return { values: Float32Array.from(values), dim: net.embeddingSize };
  };
  const head = objective.head;
  const logits = head
    ? (e: EmbeddingBlock) => {
        const count = e.values.length / e.dim;
        const t = tf.tidy(() => head.scores(tf.tensor2d(Float32Array.from(e.values), [count, e.dim])));
        const values = Float32Array.from(t.dataSync() as Float32Array);
        t.dispose();
        return { values, dim: head.numClasses };
      }
    : undefined;
  return protocolMetrics({
    embed,
    similarity: objective.similarity,
    data: input.data,
    splits: input.splits,
    protocols: input.protocols,
    evaluation: input.evaluation,
    seed: input.seed,
    training: { rows: input.rows, labels: input.labels, characters: input.characters },
    logits,
  });
}

/** The raw-pixel baseline: the same protocols with the pixel vector as the embedding, cosine. */
export function rawPixelMetrics(input: Omit<ProtocolInput, "embed" | "similarity" | "logits">): EmbeddingMetrics {
  const pixels = input.data.background.pixels;
  return protocolMetrics({ ...input, similarity: "cosine", embed: (images) => ({ values: images, dim: pixels }) });
}
