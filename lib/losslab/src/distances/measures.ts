/**
 * Distances as objects, pytorch-metric-learning's design (`pml.distances`): a loss or a miner is given
 * a measure and asks it for the [N, M] matrix of a batch, whether larger means closer (`isInverted`:
 * similarities), and which of two values is the closer one. Embeddings are L2-normalised first when
 * `normalizeEmbeddings` is true (pml's default for every measure: x / max(‖x‖, 1e-12), so a zero row
 * stays zero).
 *
 * - `new LpDistance()`: ‖a − b‖ (pml `LpDistance()`); `{ power: 2 }` the squared L2 distance;
 * - `new CosineSimilarity()`: a·b of normalised rows (pml `CosineSimilarity()`), larger is closer;
 * - `new DotProductSimilarity()`: a·b (pml `DotProductSimilarity()`; normalised by default, as pml).
 */
import * as tf from "../tf";
import { InputTypeError, ShapeError, checkBoolean, checkOptions, checkRange, describe, type OptionNames } from "../validation";
import { distanceMatrix } from "./pairwise";

/** F.normalize's floor on the norm: a row shorter than this is divided by it (a zero row stays zero). */
export const NORMALIZE_EPSILON = 1e-12;

export interface MeasureOptions {
  /** L2-normalise the rows before measuring (default true, as pml). */
  normalizeEmbeddings?: boolean;
}

export interface LpDistanceOptions extends MeasureOptions {
  /** The matrix is raised to this power (default 1; 2 gives the squared L2 distance). */
  power?: number;
}

/**
 * Rows divided by max(‖x‖, 1e-12), PyTorch's `F.normalize`. No checks.
 *
 * Computed as x / √(max(Σx², 1e-24)): the same values, and the gradient PyTorch gives, finite
 * everywhere: I/1e-12 for a row shorter than the floor (the zero row included), (I − x̂x̂ᵀ)/‖x‖ above.
 * (The plain ‖x‖ = √(Σx²) has the derivative x/‖x‖ = 0/0 at the zero row: one dead ReLU row made every
 * gradient of a pml-style loss NaN.)
 */
export function normalizeRows(x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const squared = tf.maximum(tf.sum(tf.square(x), 1, true), NORMALIZE_EPSILON * NORMALIZE_EPSILON);
    return tf.div(x, tf.sqrt(squared)) as tf.Tensor2D;
  });
}

/** A distance or similarity between embeddings; see the module comment. */
export abstract class DistanceMeasure {
  /** true for similarities (larger is closer), pml's `is_inverted`. */
  abstract readonly isInverted: boolean;
  /** pml's class name, for messages and tables. */
  abstract readonly name: string;
  readonly normalizeEmbeddings: boolean;

  protected constructor(fn: string, options: MeasureOptions, names: OptionNames) {
    checkOptions(fn, options, names);
    this.normalizeEmbeddings = checkBoolean(fn, "normalizeEmbeddings", options.normalizeEmbeddings ?? true);
  }

  /** The raw measure of (already normalised) rows; without `reference`, the batch against itself. */
  protected abstract compute(query: tf.Tensor2D, reference?: tf.Tensor2D): tf.Tensor2D;

  /**
   * The [N, M] matrix between validated embeddings (no checks: a hot path; differentiable).
   * Without `reference`, the batch against itself.
   */
  matrix(query: tf.Tensor2D, reference?: tf.Tensor2D): tf.Tensor2D {
    if (reference !== undefined && reference.shape[1] !== query.shape[1]) {
      throw new ShapeError(`${this.name}.matrix`, "reference", `embeddings of the same size d = ${query.shape[1]} as 'query'`, describe(reference));
    }
    return tf.tidy(() => {
      const q = this.normalizeEmbeddings ? normalizeRows(query) : query;
      const r = reference === undefined ? undefined : this.normalizeEmbeddings ? normalizeRows(reference) : reference;
      return this.compute(q, r);
    });
  }

  /** How far x is beyond y in the closer direction: x − y for a distance, y − x for a similarity (pml's `margin`). */
  margin(x: tf.Tensor | number, y: tf.Tensor | number): tf.Tensor {
    return this.isInverted ? tf.sub(y, x) : tf.sub(x, y);
  }

  /** The closer of two values, element-wise (pml's `smallest_dist`). */
  closest(a: tf.Tensor, b: tf.Tensor): tf.Tensor {
    return this.isInverted ? tf.maximum(a, b) : tf.minimum(a, b);
  }
}

/** ‖a − b‖ (raised to `power`), pml's `LpDistance` with p = 2. */
export class LpDistance extends DistanceMeasure {
  readonly isInverted = false;
  readonly name = "LpDistance";
  readonly power: number;

  constructor(options: LpDistanceOptions = {}) {
    super("LpDistance", options, ["normalizeEmbeddings?", "power?"]);
    this.power = checkRange("LpDistance", "power", options.power ?? 1, { min: 0, minOpen: true });
  }

  protected compute(query: tf.Tensor2D, reference?: tf.Tensor2D): tf.Tensor2D {
    // the squared distance directly for power 2: its gradient at 0 is 0, not 0·∞
    if (this.power === 2) return distanceMatrix("squaredEuclidean", query, reference);
    const d = distanceMatrix("euclidean", query, reference);
    return this.power === 1 ? d : (tf.pow(d, this.power) as tf.Tensor2D);
  }
}

/** a·b, pml's `DotProductSimilarity` (larger is closer). */
export class DotProductSimilarity extends DistanceMeasure {
  readonly isInverted = true;
  readonly name: string = "DotProductSimilarity";

  constructor(options: MeasureOptions = {}) {
    super("DotProductSimilarity", options, ["normalizeEmbeddings?"]);
  }

  protected compute(query: tf.Tensor2D, reference?: tf.Tensor2D): tf.Tensor2D {
    return tf.matMul(query, reference ?? query, false, true);
  }
}

/** cos(a, b) = a·b of L2-normalised rows, pml's `CosineSimilarity` (always normalised). */
export class CosineSimilarity extends DotProductSimilarity {
  override readonly name = "CosineSimilarity";

  constructor(options: Record<string, never> = {}) {
    checkOptions("CosineSimilarity", options, []);
    super({ normalizeEmbeddings: true });
  }
}

/** A measure option: an instance, or the default's. */
export function toMeasure(fn: string, value: unknown, fallback: () => DistanceMeasure): DistanceMeasure {
  if (value === undefined) return fallback();
  if (value instanceof DistanceMeasure) return value;
  throw new InputTypeError(fn, "distance", "a distance measure (new LpDistance(), new CosineSimilarity(), new DotProductSimilarity())", describe(value));
}
