/**
 * Retrieval: every image queries all the others (itself left out), ranked by the similarity; precision@1
 * (the nearest neighbour has the query's label) and MAP@R (Musgrave, Belongie & Lim 2020), computed by
 * losslab's `retrievalMetrics` in pytorch-metric-learning's conventions (k = the largest class size, a
 * query alone in its class left out). "cosine" uses `CosineSimilarity`, "euclidean" `LpDistance`.
 */
import * as tf from "@tensorflow/tfjs";
import { CosineSimilarity, LpDistance, retrievalMetrics } from "losslab";
import { checkOptions } from "losslab/internal";
import { checkSimilarity, toEmbeddingRows, toRowLabels, type EmbeddingsInput, type Similarity } from "./embeddings";

export interface RetrievalProtocolOptions {
  embeddings: EmbeddingsInput;
  labels: ArrayLike<number>;
  similarity: Similarity;
}

export interface RetrievalProtocolResult {
  precisionAt1: number;
  mapAtR: number;
  /** Queries counted (those with another image of their label). */
  queries: number;
}

export function retrievalProtocol(options: RetrievalProtocolOptions): RetrievalProtocolResult {
  const fn = "retrievalProtocol";
  checkOptions(fn, options, ["embeddings", "labels", "similarity"]);
  const similarity = checkSimilarity(fn, options.similarity);
  const e = toEmbeddingRows(fn, "embeddings", options.embeddings);
  const labels = toRowLabels(fn, "labels", options.labels, e.count);
  const distance = similarity === "cosine" ? new CosineSimilarity() : new LpDistance({ normalizeEmbeddings: false });
  const query = tf.tensor2d(Float32Array.from(e.data), [e.count, e.dim]);
  try {
    const m = retrievalMetrics({ query, queryLabels: labels, distance, k: "maxBinCount" });
    return { precisionAt1: m.precisionAt1, mapAtR: m.meanAveragePrecisionAtR, queries: m.queries };
  } finally {
    query.dispose();
  }
}
