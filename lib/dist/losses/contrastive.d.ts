/**
 * The contrastive loss of a Siamese network, for pairs of embeddings (x₁, x₂) at distance d = ‖x₁ − x₂‖.
 *
 * ┌───────────────────────────────────────────────────────────────────────────────────────────────┐
 * │ LABEL CONVENTION: y = 0 for a SIMILAR pair (same class), y = 1 for a DISSIMILAR pair.           │
 * │ This is the notes' ("y = 0 for pairs having same objects") and Hadsell, Chopra & LeCun's (2006). │
 * │ Many libraries use the opposite (TensorFlow Addons' `contrastive_loss`: y = 1 means similar):    │
 * │ pass `similarLabel: 1` for labels written that way.                                             │
 * └───────────────────────────────────────────────────────────────────────────────────────────────┘
 *
 * form "notes" (default): L = (1 − y)·d² + y·max(0, m² − d²)
 *   a similar pair pays its squared distance (the "Euclidean loss" EL), a dissimilar pair pays the hinge
 *   HL only while it is inside the margin; the notes' L = Σ loss of positive pairs + Σ loss of negative
 *   pairs is `reduction: "sum"`.
 * form "hadsell": L = (1 − y)·½d² + y·½·max(0, m − d)²  (Hadsell et al. 2006, eq. 4; the margin acts on
 *   d, not on d², and d's gradient at 0 is taken as 0).
 *
 * The margin m defaults to 1 (TensorFlow Addons' default; the notes leave m open). Without the
 * dissimilar term, every input mapped to one point gives zero loss: the collapse the notes warn about.
 *
 * Two entry points: `contrastiveLoss` on two matrices with one label per row, and
 * `batchContrastiveLoss` on one batch with class labels and the pairs a sampler chose (default: all).
 */
import * as tf from "@tensorflow/tfjs";
import type { LabelledBatch, PairIndices } from "../miners/types";
import { type TensorInput } from "../validation";
import { type ReductionOption } from "./inputs";
import { type Reduction } from "./reduction";
export type ContrastiveForm = "notes" | "hadsell";
export declare const CONTRASTIVE_FORMS: readonly ContrastiveForm[];
interface ContrastiveSettings extends ReductionOption {
    /** m ≥ 0 (default 1). */
    margin?: number;
    /** Default "notes": (1 − y)·d² + y·max(0, m² − d²); "hadsell": ½d² and ½max(0, m − d)². */
    form?: ContrastiveForm;
    /** "sum" is the notes' L; "none" gives one loss per pair. @default "mean" */
    reduction?: Reduction;
}
export interface ContrastiveLossOptions extends ContrastiveSettings {
    /** First embeddings of the pairs, [N, d]. */
    x1: TensorInput;
    /** Second embeddings, [N, d]. */
    x2: TensorInput;
    /** Pair labels, 0 or 1, one per row: **0 = similar** (unless `similarLabel` is 1). */
    y: TensorInput | Uint8Array;
    /** The value of `y` that marks a similar pair: 0 (default, the notes and Hadsell) or 1 (TF Addons). */
    similarLabel?: 0 | 1;
}
/** A pair is similar when its two class labels are equal. */
export interface BatchContrastiveLossOptions extends ContrastiveSettings, LabelledBatch {
    /** Rows forming the pairs (e.g. from `samplePairs`). Default: every pair i < j of the batch. */
    pairs?: PairIndices;
}
/** The contrastive loss of explicit pairs: row i of `x1` and of `x2` form a pair labelled `y[i]`. */
export declare function contrastiveLoss(options: ContrastiveLossOptions): tf.Tensor;
/**
 * The contrastive loss of a batch: squared distances read from the batch's distance matrix at the pairs'
 * rows; a pair is similar (y = 0) when its class labels are equal.
 */
export declare function batchContrastiveLoss(options: BatchContrastiveLossOptions): tf.Tensor;
export {};
//# sourceMappingURL=contrastive.d.ts.map