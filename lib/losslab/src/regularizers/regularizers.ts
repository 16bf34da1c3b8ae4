/**
 * pytorch-metric-learning's regularizers (`pml.regularizers`), following pml 2.9.0: a regularizer maps
 * a matrix [N, d] (a loss's embeddings, or its class weights one row per class or centre) to one
 * value per row, reduced by its reducer (default `MeanReducer`). A loss takes one as
 * `embeddingRegularizer` (every metric loss) or `weightRegularizer` (the losses with class weights),
 * times `embeddingRegWeight` / `weightRegWeight` (default 1), added to the loss.
 *
 * - `new LpRegularizer({ p = 2, power = 1 })`: ‖x‖_p^power per row (gradient 0 at a zero row);
 * - `new ZeroMeanRegularizer()`: |Σ_k x_k| per row;
 * - `new CenterInvariantRegularizer()` (Wen et al. 2016's centre invariance): with s_i = ‖w_i‖²,
 *   (s_i − mean s)²/4 per row; distance `LpDistance({ normalizeEmbeddings: false })` only;
 * - `new RegularFaceRegularizer()` (Zhao et al. 2019): per row, its largest cosine to another row
 *   (the nearest other class; which one is a constant of the gradient); a similarity only;
 * - `new SparseCentersRegularizer({ numClasses, centersPerClass })` (SoftTriple, Qian et al. 2019):
 *   over the pairs of centres of one class, √(2 − min(2·cos, 2)), summed and divided by twice the
 *   number of pairs (`DivisorReducer`); rows are the C·K centres, class c's at c·K … c·K + K − 1.
 */
import * as tf from "../tf";
import { CosineSimilarity, DistanceMeasure, LpDistance, toMeasure } from "../distances/measures";
import { safeSqrtOf } from "../distances/safe_sqrt";
import { gatherRows } from "../models/gather_rows";
import { withoutGradient } from "../angular/no_gradient";
import { DivisorReducer, MeanReducer, Reducer, toReducer, type LossTerm } from "../reducers/reducers";
import { InputTypeError, ShapeError, checkInteger, checkOptions, checkRange, describe, toEmbeddings, type OptionNames, type TensorInput } from "../validation";

export interface RegularizerOptions {
  /** How the per-row values become one number (default `MeanReducer`, `DivisorReducer` for SparseCenters). */
  reducer?: Reducer;
  /** The measure the regularizer uses, where it uses one (each has pml's default and requirement). */
  distance?: DistanceMeasure;
}

/**
 * pytorch-metric-learning's `BaseRegularizer` (pml 2.9.0): maps a matrix [N, d] (a loss's embeddings,
 * or its class weights, one row a class or centre) to one value per row, reduced by its reducer
 * (default `MeanReducer`). A loss takes one as `embeddingRegularizer` or `weightRegularizer`, times
 * `embeddingRegWeight` / `weightRegWeight` (default 1), added to the loss.
 */
export abstract class BaseRegularizer {
  readonly reducer: Reducer;
  readonly distance: DistanceMeasure;

  protected constructor(readonly fn: string, options: RegularizerOptions, names: OptionNames, defaults: { distance: () => DistanceMeasure; reducer?: () => Reducer }) {
    checkOptions(fn, options, ["reducer?", "distance?", ...names]);
    this.reducer = toReducer(fn, "reducer", options.reducer, defaults.reducer ?? (() => new MeanReducer()));
    this.distance = toMeasure(fn, options.distance, defaults.distance);
  }

  /** The per-row values (or per-pair, with a divisor) of a checked matrix; differentiable. */
  protected abstract term(x: tf.Tensor2D): LossTerm;

  /** The reduced value of a validated matrix, no checks (what a loss calls in its step). */
  compute(x: tf.Tensor2D): tf.Scalar {
    return tf.tidy(() => (x.shape[0] === 0 ? this.reducer.reduce({ losses: tf.zeros([0]) as tf.Tensor1D, type: "element", batchSize: 0 }, x) : this.reducer.reduce(this.term(x), x)));
  }

  /** The regularization of `x` [N, d] (embeddings, or class weights one row per class): pml's `regularizer(x)`. */
  forward(x: TensorInput): tf.Scalar {
    return tf.tidy(() => this.compute(toEmbeddings(this.fn, "x", x)));
  }
}

const rows = (x: tf.Tensor2D) => x.shape[0];

/** |x| with PyTorch's gradient sign(x), 0 at 0 (TensorFlow.js's abs has −1 there). */
function absolute(x: tf.Tensor): tf.Tensor {
  return tf.mul(x, tf.sign(x));
}

export interface LpRegularizerOptions extends RegularizerOptions {
  /** The norm's p ≥ 1 (default 2). */
  p?: number;
  /** The norm is raised to this power (default 1). */
  power?: number;
}

/** pml's `LpRegularizer({ p = 2, power = 1 })`: ‖x‖_p^power per row (gradient 0 at a zero row). */
export class LpRegularizer extends BaseRegularizer {
  readonly p: number;
  readonly power: number;

  constructor(options: LpRegularizerOptions = {}) {
    super("LpRegularizer", options, ["p?", "power?"], { distance: () => new LpDistance() });
    this.p = checkRange(this.fn, "p", options.p ?? 2, { min: 1 });
    this.power = checkRange(this.fn, "power", options.power ?? 1, { min: 0, minOpen: true });
  }

  protected term(x: tf.Tensor2D): LossTerm {
    const p = this.p;
    // (Σ|x|^p)^(1/p) with a zero gradient at a zero row (torch.norm's sub-gradient there)
    const sum = tf.sum(p === 2 ? tf.square(x) : p === 1 ? absolute(x) : tf.pow(absolute(x), p), 1);
    const positive = withoutGradient(sum, (s) => tf.cast(tf.greater(s, 0), "float32"));
    const norm = p === 2 ? safeSqrtOf(sum) : p === 1 ? sum : tf.mul(tf.pow(tf.add(tf.mul(sum, positive), tf.sub(1, positive)), 1 / p), positive);
    const losses = (this.power === 1 ? norm : tf.pow(norm, this.power)) as tf.Tensor1D;
    return { losses, type: "element", batchSize: rows(x) };
  }
}

/** pml's `ZeroMeanRegularizer()`: |Σ_k x_k| per row. */
export class ZeroMeanRegularizer extends BaseRegularizer {
  constructor(options: RegularizerOptions = {}) {
    super("ZeroMeanRegularizer", options, [], { distance: () => new LpDistance() });
  }

  protected term(x: tf.Tensor2D): LossTerm {
    return { losses: absolute(tf.sum(x, 1)) as tf.Tensor1D, type: "element", batchSize: rows(x) };
  }
}

/**
 * pml's `CenterInvariantRegularizer()` (Wen et al. 2016's centre invariance): with s_i = ‖w_i‖²,
 * (s_i − mean s)²/4 per row; distance `LpDistance({ normalizeEmbeddings: false })` only.
 */
export class CenterInvariantRegularizer extends BaseRegularizer {
  constructor(options: RegularizerOptions = {}) {
    super("CenterInvariantRegularizer", options, [], { distance: () => new LpDistance({ normalizeEmbeddings: false }) });
    const d = this.distance;
    if (!(d instanceof LpDistance) || d.power !== 1 || d.normalizeEmbeddings) {
      throw new InputTypeError(this.fn, "distance", "new LpDistance({ normalizeEmbeddings: false }), as pml requires", describe(d.name));
    }
  }

  protected term(x: tf.Tensor2D): LossTerm {
    const squared = tf.sum(tf.square(x), 1);
    const deviation = tf.sub(squared, tf.mean(squared));
    return { losses: tf.div(tf.square(deviation), 4) as tf.Tensor1D, type: "element", batchSize: rows(x) };
  }
}

/** mat[i, cols[i]] for each row i (differentiable in mat; cols a constant). */
function pickPerRow(mat: tf.Tensor2D, cols: tf.Tensor1D): tf.Tensor1D {
  return tf.sum(tf.mul(mat, tf.oneHot(tf.cast(cols, "int32"), mat.shape[1])), 1) as tf.Tensor1D;
}

/**
 * pml's `RegularFaceRegularizer()` (Zhao et al., "RegularFace: Deep Face Recognition via Exclusive
 * Regularization", CVPR 2019): per row, its largest cosine to another row (the nearest other class;
 * which one is a constant of the gradient); a similarity only.
 */
export class RegularFaceRegularizer extends BaseRegularizer {
  constructor(options: RegularizerOptions = {}) {
    super("RegularFaceRegularizer", options, [], { distance: () => new CosineSimilarity() });
    if (!this.distance.isInverted) {
      throw new InputTypeError(this.fn, "distance", "a similarity (new CosineSimilarity(), new DotProductSimilarity()), as pml requires", describe(this.distance.name));
    }
  }

  protected term(x: tf.Tensor2D): LossTerm {
    const n = rows(x);
    const cos = this.distance.matrix(x);
    if (n === 1) return { losses: tf.zeros([0]) as tf.Tensor1D, type: "element", batchSize: 1 };
    // each row's most similar other row: an arg max (no gradient), the diagonal left out
    const nearest = tf.argMax(tf.where(tf.cast(tf.eye(n), "bool"), tf.fill([n, n], -Infinity), cos), 1) as tf.Tensor1D;
    return { losses: pickPerRow(cos, nearest), type: "element", batchSize: n };
  }
}

export interface SparseCentersRegularizerOptions extends RegularizerOptions {
  numClasses: number;
  /** Centres per class K ≥ 2. */
  centersPerClass: number;
}

/**
 * pml's `SparseCentersRegularizer({ numClasses, centersPerClass })` (SoftTriple, Qian et al. 2019): over
 * the pairs of centres of one class, √(2 − min(2·cos, 2)), summed and divided by twice the number of
 * pairs (`DivisorReducer`); rows are the C·K centres, class c's at c·K … c·K + K − 1.
 */
export class SparseCentersRegularizer extends BaseRegularizer {
  readonly numClasses: number;
  readonly centersPerClass: number;

  constructor(options: SparseCentersRegularizerOptions) {
    super("SparseCentersRegularizer", options, ["numClasses", "centersPerClass"], { distance: () => new CosineSimilarity(), reducer: () => new DivisorReducer() });
    this.numClasses = checkInteger(this.fn, "numClasses", options.numClasses, { min: 1 });
    this.centersPerClass = checkInteger(this.fn, "centersPerClass", options.centersPerClass, { min: 2 });
    if (!(this.distance instanceof CosineSimilarity)) {
      throw new InputTypeError(this.fn, "distance", "new CosineSimilarity(), as pml requires", describe(this.distance.name));
    }
  }

  protected term(x: tf.Tensor2D): LossTerm {
    const K = this.centersPerClass, total = this.numClasses * K;
    if (rows(x) !== total) throw new ShapeError(this.fn, "x", `${total} rows (numClasses · centersPerClass centres)`, describe(x));
    // the pairs (i < j) of centres of one class, row-major as pml's boolean mask
    const idx: number[] = [];
    for (let c = 0; c < this.numClasses; c++) for (let i = 0; i < K; i++) for (let j = i + 1; j < K; j++) idx.push((c * K + i) * total + c * K + j);
    const cos = gatherRows(tf.reshape(this.distance.matrix(x), [-1]) as tf.Tensor1D, Int32Array.from(idx));
    const losses = safeSqrtOf(tf.sub(2, tf.minimum(tf.mul(cos, 2), 2))) as tf.Tensor1D;
    return { losses, type: "element", batchSize: rows(x), divisor: 2 * idx.length };
  }
}

/** A regularizer option: an instance, or none. */
export function toRegularizer(fn: string, arg: string, value: unknown): BaseRegularizer | undefined {
  if (value === undefined || value instanceof BaseRegularizer) return value;
  throw new InputTypeError(fn, arg, "a regularizer (new LpRegularizer(), new RegularFaceRegularizer(), …)", describe(value));
}
