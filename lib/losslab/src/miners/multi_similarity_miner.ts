import { CosineSimilarity, type DistanceMeasure } from "../distances/measures";
import { checkRange } from "../validation";
import { BaseMiner, isNegative, isPositive, pairTupleOf, type MinerBatch } from "./base_miner";
import type { IndicesTuple } from "./indices_tuple";

export interface MultiSimilarityMinerOptions {
  /** ε (default 0.1). */
  epsilon?: number;
  /** Default `new CosineSimilarity()`, pml's. */
  distance?: DistanceMeasure;
}

/** Columns j of row i that `keep`, sorted by value ascending. */
function sortedColumns(b: MinerBatch, i: number, keep: (b: MinerBatch, i: number, j: number) => boolean): number[] {
  const cols: number[] = [];
  for (let j = 0; j < b.m; j++) if (keep(b, i, j)) cols.push(j);
  return cols.sort((x, y) => b.mat[i * b.m + x] - b.mat[i * b.m + y] || x - y);
}

/**
 * pytorch-metric-learning's `MultiSimilarityMiner({ epsilon = 0.1 })` (Wang et al. 2019, the mining
 * step of the multi-similarity loss), following pml 2.9.0. With similarities s (default
 * `CosineSimilarity()`), per anchor:
 * - a positive pair is kept when s_ap − ε < the anchor's largest negative similarity;
 * - a negative pair is kept when s_an + ε > the anchor's smallest positive similarity.
 * With a distance the signs turn round (d_ap + ε > smallest negative distance, d_an − ε < largest
 * positive distance). A pair tuple; per anchor the pairs are listed from the smallest value up (pml's
 * sort). A batch without any positive or without any negative pair gives an empty tuple.
 */
export class MultiSimilarityMiner extends BaseMiner {
  readonly epsilon: number;

  constructor(options: MultiSimilarityMinerOptions = {}) {
    super("MultiSimilarityMiner", options, ["epsilon?"], () => new CosineSimilarity());
    this.epsilon = checkRange(this.fn, "epsilon", options.epsilon ?? 0.1, {});
  }

  protected select(b: MinerBatch): IndicesTuple {
    const a1: number[] = [], p: number[] = [], a2: number[] = [], n: number[] = [];
    const rows = [...Array(b.n).keys()];
    const sorted = rows.map((i) => ({ pos: sortedColumns(b, i, isPositive), neg: sortedColumns(b, i, isNegative) }));
    if (!sorted.some((r) => r.pos.length > 0) || !sorted.some((r) => r.neg.length > 0)) return pairTupleOf(a1, p, a2, n);
    const eps = this.epsilon, inv = this.distance.isInverted;
    for (const i of rows) {
      const { pos, neg } = sorted[i];
      const v = (j: number) => b.mat[i * b.m + j];
      // the anchor's closest negative and farthest positive (±∞ without any: nothing is kept)
      const closestNeg = neg.length === 0 ? (inv ? -Infinity : Infinity) : v(inv ? neg[neg.length - 1] : neg[0]);
      const farthestPos = pos.length === 0 ? (inv ? Infinity : -Infinity) : v(inv ? pos[0] : pos[pos.length - 1]);
      for (const j of pos) if (inv ? v(j) - eps < closestNeg : v(j) + eps > closestNeg) (a1.push(i), p.push(j));
      for (const j of neg) if (inv ? v(j) + eps > farthestPos : v(j) - eps < farthestPos) (a2.push(i), n.push(j));
    }
    return pairTupleOf(a1, p, a2, n);
  }
}
