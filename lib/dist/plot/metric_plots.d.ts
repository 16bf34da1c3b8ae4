import type { ContrastiveCurves } from "../metric_learning/conventions";
import { type EmbeddingRun, type EmbeddingSnapshot } from "../metric_learning/train_embedding";
import type { PairVerification } from "../metric_learning/verify";
import type { Figure } from "./types";
/** The embeddings of one run. */
export interface EmbeddingPanel {
    /** Shown as the figure's title when this panel is on screen. */
    title: string;
    /** The slider's label (default: the title). */
    label?: string;
    /** One row per digit, 2 numbers each. */
    embeddings: number[][];
    labels: ArrayLike<number>;
    /** Row of each digit in its set, for the hover text ("test image 123"). */
    rows?: ArrayLike<number>;
    /** Name of the set the rows refer to. @default "test image" */
    rowName?: string;
}
/** 2-D embeddings, one trace per digit; with several panels, a slider picks the run. */
export declare function embeddingFigure(panels: EmbeddingPanel[], options?: {
    title?: string;
    sliderTitle?: string;
    active?: number;
    height?: number;
}): Figure;
/** The panel of a run's last snapshot: its test digits after training. */
export declare function runPanel(run: EmbeddingRun): EmbeddingPanel;
/** The live picture of a training run: its watched digits after the last epoch. */
export declare function embeddingSnapshotFigure(name: string, s: EmbeddingSnapshot): Figure;
/** Distances of the test pairs of one run, and its threshold. */
export interface DistanceHistogram {
    title: string;
    label?: string;
    /** Distances of positive (same digit) pairs. */
    positive: number[];
    /** Distances of negative (different digits) pairs. */
    negative: number[];
    /** t: "same" when d < t. */
    threshold: number;
    /** Accuracy at t, shown in the threshold's hover text. */
    accuracy?: number;
}
/** The histogram input of a verified run: its test-pair distances and the threshold fitted on training pairs. */
export declare function verificationHistogram(run: EmbeddingRun, v: PairVerification): DistanceHistogram;
/** Overlaid histograms of positive- and negative-pair distances with the threshold t; a slider for several runs. */
export declare function distanceHistogramFigure(sets: DistanceHistogram[], options?: {
    title?: string;
    bins?: number;
    active?: number;
}): Figure;
/** The notes' procedure as training goes on: of 1000 random triplets, how many are hard, semi-hard, easy; a slider over runs. */
export declare function tripletCategoryFigure(runs: EmbeddingRun[], options?: {
    active?: number;
}): Figure;
/**
 * The collapse, step by step: left, the spread of the embeddings (RMS distance from their mean, log
 * scale); right, the mean distance of positive and of negative test pairs. One colour per run.
 */
export declare function spreadFigure(runs: EmbeddingRun[], options?: {
    title?: string;
}): Figure;
/** The contrastive loss of a similar and of a dissimilar pair against d: the notes' form and Hadsell's. */
export declare function contrastiveCurvesFigure(c: ContrastiveCurves): Figure;
//# sourceMappingURL=metric_plots.d.ts.map