/**
 * The notes' "online semi-hard negative mining": draw a fixed number of random triplets (1000 in the
 * notes), compute D(A, P) and D(A, N) for each with the current network, and keep those with
 *   ① D(A, N) − D(A, P) < α   (hard enough to produce a loss), and
 *   ② D(A, N) > D(A, P)       (not an outlier where the negative is closer than the positive).
 * Together: D(A, P) < D(A, N) < D(A, P) + α, the semi-hard band, on random triplets instead of the
 * closest negative per pair (compare `mineSemiHard`).
 */
import { checkInteger } from "../validation";
import { LabelGroups, rngOf } from "./label_groups";
import { checkMargin, prepareBatch, TripletList } from "./prepare";
import { DEFAULT_TRIPLET_MARGIN, type MinedTriplets, type MinerOptions, type SeedOrRng } from "./types";

export interface RandomTripletOptions extends MinerOptions {
  /** How many random triplets to draw (default 1000, the notes'). */
  count?: number;
  /** α (default 0.2). */
  margin?: number;
  /** Seed or generator of the draws (default 0; pass an `Rng` to draw new triplets on every call). */
  seed?: SeedOrRng;
}

/** The kept triplets; `candidates` is the number drawn (0 if the batch has no valid triplet at all). */
export function mineRandomTriplets(options: RandomTripletOptions): MinedTriplets & { drawn: MinedTriplets } {
  const fn = "mineRandomTriplets";
  const { n, labels: y, dist } = prepareBatch(fn, options);
  const count = checkInteger(fn, "count", options.count ?? 1000, { min: 0 });
  const margin = checkMargin(fn, options.margin ?? DEFAULT_TRIPLET_MARGIN);
  const rng = rngOf(fn, options.seed);
  const groups = new LabelGroups(y);
  const anchors = Array.from({ length: n }, (_, i) => i).filter((i) => groups.hasPositive(i) && groups.hasNegative(i));
  const kept = new TripletList();
  const drawn = new TripletList();
  if (anchors.length > 0) {
    for (let k = 0; k < count; k++) {
      const a = anchors[rng.int(anchors.length)];
      const p = groups.positiveOf(a, rng);
      const q = groups.negativeOf(a, rng);
      drawn.push(a, p, q);
      const dap = dist[a * n + p];
      const dan = dist[a * n + q];
      if (dan - dap < margin && dan > dap) kept.push(a, p, q);
    }
  }
  return { ...kept.toIndices(), candidates: drawn.length, drawn: { ...drawn.toIndices(), candidates: drawn.length } };
}
