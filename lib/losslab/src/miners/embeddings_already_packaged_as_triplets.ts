import { LpDistance } from "../distances/measures";
import { ShapeError } from "../validation";
import { BaseMiner, tripletTupleFrom, type MinerBatch } from "./base_miner";
import type { IndicesTuple } from "./indices_tuple";

/**
 * pytorch-metric-learning's `EmbeddingsAlreadyPackagedAsTriplets()`, following pml 2.9.0: for a batch
 * laid out as consecutive triplets (anchor, positive, negative, anchor, …), the triplets
 * (0, 1, 2), (3, 4, 5), …; the labels are not read. A batch whose size is not a multiple of 3 is
 * refused (pml's assertion).
 */
export class EmbeddingsAlreadyPackagedAsTriplets extends BaseMiner {
  constructor(options: Record<string, never> = {}) {
    super("EmbeddingsAlreadyPackagedAsTriplets", options, [], () => new LpDistance());
  }

  protected select(b: MinerBatch): IndicesTuple {
    if (b.n % 3 !== 0) throw new ShapeError(`${this.fn}.mine`, "embeddings", "a number of rows that is a multiple of 3 (consecutive anchor, positive, negative)", `${b.n} rows`);
    const k = Array.from({ length: b.n / 3 }, (_, i) => 3 * i);
    return tripletTupleFrom(k, k.map((x) => x + 1), k.map((x) => x + 2));
  }
}
