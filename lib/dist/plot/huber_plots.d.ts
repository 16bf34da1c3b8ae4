/**
 * Figures of lesson 01 (L1, L2 and Huber): the losses and their gradients against the residual with a
 * δ slider, lines fitted to data with an outlier, each point's pull on a line, and how the fitted
 * slope follows the outlier. Values come from `residualLoss`, `residualGradient` and `fitLine`.
 */
import { type LineFit, type LineLoss } from "../regression/robust_line";
import type { Figure } from "./types";
/** The colour of each loss in every figure of the lessons on regression losses. */
export declare const LINE_LOSS_COLORS: Record<LineLoss, number>;
/**
 * A short name with the formula: "L2 = ½r²", "L1 = ∣r∣", "Huber, δ = 1". The bars of ∣r∣ are U+2223,
 * not "|", so the label can stand in a Markdown table cell.
 */
export declare function lineLossLabel(loss: LineLoss, delta?: number): string;
/** ℓ(r) (left) and ∂ℓ/∂ŷ (right) of L2, L1 and Huber against the residual r = ŷ − y; a slider over δ. */
export declare function residualCurvesFigure(input: {
    residuals: number[];
    deltas: number[];
    active?: number;
}): Figure;
/**
 * The data with its outlier marked, the L2 and L1 lines, and the Huber line for each δ of `huberFits`
 * on a slider.
 */
export declare function lineFitsFigure(input: {
    x: number[];
    y: number[];
    outlier: number;
    fits: LineFit[];
    huberFits: LineFit[];
    active?: number;
    title?: string;
}): Figure;
/** Each point's pull ∂ℓᵢ/∂ŷᵢ on one line under each loss, as grouped bars over the points. */
export declare function pullsFigure(input: {
    x: number[];
    y: number[];
    outlier: number;
    pulls: {
        loss: LineLoss;
        delta?: number;
        pulls: number[];
    }[];
    title: string;
}): Figure;
/** The fitted slope against the height of the outlier, one line per loss. */
export declare function influenceFigure(input: {
    heights: number[];
    slopes: {
        loss: LineLoss;
        delta?: number;
        slopes: number[];
    }[];
    actual: number;
    xOfOutlier: number;
}): Figure;
//# sourceMappingURL=huber_plots.d.ts.map