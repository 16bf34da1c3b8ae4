/**
 * Reducers, pytorch-metric-learning's `pml.reducers`: a loss computes one value per element (sample,
 * pair or triplet) and a reducer turns them into the number that is minimised. Every reducer here is
 * computed on the device (a masked mean, not a filtered copy), so reducing reads nothing back.
 *
 * - `new MeanReducer()`, `new SumReducer()`;
 * - `new AvgNonZeroReducer()`: the mean over the losses > 0 (pml's default for the contrastive and
 *   triplet losses: easy pairs and triplets, which give 0, do not dilute the mean); 0 if none;
 * - `new ThresholdReducer({ low, high })`: the mean over low < loss < high (either bound optional);
 * - `new PerAnchorReducer({ reducer })`: pair losses averaged per anchor first (anchors without pairs
 *   give 0), then the inner reducer over the N anchors;
 * - `new DivisorReducer()`: the sum divided by a divisor the loss supplies (ProxyAnchor's).
 */
import * as tf from "../tf";
import { withoutGradient } from "../angular/no_gradient";
import { differentiableZero } from "../losses/reduction";
import { ShapeError, ValueError, checkOptions, checkRange, checkValues, describe, toTensor, type TensorInput } from "../validation";

/** What the per-element losses are losses of: pml's reduction types. */
export type ReductionType = "element" | "posPair" | "negPair" | "triplet";

/** One sub-loss handed to a reducer (pml's loss dictionary entry). */
export interface LossTerm {
  /** Per-element losses [K]. */
  losses: tf.Tensor1D;
  type: ReductionType;
  /** For pairs and triplets: the anchor row of each loss (int32 [K]). */
  anchors?: tf.Tensor1D;
  /** Rows of the batch: the number of anchors a per-anchor reduction averages over. */
  batchSize: number;
  /** For `DivisorReducer`: what the sum is divided by. */
  divisor?: number;
  /**
   * 0/1 per loss [K]: only the 1s count (a miner's mask over every pair or triplet, in place of a list
   * of indices; the reduced value is that of the losses kept, listed).
   */
  mask?: tf.Tensor1D;
  /** The batch's class labels (set by the loss's `forward`), for reducers that weight by class. */
  labels?: Int32Array;
}

/** The losses with the masked-out ones zeroed, and how many count (a scalar tensor). */
function kept(term: LossTerm): { losses: tf.Tensor1D; count: tf.Scalar } {
  if (term.mask === undefined) return { losses: term.losses, count: tf.scalar(term.losses.size) };
  return { losses: tf.mul(term.losses, term.mask) as tf.Tensor1D, count: tf.sum(term.mask) };
}

/**
 * pytorch-metric-learning's `BaseReducer`: turns a loss's per-element values (samples, pairs or
 * triplets) into the scalar that is minimised, on the device (a masked mean, not a filtered copy).
 */
export abstract class Reducer {
  abstract readonly name: string;

  /** The reduced loss, a scalar; a differentiable zero (connected to `connect`) when nothing counts. */
  reduce(term: LossTerm, ...connect: tf.Tensor[]): tf.Scalar {
    return tf.tidy(() => (term.losses.size === 0 ? differentiableZero(term.losses, ...connect) : this.reduceNonEmpty(term, connect)));
  }

  protected abstract reduceNonEmpty(term: LossTerm, connect: tf.Tensor[]): tf.Scalar;
}

/** pml's `MeanReducer`: (1/K)·Σ losses, the mean over every element. */
export class MeanReducer extends Reducer {
  readonly name = "MeanReducer";
  constructor(options: Record<string, never> = {}) {
    super();
    checkOptions("MeanReducer", options, []);
  }
  protected reduceNonEmpty(term: LossTerm): tf.Scalar {
    const { losses, count } = kept(term);
    return tf.div(tf.sum(losses), tf.maximum(count, 1)) as tf.Scalar;
  }
}

/** pml's `SumReducer`: Σ losses. */
export class SumReducer extends Reducer {
  readonly name = "SumReducer";
  constructor(options: Record<string, never> = {}) {
    super();
    checkOptions("SumReducer", options, []);
  }
  protected reduceNonEmpty(term: LossTerm): tf.Scalar {
    return tf.sum(kept(term).losses);
  }
}

/** The mean of the losses strictly inside (low, high); 0 (differentiable) when none is. */
function maskedMean(losses: tf.Tensor1D, low: number | undefined, high: number | undefined, mask?: tf.Tensor1D): tf.Scalar {
  // which losses count is a constant of the gradient (a comparison has none in TensorFlow.js)
  const keep = withoutGradient(losses, (l) => {
    let k: tf.Tensor = mask ?? tf.onesLike(l);
    if (low !== undefined) k = tf.mul(k, tf.cast(tf.greater(l, low), "float32"));
    if (high !== undefined) k = tf.mul(k, tf.cast(tf.less(l, high), "float32"));
    return k;
  });
  return tf.div(tf.sum(tf.mul(losses, keep)), tf.maximum(tf.sum(keep), 1)) as tf.Scalar;
}

export interface ThresholdReducerOptions {
  /** Losses ≤ low are left out. */
  low?: number;
  /** Losses ≥ high are left out. */
  high?: number;
}

/** pml's `ThresholdReducer({ low, high })`: the mean over the losses with low < loss < high (either bound optional); 0 if none. */
export class ThresholdReducer extends Reducer {
  readonly name: string = "ThresholdReducer";
  readonly low?: number;
  readonly high?: number;

  constructor(options: ThresholdReducerOptions) {
    super();
    const fn = "ThresholdReducer";
    checkOptions(fn, options, ["low?", "high?"]);
    if (options.low === undefined && options.high === undefined) {
      throw new ValueError(fn, "options", "at least one of 'low' and 'high'", "neither");
    }
    this.low = options.low === undefined ? undefined : checkRange(fn, "low", options.low, {});
    this.high = options.high === undefined ? undefined : checkRange(fn, "high", options.high, {});
    if (this.low !== undefined && this.high !== undefined && !(this.high > this.low)) {
      throw new ValueError(fn, "high", `a number > low (${this.low})`, describe(this.high));
    }
  }

  protected reduceNonEmpty(term: LossTerm): tf.Scalar {
    return maskedMean(term.losses, this.low, this.high, term.mask);
  }
}

/**
 * pml's `AvgNonZeroReducer`: the mean over the losses > 0, 0 if none (the default of the contrastive
 * and triplet losses: the easy pairs and triplets, which give 0, do not dilute the mean).
 */
export class AvgNonZeroReducer extends ThresholdReducer {
  override readonly name = "AvgNonZeroReducer";
  constructor(options: Record<string, never> = {}) {
    checkOptions("AvgNonZeroReducer", options, []);
    super({ low: 0 });
  }
}

/** pml's `DivisorReducer`: Σ losses / a divisor the loss supplies (ProxyAnchorLoss's number of classes). */
export class DivisorReducer extends Reducer {
  readonly name = "DivisorReducer";
  constructor(options: Record<string, never> = {}) {
    super();
    checkOptions("DivisorReducer", options, []);
  }
  protected reduceNonEmpty(term: LossTerm, connect: tf.Tensor[]): tf.Scalar {
    const divisor = term.divisor ?? 1;
    return divisor === 0 ? differentiableZero(term.losses, ...connect) : (tf.div(tf.sum(kept(term).losses), divisor) as tf.Scalar);
  }
}

export interface PerAnchorReducerOptions {
  /** Reduces the per-anchor means (default `new MeanReducer()`). */
  reducer?: Reducer;
}

/**
 * pml's `PerAnchorReducer({ reducer })`: pair losses averaged per anchor first (anchors without pairs
 * give 0), then the inner reducer (default `MeanReducer`) over the N anchors.
 */
export class PerAnchorReducer extends Reducer {
  readonly name = "PerAnchorReducer";
  readonly inner: Reducer;

  constructor(options: PerAnchorReducerOptions = {}) {
    super();
    const fn = "PerAnchorReducer";
    checkOptions(fn, options, ["reducer?"]);
    this.inner = toReducer(fn, "reducer", options.reducer, () => new MeanReducer());
  }

  protected reduceNonEmpty(term: LossTerm, connect: tf.Tensor[]): tf.Scalar {
    if (term.type === "element") return this.inner.reduce(term, ...connect);
    if (term.type === "triplet" || term.anchors === undefined) {
      throw new ValueError("PerAnchorReducer", "losses", "pair losses (a per-anchor reduction of triplets is not defined, as in pml)", term.type);
    }
    // one-hot [K, N]: column a sums the losses of anchor a and counts its pairs (no segment kernel on wasm)
    const oneHot = tf.cast(tf.oneHot(term.anchors, term.batchSize), "float32");
    const weights = term.mask ?? tf.onesLike(term.losses);
    const sums = tf.squeeze(tf.matMul(tf.expandDims(tf.mul(term.losses, weights), 0), oneHot), [0]);
    const counts = tf.squeeze(tf.matMul(tf.expandDims(weights, 0), oneHot), [0]);
    const perAnchor = tf.div(sums, tf.maximum(counts, 1)) as tf.Tensor1D;
    return this.inner.reduce({ losses: perAnchor, type: "element", batchSize: term.batchSize, labels: term.labels }, ...connect);
  }
}

export interface ClassWeightedReducerOptions {
  /** One weight per class, indexed by class label (pml's `weights`). */
  weights: TensorInput | number[];
}

/**
 * pml's `ClassWeightedReducer({ weights })`, following pml 2.9.0: the mean of the losses, each times
 * the weight of its class, (1/K)·Σ_k w[y_k]·ℓ_k, where y_k is the label of the sample (per-sample
 * losses) or of the anchor (pair and triplet losses). Per-sample losses must be one per batch row
 * (a loss whose elements are classes or dimensions is refused); labels must be < the number of weights.
 * pml 2.9.0 computes this for losses it returns flat (ContrastiveLoss, TripletMarginLoss, NTXentLoss,
 * …); for those it returns as a column [K, 1] (MultiSimilarityLoss, AngularLoss, …) its product
 * broadcasts to [K, K] and gives mean(ℓ)·mean(w) instead.
 */
export class ClassWeightedReducer extends Reducer {
  readonly name = "ClassWeightedReducer";
  readonly weights: Float32Array;

  constructor(options: ClassWeightedReducerOptions) {
    super();
    const fn = "ClassWeightedReducer";
    checkOptions(fn, options, ["weights"]);
    this.weights = tf.tidy(() => {
      const w = toTensor(fn, "weights", options.weights);
      if (w.rank !== 1 || w.size === 0) throw new ShapeError(fn, "weights", "a non-empty list of class weights [C]", describe(w));
      checkValues(fn, "weights", w);
      return w.dataSync() as Float32Array;
    });
  }

  protected reduceNonEmpty(term: LossTerm): tf.Scalar {
    const fn = "ClassWeightedReducer";
    const labels = term.labels;
    if (labels === undefined) throw new ValueError(fn, "losses", "losses given with their batch's labels (from a loss's forward)", "losses without labels");
    const max = labels.reduce((m, l) => Math.max(m, l), -1);
    if (max >= this.weights.length) throw new ValueError(fn, "labels", `class labels < ${this.weights.length}, the number of weights`, `label ${max}`);
    const classWeights = tf.tensor1d(Float32Array.from(labels, (l) => this.weights[l]));
    let rowWeights: tf.Tensor1D;
    if (term.type === "element") {
      if (term.losses.size !== labels.length) {
        throw new ValueError(fn, "losses", `one loss per batch row (${labels.length}), to weight by its class`, `${term.losses.size} losses (per class or per dimension)`);
      }
      rowWeights = classWeights;
    } else {
      if (term.anchors === undefined) throw new ValueError(fn, "losses", "pair or triplet losses with their anchors", "no anchors");
      rowWeights = tf.gather(classWeights, term.anchors);
    }
    const { losses, count } = kept(term);
    return tf.div(tf.sum(tf.mul(losses, rowWeights)), tf.maximum(count, 1)) as tf.Scalar;
  }
}

/** A reducer option: an instance, or the default's. */
export function toReducer(fn: string, arg: string, value: unknown, fallback: () => Reducer): Reducer {
  if (value === undefined) return fallback();
  if (value instanceof Reducer) return value;
  throw new ValueError(fn, arg, "a reducer (new MeanReducer(), new AvgNonZeroReducer(), …)", describe(value));
}
