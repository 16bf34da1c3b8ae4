/**
 * TensorFlow Addons' `tfa.losses.contrastive_loss(y_true, y_pred, margin = 1)`, on distances:
 *
 *   L = y·d² + (1 − y)·max(m − d, 0)²     (y = 1 for a SIMILAR pair, TFA's convention)
 *
 * `distances` are the pairs' distances d ≥ 0 (TFA's y_pred, e.g. `euclideanDistance(a, b)`), `labels`
 * 1 for a similar pair and 0 for a dissimilar one. Reduction "mean" (TFA's Keras default,
 * SUM_OVER_BATCH_SIZE), "sum" or "none". For embeddings and the notes' y = 0 convention, see
 * `contrastiveLoss`.
 */
import * as tf from "@tensorflow/tfjs";
import { type TensorInput } from "../validation";
import { type ReductionOption } from "./inputs";
export interface TfaContrastiveLossOptions extends ReductionOption {
    /** 1 = similar pair, 0 = dissimilar (TFA's y_true). */
    labels: TensorInput;
    /** The pairs' distances d ≥ 0 (TFA's y_pred). */
    distances: TensorInput;
    /** m ≥ 0 (default 1). */
    margin?: number;
}
export declare function tfaContrastiveLoss(options: TfaContrastiveLossOptions): tf.Tensor;
//# sourceMappingURL=tfa_contrastive.d.ts.map