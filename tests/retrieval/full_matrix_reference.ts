// losslab's retrievalMetrics, recallAtK, precisionAtK and knnAccuracy as they were before the blocked
// implementation (lib/losslab/src/retrieval, commit a994667): the full [Q, M] matrix at once, then top-k.
// Kept as the reference the blocked version must reproduce exactly (tests/retrieval/blocked.test.ts).
/* eslint-disable */
import { DistanceMeasure, LpDistance, ShapeError, ValueError, tf, toMeasure, type TensorInput } from "losslab";
import { checkBoolean, checkInteger, checkOptions, describe, toEmbeddings, toLabels, type OptionNames } from "losslab/internal";

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
  /** Queries counted (those with R ≥ 1); every metric is NaN when none is. */
  queries: number;
  /** The k used. */
  k: number;
}

interface Neighbours {
  /** [Q, k] 1 where the neighbour's class is the query's. */
  same: tf.Tensor2D;
  /** [Q, k] the neighbours' labels. */
  labels: tf.Tensor2D;
  /** Per query: R, and its label. */
  relevant: Int32Array;
  queryLabels: Int32Array;
  k: number;
}

const BASE_OPTIONS = ["query", "queryLabels", "reference?", "referenceLabels?", "distance?", "avgOfAvgs?"];

/** Checked inputs, R per query, and k from the request; no tensor is left behind on a throw. */
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
  return { distance, avgOfAvgs, selfIncluded, kOption: kOption ?? kDefault };
}

function neighbours(fn: string, options: RetrievalOptions, s: ReturnType<typeof prepare>): Neighbours {
  let meta = { relevant: new Int32Array(0), queryLabels: new Int32Array(0), k: 0 };
  const [same, labels] = tf.tidy(() => {
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
    const mat = s.distance.matrix(q, s.selfIncluded ? undefined : r);
    let score = s.distance.isInverted ? mat : tf.neg(mat);
    // a query is not its own neighbour
    if (s.selfIncluded) score = tf.where(tf.cast(tf.eye(q.shape[0]), "bool"), tf.fill(score.shape, -Infinity), score);
    const { indices } = tf.topk(score, k);
    const labels = tf.gather(tf.tensor1d(rl, "int32"), indices) as unknown as tf.Tensor2D;
    const same = tf.cast(tf.equal(labels, tf.expandDims(tf.tensor1d(ql, "int32"), 1)), "float32") as tf.Tensor2D;
    meta = { relevant, queryLabels: ql, k };
    return [same, labels];
  });
  return { same, labels, ...meta };
}

/** The mean of per-query values over the counted queries (per class first with avgOfAvgs); NaN when none counts. */
function average(values: ArrayLike<number>, n: Neighbours, avgOfAvgs: boolean): number {
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

function counted(n: Neighbours): number {
  return n.relevant.filter((r) => r > 0).length;
}

/** pml AccuracyCalculator's precision_at_1, r_precision, mean_average_precision_at_r and mean_average_precision. */
export function fullMatrixRetrievalMetrics(options: AccuracyOptions): RetrievalMetrics {
  const fn = "retrievalMetrics";
  const s = prepare(fn, options, ["k?"], "all");
  const nb = neighbours(fn, options, s);
  const perQuery = tf.tidy(() => {
    const { same, k } = nb;
    const R = tf.expandDims(tf.tensor1d(nb.relevant, "float32"), 1);
    const rank = tf.reshape(tf.add(tf.range(0, k, 1, "float32"), 1), [1, k]);
    const relevant = tf.cast(tf.lessEqual(rank, R), "float32");
    const safeR = tf.maximum(R, 1);
    const atR = tf.mul(same, relevant);
    const precisionAt1 = tf.slice(same, [0, 0], [-1, 1]);
    const rPrecision = tf.div(tf.sum(atR, 1, true), tf.maximum(tf.sum(relevant, 1, true), 1));
    const apAt = (hits: tf.Tensor) => tf.div(tf.sum(tf.div(tf.mul(tf.cumsum(hits, 1), hits), rank), 1, true), safeR);
    return tf.concat([precisionAt1, rPrecision, apAt(atR), apAt(same)], 1).dataSync();
  });
  tf.dispose([nb.same, nb.labels]);
  const column = (c: number) => Array.from({ length: nb.relevant.length }, (_, i) => perQuery[i * 4 + c]);
  return {
    precisionAt1: average(column(0), nb, s.avgOfAvgs),
    rPrecision: average(column(1), nb, s.avgOfAvgs),
    meanAveragePrecisionAtR: average(column(2), nb, s.avgOfAvgs),
    meanAveragePrecision: average(column(3), nb, s.avgOfAvgs),
    queries: counted(nb),
    k: nb.k,
  };
}

/** A per-query statistic of the k nearest neighbours' matches, averaged as `retrievalMetrics` does. */
function topKStatistic(fn: string, options: TopKOptions, statistic: (same: tf.Tensor2D) => tf.Tensor1D): number {
  const s = prepare(fn, options, ["k"], undefined);
  const nb = neighbours(fn, options, s);
  const values = tf.tidy(() => statistic(nb.same).dataSync());
  tf.dispose([nb.same, nb.labels]);
  return average(values, nb, s.avgOfAvgs);
}

/** Recall@k: the share of queries with a sample of their class among their k nearest. */
export function fullMatrixRecallAtK(options: TopKOptions): number {
  return topKStatistic("recallAtK", options, (same) => tf.max(same, 1) as tf.Tensor1D);
}

/** Precision@k: the mean share of the k nearest that are of the query's class. */
export function fullMatrixPrecisionAtK(options: TopKOptions): number {
  return topKStatistic("precisionAtK", options, (same) => tf.mean(same, 1) as tf.Tensor1D);
}

/**
 * kNN classification accuracy: each query takes the most frequent class among its k nearest (a tie
 * goes to the class of the nearer neighbour); the share of queries classified right. Reads the [Q, k]
 * neighbour labels back.
 */
export function fullMatrixKnnAccuracy(options: TopKOptions): number {
  const fn = "knnAccuracy";
  const s = prepare(fn, options, ["k"], undefined);
  const nb = neighbours(fn, options, s);
  const labels = nb.labels.dataSync();
  tf.dispose([nb.same, nb.labels]);
  const correct = Array.from(nb.queryLabels, (truth, i) => {
    const votes = new Map<number, number>();
    let best = labels[i * nb.k];
    for (let j = 0; j < nb.k; j++) {
      const l = labels[i * nb.k + j];
      votes.set(l, (votes.get(l) ?? 0) + 1);
      // a later neighbour wins only with strictly more votes: ties go to the nearer class
      if (votes.get(l)! > votes.get(best)!) best = l;
    }
    return best === truth ? 1 : 0;
  });
  return average(correct, nb, s.avgOfAvgs);
}
