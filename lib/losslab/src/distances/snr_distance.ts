import * as tf from "../tf";
import { ShapeError, describe } from "../validation";
import { DistanceMeasure, type MeasureOptions } from "./measures";

/** The floor on an anchor's variance (a constant row, the zero row): its ratios stay finite. */
export const SNR_VARIANCE_FLOOR = 1e-12;

/**
 * pytorch-metric-learning's `SNRDistance` (Yuan et al., "Signal-To-Noise Ratio: A Robust Distance
 * Metric for Deep Metric Learning", CVPR 2019), following pml 2.9.0: the noise-to-signal ratio
 *
 *     d(x, y) = Var(x − y) / Var(x),
 *
 * each variance over the d coordinates of a row (unbiased, /(d − 1)), after L2-normalising the rows
 * (`normalizeEmbeddings`, default true, as pml). Not symmetric: x is the anchor (the query row). A
 * distance (smaller is closer); d ≥ 2. An anchor of variance 0 (a constant row, the zero row) has its
 * variance floored at 1e-12 (pml divides by 0 there: inf or NaN).
 */
export class SNRDistance extends DistanceMeasure {
  readonly isInverted = false;
  readonly name = "SNRDistance";

  constructor(options: MeasureOptions = {}) {
    super("SNRDistance", options, ["normalizeEmbeddings?"]);
  }

  protected compute(query: tf.Tensor2D, reference?: tf.Tensor2D): tf.Tensor2D {
    const d = query.shape[1];
    if (d < 2) throw new ShapeError(`${this.name}.matrix`, "query", "embeddings of size d >= 2 (a variance over the coordinates)", describe(query));
    const centred = (x: tf.Tensor2D) => tf.sub(x, tf.mean(x, 1, true)) as tf.Tensor2D;
    const cq = centred(query);
    const cr = reference === undefined ? cq : centred(reference);
    const sq = (c: tf.Tensor2D) => tf.sum(tf.square(c), 1, true);
    // Σ_k ((x − y)_k − mean(x − y))² = ‖cx‖² + ‖cy‖² − 2·cx·cy, never below 0 (rounding)
    const pairVar = tf.maximum(tf.sub(tf.add(sq(cq), tf.transpose(sq(cr))), tf.mul(tf.matMul(cq, cr, false, true), 2)), 0);
    const anchorVar = tf.maximum(sq(cq), SNR_VARIANCE_FLOOR * (d - 1));
    return tf.div(pairVar, anchorVar) as tf.Tensor2D;
  }
}
