/**
 * pytorch-metric-learning's `TripletMarginLoss({ margin = 0.05, swap = false, smoothLoss = false })`:
 * per triplet relu(d_ap − d_an + margin) (signs flipped for a similarity), or softplus of it with
 * `smoothLoss`; with `swap`, d_an is the closer of d_an and d_pn (Balntas et al. 2016). Defaults:
 * `LpDistance()` (normalised embeddings), `AvgNonZeroReducer`, every valid triplet of the batch.
 * Pairs given as the indices tuple are joined per anchor into triplets (pml's `convert_to_triplets`).
 */
import * as tf from "@tensorflow/tfjs";
import { type LossTerm } from "../../reducers/reducers";
import { type TensorInput } from "../../validation";
import { MetricLossFunction, type LossBatch, type MetricLossOptions } from "./base";
export interface TripletMarginLossSettings extends MetricLossOptions {
    /** The margin (default 0.05, pml's). */
    margin?: number;
    /** Use the positive–negative distance when it is the closer one (default false). */
    swap?: boolean;
    /** softplus instead of the hinge (default false). */
    smoothLoss?: boolean;
}
export declare class TripletMarginLoss extends MetricLossFunction {
    readonly margin: number;
    readonly swap: boolean;
    readonly smoothLoss: boolean;
    constructor(options?: TripletMarginLossSettings);
    /**
     * The loss over a miner's mask instead of an indices tuple: `mask` [N, N, N] is 1 at the kept
     * (a, p, n) (`TripletMarginMiner.mask`), and the value equals `forward` on the same triplets listed.
     * Nothing is read back: every triplet is computed and the mask weighs them (N³ values).
     */
    forwardMasked(embeddings: TensorInput, labels: TensorInput | Int32Array, mask: tf.Tensor): tf.Scalar;
    protected terms(batch: LossBatch): LossTerm[];
}
//# sourceMappingURL=triplet_margin_loss.d.ts.map