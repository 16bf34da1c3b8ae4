import { LpDistance, type DistanceMeasure } from "../distances/measures";
import { checkRange } from "../validation";
import { BaseMiner, isNegative, isPositive, pairTupleOf, type MinerBatch } from "./base_miner";
import type { IndicesTuple } from "./indices_tuple";

export interface PairMarginMinerOptions {
  /** Default 0.2. */
  posMargin?: number;
  /** Default 0.8. */
  negMargin?: number;
  /** Default `new LpDistance()`. */
  distance?: DistanceMeasure;
}

/**
 * pytorch-metric-learning's `PairMarginMiner({ posMargin = 0.2, negMargin = 0.8 })`, following pml
 * 2.9.0: the positive pairs farther than `posMargin` and the negative pairs closer than `negMargin`
 * (for a similarity: positives with s < posMargin, negatives with s > negMargin). Default
 * `LpDistance()` (normalised embeddings). A pair tuple in row-major order.
 */
export class PairMarginMiner extends BaseMiner {
  readonly posMargin: number;
  readonly negMargin: number;

  constructor(options: PairMarginMinerOptions = {}) {
    super("PairMarginMiner", options, ["posMargin?", "negMargin?"], () => new LpDistance());
    this.posMargin = checkRange(this.fn, "posMargin", options.posMargin ?? 0.2, {});
    this.negMargin = checkRange(this.fn, "negMargin", options.negMargin ?? 0.8, {});
  }

  protected select(b: MinerBatch): IndicesTuple {
    const a1: number[] = [], p: number[] = [], a2: number[] = [], n: number[] = [];
    // "beyond the margin" in the closer direction: distance.margin(x, y) > 0 means x is farther than y
    const farther = (x: number, y: number) => (this.distance.isInverted ? y - x : x - y) > 0;
    for (let i = 0; i < b.n; i++) {
      for (let j = 0; j < b.m; j++) {
        const v = b.mat[i * b.m + j];
        if (isPositive(b, i, j) && farther(v, this.posMargin)) (a1.push(i), p.push(j));
        else if (isNegative(b, i, j) && farther(this.negMargin, v)) (a2.push(i), n.push(j));
      }
    }
    return pairTupleOf(a1, p, a2, n);
  }
}
