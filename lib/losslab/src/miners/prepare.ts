/** The common first step of the embedding-based miners: checked arguments and the batch's distance matrix. */
import * as tf from "../tf";
import { DISTANCES, type DistanceName } from "../distances/distance";
import { distanceMatrix } from "../distances/pairwise";
import { checkOneOf, checkOptions, checkRange, toEmbeddings, toLabels, type OptionNames } from "../validation";
import type { MinerOptions, TripletIndices } from "./types";

export interface PreparedBatch {
  n: number;
  labels: Int32Array;
  /** D(i, j) at i·n + j, in float32 as the loss computes it. */
  dist: Float32Array;
  distance: DistanceName;
}

/** Checks the options of miner `fn` and reads the distance matrix (no tensor is left behind). */
export function prepareBatch(fn: string, options: MinerOptions, extra: OptionNames = []): PreparedBatch {
  checkOptions(fn, options, ["embeddings", "labels", "distance?", ...extra]);
  const distance = checkOneOf(fn, "distance", options.distance ?? "squaredEuclidean", DISTANCES);
  let n = 0;
  let labels = new Int32Array(0);
  const dist = tf.tidy(() => {
    const embeddings = toEmbeddings(fn, "embeddings", options.embeddings);
    n = embeddings.shape[0];
    labels = toLabels(fn, "labels", options.labels, n);
    return n === 0 ? tf.zeros([0, 0]) : distanceMatrix(distance, embeddings);
  });
  const values = dist.dataSync() as Float32Array;
  dist.dispose();
  return { n, labels, dist: values, distance };
}

/** The margin α of a miner: a number >= 0. */
export function checkMargin(fn: string, margin: unknown): number {
  return checkRange(fn, "margin", margin, { min: 0 });
}

/** Growing lists of triplets, packed into typed arrays at the end. */
export class TripletList {
  private readonly a: number[] = [];
  private readonly p: number[] = [];
  private readonly q: number[] = [];

  push(anchor: number, positive: number, negative: number): void {
    this.a.push(anchor);
    this.p.push(positive);
    this.q.push(negative);
  }

  get length(): number {
    return this.a.length;
  }

  toIndices(): TripletIndices {
    return { anchors: Int32Array.from(this.a), positives: Int32Array.from(this.p), negatives: Int32Array.from(this.q) };
  }
}
