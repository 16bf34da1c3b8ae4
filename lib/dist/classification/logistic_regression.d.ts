import type { LabelledPoints } from "./toy_data";
export type ClassifierLoss = "mse" | "bce" | "focal";
export declare const CLASSIFIER_LOSSES: readonly ClassifierLoss[];
/** The parameters of σ(w·x + b). */
export interface LogisticModel {
    w: number[];
    b: number;
}
export interface LogisticEpoch {
    /** Updates made so far (0: the start). */
    epoch: number;
    /** The training loss J at this state. */
    loss: number;
    /** Share of the points on the right side of w·x + b = 0. */
    accuracy: number;
    w: number[];
    b: number;
    /** ‖∂J/∂(w, b)‖ at this state: how hard the loss pushes. */
    gradientNorm: number;
}
export interface LogisticTrainingOptions {
    loss: ClassifierLoss;
    /** Focal loss's γ ≥ 0 ("focal" only). @default 2 */
    gamma?: number;
    /** Weight α ∈ [0, 1] of class 1 and 1 − α of class 0 ("bce" and "focal"). @default undefined (none) */
    alpha?: number;
    /** @default "sgd" (plain gradient descent) */
    optimizer?: "sgd" | "adam";
    learningRate: number;
    /** Full-batch updates. */
    epochs: number;
    /** The start. @default w = 0, b = 0 */
    init?: LogisticModel;
    /** Called after each update with its record (for live progress). */
    onEpoch?: (record: LogisticEpoch, epochs: number) => void;
}
export interface LogisticTraining {
    model: LogisticModel;
    /** epochs + 1 records: the start, then the state after each update. */
    history: LogisticEpoch[];
}
/** Trains σ(w·x + b) on labels 0/1 with `loss`; returns the model and one record per epoch. */
export declare function trainLogisticRegression(data: LabelledPoints, opts: LogisticTrainingOptions): LogisticTraining;
/** The logit z = w·x + b of every point. */
export declare function logisticLogits(model: LogisticModel, x: number[][]): number[];
/** p(class 1 | x) = σ(w·x + b) for every point. */
export declare function logisticProbabilities(model: LogisticModel, x: number[][]): number[];
/** The first epoch whose accuracy reaches `level`, or undefined if none does. */
export declare function epochsToAccuracy(history: LogisticEpoch[], level: number): number | undefined;
//# sourceMappingURL=logistic_regression.d.ts.map