/**
 * Intra- and inter-class angles of an embedding (seen or unseen classes), in degrees, from the course's
 * `angleStatistics`: intra = a feature's angle to its class's mean direction, inter = the angle between
 * two classes' mean directions (mean over pairs, and the smallest); with class weights, the mean angle
 * between each feature and its class's weight vector.
 */
import { checkOptions } from "losslab/internal";
import { angleStatistics } from "../analysis/angle_statistics";
import { toEmbeddingRows, toRowLabels, type EmbeddingsInput, type EmbeddingRows } from "./embeddings";

export interface ClassAngleOptions {
  embeddings: EmbeddingsInput;
  labels: ArrayLike<number>;
  /** [C, d] class weights, row c for label c (seen classes only). */
  classWeights?: EmbeddingsInput;
}

export interface ClassAngleResult {
  intraMeanDeg: number;
  intraMedianDeg: number;
  interMeanDeg: number;
  interMinDeg: number;
  /** Mean angle feature ↔ own class weight, or null without `classWeights`. */
  weightMeanDeg: number | null;
  classes: number;
}

const rows = (e: EmbeddingRows) => Array.from({ length: e.count }, (_, i) => e.data.subarray(i * e.dim, (i + 1) * e.dim));
const deg = (rad: number) => (rad * 180) / Math.PI;

export function classAngles(options: ClassAngleOptions): ClassAngleResult {
  const fn = "classAngles";
  checkOptions(fn, options, ["embeddings", "labels", "classWeights?"]);
  const e = toEmbeddingRows(fn, "embeddings", options.embeddings);
  const labels = toRowLabels(fn, "labels", options.labels, e.count);
  const weights = options.classWeights === undefined ? undefined : rows(toEmbeddingRows(fn, "classWeights", options.classWeights));
  const s = angleStatistics({ features: rows(e), labels, weights });
  return {
    intraMeanDeg: deg(s.intraMean),
    intraMedianDeg: deg(s.intraMedian),
    interMeanDeg: deg(s.interMean),
    interMinDeg: deg(s.interMin),
    weightMeanDeg: weights === undefined ? null : deg(s.weightMean),
    classes: s.classes.length,
  };
}
