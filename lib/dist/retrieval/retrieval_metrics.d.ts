import { DistanceMeasure } from "../distances/measures";
import { type TensorInput } from "../validation";
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
/** pml AccuracyCalculator's precision_at_1, r_precision, mean_average_precision_at_r and mean_average_precision. */
export declare function retrievalMetrics(options: AccuracyOptions): RetrievalMetrics;
/** Recall@k: the share of queries with a sample of their class among their k nearest. */
export declare function recallAtK(options: TopKOptions): number;
/** Precision@k: the mean share of the k nearest that are of the query's class. */
export declare function precisionAtK(options: TopKOptions): number;
/**
 * kNN classification accuracy: each query takes the most frequent class among its k nearest (a tie
 * goes to the class of the nearer neighbour); the share of queries classified right. Reads the [Q, k]
 * neighbour labels back.
 */
export declare function knnAccuracy(options: TopKOptions): number;
//# sourceMappingURL=retrieval_metrics.d.ts.map