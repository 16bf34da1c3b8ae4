import * as tf from "../tf";
import { ShapeError, checkInteger, checkOptions, describe, toEmbeddings, toLabels, type TensorInput } from "../validation";
import { kMeans } from "./k_means";
import { adjustedMutualInfo, normalizedMutualInfo } from "./mutual_information";

export interface ClusteringMetricsOptions {
  /** Embeddings [N, d]. */
  embeddings: TensorInput;
  /** Their class labels. */
  labels: TensorInput | Int32Array;
  /** Seed of k-means' starting centroids (default 0). */
  seed?: number;
  /** Most k-means iterations (default 20). */
  iterations?: number;
}

export interface ClusteringMetrics {
  NMI: number;
  AMI: number;
  /** The k-means cluster of each embedding. */
  clusters: Int32Array;
}

/**
 * pml AccuracyCalculator's "NMI" and "AMI": the embeddings clustered by k-means into as many clusters
 * as they have classes (`kMeans`, seeded, 20 iterations by default, as pml's faiss k-means), then the
 * normalised and adjusted mutual information of the classes and the clusters (sklearn's formulas,
 * `mutual_information.ts`).
 */
/**
 * pml AccuracyCalculator's "NMI" and "AMI": k-means (`kMeans`, seeded, 20 iterations) with as many
 * clusters as the labels have classes, then sklearn's normalised and adjusted mutual information of
 * classes and clusters (`normalizedMutualInfo`, `adjustedMutualInfo`). Also returns the clusters.
 */
export function clusteringMetrics(options: ClusteringMetricsOptions): ClusteringMetrics {
  const fn = "clusteringMetrics";
  checkOptions(fn, options, ["embeddings", "labels", "seed?", "iterations?"]);
  const seed = checkInteger(fn, "seed", options.seed ?? 0);
  const iterations = checkInteger(fn, "iterations", options.iterations ?? 20, { min: 1 });
  const e = tf.tidy(() => toEmbeddings(fn, "embeddings", options.embeddings));
  try {
    const labels = toLabels(fn, "labels", options.labels, e.shape[0]);
    if (labels.length === 0) throw new ShapeError(fn, "embeddings", "at least one embedding", describe(e));
    const { assignments, centroids } = kMeans({ data: e, k: new Set(labels).size, seed, iterations });
    tf.dispose(centroids);
    return { NMI: normalizedMutualInfo(labels, assignments), AMI: adjustedMutualInfo(labels, assignments), clusters: assignments };
  } finally {
    if (e !== options.embeddings) e.dispose();
  }
}
