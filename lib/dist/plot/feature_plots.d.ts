import type { FeatureSnapshot } from "../training/train_head";
import type { Figure } from "./types";
export interface FeaturePanel {
    /** The panel's heading ("softmax", "m = 2"). */
    title: string;
    /** One row per digit: 2 numbers (plane) or 3 (sphere). */
    features: number[][];
    labels: ArrayLike<number>;
    /** Test-set row of each feature, for the hover text. */
    rows?: ArrayLike<number>;
    /** Class weight vectors, one row a class, drawn as directions. */
    weights?: number[][];
    /** Draw the features divided by their norms: on the unit circle (2-D). @default false */
    projected?: boolean;
}
/**
 * 2-D features, one panel per entry of `panels`, in a grid of `columns` (default: all in one row).
 * Original-space panels are scaled to their largest feature; projected panels show the unit circle.
 */
export declare function featureFigure(panels: FeaturePanel[], options: {
    title: string;
    columns?: number;
    height?: number;
}): Figure;
/** "softmax · epoch 3/8 · test accuracy 91.2 %" for a live title. */
export declare function snapshotTitle(name: string, s: FeatureSnapshot): string;
/** A panel of a snapshot's watched features and its class weights. */
export declare function snapshotPanel(s: FeatureSnapshot, options: {
    title: string;
    projected?: boolean;
}): FeaturePanel;
/**
 * The live picture of a 2-D run: the features in their original space and projected on the unit
 * circle, side by side (`projected: "both"`), or one of the two.
 */
export declare function liveFeatureFigure(name: string, s: FeatureSnapshot, options?: {
    projected?: boolean | "both";
}): Figure;
/**
 * One run epoch by epoch, with a slider: the features moving as training goes, in the original space
 * (rescaled at each epoch: the tick labels show the norms growing) and on the unit circle. For pages
 * read without a kernel, where the live figure keeps only its last frame.
 */
export declare function featureEpochsFigure(name: string, snapshots: FeatureSnapshot[]): Figure;
/** Positive- and negative-pair angles of one panel (radians), for the histogram row. */
export interface PairAngleSet {
    positive: number[];
    negative: number[];
}
/**
 * 3-D features projected on the unit sphere, one scene per panel; with `pairs`, a second row of
 * histograms of positive-pair (same digit) and negative-pair angles under each sphere, as in
 * SphereFace's Figure 5.
 */
export declare function sphereFigure(panels: FeaturePanel[], options: {
    title: string;
    pairs?: PairAngleSet[];
    pairCaption?: string;
    bins?: number;
}): Figure;
/** The live picture of a 3-D run: its features on the unit sphere. */
export declare function liveSphereFigure(name: string, s: FeatureSnapshot): Figure;
//# sourceMappingURL=feature_plots.d.ts.map