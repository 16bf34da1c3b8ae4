/**
 * Retrieval metrics of an embedding, computed on tensors in blocks of queries: for each block of B
 * queries its [B, M] scores against the reference set, the top k per query by `tf.topk`, the label
 * matches of those k neighbours and the per-query metrics, all on the device (`top_k.ts`); only the
 * per-query values ([B, 5] a block, or the [B, k] neighbour labels for kNN accuracy) are read back.
 * Memory is O(M·B), not O(Q·M): 60,000 × 128-D embeddings against themselves fit in a few hundred MB.
 * `blockSize` sets B (default ⌊2²³ / M⌋); the results do not depend on it.
 *
 * Conventions are pytorch-metric-learning's `AccuracyCalculator` (tested against its outputs):
 * - without `reference`, the queries are their own reference set and each query's own row is left out;
 * - R = the number of reference samples of the query's class (less itself); a query with R = 0 (a
 *   "lone" query) is left out of every metric;
 * - k: "all" (pml's k=None: every reference sample), "maxBinCount" (the largest R) or a number;
 * - precisionAt1: the nearest neighbour's class is the query's;
 * - rPrecision: matches among the first min(R, k) neighbours / min(R, k);
 * - meanAveragePrecisionAtR: Σ over the first R neighbours of precision@i at each match, / R (MAP@R);
 * - meanAveragePrecision: the same over all k neighbours, / R;
 * - meanReciprocalRank: 1 / the rank of the first neighbour of the query's class among the k, 0 if none
 *   (pml's `mean_reciprocal_rank`);
 * - `avgOfAvgs`: each metric averaged per class first, then over classes.
 * The default measure is `new LpDistance({ normalizeEmbeddings: false })`, the L2 search of pml's
 * default FaissKNN. Also here: recall@k (a match among the k nearest: Recall@K of the metric-learning
 * papers), precision@k and kNN classification accuracy (majority vote, ties to the nearer class).
 */
import * as tf from "../tf";
import { DistanceMeasure, LpDistance, toMeasure } from "../distances/measures";
import { ShapeError, ValueError, checkBoolean, checkInteger, checkOptions, describe, toEmbeddings, toLabels, type OptionNames, type TensorInput } from "../validation";
import { blockSizeFor, forEachNeighbourBlock } from "./top_k";

export interface RetrievalOptions {
  /** Query embeddings [Q, d]. */
  query: TensorInput;
  queryLabels: TensorInput | Int32Array;
  /** Reference embeddings [M, d] (default: the queries, each without itself). */
  reference?: TensorInput;
  referenceLabels?: TensorInput | Int32Array;
  /** Default `new LpDistance({ normalizeEmbeddings: false })`. */
  distance?: DistanceMeasure;
  /** Average per class, then over classes (default false). */
  avgOfAvgs?: boolean;
  /** Queries per block (default ⌊2²³ / M⌋, at least 1): memory O(M·blockSize); results do not depend on it. */
  blockSize?: number;
}

export interface AccuracyOptions extends RetrievalOptions {
  /** Neighbours looked at: "all" (default), "maxBinCount" or a number ≥ 1. */
  k?: number | "all" | "maxBinCount";
}

export interface TopKOptions extends RetrievalOptions {
  /** Neighbours looked at, ≥ 1. */
  k: number;
}

export interface RetrievalMetrics {
  precisionAt1: number;
  rPrecision: number;
  meanAveragePrecisionAtR: number;
  meanAveragePrecision: number;
  meanReciprocalRank: number;
  /** Queries counted (those with R ≥ 1); every metric is NaN when none is. */
  queries: number;
  /** The k used. */
  k: number;
}

/** What a metric needs besides the per-query values: R and the label of each query, and k. */
interface QueryFacts {
  /** Per query: R, the reference samples of its class (less itself). */
  relevant: Int32Array;
  queryLabels: Int32Array;
  k: number;
}

const BASE_OPTIONS = ["query", "queryLabels", "reference?", "referenceLabels?", "distance?", "avgOfAvgs?", "blockSize?"];

/** Checked options (no tensor yet) and k from the request. */
function prepare(fn: string, options: RetrievalOptions, extra: OptionNames, kDefault: number | "all" | "maxBinCount" | undefined) {
  checkOptions(fn, options, [...BASE_OPTIONS, ...extra]);
  const kOption = (options as AccuracyOptions).k;
  if (kOption === undefined && kDefault === undefined) throw new ValueError(fn, "k", "a number of neighbours >= 1", "undefined");
  const distance = toMeasure(fn, options.distance, () => new LpDistance({ normalizeEmbeddings: false }));
  const avgOfAvgs = checkBoolean(fn, "avgOfAvgs", options.avgOfAvgs ?? false);
  const selfIncluded = options.reference === undefined;
  if (selfIncluded !== (options.referenceLabels === undefined)) {
    throw new ValueError(fn, selfIncluded ? "referenceLabels" : "reference", "given together with the other ('reference' and 'referenceLabels')", "one of them only");
  }
  if (options.blockSize !== undefined) checkInteger(fn, "blockSize", options.blockSize, { min: 1 });
  return { distance, avgOfAvgs, selfIncluded, kOption: kOption ?? kDefault };
}

/**
 * Checks the inputs, then runs `perBlock(same, labels, relevant)` on each block of queries' k
 * neighbours (`same` [B, k] 1 where the neighbour's class is the query's, `labels` [B, k] int32, R
 * [B, 1]) and collects the [B, c] values it returns (c = `columns(k)`) into one [Q·c] array (row-major;
 * float64, so int32 labels come back exactly).
 */
function perQuery(
  fn: string,
  options: RetrievalOptions,
  s: ReturnType<typeof prepare>,
  columns: (k: number) => number,
  perBlock: (same: tf.Tensor2D, labels: tf.Tensor2D, relevant: tf.Tensor2D) => tf.Tensor2D,
): { values: Float64Array; facts: QueryFacts } {
  let out: { values: Float64Array; facts: QueryFacts } | undefined;
  tf.tidy(() => {
    const q = toEmbeddings(fn, "query", options.query);
    const ql = toLabels(fn, "queryLabels", options.queryLabels, q.shape[0], "query");
    const r = s.selfIncluded ? q : toEmbeddings(fn, "reference", options.reference);
    const rl = s.selfIncluded ? ql : toLabels(fn, "referenceLabels", options.referenceLabels, r.shape[0], "reference");
    if (r.shape[1] !== q.shape[1]) throw new ShapeError(fn, "reference", `embeddings of the same size d = ${q.shape[1]} as 'query'`, describe(r));
    const counts = new Map<number, number>();
    rl.forEach((l) => counts.set(l, (counts.get(l) ?? 0) + 1));
    const self = s.selfIncluded ? 1 : 0;
    const relevant = Int32Array.from(ql, (l) => Math.max((counts.get(l) ?? 0) - self, 0));
    const available = r.shape[0] - self;
    let k: number;
    if (s.kOption === "all") k = available;
    else if (s.kOption === "maxBinCount") k = Math.max(0, ...Array.from(new Set(ql), (l) => (counts.get(l) ?? 0) - self));
    else k = checkInteger(fn, "k", s.kOption, { min: 1, max: Math.max(available, 1) });
    if (k < 1 || q.shape[0] === 0) throw new ValueError(fn, "query", "queries with at least one other reference sample", `k = ${k} neighbours to look at`);
    const blockSize = blockSizeFor(fn, options.blockSize, r.shape[0]);
    const width = columns(k);
    const values = new Float64Array(q.shape[0] * width);
    const refLabels = tf.tensor1d(rl, "int32");
    const queryLabels = tf.tensor1d(ql, "int32");
    const R = tf.tensor1d(relevant, "float32");
    forEachNeighbourBlock({ query: q, reference: r, selfIncluded: s.selfIncluded, distance: s.distance, k, blockSize }, (start, indices) => {
      const size = indices.shape[0];
      const labels = tf.gather(refLabels, indices) as unknown as tf.Tensor2D;
      const own = tf.slice(queryLabels, [start], [size]);
      const same = tf.cast(tf.equal(labels, tf.expandDims(own, 1)), "float32") as tf.Tensor2D;
      const rows = tf.reshape(tf.slice(R, [start], [size]), [size, 1]) as tf.Tensor2D;
      values.set(perBlock(same, labels, rows).dataSync(), start * width);
    });
    out = { values, facts: { relevant, queryLabels: ql, k } };
  });
  return out!;
}

/** The mean of per-query values over the counted queries (per class first with avgOfAvgs); NaN when none counts. */
function average(values: ArrayLike<number>, n: QueryFacts, avgOfAvgs: boolean): number {
  const byClass = new Map<number, number[]>();
  const all: number[] = [];
  for (let i = 0; i < n.relevant.length; i++) {
    if (n.relevant[i] === 0) continue;
    all.push(values[i]);
    const list = byClass.get(n.queryLabels[i]) ?? [];
    list.push(values[i]);
    byClass.set(n.queryLabels[i], list);
  }
  const mean = (xs: number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
  return avgOfAvgs ? mean(Array.from(byClass.values(), mean)) : mean(all);
}

function column(values: Float64Array, columns: number, c: number): Float64Array {
  return Float64Array.from({ length: values.length / columns }, (_, i) => values[i * columns + c]);
}

/**
 * pml AccuracyCalculator's precision_at_1, r_precision, mean_average_precision_at_r,
 * mean_average_precision and mean_reciprocal_rank.
 */
export function retrievalMetrics(options: AccuracyOptions): RetrievalMetrics {
  const fn = "retrievalMetrics";
  const s = prepare(fn, options, ["k?"], "all");
  const { values, facts } = perQuery(fn, options, s, () => 5, (same, _labels, R) => {
    const k = same.shape[1];
    const rank = tf.reshape(tf.add(tf.range(0, k, 1, "float32"), 1), [1, k]);
    const relevant = tf.cast(tf.lessEqual(rank, R), "float32");
    const safeR = tf.maximum(R, 1);
    const atR = tf.mul(same, relevant);
    const precisionAt1 = tf.slice(same, [0, 0], [-1, 1]);
    const rPrecision = tf.div(tf.sum(atR, 1, true), tf.maximum(tf.sum(relevant, 1, true), 1));
    const apAt = (hits: tf.Tensor) => tf.div(tf.sum(tf.div(tf.mul(tf.cumsum(hits, 1), hits), rank), 1, true), safeR);
    // 1 / rank of the first match: the largest of same / rank
    const reciprocal = tf.max(tf.div(same, rank), 1, true);
    return tf.concat([precisionAt1, rPrecision, apAt(atR), apAt(same), reciprocal], 1) as tf.Tensor2D;
  });
  const metric = (c: number) => average(column(values, 5, c), facts, s.avgOfAvgs);
  return {
    precisionAt1: metric(0),
    rPrecision: metric(1),
    meanAveragePrecisionAtR: metric(2),
    meanAveragePrecision: metric(3),
    meanReciprocalRank: metric(4),
    queries: facts.relevant.filter((r) => r > 0).length,
    k: facts.k,
  };
}

/** A per-query statistic of the k nearest neighbours' matches, averaged as `retrievalMetrics` does. */
function topKStatistic(fn: string, options: TopKOptions, statistic: (same: tf.Tensor2D) => tf.Tensor1D): number {
  const s = prepare(fn, options, ["k"], undefined);
  const { values, facts } = perQuery(fn, options, s, () => 1, (same) => tf.expandDims(statistic(same), 1) as tf.Tensor2D);
  return average(values, facts, s.avgOfAvgs);
}

/** Recall@k: the share of queries with a sample of their class among their k nearest. */
export function recallAtK(options: TopKOptions): number {
  return topKStatistic("recallAtK", options, (same) => tf.max(same, 1) as tf.Tensor1D);
}

/** Precision@k: the mean share of the k nearest that are of the query's class. */
export function precisionAtK(options: TopKOptions): number {
  return topKStatistic("precisionAtK", options, (same) => tf.mean(same, 1) as tf.Tensor1D);
}

/**
 * kNN classification accuracy: each query takes the most frequent class among its k nearest (a tie
 * goes to the class of the nearer neighbour); the share of queries classified right. Reads the [B, k]
 * neighbour labels of each block back.
 */
export function knnAccuracy(options: TopKOptions): number {
  const fn = "knnAccuracy";
  const s = prepare(fn, options, ["k"], undefined);
  const { values: labels, facts } = perQuery(fn, options, s, (k) => k, (_same, neighbourLabels) => neighbourLabels);
  const k = facts.k;
  const correct = Array.from(facts.queryLabels, (truth, i) => {
    const votes = new Map<number, number>();
    let best = labels[i * k];
    for (let j = 0; j < k; j++) {
      const l = labels[i * k + j];
      votes.set(l, (votes.get(l) ?? 0) + 1);
      // a later neighbour wins only with strictly more votes: ties go to the nearer class
      if (votes.get(l)! > votes.get(best)!) best = l;
    }
    return best === truth ? 1 : 0;
  });
  return average(correct, facts, s.avgOfAvgs);
}
