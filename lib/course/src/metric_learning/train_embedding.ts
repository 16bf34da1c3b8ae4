/**
 * Lesson 04's experiments in one call: train an embedding network on digits with
 *
 * - "naive": the notes' first idea, "make this small": positive pairs only, loss ‖f(x_p) − f(x_q)‖²;
 * - "contrastive": the notes' L = (1 − y)·EL + y·HL on pairs sampled about 50 % positive per batch;
 * - "triplet": max(D(A, P) − D(A, N) + α, 0) on the triplets a miner picks in each batch:
 *   "notes" (1000 random triplets, keep the semi-hard ones), "semiHard" (FaceNet), "batchHard",
 *   "batchAll"; optionally a few warm-up epochs with another miner first,
 *
 * and record, after every epoch (and before the first), what the notes' mining procedure would see on a
 * fixed probe set: of 1000 random triplets, how many are easy, semi-hard (they survive the notes'
 * selection) and hard; how spread out the embeddings are (0 when they collapse); the mean distance of
 * positive and of negative pairs; and the embeddings of a balanced sample of digits for the figures.
 * Everything is seeded: the network by its own seed, the batches, pairs and draws by `seed`.
 */
import { mnistTensors, type MnistSet } from "../data/mnist";
import { DISTANCES, type DistanceName } from "losslab";
import { batchContrastiveLoss } from "losslab";
import { batchTripletLoss } from "losslab";
import { mineBatchAll } from "losslab";
import { mineBatchHard } from "losslab";
import { samplePairs } from "losslab";
import { drawRandomTriplets, mineRandomTriplets, tripletCategory } from "losslab";
import { mineSemiHard, mineSemiHardTfa } from "losslab";
import { DEFAULT_TRIPLET_MARGIN, type MinedTriplets, type PairIndices, type TripletIndices } from "losslab";
import { train, type TrainHistory } from "losslab";
import { live as liveOutput, type LiveOutput } from "../notebook/display";
import type { Figure } from "../notebook/figure_types";
import { Rng } from "losslab";
import { balancedRows, embedSet, type FeatureNet } from "../training/evaluate";
import { InputTypeError, ShapeError, ValueError } from "losslab";
import { checkInteger, checkNumberArray, checkObject, checkOneOf, checkOptions, checkRange, checkSameCount, describe, toIndices } from "losslab/internal";
import type * as tf from "@tensorflow/tfjs";
import { rawPointDistance } from "./raw_distance";

export type EmbeddingLossName = "naive" | "contrastive" | "triplet";
export const EMBEDDING_LOSSES: readonly EmbeddingLossName[] = ["naive", "contrastive", "triplet"];
export type TripletMinerName = "notes" | "semiHard" | "semiHardTfa" | "batchHard" | "batchAll";
export const TRIPLET_MINERS: readonly TripletMinerName[] = ["notes", "semiHard", "semiHardTfa", "batchHard", "batchAll"];

/** How each miner is called in tables and figures. */
export const MINER_LABELS: Record<TripletMinerName, string> = {
  notes: "the notes' rule (1000 random triplets)",
  semiHard: "semi-hard (FaceNet)",
  semiHardTfa: "semi-hard (TF Addons)",
  batchHard: "batch-hard",
  batchAll: "batch-all",
};

/** What the probe set shows after an epoch. */
export interface ProbeStatistics {
  /** Of the probe's random triplets (D = ‖·‖², the run's margin α): loss already 0. */
  easy: number;
  /** D(A, P) < D(A, N) < D(A, P) + α: the triplets the notes' selection keeps. */
  semiHard: number;
  /** D(A, N) ≤ D(A, P). */
  hard: number;
  /** Triplets drawn (1000 by default). */
  triplets: number;
  /** Root-mean-square distance of the probe embeddings from their mean: 0 when everything collapsed to a point. */
  spread: number;
  /** Mean ‖f(x)‖ over the probe. */
  meanNorm: number;
  /** Mean Euclidean distance of the probe's positive (same digit) and negative pairs. */
  positiveDistance: number;
  negativeDistance: number;
}

export interface EmbeddingSnapshot extends ProbeStatistics {
  /** The loss the run trains with. */
  lossName: EmbeddingLossName;
  /** Epochs done (0: before training). */
  epoch: number;
  epochs: number;
  /** Mean training loss of the epoch (NaN at epoch 0). */
  loss: number;
  /** Seconds of training so far. */
  seconds: number;
  /** Embeddings of the watched digits, their labels and rows in the watched set. */
  embeddings: number[][];
  labels: number[];
  rows: number[];
}

export interface TrainEmbeddingOptions {
  /** The network to train (e.g. `new EmbeddingNet({ embeddingSize: 2, seed })`). */
  net: FeatureNet;
  train: MnistSet;
  loss: EmbeddingLossName;
  /** Triplet runs: the miner. @default "notes" */
  miner?: TripletMinerName;
  /** Triplet runs: train the first `epochs` epochs with `miner` first (e.g. semi-hard before batch-hard). */
  warmup?: { miner: TripletMinerName; epochs: number };
  /** Triplet runs: D of the loss and the miners. @default "squaredEuclidean" (the notes') */
  distance?: DistanceName;
  /** m of the contrastive loss (default 1), α of the triplet loss (default 0.2). */
  margin?: number;
  /** Contrastive and naive runs: pairs per batch. @default the batch size */
  pairsPerBatch?: number;
  /** Contrastive runs: share of positive pairs. @default 0.5 (the notes' "around 50 %") */
  positiveFraction?: number;
  /** The notes' miner: random triplets drawn per batch. @default 1000 */
  notesTriplets?: number;
  /** @default 8 */
  epochs?: number;
  /** @default 128 */
  batchSize?: number;
  /** Adam's step size. @default 0.001 */
  learningRate?: number;
  /** Seed of batches, pairs and triplet draws. @default 0 */
  seed?: number;
  /** Set the probe statistics are measured on (e.g. held-out digits). @default the training set */
  probe?: MnistSet;
  /** Random triplets and pairs of the probe. @default 1000 */
  probeTriplets?: number;
  /** α of the probe's easy / semi-hard / hard split. @default the run's margin for triplets, 0.2 otherwise */
  probeMargin?: number;
  /** Digits per class whose embeddings every snapshot keeps (drawn from the probe set). @default 50 */
  watchPerClass?: number;
  /** Name of the run in progress lines and figures. @default from loss and miner */
  name?: string;
  /** Draws a snapshot, redrawn in place after every epoch. */
  live?: (snapshot: EmbeddingSnapshot) => Figure;
  /** Without `live`: show a progress bar, updated every epoch. @default false */
  progress?: boolean;
  /** Where to show progress or the live figure (default a new output); lets several runs share one. */
  output?: LiveOutput;
  /** Called with every snapshot (awaited). */
  onEpoch?: (snapshot: EmbeddingSnapshot) => void | Promise<void>;
}

export interface EmbeddingRun {
  name: string;
  /** Short name for sliders and legends. */
  label: string;
  loss: EmbeddingLossName;
  miner: TripletMinerName | null;
  margin: number;
  history: TrainHistory;
  /** Epoch 0 (before training) to the last. */
  snapshots: EmbeddingSnapshot[];
  final: EmbeddingSnapshot;
  /** Pairs or triplets the loss was computed on, step by step. */
  used: number[];
  /** What the miner looked at, step by step (see each miner's `candidates`; pairs of the batch for pair losses). */
  candidates: number[];
  /** Mean of `used` over each epoch's steps. */
  usedPerEpoch: number[];
  /** Wall-clock seconds of training and probing. */
  seconds: number;
}

/** Short names of the miners, for sliders and legends. */
export const MINER_SHORT_LABELS: Record<TripletMinerName, string> = {
  notes: "notes' rule",
  semiHard: "semi-hard",
  semiHardTfa: "semi-hard (TFA)",
  batchHard: "batch-hard",
  batchAll: "batch-all",
};

interface RunDescription {
  loss: EmbeddingLossName;
  miner?: TripletMinerName;
  warmup?: { miner: TripletMinerName; epochs: number };
  distance?: DistanceName;
}

const DISTANCE_NOTE: Record<DistanceName, string> = { squaredEuclidean: "", euclidean: ", D = ‖·‖ (not squared)", cosine: ", cosine D" };

/** A run's name: "contrastive", "triplet · batch-hard", "triplet · semi-hard (FaceNet) for 4 epochs, then batch-hard". */
export function embeddingRunName(run: RunDescription): string {
  if (run.loss !== "triplet") return run.loss === "naive" ? "naive (positive pairs only)" : "contrastive";
  const main = MINER_LABELS[run.miner ?? "notes"] + DISTANCE_NOTE[run.distance ?? "squaredEuclidean"];
  return run.warmup ? `triplet · ${MINER_LABELS[run.warmup.miner]} for ${run.warmup.epochs} epochs, then ${main}` : `triplet · ${main}`;
}

/** A run's short label: "contrastive", "batch-hard", "semi-hard → batch-hard". */
export function embeddingRunLabel(run: RunDescription): string {
  if (run.loss !== "triplet") return run.loss === "naive" ? "naive" : "contrastive";
  const main = MINER_SHORT_LABELS[run.miner ?? "notes"];
  return run.warmup ? `${MINER_SHORT_LABELS[run.warmup.miner]} → ${main}` : main;
}

/** Triplets of one batch chosen by a miner, with distance D (default the notes' squared Euclidean). */
export function mineTriplets(
  miner: TripletMinerName,
  batch: { embeddings: tf.Tensor2D; labels: Int32Array; margin: number; rng: Rng; notesTriplets?: number; distance?: DistanceName },
): MinedTriplets {
  const { embeddings, labels, margin, distance } = batch;
  switch (miner) {
    case "notes":
      return mineRandomTriplets({ embeddings, labels, margin, distance, count: batch.notesTriplets ?? 1000, seed: batch.rng });
    case "semiHard":
      return mineSemiHard({ embeddings, labels, margin, distance });
    case "semiHardTfa":
      return mineSemiHardTfa({ embeddings, labels, distance });
    case "batchHard":
      return mineBatchHard({ embeddings, labels, distance });
    default:
      return mineBatchAll({ embeddings, labels, margin, distance });
  }
}

/** An object holding the index lists `keys` (a triplet or pair set: data, checked for form only), each checked against n rows. */
function checkIndexSet(fn: string, arg: string, value: unknown, keys: readonly string[], n: number): Record<string, Int32Array> {
  const what = `an object { ${keys.join(", ")} } of row indices`;
  checkObject(fn, value, arg, what);
  const set = value as Record<string, unknown>;
  if (keys.some((k) => set[k] === undefined || set[k] === null)) throw new InputTypeError(fn, arg, what, `an object without '${keys.find((k) => set[k] === undefined || set[k] === null)}'`);
  const out: Record<string, Int32Array> = {};
  keys.forEach((k, i) => {
    out[k] = toIndices(fn, `${arg}.${k}`, set[k], n);
    if (i > 0) checkSameCount(fn, `${arg}.${keys[0]}`, out[keys[0]], `${arg}.${k}`, out[k]);
  });
  return out;
}

/**
 * The probe statistics of embeddings `e` (one row per probe digit, all of one length) on fixed
 * triplets and pairs (row indices into `e`; `pairs.same` 1 for a positive pair, 0 for a negative one),
 * with the triplets sorted by `margin` (>= 0). Checks its arguments; `trainEmbedding` calls the
 * unchecked version once per epoch on sets it drew itself.
 */
export function probeStatistics(e: number[][], triplets: TripletIndices, pairs: PairIndices & { same: Uint8Array }, margin: number): ProbeStatistics {
  const fn = "probeStatistics";
  if (!Array.isArray(e)) throw new InputTypeError(fn, "e", "an array of embedding rows (number[][])", describe(e));
  if (e.length === 0) throw new ShapeError(fn, "e", "at least one embedding row", "an empty array");
  const d = Array.isArray(e[0]) ? e[0].length : 0;
  e.forEach((row, i) => {
    if (!Array.isArray(row)) throw new ShapeError(fn, `e[${i}]`, "a row of numbers (an array)", describe(row));
    if (row.length !== d) throw new ShapeError(fn, `e[${i}]`, `a row of ${d} numbers like 'e[0]'`, `length ${row.length}`);
    checkNumberArray(fn, `e[${i}]`, row);
  });
  const t = checkIndexSet(fn, "triplets", triplets, ["anchors", "positives", "negatives"], e.length);
  const p = checkIndexSet(fn, "pairs", pairs, ["first", "second", "same"], e.length);
  p.same.forEach((v, k) => {
    if (v !== 0 && v !== 1) throw new ValueError(fn, "pairs.same", "0 (negative pair) or 1 (positive pair)", `${describe(v)} at index [${k}]`);
  });
  const alpha = checkRange(fn, "margin", margin, { min: 0 });
  return rawProbeStatistics(e, t as unknown as TripletIndices, { first: p.first, second: p.second, same: Uint8Array.from(p.same) }, alpha);
}

function rawProbeStatistics(e: number[][], triplets: TripletIndices, pairs: PairIndices & { same: Uint8Array }, margin: number): ProbeStatistics {
  const counts = { easy: 0, semiHard: 0, hard: 0 };
  triplets.anchors.forEach((a, k) => {
    const dap = rawPointDistance("squaredEuclidean", e[a], e[triplets.positives[k]]);
    const dan = rawPointDistance("squaredEuclidean", e[a], e[triplets.negatives[k]]);
    counts[tripletCategory(dap, dan, margin)] += 1;
  });
  const d = e[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => e.reduce((s, r) => s + r[j], 0) / e.length);
  const spread = Math.sqrt(e.reduce((s, r) => s + rawPointDistance("squaredEuclidean", r, mean), 0) / e.length);
  const meanNorm = e.reduce((s, r) => s + Math.hypot(...r), 0) / e.length;
  const sums = [0, 0, 0, 0]; // negative sum, negative count, positive sum, positive count
  pairs.first.forEach((i, k) => {
    sums[2 * pairs.same[k]] += rawPointDistance("euclidean", e[i], e[pairs.second[k]]);
    sums[2 * pairs.same[k] + 1] += 1;
  });
  return {
    ...counts,
    triplets: triplets.anchors.length,
    spread,
    meanNorm,
    positiveDistance: sums[2] / sums[3],
    negativeDistance: sums[0] / sums[1],
  };
}

function fmt(v: number): string {
  return String(Number(v.toPrecision(3)));
}

/**
 * "epoch 3/8 · loss 0.123 · spread 1.2 · of 1000 random triplets 48 semi-hard, 12 hard" (triplet runs), or
 * "… · mean distance of positive pairs 0.3, of negative pairs 1.2" (pair losses).
 */
export function snapshotStatus(s: EmbeddingSnapshot): string {
  const loss = Number.isNaN(s.loss) ? "" : ` · loss ${fmt(s.loss)}`;
  const detail = s.lossName === "triplet"
    ? `of ${s.triplets} random triplets ${s.semiHard} semi-hard, ${s.hard} hard`
    : `mean distance of positive pairs ${fmt(s.positiveDistance)}, of negative pairs ${fmt(s.negativeDistance)}`;
  return `epoch ${s.epoch}/${s.epochs}${loss} · spread ${fmt(s.spread)} · ${detail}`;
}

/** Trains `net` with the chosen loss (and miner) and records a snapshot after every epoch; see the module comment. */
export async function trainEmbedding(options: TrainEmbeddingOptions): Promise<EmbeddingRun> {
  const fn = "trainEmbedding";
  checkOptions(fn, options, ["net", "train", "loss", "miner?", "warmup?", "distance?", "margin?", "pairsPerBatch?", "positiveFraction?", "notesTriplets?", "epochs?", "batchSize?", "learningRate?", "seed?", "probe?", "probeTriplets?", "probeMargin?", "watchPerClass?", "name?", "live?", "progress?", "output?", "onEpoch?"]);
  const { net } = options;
  if (typeof net?.embed !== "function" || typeof net?.apply !== "function") {
    throw new InputTypeError(fn, "net", "an embedding network with apply(x) and embed(x)", describe(net));
  }
  const loss = checkOneOf(fn, "loss", options.loss, EMBEDDING_LOSSES);
  const miner = loss === "triplet" ? checkOneOf(fn, "miner", options.miner ?? "notes", TRIPLET_MINERS) : null;
  let warmup: { miner: TripletMinerName; epochs: number } | undefined;
  if (options.warmup !== undefined) {
    checkOptions(fn, options.warmup, ["miner", "epochs"], "warmup");
    warmup = { miner: checkOneOf(fn, "warmup.miner", options.warmup.miner, TRIPLET_MINERS), epochs: checkInteger(fn, "warmup.epochs", options.warmup.epochs, { min: 0 }) };
  }
  const margin = checkRange(fn, "margin", options.margin ?? (loss === "triplet" ? DEFAULT_TRIPLET_MARGIN : 1), { min: 0 });
  const distance = checkOneOf(fn, "distance", options.distance ?? "squaredEuclidean", DISTANCES);
  const epochs = checkInteger(fn, "epochs", options.epochs ?? 8, { min: 1 });
  const batchSize = checkInteger(fn, "batchSize", options.batchSize ?? 128, { min: 2 });
  const pairsPerBatch = checkInteger(fn, "pairsPerBatch", options.pairsPerBatch ?? batchSize, { min: 1 });
  const positiveFraction = loss === "naive" ? 1 : checkRange(fn, "positiveFraction", options.positiveFraction ?? 0.5, { min: 0, max: 1 });
  const notesTriplets = checkInteger(fn, "notesTriplets", options.notesTriplets ?? 1000, { min: 1 });
  const seed = checkInteger(fn, "seed", options.seed ?? 0);
  const probeCount = checkInteger(fn, "probeTriplets", options.probeTriplets ?? 1000, { min: 1 });
  const probeMargin = checkRange(fn, "probeMargin", options.probeMargin ?? (loss === "triplet" ? margin : DEFAULT_TRIPLET_MARGIN), { min: 0 });
  const watchPerClass = checkInteger(fn, "watchPerClass", options.watchPerClass ?? 50, { min: 1 });
  const description = { loss, miner: miner ?? undefined, warmup, distance };
  const name = options.name ?? embeddingRunName(description);
  const label = embeddingRunLabel(description);

  const probe = options.probe ?? options.train;
  const probeRng = new Rng(seed + 7919);
  const probeTriplets = drawRandomTriplets(probe.labels, probeCount, probeRng);
  const probePairs = samplePairs({ labels: probe.labels, count: probeCount, seed: probeRng });
  const watched = balancedRows(probe.labels, { perClass: watchPerClass, seed });
  const view = options.output ?? (options.live || options.progress ? liveOutput() : null);

  const snapshots: EmbeddingSnapshot[] = [];
  const used: number[] = [];
  const candidates: number[] = [];
  const start = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
  const snapshot = async (epoch: number, epochLoss: number) => {
    const e = embedSet(net, probe);
    const s: EmbeddingSnapshot = {
      lossName: loss,
      epoch,
      epochs,
      loss: epochLoss,
      seconds: seconds(),
      ...rawProbeStatistics(e, probeTriplets, probePairs, probeMargin),
      embeddings: watched.map((r) => e[r]),
      labels: watched.map((r) => probe.labels[r]),
      rows: watched,
    };
    snapshots.push(s);
    if (options.onEpoch) await options.onEpoch(s);
    if (view && options.live) view.figure(options.live(s), { final: epoch === epochs });
    else if (view) view.progress(epoch, epochs, `${name}: ${snapshotStatus(s)}`);
  };

  const rng = new Rng(seed + 1);
  const lossOfBatch = (e: tf.Tensor2D, _labels: tf.Tensor1D, batch: { epoch: number; labels: Int32Array }): tf.Tensor => {
    const labels = batch.labels;
    if (loss === "triplet") {
      const current = warmup && batch.epoch < warmup.epochs ? warmup.miner : miner!;
      const t = mineTriplets(current, { embeddings: e, labels, margin, rng, notesTriplets, distance });
      used.push(t.anchors.length);
      candidates.push(t.candidates);
      return batchTripletLoss({ embeddings: e, labels, triplets: t, margin, distance });
    }
    const pairs = samplePairs({ labels, count: pairsPerBatch, positiveFraction, seed: rng });
    used.push(pairs.first.length);
    candidates.push((labels.length * (labels.length - 1)) / 2);
    return batchContrastiveLoss({ embeddings: e, labels, pairs, margin });
  };

  const { images, labels } = mnistTensors(options.train);
  labels.dispose();
  try {
    await snapshot(0, NaN);
    const history = await train(net, {
      x: images,
      labels: options.train.labels,
      loss: lossOfBatch,
      epochs,
      batchSize,
      learningRate: options.learningRate,
      seed,
      onEpoch: (p) => snapshot(p.epoch + 1, p.loss),
    });
    const perEpoch = history.steps / epochs;
    const usedPerEpoch = Array.from({ length: epochs }, (_, k) => used.slice(k * perEpoch, (k + 1) * perEpoch).reduce((a, b) => a + b, 0) / perEpoch);
    return { name, label, loss, miner, margin, history, snapshots, final: snapshots[snapshots.length - 1], used, candidates, usedPerEpoch, seconds: seconds() };
  } finally {
    images.dispose();
  }
}
