import { type LogisticModel } from "./logistic_regression";
import type { LabelledPoints } from "./toy_data";
export interface LossShare {
    /** Points with p_t > threshold: the model gives their own class more than `threshold`. */
    wellClassified: number;
    /** Their share of the total loss, in [0, 1]. */
    share: number;
    /** The total loss (sum over the points). */
    total: number;
}
/** The share of the total (sum) loss that comes from well-classified points (p_t > threshold, default 0.5). */
export declare function wellClassifiedLossShare(data: LabelledPoints, model: LogisticModel, opts: {
    gamma: number;
    alpha?: number;
    threshold?: number;
}): LossShare;
//# sourceMappingURL=loss_shares.d.ts.map