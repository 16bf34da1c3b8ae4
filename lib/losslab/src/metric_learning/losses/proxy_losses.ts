/**
 * Losses with learned class vectors, pytorch-metric-learning's conventions:
 *
 * - `ProxyAnchorLoss({ numClasses, embeddingSize, margin = 0.1, alpha = 32 })` (Kim et al. 2020): one
 *   proxy per class, a `tf.Variable` [C, d] (`proxies`; pml's Kaiming-normal start, std √(2/C), seeded,
 *   or the values given). With s = cos(x, proxy):
 *   (1/|C⁺|)·Σ_{c ∈ C⁺} log(1 + Σ_{x of c} e^{−α(s − margin)}) + (1/C)·Σ_c log(1 + Σ_{x not of c} e^{α(s + margin)}),
 *   C⁺ the classes present in the batch. A miner's tuple weights each sample by how often it is
 *   listed (w = count / max count), added to the exponents as w − 1 (pml).
 *
 * Labels are class indices 0 … C − 1.
 */
import * as tf from "../../tf";
import { CosineSimilarity } from "../../distances/measures";
import { DivisorReducer, type LossTerm, type Reducer } from "../../reducers/reducers";
import { Rng } from "../../random/rng";
import { ValueError, checkInteger, checkRange, checkShape, toTensor, type OptionNames, type TensorInput } from "../../validation";
import { MetricLossFunction, maskedLogSumExp, type LossBatch, type MetricLossOptions } from "./base";
import { BaseRegularizer, toRegularizer } from "../../regularizers/regularizers";
import type { IndicesTuple } from "../../miners/indices_tuple";

export interface ClassVectorSettings extends MetricLossOptions {
  numClasses: number;
  embeddingSize: number;
  /** A regularizer of the class vectors, one row per class or centre (pml's `weight_regularizer`; default none). */
  weightRegularizer?: BaseRegularizer;
  /** Its weight (default 1). */
  weightRegWeight?: number;
  /** Seed of the random start (default 0). */
  seed?: number;
}

/** A variable of the given shape: the values given (checked) or seeded normal values of standard deviation `std`. */
export function classVariable(fn: string, arg: string, shape: [number, number], given: TensorInput | undefined, std: number, seed: number): tf.Variable {
  return tf.tidy(() => {
    if (given !== undefined) {
      const t = toTensor(fn, arg, given);
      checkShape(fn, arg, t, shape);
      return tf.variable(t);
    }
    const rng = new Rng(seed);
    return tf.variable(tf.tensor2d(Float32Array.from({ length: shape[0] * shape[1] }, () => rng.normal(0, std)), shape));
  });
}

/** pml's `convert_to_weights`: per sample, how often the tuple lists it over the largest count; all 1 without a tuple. */
export function minerWeights(tuple: IndicesTuple | undefined, n: number): tf.Tensor1D {
  const lists = tuple === undefined ? [] : (Object.values(tuple) as tf.Tensor1D[]);
  const all = lists.length === 0 ? undefined : tf.concat(lists);
  if (all === undefined || all.shape[0] === 0) return tf.ones([n]);
  const counts = tf.sum(tf.cast(tf.oneHot(all, n), "float32"), 0);
  return tf.div(counts, tf.max(counts)) as tf.Tensor1D;
}

/**
 * A loss with a trainable class-vector variable: checks numClasses, embeddingSize and seed, refuses
 * embeddings of another size and labels outside 0 … C − 1, and keeps the zero loss connected to it.
 */
export abstract class ClassVectorLoss extends MetricLossFunction {
  readonly numClasses: number;
  readonly embeddingSize: number;
  protected readonly seed: number;
  readonly weightRegularizer?: BaseRegularizer;
  readonly weightRegWeight: number;

  protected constructor(fn: string, options: ClassVectorSettings, names: OptionNames, defaultReducer: () => Reducer) {
    super(fn, options, ["numClasses", "embeddingSize", "seed?", "weightRegularizer?", "weightRegWeight?", ...names], {
      distance: () => new CosineSimilarity(),
      reducer: defaultReducer,
    });
    this.numClasses = checkInteger(fn, "numClasses", options.numClasses, { min: 1 });
    this.embeddingSize = checkInteger(fn, "embeddingSize", options.embeddingSize, { min: 1 });
    this.seed = checkInteger(fn, "seed", options.seed ?? 0);
    this.weightRegularizer = toRegularizer(fn, "weightRegularizer", options.weightRegularizer);
    this.weightRegWeight = checkRange(fn, "weightRegWeight", options.weightRegWeight ?? 1, {});
  }

  /** The class vectors as rows [classes or centres, d], what `weightRegularizer` sees (pml: proxies, or W transposed). */
  protected regularizedRows(): tf.Tensor2D {
    return this.classVectors() as tf.Tensor2D;
  }

  /** The weight regularization, added to the reduced loss (pml's "already_reduced" `weight_reg_loss`). */
  protected override reducedTerms(): tf.Scalar[] {
    if (this.weightRegularizer === undefined) return [];
    return [tf.mul(this.weightRegularizer.compute(this.regularizedRows()), this.weightRegWeight) as tf.Scalar];
  }

  /** The trainable class vectors. */
  protected abstract classVectors(): tf.Variable;

  protected override checkBatch(batch: LossBatch): void {
    checkShape(this.fn, "embeddings", batch.embeddings, [batch.labels.length, this.embeddingSize], `[N, ${this.embeddingSize}] embeddings`);
    batch.labels.forEach((label, i) => {
      if (label < 0 || label >= this.numClasses) throw new ValueError(this.fn, "labels", `class indices 0 … ${this.numClasses - 1}`, `${label} at index [${i}]`);
    });
  }

  protected override parameters(): tf.Tensor[] {
    return [this.classVectors()];
  }
}

export interface ProxyAnchorLossSettings extends ClassVectorSettings {
  /** δ (default 0.1). */
  margin?: number;
  /** α (default 32). */
  alpha?: number;
  /** Starting proxies [numClasses, embeddingSize] (default: seeded Kaiming normal). */
  proxies?: TensorInput;
}

/**
 * pytorch-metric-learning's `ProxyAnchorLoss` (Kim et al., "Proxy Anchor Loss for Deep Metric
 * Learning", CVPR 2020): one trainable proxy a class, `proxies` [C, d] (pml's Kaiming-normal start,
 * std √(2/C), seeded, or the values given). With s = cos(x, proxy),
 * (1/|C⁺|)·Σ_{c ∈ C⁺} log(1 + Σ_{x of c} e^{−α(s − δ)}) + (1/C)·Σ_c log(1 + Σ_{x not of c} e^{α(s + δ)}),
 * C⁺ the classes present in the batch. Defaults δ = margin = 0.1, α = 32. A miner's tuple weights each
 * sample by how often it is listed (w = count / max count, added to the exponents as w − 1). Values as
 * pml 2.9.0. In `model.fit`, use `ProxyAnchorLayer`, which trains the proxies.
 */
export class ProxyAnchorLoss extends ClassVectorLoss {
  readonly margin: number;
  readonly alpha: number;
  /** The proxies [C, d], trainable. */
  readonly proxies: tf.Variable;

  constructor(options: ProxyAnchorLossSettings) {
    super("ProxyAnchorLoss", options, ["margin?", "alpha?", "proxies?"], () => new DivisorReducer());
    const fn = this.fn;
    this.margin = checkRange(fn, "margin", options.margin ?? 0.1, {});
    this.alpha = checkRange(fn, "alpha", options.alpha ?? 32, { min: 0, minOpen: true });
    this.proxies = classVariable(fn, "proxies", [this.numClasses, this.embeddingSize], options.proxies, Math.sqrt(2 / this.numClasses), this.seed);
  }

  protected classVectors(): tf.Variable {
    return this.proxies;
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const n = batch.labels.length;
    if (n === 0) return [];
    const C = this.numClasses;
    const weights = tf.expandDims(tf.sub(minerWeights(batch.tuple, n), 1), 1);
    const cos = this.distance.matrix(batch.embeddings, this.proxies as tf.Tensor2D);
    const posMask = tf.cast(tf.oneHot(tf.tensor1d(batch.labels, "int32"), C), "float32") as tf.Tensor2D;
    const negMask = tf.sub(1, posMask) as tf.Tensor2D;
    const posExp = tf.add(tf.mul(this.distance.margin(cos, this.margin), this.alpha), weights) as tf.Tensor2D;
    const negExp = tf.add(tf.mul(this.distance.margin(-this.margin, cos), this.alpha), weights) as tf.Tensor2D;
    const present = new Set(batch.labels).size;
    return [
      { losses: tf.reshape(maskedLogSumExp(posExp, posMask, true, 0), [-1]) as tf.Tensor1D, type: "element", batchSize: n, divisor: present },
      { losses: tf.reshape(maskedLogSumExp(negExp, negMask, true, 0), [-1]) as tf.Tensor1D, type: "element", batchSize: n, divisor: C },
    ];
  }
}
