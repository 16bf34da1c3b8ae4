/**
 * The center loss (Wen, Zhang, Li & Qiao, "A Discriminative Feature Learning Approach for Deep Face
 * Recognition", ECCV 2016), one of the "Euclidean margin" losses of SphereFace's Figure 3 caption:
 *
 *   L_C = ½ Σᵢ ‖xᵢ − c_{yᵢ}‖²,        ∂L_C/∂xᵢ = xᵢ − c_{yᵢ},
 *
 * which pulls each feature towards its class centre c_j. Used beside softmax (L = L_S + λ·L_C), it
 * makes classes compact; alone, it collapses like any "make this small" loss (every feature
 * and centre at one point costs nothing). The centres are not trained by the gradient but moved
 * towards their class's features after each batch (the paper's eq. 4 and Algorithm 1):
 *
 *   Δc_j = Σᵢ δ(yᵢ = j)·(c_j − xᵢ) / (1 + Σᵢ δ(yᵢ = j)),      c_j ← c_j − α·Δc_j.
 *
 * The paper's L_C is a sum over the mini-batch, with the ½: `reduction: "sum"` (the default here);
 * "mean" divides by the batch size, as several PyTorch ports do.
 */
import * as tf from "../tf";
import { checkOptions, checkRange, toClassLabels, toFeatureMatrix, toTensor, checkRank, checkValues, ShapeError, describe, type TensorInput } from "../validation";
import { reduceLoss, type Reduction } from "./reduction";
import { checkReduction } from "./inputs";

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

function centerMatrix(fn: string, value: unknown): tf.Tensor2D {
  const t = toTensor(fn, "centers", value);
  checkRank(fn, "centers", t, 2);
  const [rows, cols] = t.shape as [number, number];
  if (rows < 1 || cols < 1) throw new ShapeError(fn, "centers", "a matrix [C, d] with C ≥ 1 and d ≥ 1", describe(t));
  checkValues(fn, "centers", t);
  return t as tf.Tensor2D;
}

/** ½‖xᵢ − c_{yᵢ}‖² per sample, reduced. Differentiable in the features (and in the centres, unused in the paper). */
export function centerLoss(options: CenterLossOptions): tf.Tensor {
  const fn = "centerLoss";
  checkOptions(fn, options, ["features", "labels", "centers", "reduction?"]);
  const reduction = checkReduction(fn, options.reduction ?? "sum");
  return tf.tidy(() => {
    const centers = centerMatrix(fn, options.centers);
    const features = toFeatureMatrix(fn, "features", options.features, centers.shape[1]);
    const labels = toClassLabels(fn, "labels", options.labels, features.shape[0], centers.shape[0]);
    const own = tf.gather(centers, labels);
    const perSample = tf.mul(tf.sum(tf.square(tf.sub(features, own)), 1), 0.5);
    return reduceLoss(fn, perSample, reduction);
  });
}

export interface CenterUpdateOptions {
  features: TensorInput;
  labels: TensorInput;
  centers: TensorInput;
  /** The centres' learning rate α ∈ [0, 1]. @default 0.5 (the paper's experiments use 0.5) */
  alpha?: number;
}

/** The paper's centre update: c_j − α·Σ_{yᵢ=j}(c_j − xᵢ)/(1 + n_j); classes absent from the batch stay put. */
export function updateCenters(options: CenterUpdateOptions): tf.Tensor2D {
  const fn = "updateCenters";
  checkOptions(fn, options, ["features", "labels", "centers", "alpha?"]);
  const alpha = checkRange(fn, "alpha", options.alpha ?? 0.5, { min: 0, max: 1 });
  return tf.tidy(() => {
    const centers = centerMatrix(fn, options.centers);
    const features = toFeatureMatrix(fn, "features", options.features, centers.shape[1]);
    const numClasses = centers.shape[0];
    const labels = toClassLabels(fn, "labels", options.labels, features.shape[0], numClasses);
    const oneHot = tf.cast(tf.oneHot(labels, numClasses), "float32"); // [B, C]
    const counts = tf.expandDims(tf.sum(oneHot, 0), 1); // n_j, [C, 1]
    const featureSums = tf.matMul(oneHot, features, true, false); // Σ_{yᵢ=j} xᵢ, [C, d]
    const delta = tf.div(tf.sub(tf.mul(centers, counts), featureSums), tf.add(counts, 1));
    return tf.sub(centers, tf.mul(delta, alpha)) as tf.Tensor2D;
  });
}
