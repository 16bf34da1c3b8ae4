/**
 * The center loss (Wen, Zhang, Li & Qiao, "A Discriminative Feature Learning Approach for Deep Face
 * Recognition", ECCV 2016), one of the "Euclidean margin" losses of SphereFace's Figure 3 caption:
 *
 *   L_C = ½ Σᵢ ‖xᵢ − c_{yᵢ}‖²,        ∂L_C/∂xᵢ = xᵢ − c_{yᵢ},
 *
 * which pulls each feature towards its class centre c_j. Used beside softmax (L = L_S + λ·L_C), it
 * makes classes compact; alone, it collapses like the notes' "make this small" loss (every feature
 * and centre at one point costs nothing). The centres are not trained by the gradient but moved
 * towards their class's features after each batch (the paper's eq. 4 and Algorithm 1):
 *
 *   Δc_j = Σᵢ δ(yᵢ = j)·(c_j − xᵢ) / (1 + Σᵢ δ(yᵢ = j)),      c_j ← c_j − α·Δc_j.
 *
 * The paper's L_C is a sum over the mini-batch, with the ½: `reduction: "sum"` (the default here);
 * "mean" divides by the batch size, as several PyTorch ports do.
 */
import * as tf from "@tensorflow/tfjs";
import { type TensorInput } from "../validation";
import { type Reduction } from "./reduction";
export interface CenterLossOptions {
    /** Features x [B, d]. */
    features: TensorInput;
    /** Class index of each row, in [0, C). */
    labels: TensorInput;
    /** Class centres c [C, d]. */
    centers: TensorInput;
    /** @default "sum" (the paper's ½ Σᵢ over the batch) */
    reduction?: Reduction;
}
/** ½‖xᵢ − c_{yᵢ}‖² per sample, reduced. Differentiable in the features (and in the centres, unused in the paper). */
export declare function centerLoss(options: CenterLossOptions): tf.Tensor;
export interface CenterUpdateOptions {
    features: TensorInput;
    labels: TensorInput;
    centers: TensorInput;
    /** The centres' learning rate α ∈ [0, 1]. @default 0.5 (the paper's experiments use 0.5) */
    alpha?: number;
}
/** The paper's centre update: c_j − α·Σ_{yᵢ=j}(c_j − xᵢ)/(1 + n_j); classes absent from the batch stay put. */
export declare function updateCenters(options: CenterUpdateOptions): tf.Tensor2D;
//# sourceMappingURL=center_loss.d.ts.map