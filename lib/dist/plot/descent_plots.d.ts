/**
 * Figures of gradient descent on a two-parameter cost: the contour of J(θ) with descent paths, and
 * the excess cost J(θ) − J(θ̂) per epoch; both with a learning-rate slider.
 */
import type { DescentRun } from "../optim/compare_descent";
import type { Figure } from "./types";
interface DescentFigureInput {
    /** J(θ₀, θ₁). */
    cost: (theta0: number, theta1: number) => number;
    /** θ̂, marked on the contour. */
    minimum: [number, number];
    runs: DescentRun[];
    range: {
        theta0: [number, number];
        theta1: [number, number];
    };
    /** The learning rate the slider starts at (default: the first). */
    active?: number;
    /** Names of the parameters for axes and hover (default θ₀, θ₁). */
    names?: [string, string];
}
/** Contour of J with one path per batch mode, a slider over η. Diverging paths leave the frame. */
export declare function descentContourFigure(input: DescentFigureInput): Figure;
/** J(θ) − J(θ̂) against epochs (log scale), one line per batch mode, a slider over η. */
export declare function descentCostFigure(input: {
    runs: DescentRun[];
    minCost: number;
    n: number;
    active?: number;
}): Figure;
export {};
//# sourceMappingURL=descent_plots.d.ts.map