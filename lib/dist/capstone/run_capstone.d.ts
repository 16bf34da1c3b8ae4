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
 * and the mean intra-class and inter-class angles of the held-out features (`angleStatistics`).
 * Every loss trains a fresh `EmbeddingNet` with the same seed (the same initial weights), on the same
 * rows, for the same epochs, batch size and learning rate. Seeded throughout.
 */
import { type MnistSet } from "../data/mnist";
import type { AnnealingSchedule } from "../angular/annealing";
export type CapstoneLoss = "softmax" | "modifiedSoftmax" | "lSoftmax" | "aSoftmax" | "cosFace" | "arcFace" | "contrastive" | "triplet";
/** Every loss of the capstone, in the course's order. */
export declare const CAPSTONE_LOSSES: readonly CapstoneLoss[];
/**
 * The capstone's λ schedules: its runs are short (a hundred steps or so), so λ decays ten times faster
 * than in lessons 06–07 (base 1000, γ = 1, power 2: λ = 1000/(1 + step)²) down to each paper's floor:
 * L-Softmax's λ_min = 0 (approached: about 0.15 after 80 steps, 87 % of the target ψ) and SphereFace's
 * λ_min = 5 (reached after 13 steps). The run reports where λ ended.
 */
export declare const CAPSTONE_LSOFTMAX_ANNEALING: Readonly<AnnealingSchedule>;
export declare const CAPSTONE_ASOFTMAX_ANNEALING: Readonly<AnnealingSchedule>;
/** The false accept rate at which the open-set TAR is read (1 %: with 1,000 different-digit pairs, 10 of them accepted). */
export declare const CAPSTONE_FAR = 0.01;
/** The papers' final λ of the annealed heads (L-Softmax's Caffe schedule: 0; SphereFace's: 5). */
export declare const PAPER_LAMBDA_MIN: Readonly<Partial<Record<CapstoneLoss, number>>>;
/** The settings of each loss (the lessons' choices for 3-D features). */
export declare const CAPSTONE_SETTINGS: Record<CapstoneLoss, string>;
/**
 * The budget of lesson 09 and of `npm run capstone` (one place, so both print the same table): every
 * loss gets these epochs over the same rows, for each of `seeds` seeds (`runCapstoneSeeds`). Sized to
 * keep the notebook under a minute on 2 cores with the native backend.
 */
export declare const CAPSTONE_DEFAULTS: Readonly<{
    epochs: 4;
    perDigit: 400;
    batchSize: 128;
    learningRate: 0.003;
    embeddingSize: 3;
    seed: 0;
    seeds: 5;
}>;
/** How each loss is called in tables and figures. */
export declare const CAPSTONE_NAMES: Record<CapstoneLoss, string>;
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
    seen: {
        features: number[][];
        labels: number[];
    };
    /** Unseen digits. */
    unseen: {
        features: number[][];
        labels: number[];
    };
    /** Class weight vectors (one row a seen class) of a classifier head; null for the embedding losses. */
    weights: number[][] | null;
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
    data: {
        train: MnistSet;
        test: MnistSet;
        unseen: MnistSet;
    };
    /** Pairs of `data.test` (threshold) and of `data.unseen` (open-set measures), the same for every loss. */
    pairs: {
        calibration: PairSet;
        openSet: PairSet;
        extraOpenSet: PairSet | null;
    };
    budget: {
        epochs: number;
        batchSize: number;
        learningRate: number;
        trainImages: number;
        stepsPerLoss: number;
        embeddingSize: number;
        hidden: number[];
    };
    seenDigits: number[];
    unseenDigits: number[];
    seconds: number;
}
/** Trains every loss and measures it; see the module comment. */
export declare function runCapstone(options?: CapstoneOptions): Promise<CapstoneResult>;
//# sourceMappingURL=run_capstone.d.ts.map