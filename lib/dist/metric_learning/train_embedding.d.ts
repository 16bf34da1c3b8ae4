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
import { type MnistSet } from "../data/mnist";
import { type DistanceName } from "../distances/distance";
import { type MinedTriplets, type PairIndices, type TripletIndices } from "../miners/types";
import { type TrainHistory } from "../models/train";
import { type LiveOutput } from "../notebook/display";
import type { Figure } from "../plot/types";
import { Rng } from "../random/rng";
import { type FeatureNet } from "../training/evaluate";
import type * as tf from "@tensorflow/tfjs";
export type EmbeddingLossName = "naive" | "contrastive" | "triplet";
export declare const EMBEDDING_LOSSES: readonly EmbeddingLossName[];
export type TripletMinerName = "notes" | "semiHard" | "semiHardTfa" | "batchHard" | "batchAll";
export declare const TRIPLET_MINERS: readonly TripletMinerName[];
/** How each miner is called in tables and figures. */
export declare const MINER_LABELS: Record<TripletMinerName, string>;
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
    warmup?: {
        miner: TripletMinerName;
        epochs: number;
    };
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
export declare const MINER_SHORT_LABELS: Record<TripletMinerName, string>;
interface RunDescription {
    loss: EmbeddingLossName;
    miner?: TripletMinerName;
    warmup?: {
        miner: TripletMinerName;
        epochs: number;
    };
    distance?: DistanceName;
}
/** A run's name: "contrastive", "triplet · batch-hard", "triplet · semi-hard (FaceNet) for 4 epochs, then batch-hard". */
export declare function embeddingRunName(run: RunDescription): string;
/** A run's short label: "contrastive", "batch-hard", "semi-hard → batch-hard". */
export declare function embeddingRunLabel(run: RunDescription): string;
/** Triplets of one batch chosen by a miner, with distance D (default the notes' squared Euclidean). */
export declare function mineTriplets(miner: TripletMinerName, batch: {
    embeddings: tf.Tensor2D;
    labels: Int32Array;
    margin: number;
    rng: Rng;
    notesTriplets?: number;
    distance?: DistanceName;
}): MinedTriplets;
/**
 * The probe statistics of embeddings `e` (one row per probe digit, all of one length) on fixed
 * triplets and pairs (row indices into `e`; `pairs.same` 1 for a positive pair, 0 for a negative one),
 * with the triplets sorted by `margin` (>= 0). Checks its arguments; `trainEmbedding` calls the
 * unchecked version once per epoch on sets it drew itself.
 */
export declare function probeStatistics(e: number[][], triplets: TripletIndices, pairs: PairIndices & {
    same: Uint8Array;
}, margin: number): ProbeStatistics;
/**
 * "epoch 3/8 · loss 0.123 · spread 1.2 · of 1000 random triplets 48 semi-hard, 12 hard" (triplet runs), or
 * "… · mean distance of positive pairs 0.3, of negative pairs 1.2" (pair losses).
 */
export declare function snapshotStatus(s: EmbeddingSnapshot): string;
/** Trains `net` with the chosen loss (and miner) and records a snapshot after every epoch; see the module comment. */
export declare function trainEmbedding(options: TrainEmbeddingOptions): Promise<EmbeddingRun>;
export {};
//# sourceMappingURL=train_embedding.d.ts.map