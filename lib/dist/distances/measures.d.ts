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
import * as tf from "@tensorflow/tfjs";
import { type OptionNames } from "../validation";
/** F.normalize's floor on the norm: a row shorter than this is divided by it (a zero row stays zero). */
export declare const NORMALIZE_EPSILON = 1e-12;
export interface MeasureOptions {
    /** L2-normalise the rows before measuring (default true, as pml). */
    normalizeEmbeddings?: boolean;
}
export interface LpDistanceOptions extends MeasureOptions {
    /** The matrix is raised to this power (default 1; 2 gives the squared L2 distance). */
    power?: number;
}
/** Rows divided by max(‖x‖, 1e-12), PyTorch's `F.normalize`. No checks. */
export declare function normalizeRows(x: tf.Tensor2D): tf.Tensor2D;
/** A distance or similarity between embeddings; see the module comment. */
export declare abstract class DistanceMeasure {
    /** true for similarities (larger is closer), pml's `is_inverted`. */
    abstract readonly isInverted: boolean;
    /** pml's class name, for messages and tables. */
    abstract readonly name: string;
    readonly normalizeEmbeddings: boolean;
    protected constructor(fn: string, options: MeasureOptions, names: OptionNames);
    /** The raw measure of (already normalised) rows; without `reference`, the batch against itself. */
    protected abstract compute(query: tf.Tensor2D, reference?: tf.Tensor2D): tf.Tensor2D;
    /**
     * The [N, M] matrix between validated embeddings (no checks: a hot path; differentiable).
     * Without `reference`, the batch against itself.
     */
    matrix(query: tf.Tensor2D, reference?: tf.Tensor2D): tf.Tensor2D;
    /** How far x is beyond y in the closer direction: x − y for a distance, y − x for a similarity (pml's `margin`). */
    margin(x: tf.Tensor | number, y: tf.Tensor | number): tf.Tensor;
    /** The closer of two values, element-wise (pml's `smallest_dist`). */
    closest(a: tf.Tensor, b: tf.Tensor): tf.Tensor;
}
/** ‖a − b‖ (raised to `power`), pml's `LpDistance` with p = 2. */
export declare class LpDistance extends DistanceMeasure {
    readonly isInverted = false;
    readonly name = "LpDistance";
    readonly power: number;
    constructor(options?: LpDistanceOptions);
    protected compute(query: tf.Tensor2D, reference?: tf.Tensor2D): tf.Tensor2D;
}
/** a·b, pml's `DotProductSimilarity` (larger is closer). */
export declare class DotProductSimilarity extends DistanceMeasure {
    readonly isInverted = true;
    readonly name: string;
    constructor(options?: MeasureOptions);
    protected compute(query: tf.Tensor2D, reference?: tf.Tensor2D): tf.Tensor2D;
}
/** cos(a, b) = a·b of L2-normalised rows, pml's `CosineSimilarity` (always normalised). */
export declare class CosineSimilarity extends DotProductSimilarity {
    readonly name = "CosineSimilarity";
    constructor(options?: Record<string, never>);
}
/** A measure option: an instance, or the default's. */
export declare function toMeasure(fn: string, value: unknown, fallback: () => DistanceMeasure): DistanceMeasure;
//# sourceMappingURL=measures.d.ts.map