import { LpDistance, type DistanceMeasure } from "../distances/measures";
import { checkRange } from "../validation";
import { BaseMiner, isNegative, isPositive, pairTupleOf, type MinerBatch } from "./base_miner";
import type { IndicesTuple } from "./indices_tuple";

export interface HDCMinerOptions {
  /** The fraction f of each kind of pair kept, in (0, 1] (default 0.5). */
  filterPercentage?: number;
  /** Default `new LpDistance()`. */
  distance?: DistanceMeasure;
}

/**
 * pytorch-metric-learning's `HDCMiner({ filterPercentage = 0.5 })` (Yuan, Yang & Zhang, "Hard-Aware
 * Deeply Cascaded Embedding", ICCV 2017), following pml 2.9.0: of the K⁺ positive pairs of the batch
 * it keeps the ⌈f·K⁺⌉ hardest (the farthest; for a similarity the least similar), of the K⁻ negative
 * pairs the ⌈f·K⁻⌉ hardest (the closest; the most similar). A pair tuple, each list ordered from the
 * hardest pair on, as pml's `topk` returns them. Default `LpDistance()` (normalised embeddings);
 * takes reference embeddings. (pml's `set_idx_externally`, to cascade it after another miner, has
 * no counterpart here.)
 */
export class HDCMiner extends BaseMiner {
  readonly filterPercentage: number;

  constructor(options: HDCMinerOptions = {}) {
    super("HDCMiner", options, ["filterPercentage?"], () => new LpDistance());
    this.filterPercentage = checkRange(this.fn, "filterPercentage", options.filterPercentage ?? 0.5, { min: 0, max: 1, minOpen: true });
  }

  protected select(b: MinerBatch): IndicesTuple {
    const pos: [number, number, number][] = [], neg: [number, number, number][] = [];
    for (let i = 0; i < b.n; i++) {
      for (let j = 0; j < b.m; j++) {
        const v = b.mat[i * b.m + j];
        if (isPositive(b, i, j)) pos.push([i, j, v]);
        else if (isNegative(b, i, j)) neg.push([i, j, v]);
      }
    }
    // hardest first: the largest distance for positives, the smallest for negatives (inverted for a similarity)
    const keep = (pairs: [number, number, number][], largest: boolean) => {
      const k = Math.ceil(this.filterPercentage * pairs.length);
      return [...pairs].sort((x, y) => (largest ? y[2] - x[2] : x[2] - y[2])).slice(0, k);
    };
    const inverted = this.distance.isInverted;
    const p = keep(pos, !inverted), n = keep(neg, inverted);
    return pairTupleOf(p.map((x) => x[0]), p.map((x) => x[1]), n.map((x) => x[0]), n.map((x) => x[1]));
  }
}
