/**
 * Lesson 09's picture: one panel per loss, in a grid, of held-out features of the trained digits and of
 * the unseen digits, all projected on the unit sphere (3-D features) or the unit circle (2-D). Trained
 * digits are dots in their course colour (`classColor`); the unseen digits keep their colours too but are
 * drawn as larger diamonds (3-D) or crosses (2-D) and named "(unseen)" in the legend. Classifier panels
 * show their class weight directions. Built from `sphereFigure` / `featureFigure`, re-laid out as a grid.
 */
import type { CapstoneFeatures } from "../capstone/run_capstone";
import { type FeaturePanel } from "./feature_plots";
import type { Figure } from "./types";
export interface CapstoneFigureOptions {
    title?: string;
    /** Panels per row. @default 4 */
    columns?: number;
    /** The digits never trained on, drawn distinctly. @default [8, 9] */
    unseenDigits?: number[];
}
/** A loss's features as one panel: held-out seen digits, then the unseen ones. */
export declare function capstonePanel(f: CapstoneFeatures): FeaturePanel;
/** The grid of feature pictures, one panel per loss (see the module comment). */
export declare function capstoneFeatureFigure(features: CapstoneFeatures[], options?: CapstoneFigureOptions): Figure;
//# sourceMappingURL=capstone_plots.d.ts.map