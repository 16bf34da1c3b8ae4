import type { LogisticEpoch } from "../classification/logistic_regression";
import type { LabelledPoints } from "../classification/toy_data";
import type { Figure } from "./types";
/** The colour of each classification loss in the figures of lessons 02 and 03. */
export declare const CLASSIFIER_LOSS_COLORS: {
    readonly mse: 7;
    readonly bce: 5;
    readonly focal: 6;
    readonly balanced: 8;
    readonly balancedFocal: 4;
    readonly paperFocal: 3;
};
/**
 * L_MSE = (y − ŷ)² and L_CE = −[y log ŷ + (1 − y) log(1 − ŷ)] against ŷ (left), their derivatives
 * ∂L/∂ŷ (right), for one label y, with the point ŷ = `mark` marked on all four curves.
 */
export declare function predictionLossFigure(input: {
    label: number;
    predictions: number[];
    mark: number;
    gradientRange?: [number, number];
}): Figure;
/**
 * ∂L/∂z through the sigmoid ŷ = σ(z) for the squared error and cross-entropy, against the logit z,
 * for one label y, with the logit `mark` marked.
 */
export declare function logitGradientFigure(input: {
    label: number;
    logits: number[];
    mark: number;
}): Figure;
export interface TrainingRun {
    /** The legend entry ("MSE", "cross-entropy"). */
    label: string;
    history: LogisticEpoch[];
    /** Palette index. */
    color: number;
}
/** Accuracy (left) and the gradient norm ‖∂J/∂θ‖ (right, log scale) against the epoch, one line per run. */
export declare function trainingComparisonFigure(input: {
    runs: TrainingRun[];
    title: string;
}): Figure;
/**
 * One-dimensional data at heights 0 and 1 (its class), and each run's model σ(wx + b) at the epochs of
 * `epochs`, chosen with a slider.
 */
export declare function logisticCurvesFigure(input: {
    data: LabelledPoints;
    runs: TrainingRun[];
    epochs: number[];
}): Figure;
//# sourceMappingURL=cross_entropy_plots.d.ts.map