import * as tf from "../tf";
import { InputTypeError, checkBoolean, checkOptions, describe, toViews, type TensorInput } from "../validation";
import { MetricLossFunction } from "./losses/base";

/** The losses pml 2.9.0's `SelfSupervisedLoss` wraps (its `supported_losses()`, all of which losslab has). */
export const SELF_SUPERVISED_LOSSES: readonly string[] = [
  "AngularLoss",
  "CircleLoss",
  "ContrastiveLoss",
  "GeneralizedLiftedStructureLoss",
  "IntraPairVarianceLoss",
  "LiftedStructureLoss",
  "MultiSimilarityLoss",
  "NTXentLoss",
  "SignalToNoiseRatioContrastiveLoss",
  "SupConLoss",
  "TripletMarginLoss",
  "NCALoss",
  "TupletMarginLoss",
];

export interface SelfSupervisedLossOptions {
  /** The wrapped loss, one of `SELF_SUPERVISED_LOSSES` (pml's list). */
  loss: MetricLossFunction;
  /**
   * true (default): both views as one batch of 2N rows, labels [0 … N−1, 0 … N−1]; false: the first
   * view as the batch and the second as reference embeddings, labels 0 … N−1 on both.
   */
  symmetric?: boolean;
}

/**
 * pytorch-metric-learning's `SelfSupervisedLoss(loss, symmetric = True)`, following pml 2.9.0: a
 * metric loss for two augmented views of the same N inputs without labels. Row i of `embeddings`
 * and row i of `refEmbeddings` are a positive pair (label i), every other pairing a negative one (the
 * SimCLR set-up with `NTXentLoss`). Symmetric: `loss.forward(concat(Z, Z'), [0 … N−1, 0 … N−1])`;
 * otherwise `loss.forward(Z, 0 … N−1, undefined, Z', 0 … N−1)` (reference embeddings).
 *
 *     const ssl = new SelfSupervisedLoss({ loss: new NTXentLoss({ temperature: 0.1 }) });
 *     const value = ssl.forward(view1, view2); // pml: loss_fn(embeddings, ref_emb)
 */
export class SelfSupervisedLoss {
  readonly fn = "SelfSupervisedLoss";
  readonly loss: MetricLossFunction;
  readonly symmetric: boolean;

  constructor(options: SelfSupervisedLossOptions) {
    const fn = this.fn;
    checkOptions(fn, options, ["loss", "symmetric?"]);
    if (!(options.loss instanceof MetricLossFunction) || !SELF_SUPERVISED_LOSSES.includes(options.loss.fn)) {
      const got = options.loss instanceof MetricLossFunction ? options.loss.fn : describe(options.loss);
      throw new InputTypeError(fn, "loss", `one of the losses pml supports here (${SELF_SUPERVISED_LOSSES.join(", ")})`, got);
    }
    this.loss = options.loss;
    this.symmetric = checkBoolean(fn, "symmetric", options.symmetric ?? true);
  }

  /** The wrapped loss of two views [N, d] of the same N inputs (row i of each: label i), a scalar. */
  forward(embeddings: TensorInput, refEmbeddings: TensorInput): tf.Scalar {
    const fn = this.fn;
    return tf.tidy(() => {
      const [z, zr] = toViews(fn, embeddings, refEmbeddings);
      const labels = Int32Array.from({ length: z.shape[0] }, (_, i) => i);
      if (this.symmetric) return this.loss.forward(tf.concat([z, zr], 0), Int32Array.from([...labels, ...labels]));
      return this.loss.forward(z, labels, undefined, zr, labels);
    });
  }
}
