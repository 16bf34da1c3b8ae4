import { LpDistance, type DistanceMeasure } from "../distances/measures";
import { Rng } from "../random/rng";
import { checkInteger } from "../validation";
import { BaseMiner, isNegative, isPositive, pairTupleOf, type MinerBatch } from "./base_miner";
import type { IndicesTuple } from "./indices_tuple";

export interface UniformHistogramMinerOptions {
  /** Bins of the histogram over each kind of pair's distances (default 100). */
  numBins?: number;
  /** Positive pairs drawn per non-empty bin, with replacement (default 10). */
  posPerBin?: number;
  /** Negative pairs drawn per non-empty bin, with replacement (default 10). */
  negPerBin?: number;
  /** Seed of the draws (losslab's `Rng`; default 0). */
  seed?: number;
  /** Default `new LpDistance()`. */
  distance?: DistanceMeasure;
}

/**
 * pytorch-metric-learning's `UniformHistogramMiner({ numBins = 100, posPerBin = 10, negPerBin = 10 })`,
 * following pml 2.9.0: the distances of the positive pairs are cut into `numBins` equal bins between
 * their minimum and maximum (each bin [s, e), the last [s, e]), and from every non-empty bin
 * `posPerBin` pairs are drawn uniformly with replacement; the same for the negative pairs with
 * `negPerBin`. So the pairs trained on cover the range of distances evenly, not as they are spread in
 * the batch. A pair tuple, bin by bin from the smallest distance. The draws come from losslab's seeded
 * `Rng` (not PyTorch's): the same seed gives the same pairs, each call draws anew. Default
 * `LpDistance()`; takes reference embeddings.
 */
export class UniformHistogramMiner extends BaseMiner {
  readonly numBins: number;
  readonly posPerBin: number;
  readonly negPerBin: number;
  private readonly rng: Rng;

  constructor(options: UniformHistogramMinerOptions = {}) {
    super("UniformHistogramMiner", options, ["numBins?", "posPerBin?", "negPerBin?", "seed?"], () => new LpDistance());
    this.numBins = checkInteger(this.fn, "numBins", options.numBins ?? 100, { min: 1, max: 100_000 });
    this.posPerBin = checkInteger(this.fn, "posPerBin", options.posPerBin ?? 10, { min: 1, max: 100_000 });
    this.negPerBin = checkInteger(this.fn, "negPerBin", options.negPerBin ?? 10, { min: 1, max: 100_000 });
    this.rng = new Rng(checkInteger(this.fn, "seed", options.seed ?? 0));
  }

  /** `perBin` draws from each non-empty bin of the pairs' values, bins in increasing order. */
  private uniformlyDistributed(pairs: [number, number, number][], perBin: number): [number, number][] {
    if (pairs.length === 0) return [];
    const values = pairs.map((x) => x[2]);
    const low = values.reduce((m, v) => Math.min(m, v), Infinity), high = values.reduce((m, v) => Math.max(m, v), -Infinity);
    const bins: [number, number][][] = Array.from({ length: this.numBins }, () => []);
    for (const [a, b, v] of pairs) {
      // bin i holds edges[i] <= v < edges[i+1]; the last also its right edge (pml's linspace edges)
      const edge = (i: number) => (i === this.numBins ? high : low + ((high - low) * i) / this.numBins);
      let i = high === low ? 0 : Math.min(this.numBins - 1, Math.floor(((v - low) / (high - low)) * this.numBins));
      while (i > 0 && v < edge(i)) i--;
      while (i < this.numBins - 1 && v >= edge(i + 1)) i++;
      bins[i].push([a, b]);
    }
    return bins.flatMap((bin) => (bin.length === 0 ? [] : Array.from({ length: perBin }, () => bin[this.rng.int(bin.length)])));
  }

  protected select(b: MinerBatch): IndicesTuple {
    const pos: [number, number, number][] = [], neg: [number, number, number][] = [];
    for (let i = 0; i < b.n; i++) {
      for (let j = 0; j < b.m; j++) {
        if (isPositive(b, i, j)) pos.push([i, j, b.mat[i * b.m + j]]);
        else if (isNegative(b, i, j)) neg.push([i, j, b.mat[i * b.m + j]]);
      }
    }
    const p = this.uniformlyDistributed(pos, this.posPerBin), n = this.uniformlyDistributed(neg, this.negPerBin);
    return pairTupleOf(p.map((x) => x[0]), p.map((x) => x[1]), n.map((x) => x[0]), n.map((x) => x[1]));
  }
}
