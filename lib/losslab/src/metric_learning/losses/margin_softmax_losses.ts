/**
 * pytorch-metric-learning's margin-softmax losses under pml's names and options: a trainable class
 * weight matrix `W` [d, C] (a `tf.Variable`; pml's standard-normal start, seeded, or the values given),
 * the cosines c_j = cos θ_j between each embedding and each column, the target class's cosine replaced
 * by a margin function f(c), the logits scaled, softmax cross-entropy per sample (times a miner's
 * weight when an indices tuple is given), `MeanReducer` by default. Labels are class indices 0 … C − 1.
 *
 * - `ArcFaceLoss({ numClasses, embeddingSize, margin = 0.5, scale = 64 })` (Deng et al. 2019):
 *   f = cos(θ + m), or cos θ − m·sin m past θ = π − m (kept decreasing); logits s·c.
 * - `SubCenterArcFaceLoss({ …, subCenters = 3 })` (Deng et al. 2020): the same with K sub-centres per
 *   class, W [d, C·K] (column c·K + k is sub-centre k of class c), c_j the largest cosine to class j's
 *   sub-centres.
 * - `CosFaceLoss({ numClasses, embeddingSize, margin = 0.35, scale = 64 })` (Wang et al. 2018):
 *   f = cos θ − m; logits s·c.
 * - `LargeMarginSoftmaxLoss({ numClasses, embeddingSize, margin = 4, scale = 1 })` (Liu et al. 2016):
 *   f = ψ(θ) = (−1)ᵏ cos(mθ) − 2k on θ ∈ [kπ/m, (k+1)π/m] (cos(mθ) by the paper's expansion in cos θ,
 *   k a constant of the gradient); logits s·‖W_j‖·‖x‖·c. No λ annealing (pml has none).
 * - `SphereFaceLoss({ …, margin = 4, scale = 1 })` (Liu et al. 2017): ψ as L-Softmax, logits s·‖x‖·c
 *   (normalised weights). No λ annealing.
 *
 * **Margin units.** Angular margins are in radians across losslab, as in pml 3.x (`ArcFaceLoss`'s
 * `margin = 0.5`). pml 2.x took ArcFace's margin in degrees (`margin=28.6`); give such a value as
 * `marginDegrees: 28.6`. A `margin` above π is refused with that hint, never read as degrees.
 *
 * Versions: the formulas, defaults and option names are pml 3.x's (the documented defaults above);
 * values and gradients are tested against pml 2.9.0 (the newest pml installable for the fixtures'
 * Python 3.11; tests/fixtures/pml/pml_margin_reference.json), whose formulas are the same. ArcFace's
 * linear continuation keeps the target-cosine derivative (d f/d c = 1), as pml 3.0.4 fixed; the norms of
 * L-Softmax and SphereFace have gradient 0 at a zero row (PyTorch's `torch.norm`).
 */
import * as tf from "../../tf";
import { safeSqrtOf } from "../../distances/safe_sqrt";
import { safeAcos } from "../../angular/safe_acos";
import { withoutGradient } from "../../angular/no_gradient";
import { MeanReducer, type LossTerm } from "../../reducers/reducers";
import { ValueError, checkInteger, checkRange, describe, type OptionNames, type TensorInput } from "../../validation";
import { ClassVectorLoss, classVariable, minerWeights, type ClassVectorSettings } from "./proxy_losses";
import type { LossBatch } from "./base";

/** Largest L-Softmax / SphereFace margin m (an integer multiple of the angle). */
export const MAX_MULTIPLICATIVE_MARGIN = 16;

export interface MarginSoftmaxLossSettings extends ClassVectorSettings {
  /** Scale s of the logits. */
  scale?: number;
  /** Starting weights [embeddingSize, numClasses] (default: seeded standard normal, pml's). */
  weights?: TensorInput;
}

/** The shared form: cosines to W's columns, f on the target cosine, scaled logits, cross-entropy. */
export abstract class MarginSoftmaxLoss extends ClassVectorLoss {
  readonly scale: number;
  /** W [d, C] (or [d, C·K] with sub-centres), trainable. */
  readonly W: tf.Variable;

  /**
   * `checkOwn` checks the subclass's options after the shared ones and before W is created (so a
   * refused option leaves no variable behind); it returns the columns per class (default 1).
   */
  protected constructor(fn: string, options: MarginSoftmaxLossSettings, names: OptionNames, defaultScale: number, checkOwn: () => number | void) {
    super(fn, options, ["scale?", "weights?", ...names], () => new MeanReducer());
    this.scale = checkRange(fn, "scale", options.scale ?? defaultScale, { min: 0, minOpen: true });
    const columnsPerClass = checkOwn() ?? 1;
    this.W = classVariable(fn, "weights", [this.embeddingSize, this.numClasses * columnsPerClass], options.weights, 1, this.seed);
  }

  protected classVectors(): tf.Variable {
    return this.W;
  }

  /** W's columns as rows [C (·K), d], as pml regularizes `W.t()`. */
  protected override regularizedRows(): tf.Tensor2D {
    return tf.transpose(this.W) as tf.Tensor2D;
  }

  /** The cosines [N, C] of the embeddings to the classes. */
  protected cosines(embeddings: tf.Tensor2D): tf.Tensor2D {
    return this.distance.matrix(embeddings, tf.transpose(this.W) as tf.Tensor2D);
  }

  /** f(c) of the target cosines [N]. */
  protected abstract modifyTarget(target: tf.Tensor1D): tf.Tensor1D;

  /** The logits from the modified cosines [N, C]. */
  protected scaleLogits(logits: tf.Tensor2D, _embeddings: tf.Tensor2D): tf.Tensor2D {
    return tf.mul(logits, this.scale) as tf.Tensor2D;
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const n = batch.labels.length;
    if (n === 0) return [];
    const cosine = this.cosines(batch.embeddings);
    const mask = tf.cast(tf.oneHot(tf.tensor1d(batch.labels, "int32"), this.numClasses), "float32");
    const target = tf.sum(tf.mul(cosine, mask), 1) as tf.Tensor1D;
    const shift = tf.expandDims(tf.sub(this.modifyTarget(target), target), 1);
    const logits = this.scaleLogits(tf.add(cosine, tf.mul(mask, shift)) as tf.Tensor2D, batch.embeddings);
    const crossEntropy = tf.neg(tf.sum(tf.mul(mask, tf.logSoftmax(logits)), 1));
    return [{ losses: tf.mul(crossEntropy, minerWeights(batch.tuple, n)) as tf.Tensor1D, type: "element", batchSize: n }];
  }
}

export interface AngularMarginSettings extends MarginSoftmaxLossSettings {
  /** Additive angular margin m in radians (default 0.5, pml 3's). */
  margin?: number;
  /** The same margin in degrees (pml 2's unit: `marginDegrees: 28.6`); give `margin` or this, not both. */
  marginDegrees?: number;
}

/** cos(θ + m) up to θ = π − m, then cos θ − m·sin m (the target cosine itself: derivative 1); the choice is a constant of the gradient. */
function arcFaceTarget(target: tf.Tensor1D, m: number): tf.Tensor1D {
  const angle = safeAcos(target);
  const arc = withoutGradient(angle, (a) => tf.cast(tf.lessEqual(a, Math.PI - m), "float32"));
  return tf.add(tf.mul(arc, tf.cos(tf.add(angle, m))), tf.mul(tf.sub(1, arc), tf.sub(target, m * Math.sin(m)))) as tf.Tensor1D;
}

/** The margin in radians from `margin` (radians) or `marginDegrees`; a radian value above π is refused with the hint. */
export function angularMargin(fn: string, options: { margin?: number; marginDegrees?: number }, defaultRadians = 0.5): number {
  if (options.margin !== undefined && options.marginDegrees !== undefined) {
    throw new ValueError(fn, "marginDegrees", "left out when 'margin' (radians) is given: one margin, in one unit", describe(options.marginDegrees));
  }
  if (options.marginDegrees !== undefined) return (checkRange(fn, "marginDegrees", options.marginDegrees, { min: 0, max: 180 }) * Math.PI) / 180;
  const m = options.margin ?? defaultRadians;
  if (typeof m === "number" && m > Math.PI) {
    throw new ValueError(fn, "margin", `an angle in radians in [0, π] (losslab's and pml 3's unit; for pml 2's degrees pass 'marginDegrees': ${m})`, describe(m));
  }
  return checkRange(fn, "margin", m, { min: 0 });
}

/**
 * pytorch-metric-learning's `ArcFaceLoss` (Deng et al., "ArcFace: Additive Angular Margin Loss for Deep
 * Face Recognition", CVPR 2019): a trainable `W` [d, C]; with c = cos θ between an embedding and a
 * class column, the target's logit s·cos(θ + m), or s(c − m·sin m) past θ = π − m, the others s·c;
 * softmax cross-entropy, mean over the batch. Defaults margin m = 0.5 rad (or `marginDegrees`), s = 64.
 * Formulas, defaults and option names pml 3.x's; values tested against pml 2.9.0 (same formulas).
 */
export class ArcFaceLoss extends MarginSoftmaxLoss {
  /** The margin in radians. */
  readonly margin: number;

  constructor(options: AngularMarginSettings) {
    let margin = 0;
    super("ArcFaceLoss", options, ["margin?", "marginDegrees?"], 64, () => {
      margin = angularMargin("ArcFaceLoss", options);
    });
    this.margin = margin;
  }

  protected modifyTarget(target: tf.Tensor1D): tf.Tensor1D {
    return arcFaceTarget(target, this.margin);
  }
}

export interface SubCenterArcFaceLossSettings extends AngularMarginSettings {
  /** Sub-centres per class K (default 3). */
  subCenters?: number;
  /** Starting weights [embeddingSize, numClasses · subCenters] (default: seeded standard normal). */
  weights?: TensorInput;
}

/**
 * pytorch-metric-learning's `SubCenterArcFaceLoss` (Deng et al., "Sub-center ArcFace: Boosting Face
 * Recognition by Large-Scale Noisy Web Faces", ECCV 2020): ArcFace with K sub-centres a class, `W`
 * [d, C·K] (column c·K + k is sub-centre k of class c); a sample's cosine to a class is its largest to
 * the class's sub-centres, then ArcFace's s·cos(θ + m) on the target. Defaults K = 3, m = 0.5 rad (or
 * `marginDegrees`; pml 2's default was 28.6°), s = 64.
 * Formulas, defaults and option names pml 3.x's; values tested against pml 2.9.0 (same formulas).
 */
export class SubCenterArcFaceLoss extends MarginSoftmaxLoss {
  readonly subCenters: number;
  /** The margin in radians. */
  readonly margin: number;

  constructor(options: SubCenterArcFaceLossSettings) {
    let [margin, subCenters] = [0, 0];
    super("SubCenterArcFaceLoss", options, ["margin?", "marginDegrees?", "subCenters?"], 64, () => {
      margin = angularMargin("SubCenterArcFaceLoss", options);
      subCenters = checkInteger("SubCenterArcFaceLoss", "subCenters", options.subCenters ?? 3, { min: 1 });
      return subCenters;
    });
    [this.margin, this.subCenters] = [margin, subCenters];
  }

  protected override cosines(embeddings: tf.Tensor2D): tf.Tensor2D {
    const all = super.cosines(embeddings);
    return tf.max(tf.reshape(all, [embeddings.shape[0], this.numClasses, this.subCenters]), 2) as tf.Tensor2D;
  }

  protected modifyTarget(target: tf.Tensor1D): tf.Tensor1D {
    return arcFaceTarget(target, this.margin);
  }
}

export interface CosFaceLossSettings extends MarginSoftmaxLossSettings {
  /** Additive cosine margin m (default 0.35, pml's). */
  margin?: number;
}

/**
 * pytorch-metric-learning's `CosFaceLoss` (Wang et al., "CosFace: Large Margin Cosine Loss for Deep
 * Face Recognition", CVPR 2018): a trainable `W` [d, C]; the target's logit s(cos θ − m), the others
 * s·cos θ; softmax cross-entropy, mean over the batch. Defaults m = 0.35, s = 64.
 * Formulas, defaults and option names pml 3.x's; values tested against pml 2.9.0 (same formulas).
 */
export class CosFaceLoss extends MarginSoftmaxLoss {
  readonly margin: number;

  constructor(options: CosFaceLossSettings) {
    let margin = 0;
    super("CosFaceLoss", options, ["margin?"], 64, () => {
      margin = checkRange("CosFaceLoss", "margin", options.margin ?? 0.35, { min: 0 });
    });
    this.margin = margin;
  }

  protected modifyTarget(target: tf.Tensor1D): tf.Tensor1D {
    return tf.sub(target, this.margin) as tf.Tensor1D;
  }
}

export interface MultiplicativeMarginSettings extends MarginSoftmaxLossSettings {
  /** The integer angle multiple m (default 4, pml's). */
  margin?: number;
}

/** ‖row‖ with gradient 0 at a zero row (PyTorch's norm), keeping the axis. */
function norms(x: tf.Tensor2D, axis: 0 | 1): tf.Tensor2D {
  return safeSqrtOf(tf.sum(tf.square(x), axis, true)) as tf.Tensor2D;
}

/**
 * pytorch-metric-learning's `LargeMarginSoftmaxLoss`, L-Softmax (Liu et al., "Large-Margin Softmax Loss
 * for Convolutional Neural Networks", ICML 2016): a trainable `W` [d, C]; the target's logit
 * s·‖W_y‖‖x‖·ψ(θ) with ψ(θ) = (−1)ᵏ cos(mθ) − 2k on θ ∈ [kπ/m, (k+1)π/m], the others s·‖W_j‖‖x‖cos θ;
 * softmax cross-entropy, mean. Defaults integer m = 4, s = 1; no λ annealing (pml has none; the
 * annealed form is `LSoftmaxHead`).
 * Formulas, defaults and option names pml 3.x's; values tested against pml 2.9.0 (same formulas).
 */
export class LargeMarginSoftmaxLoss extends MarginSoftmaxLoss {
  readonly margin: number;

  constructor(options: MultiplicativeMarginSettings, fn = "LargeMarginSoftmaxLoss") {
    let margin = 0;
    super(fn, options, ["margin?"], 1, () => {
      margin = checkInteger(fn, "margin", options.margin ?? 4, { min: 1, max: MAX_MULTIPLICATIVE_MARGIN });
    });
    this.margin = margin;
  }

  protected modifyTarget(target: tf.Tensor1D): tf.Tensor1D {
    const m = this.margin;
    // k = ⌊θ/(π/m)⌋, a constant of the gradient (pml's no_grad)
    const k = withoutGradient(target, (c) => tf.clipByValue(tf.floor(tf.div(safeAcos(c), Math.PI / m)), 0, m));
    // cos(mθ) = Σₙ (−1)ⁿ C(m, 2n) cᵐ⁻²ⁿ (1 − c²)ⁿ, the paper's expansion (pml's get_cos_with_margin)
    const sinSquared = tf.sub(1, tf.square(target));
    let cosM: tf.Tensor = tf.zerosLike(target);
    for (let n = 0; 2 * n <= m; n++) {
      const term = tf.mul(power(target, m - 2 * n), power(sinSquared, n));
      cosM = tf.add(cosM, tf.mul(term, (n % 2 === 0 ? 1 : -1) * binomial(m, 2 * n)));
    }
    const sign = tf.sub(1, tf.mul(2, tf.mod(k, 2)));
    return tf.sub(tf.mul(sign, cosM), tf.mul(2, k)) as tf.Tensor1D;
  }

  protected override scaleLogits(logits: tf.Tensor2D, embeddings: tf.Tensor2D): tf.Tensor2D {
    return tf.mul(tf.mul(logits, tf.mul(norms(this.W as unknown as tf.Tensor2D, 0), norms(embeddings, 1))), this.scale) as tf.Tensor2D;
  }
}

/**
 * pytorch-metric-learning's `SphereFaceLoss`, A-Softmax (Liu et al., "SphereFace: Deep Hypersphere
 * Embedding for Face Recognition", CVPR 2017): L-Softmax with normalised class weights, the target's
 * logit s·‖x‖·ψ(θ), the others s·‖x‖cos θ. Defaults m = 4, s = 1; no λ annealing (the annealed form
 * is `ASoftmaxHead`).
 * Formulas, defaults and option names pml 3.x's; values tested against pml 2.9.0 (same formulas).
 */
export class SphereFaceLoss extends LargeMarginSoftmaxLoss {
  constructor(options: MultiplicativeMarginSettings) {
    super(options, "SphereFaceLoss");
  }

  protected override scaleLogits(logits: tf.Tensor2D, embeddings: tf.Tensor2D): tf.Tensor2D {
    return tf.mul(tf.mul(logits, norms(embeddings, 1)), this.scale) as tf.Tensor2D;
  }
}

/** xᵖ for a whole p ≥ 0 by products (defined for negative x on every backend, unlike pow's float exponent). */
function power(x: tf.Tensor, p: number): tf.Tensor {
  let out: tf.Tensor = tf.onesLike(x);
  for (let i = 0; i < p; i++) out = tf.mul(out, x);
  return out;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
