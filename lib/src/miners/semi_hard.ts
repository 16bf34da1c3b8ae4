/**
 * FaceNet's online semi-hard negative mining (Schroff, Kalenichenko & Philbin 2015), on a batch: for
 * every positive pair (a, p), a negative n that is farther than the positive but still inside the
 * margin, D(a, p) < D(a, n) < D(a, p) + α; of those, the closest one.
 */
import { checkOneOf } from "../validation";
import { checkMargin, prepareBatch, TripletList } from "./prepare";
import { DEFAULT_TRIPLET_MARGIN, type MinedTriplets, type MinerOptions } from "./types";

/**
 * What to do for a positive pair that has no semi-hard negative:
 * - "hard" (default, as TensorFlow Addons' `triplet_semihard_loss`): if some negatives are closer than
 *   the positive (D(a, n) ≤ D(a, p), hard ones), take the farthest of them, the mildest hard negative;
 *   if every negative is beyond the margin (the pair already satisfied), no triplet;
 * - "none": no triplet for that pair.
 */
export type SemiHardFallback = "hard" | "none";
export const SEMI_HARD_FALLBACKS: readonly SemiHardFallback[] = ["hard", "none"];

export interface SemiHardOptions extends MinerOptions {
  /** α, the triplet loss's margin (default 0.2, FaceNet's). */
  margin?: number;
  /** Default "hard". */
  fallback?: SemiHardFallback;
}

/**
 * One triplet per ordered positive pair (a, p), a ≠ p, with its closest semi-hard negative (ties to the
 * lowest index), or the fallback's negative. `candidates` is the number of ordered positive pairs.
 */
export function mineSemiHard(options: SemiHardOptions): MinedTriplets {
  const fn = "mineSemiHard";
  const { n, labels: y, dist } = prepareBatch(fn, options, ["margin?", "fallback?"]);
  const margin = checkMargin(fn, options.margin ?? DEFAULT_TRIPLET_MARGIN);
  const fallback = checkOneOf(fn, "fallback", options.fallback ?? "hard", SEMI_HARD_FALLBACKS);
  const out = new TripletList();
  let candidates = 0;
  for (let a = 0; a < n; a++) {
    for (let p = 0; p < n; p++) {
      if (p === a || y[p] !== y[a]) continue;
      candidates += 1;
      const dap = dist[a * n + p];
      let semiHard = -1;
      let mildestHard = -1;
      for (let q = 0; q < n; q++) {
        if (y[q] === y[a]) continue;
        const dan = dist[a * n + q];
        if (dan > dap && dan < dap + margin) {
          if (semiHard < 0 || dan < dist[a * n + semiHard]) semiHard = q;
        } else if (dan <= dap && (mildestHard < 0 || dan > dist[a * n + mildestHard])) {
          mildestHard = q;
        }
      }
      if (semiHard >= 0) out.push(a, p, semiHard);
      else if (fallback === "hard" && mildestHard >= 0) out.push(a, p, mildestHard);
    }
  }
  return { ...out.toIndices(), candidates };
}
