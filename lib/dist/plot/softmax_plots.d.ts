import type { LogisticModel } from "../classification/logistic_regression";
import type { LabelledPoints } from "../classification/toy_data";
import type { Figure } from "./types";
/**
 * For scores s = `logits` with the positive class's score set to each value of `values` (a slider):
 * softmax f(s)ᵢ and sigmoid σ(sᵢ) per class (left), and the softmax loss's gradient ∂CE/∂sᵢ (right).
 */
export declare function softmaxGradientFigure(input: {
    logits: number[];
    positive: number;
    values: number[];
    active?: number;
}): Figure;
/**
 * The focal loss paper's Figure 1: FL(p_t) = −(1 − p_t)^γ log p_t against the probability p_t of the
 * ground-truth class, one curve per γ (γ = 0 is cross-entropy), the well-classified region p_t > 0.5 shaded.
 */
export declare function focalLossFigure(input: {
    gammas: number[];
    probabilities: number[];
}): Figure;
export interface BoundaryModel {
    label: string;
    model: LogisticModel;
    color: number;
}
/** Two-class points in 2-D (class colours) and each model's boundary w·x + b = 0. */
export declare function linearBoundariesFigure(input: {
    data: LabelledPoints;
    models: BoundaryModel[];
    title: string;
    classNames?: [string, string];
}): Figure;
//# sourceMappingURL=softmax_plots.d.ts.map