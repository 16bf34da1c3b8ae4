/**
 * "Online semi-hard negative mining" on random triplets: draw a fixed number of random triplets (1000
 * by default), compute D(A, P) and D(A, N) for each with the current network, and keep those with
 *   ① D(A, N) − D(A, P) < α   (hard enough to produce a loss), and
 *   ② D(A, N) > D(A, P)       (not an outlier where the negative is closer than the positive).
 * Together: D(A, P) < D(A, N) < D(A, P) + α, the semi-hard band, on random triplets instead of the
 * closest negative per pair (compare `mineSemiHard`).
 */
import { checkInteger } from "../validation";
import { LabelGroups, rngOf } from "./label_groups";
import { checkMargin, prepareBatch, TripletList } from "./prepare";
import type { Rng } from "../random/rng";
import { DEFAULT_TRIPLET_MARGIN, MAX_DRAWS, type MinedTriplets, type MinerOptions, type SeedOrRng, type TripletIndices } from "./types";

/**
 * Where a triplet stands for margin α, from its two distances:
 * - "easy": D(A, N) ≥ D(A, P) + α, the loss is already 0;
 * - "semiHard": D(A, P) < D(A, N) < D(A, P) + α, the band the rule keeps;
 * - "hard": D(A, N) ≤ D(A, P), the negative is no farther than the positive ("outliers").
 */
export type TripletCategory = "easy" | "semiHard" | "hard";

/** The categories in words, for tables. */
export const TRIPLET_CATEGORY_LABELS: Record<TripletCategory, string> = { easy: "easy", semiHard: "semi-hard", hard: "hard" };

/** The category of one triplet (no checks: a hot path; see `TripletCategory`). */
export function tripletCategory(dap: number, dan: number, margin: number): TripletCategory {
  if (dan <= dap) return "hard";
  return dan - dap < margin ? "semiHard" : "easy";
}

/** The two conditions, ① D(A, N) − D(A, P) < α and ② D(A, N) > D(A, P): the triplet is semi-hard. */
export function keptByNotesRule(dap: number, dan: number, margin: number): boolean {
  return tripletCategory(dap, dan, margin) === "semiHard";
}

export interface RandomTripletOptions extends MinerOptions {
  /** How many random triplets to draw (default 1000). */
  count?: number;
  /** α (default 0.2). */
  margin?: number;
  /** Seed or generator of the draws (default 0; pass an `Rng` to draw new triplets on every call). */
  seed?: SeedOrRng;
}

/**
 * `count` valid triplets drawn uniformly: an anchor among the samples that have both a positive and a
 * negative, then one of its positives and one of its negatives. None if no sample has both.
 * (The draw reads labels only, so the same seed gives the same triplets whatever the embeddings.)
 */
export function drawRandomTriplets(labels: Int32Array, count: number, rng: Rng): TripletIndices {
  checkInteger("drawRandomTriplets", "count", count, { min: 0, max: MAX_DRAWS });
  const groups = new LabelGroups(labels);
  const anchors = Array.from({ length: labels.length }, (_, i) => i).filter((i) => groups.hasPositive(i) && groups.hasNegative(i));
  const drawn = new TripletList();
  if (anchors.length > 0) {
    for (let k = 0; k < count; k++) {
      const a = anchors[rng.int(anchors.length)];
      drawn.push(a, groups.positiveOf(a, rng), groups.negativeOf(a, rng));
    }
  }
  return drawn.toIndices();
}

/** The kept triplets; `candidates` is the number drawn (0 if the batch has no valid triplet at all). */
export function mineRandomTriplets(options: RandomTripletOptions): MinedTriplets & { drawn: MinedTriplets } {
  const fn = "mineRandomTriplets";
  const { n, labels: y, dist } = prepareBatch(fn, options, ["count?", "margin?", "seed?"]);
  const count = checkInteger(fn, "count", options.count ?? 1000, { min: 0, max: MAX_DRAWS });
  const margin = checkMargin(fn, options.margin ?? DEFAULT_TRIPLET_MARGIN);
  const drawn = drawRandomTriplets(y, count, rngOf(fn, options.seed));
  const kept = new TripletList();
  drawn.anchors.forEach((a, k) => {
    const [p, q] = [drawn.positives[k], drawn.negatives[k]];
    if (keptByNotesRule(dist[a * n + p], dist[a * n + q], margin)) kept.push(a, p, q);
  });
  const candidates = drawn.anchors.length;
  return { ...kept.toIndices(), candidates, drawn: { ...drawn, candidates } };
}
