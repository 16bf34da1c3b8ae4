import { LpDistance, type DistanceMeasure } from "../distances/measures";
import { Rng } from "../random/rng";
import { checkInteger, checkRange, type TensorInput } from "../validation";
import { BaseMiner, tripletTupleFrom, type MinedEmbeddings, type MinerBatch } from "./base_miner";
import { checkUnitLpDistance } from "./angular_miner";
import type { IndicesTuple } from "./indices_tuple";

export interface DistanceWeightedMinerOptions {
  /** Distances below are raised to it before weighting (default 0.5). */
  cutoff?: number;
  /** Negatives at this distance or farther get weight 0 (default 1.4). */
  nonzeroLossCutoff?: number;
  /** Seed of the draws (default 0). */
  seed?: number;
  /** Only `new LpDistance()` (the default) is accepted, as in pml. */
  distance?: DistanceMeasure;
}

/**
 * pytorch-metric-learning's `DistanceWeightedMiner({ cutoff = 0.5, nonzeroLossCutoff = 1.4, seed })`
 * (Wu et al. 2017, "Sampling matters in deep embedding learning"), following pml 2.9.0. On the unit
 * sphere in d dimensions, pairwise distances have density q(δ) ∝ δ^{d−2}(1 − δ²/4)^{(d−3)/2}; each
 * negative is drawn with weight 1/q(max(δ, cutoff)), zero for same-class rows and for
 * δ ≥ `nonzeroLossCutoff`, normalised per anchor (`negativeWeights`). Triplets: for each class (in
 * increasing label order) with at least two rows and some negative, each of its rows as anchor is
 * given as many triplets as the class has rows, each with a uniformly drawn other row of the class as
 * positive and a weighted negative; anchors whose weights are all zero get none (pml's
 * `get_random_triplet_indices`). The draws come from losslab's seeded `Rng` (not PyTorch's), so the
 * same seed gives the same triplets; each call draws anew. Distance: `LpDistance()` only (pml).
 */
export class DistanceWeightedMiner extends BaseMiner {
  readonly cutoff: number;
  readonly nonzeroLossCutoff: number;
  private readonly rng: Rng;

  constructor(options: DistanceWeightedMinerOptions = {}) {
    super("DistanceWeightedMiner", options, ["cutoff?", "nonzeroLossCutoff?", "seed?"], () => new LpDistance());
    checkUnitLpDistance(this.fn, this.distance);
    this.cutoff = checkRange(this.fn, "cutoff", options.cutoff ?? 0.5, { min: 0 });
    this.nonzeroLossCutoff = checkRange(this.fn, "nonzeroLossCutoff", options.nonzeroLossCutoff ?? 1.4, { min: 0 });
    this.rng = new Rng(checkInteger(this.fn, "seed", options.seed ?? 0));
  }

  /** The [N, M] sampling weights of negatives, rows summing to 1 (NaN rows: no negative can be drawn). */
  private weightsOf(b: MinerBatch, d: number): Float64Array {
    const logW = new Float64Array(b.n * b.m);
    const bad = new Uint8Array(b.n * b.m);
    let max = -Infinity;
    for (let k = 0; k < logW.length; k++) {
      const δ = Math.max(b.mat[k], this.cutoff);
      const lw = (2 - d) * Math.log(δ) - ((d - 3) / 2) * Math.log(1 - 0.25 * δ * δ);
      bad[k] = Number.isFinite(lw) ? 0 : 1;
      const same = b.labels[Math.floor(k / b.m)] === b.refLabels[k % b.m];
      logW[k] = same ? lw * 0 : lw;
      if (!bad[k] && logW[k] > max) max = logW[k];
    }
    const w = new Float64Array(b.n * b.m);
    for (let i = 0; i < b.n; i++) {
      let sum = 0;
      for (let j = 0; j < b.m; j++) {
        const k = i * b.m + j;
        const keep = b.labels[i] !== b.refLabels[j] && b.mat[k] < this.nonzeroLossCutoff && !bad[k];
        w[k] = keep ? Math.exp(logW[k] - max) : 0;
        sum += w[k];
      }
      for (let j = 0; j < b.m; j++) w[i * b.m + j] /= sum;
    }
    return w;
  }

  /**
   * The normalised weights with which each reference row is drawn as a negative for each query row,
   * [N][M] (pml's `weights`; a row of NaN where no negative has weight). Draws nothing.
   */
  negativeWeights(embeddings: TensorInput, labels: TensorInput | Int32Array, refEmbeddings?: TensorInput, refLabels?: TensorInput | Int32Array): number[][] {
    const { batch: b, embeddings: e } = this.measure(`${this.fn}.negativeWeights`, embeddings, labels, refEmbeddings, refLabels);
    const w = this.weightsOf(b, e.d);
    return Array.from({ length: b.n }, (_, i) => Array.from(w.subarray(i * b.m, (i + 1) * b.m)));
  }

  protected select(b: MinerBatch, e: MinedEmbeddings): IndicesTuple {
    const w = this.weightsOf(b, e.d);
    const a: number[] = [], p: number[] = [], n: number[] = [];
    const classes = [...new Set(b.labels)].sort((x, y) => x - y);
    for (const label of classes) {
      const pInds = [...Array(b.m).keys()].filter((j) => b.refLabels[j] === label);
      const aInds = b.self ? pInds : [...Array(b.n).keys()].filter((i) => b.labels[i] === label);
      const nInds = [...Array(b.m).keys()].filter((j) => b.refLabels[j] !== label);
      if (pInds.length < (b.self ? 2 : 1) || nInds.length === 0) continue;
      for (const anchor of aInds) {
        const row = nInds.map((j) => w[anchor * b.m + j]);
        const total = row.reduce((s, x) => s + x, 0);
        if (!(total > 0)) continue;
        const positives = b.self ? pInds.filter((j) => j !== anchor) : pInds;
        for (let t = 0; t < pInds.length; t++) {
          a.push(anchor);
          p.push(positives[this.rng.int(positives.length)]);
          n.push(nInds[draw(row, total, this.rng)]);
        }
      }
    }
    return tripletTupleFrom(a, p, n);
  }
}

/** An index drawn with probability row[k] / total. */
function draw(row: number[], total: number, rng: Rng): number {
  let u = rng.next() * total;
  for (let k = 0; k < row.length; k++) {
    u -= row[k];
    if (u < 0 && row[k] > 0) return k;
  }
  // rounding at the end of the cumulative sum: the last index with weight
  for (let k = row.length - 1; k >= 0; k--) if (row[k] > 0) return k;
  return 0;
}
