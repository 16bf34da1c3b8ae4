/**
 * Closed-set accuracy of an embedding without a classifier: each class is represented by its centroid
 * direction on the training features (the unit mean of its unit features, `angleStatistics`' class
 * centre), and a test feature goes to the class of highest cosine similarity.
 */
import { angleStatistics } from "../analysis/angle_statistics";
import { unitVector } from "../analysis/vectors";
import { checkOptions } from "losslab/internal";

export interface LabelledRows {
  features: number[][];
  labels: ArrayLike<number>;
}

/** The class centres of the training features: label → unit centre. */
export function classCentroids(train: LabelledRows): Map<number, number[]> {
  const stats = angleStatistics({ features: train.features, labels: train.labels });
  return new Map(stats.classes.map((c) => [c.label, c.centre]));
}

/** The class of the nearest centroid (largest cosine) of each row. */
export function nearestCentroid(centroids: Map<number, number[]>, features: number[][]): Int32Array {
  const entries = [...centroids.entries()];
  return Int32Array.from(features, (f) => {
    const u = unitVector(f);
    let best = entries[0][0];
    let bestCos = -Infinity;
    for (const [label, c] of entries) {
      const cos = u.reduce((s, v, k) => s + v * c[k], 0);
      if (cos > bestCos) [best, bestCos] = [label, cos];
    }
    return best;
  });
}

/** Share of `test` rows whose nearest centroid (fitted on `train`) is their own class. */
export function nearestCentroidAccuracy(options: { train: LabelledRows; test: LabelledRows }): number {
  checkOptions("nearestCentroidAccuracy", options, ["train", "test"]);
  const predicted = nearestCentroid(classCentroids(options.train), options.test.features);
  let right = 0;
  predicted.forEach((p, i) => (right += p === options.test.labels[i] ? 1 : 0));
  return right / predicted.length;
}
