/**
 * The triplet loss (Schroff, Kalenichenko & Philbin 2015, FaceNet), as the notes write it:
 *
 *   L(A, P, N) = max(D(A, P) − D(A, N) + α, 0),   J = Σᵢ L(Aⁱ, Pⁱ, Nⁱ)
 *
 * with D(A, P) = ‖x_a − x_p‖² (squared Euclidean, the notes' and FaceNet's). An anchor should be closer
 * to its positive than to its negative by at least the margin α; triplets that already are ("easy"
 * triplets) give exactly 0 and no gradient.
 *
 * Options: `distance` "euclidean" (plain ‖x_a − x_p‖, as Hermans et al. 2017 and PyTorch's
 * `TripletMarginLoss`) or "cosine"; `reduction` "sum" is the notes' J, "mean" (default) divides it by
 * the number of triplets so the learning rate does not depend on the batch size. With no triplet at all
 * the loss is a differentiable zero.
 *
 * Two entry points: `tripletLoss` on three matrices of embeddings (row i of each forms a triplet), and
 * `batchTripletLoss` on one batch with class labels and the triplets a miner chose (default: all valid).
 */
import * as tf from "@tensorflow/tfjs";
import { type DistanceName } from "../distances/distance";
import { type LabelledBatch, type TripletIndices } from "../miners/types";
import { type TensorInput } from "../validation";
import { type ReductionOption } from "./inputs";
import { type Reduction } from "./reduction";
interface TripletLossSettings extends ReductionOption {
    /** α ≥ 0 (default 0.2, FaceNet's). */
    margin?: number;
    /** D; default "squaredEuclidean" (the notes'). */
    distance?: DistanceName;
    /** "sum" is the notes' J; "none" gives one loss per triplet. @default "mean" */
    reduction?: Reduction;
}
export interface TripletLossOptions extends TripletLossSettings {
    /** x_a, [N, d]. */
    anchors: TensorInput;
    /** x_p, [N, d]: same class as the anchor of the same row. */
    positives: TensorInput;
    /** x_n, [N, d]: another class. */
    negatives: TensorInput;
}
export interface BatchTripletLossOptions extends TripletLossSettings, LabelledBatch {
    /** Rows forming the triplets, from a miner. Default: every valid triplet of the batch (`allTriplets`). */
    triplets?: TripletIndices;
}
/** The triplet loss of explicit triplets: row i of `anchors`, `positives`, `negatives` is one triplet. */
export declare function tripletLoss(options: TripletLossOptions): tf.Tensor;
/**
 * The triplet loss of a batch: D(A, P) and D(A, N) read from the batch's distance matrix at the
 * triplets' rows (so each pair's distance is computed once however many triplets share it).
 */
export declare function batchTripletLoss(options: BatchTripletLossOptions): tf.Tensor;
export {};
//# sourceMappingURL=triplet.d.ts.map