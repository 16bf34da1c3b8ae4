/**
 * The contrastive loss of a Siamese network, for pairs of embeddings (x₁, x₂) at distance d = ‖x₁ − x₂‖.
 *
 * ┌───────────────────────────────────────────────────────────────────────────────────────────────┐
 * │ LABEL CONVENTION: y = 0 for a SIMILAR pair (same class), y = 1 for a DISSIMILAR pair.           │
 * │ This is Hadsell, Chopra & LeCun's (2006) ("y = 0 for pairs having same objects").               │
 * │ Many libraries use the opposite (TensorFlow Addons' `contrastive_loss`: y = 1 means similar):    │
 * │ pass `similarLabel: 1` for labels written that way.                                             │
 * └───────────────────────────────────────────────────────────────────────────────────────────────┘
 *
 * form "squared" (default): L = (1 − y)·d² + y·max(0, m² − d²)
 *   a similar pair pays its squared distance (the "Euclidean loss" EL), a dissimilar pair pays the hinge
 *   HL only while it is inside the margin; L = Σ loss of positive pairs + Σ loss of negative
 *   pairs is `reduction: "sum"`.
 * form "hadsell": L = (1 − y)·½d² + y·½·max(0, m − d)²  (Hadsell et al. 2006, eq. 4; the margin acts on
 *   d, not on d², and d's gradient at 0 is taken as 0).
 *
 * The margin m defaults to 1 (TensorFlow Addons' default). Without the
 * dissimilar term, every input mapped to one point gives zero loss: the collapse the dissimilar term prevents.
 *
 * Two entry points: `contrastiveLoss` on two matrices with one label per row, and
 * `batchContrastiveLoss` on one batch with class labels and the pairs a sampler chose (default: all).
 */
import * as tf from "../tf";
import { rowDistance } from "../distances/distance";
import { distanceMatrix } from "../distances/pairwise";
import { safeSqrtOf } from "../distances/safe_sqrt";
import { gatherRows } from "../models/gather_rows";
import type { LabelledBatch, PairIndices } from "../miners/types";
import {
  checkObject,
  checkOneOf,
  checkOptions,
  checkPairedEmbeddings,
  checkRange,
  checkSameCount,
  checkValues,
  toEmbeddings,
  toIndices,
  toLabels,
  toTensor,
  checkRank,
  ShapeError,
  ValueError,
  describe,
  type TensorInput,
} from "../validation";
import { checkReduction, type ReductionOption } from "./inputs";
import { nothingToLearn, reduceLoss, type Reduction } from "./reduction";

export type ContrastiveForm = "squared" | "hadsell";
export const CONTRASTIVE_FORMS: readonly ContrastiveForm[] = ["squared", "hadsell"];

interface ContrastiveSettings extends ReductionOption {
  /** m ≥ 0 (default 1). */
  margin?: number;
  /** Default "squared": (1 − y)·d² + y·max(0, m² − d²); "hadsell": ½d² and ½max(0, m − d)². */
  form?: ContrastiveForm;
  /** "sum" is the total L; "none" gives one loss per pair. @default "mean" */
  reduction?: Reduction;
}

export interface ContrastiveLossOptions extends ContrastiveSettings {
  /** First embeddings of the pairs, [N, d]. */
  x1: TensorInput;
  /** Second embeddings, [N, d]. */
  x2: TensorInput;
  /** Pair labels, 0 or 1, one per row: **0 = similar** (unless `similarLabel` is 1). */
  y: TensorInput | Uint8Array;
  /** The value of `y` that marks a similar pair: 0 (default, Hadsell's) or 1 (TF Addons). */
  similarLabel?: 0 | 1;
}

/** A pair is similar when its two class labels are equal. */
export interface BatchContrastiveLossOptions extends ContrastiveSettings, LabelledBatch {
  /** Rows forming the pairs (e.g. from `samplePairs`). Default: every pair i < j of the batch. */
  pairs?: PairIndices;
}

function settings(fn: string, options: ContrastiveSettings) {
  return {
    margin: checkRange(fn, "margin", options.margin ?? 1, { min: 0 }),
    form: checkOneOf(fn, "form", options.form ?? "squared", CONTRASTIVE_FORMS),
    reduction: checkReduction(fn, options.reduction),
  };
}

/** Per-pair losses from squared distances and a 0/1 "dissimilar" indicator, then the reduction. */
function pairLosses(fn: string, squared: tf.Tensor, dissimilar: tf.Tensor, s: ReturnType<typeof settings>): tf.Tensor {
  const { margin, form, reduction } = s;
  let similarTerm: tf.Tensor;
  let dissimilarTerm: tf.Tensor;
  if (form === "squared") {
    similarTerm = squared;
    dissimilarTerm = tf.relu(tf.sub(margin * margin, squared));
  } else {
    similarTerm = tf.mul(squared, 0.5);
    dissimilarTerm = tf.mul(tf.square(tf.relu(tf.sub(margin, safeSqrtOf(squared)))), 0.5);
  }
  const elements = tf.add(tf.mul(tf.sub(1, dissimilar), similarTerm), tf.mul(dissimilar, dissimilarTerm));
  return reduceLoss(fn, elements, reduction);
}

/** The contrastive loss of explicit pairs: row i of `x1` and of `x2` form a pair labelled `y[i]`. */
export function contrastiveLoss(options: ContrastiveLossOptions): tf.Tensor {
  const fn = "contrastiveLoss";
  checkOptions(fn, options, ["x1", "x2", "y", "similarLabel?", "margin?", "form?", "reduction?"]);
  const s = settings(fn, options);
  const similarLabel = options.similarLabel ?? 0;
  if (similarLabel !== 0 && similarLabel !== 1) throw new ValueError(fn, "similarLabel", "0 or 1", describe(similarLabel));
  return tf.tidy(() => {
    const a = toEmbeddings(fn, "x1", options.x1);
    const b = toEmbeddings(fn, "x2", options.x2);
    checkPairedEmbeddings(fn, "x1", a, "x2", b);
    const y = toTensor(fn, "y", options.y);
    checkRank(fn, "y", y, 1);
    if (y.shape[0] !== a.shape[0]) throw new ShapeError(fn, "y", `${a.shape[0]} pair labels, one per row of 'x1'`, describe(y));
    const convention = similarLabel === 0 ? "0 = similar, 1 = dissimilar (the default; TF Addons' tfaContrastiveLoss takes 1 = similar: pass similarLabel: 1)" : "1 = similar, 0 = dissimilar (similarLabel: 1, TF Addons' convention)";
    checkValues(fn, "y", y, { min: 0, max: 1, integer: true, what: `pair labels 0 or 1: ${convention}` });
    const dissimilar = similarLabel === 0 ? y : tf.sub(1, y);
    return pairLosses(fn, rowDistance("squaredEuclidean", a, b), dissimilar, s);
  });
}

/** Every pair i < j of n rows, in row order. */
function allPairs(n: number): PairIndices {
  const m = (n * (n - 1)) / 2;
  const first = new Int32Array(m);
  const second = new Int32Array(m);
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, k++) {
      first[k] = i;
      second[k] = j;
    }
  }
  return { first, second };
}

/**
 * The contrastive loss of a batch: squared distances read from the batch's distance matrix at the pairs'
 * rows; a pair is similar (y = 0) when its class labels are equal.
 */
export function batchContrastiveLoss(options: BatchContrastiveLossOptions): tf.Tensor {
  const fn = "batchContrastiveLoss";
  checkOptions(fn, options, ["embeddings", "labels", "pairs?", "margin?", "form?", "reduction?"]);
  const s = settings(fn, options);
  return tf.tidy(() => {
    const e = toEmbeddings(fn, "embeddings", options.embeddings);
    const n = e.shape[0];
    const labels = toLabels(fn, "labels", options.labels, n);
    let pairs = allPairs(n);
    if (options.pairs !== undefined) {
      checkObject(fn, options.pairs, "pairs", "an object { first, second }");
      const first = toIndices(fn, "pairs.first", options.pairs.first, n);
      const second = toIndices(fn, "pairs.second", options.pairs.second, n);
      checkSameCount(fn, "pairs.first", first, "pairs.second", second);
      pairs = { first, second };
    }
    if (pairs.first.length === 0) return nothingToLearn(s.reduction, e);
    const flat = tf.reshape(distanceMatrix("squaredEuclidean", e), [-1]);
    const squared = gatherRows(flat, pairs.first.map((i, k) => i * n + pairs.second[k]));
    const dissimilar = tf.tensor1d(Float32Array.from(pairs.first, (i, k) => (labels[i] === labels[pairs.second[k]] ? 0 : 1)));
    return pairLosses(fn, squared, dissimilar, s);
  });
}
