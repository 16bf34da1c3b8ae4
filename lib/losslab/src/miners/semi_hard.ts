/**
 * Semi-hard negative mining on a batch, in two variants:
 *
 * - `mineSemiHard` (FaceNet's band, Schroff, Kalenichenko & Philbin 2015): for every
 *   positive pair (a, p), the closest negative inside the band D(a, p) < D(a, n) < D(a, p) + α; with
 *   none there, the mildest hard negative (the farthest with D(a, n) ≤ D(a, p)), and no triplet when
 *   every negative is beyond the band.
 * - `mineSemiHardTfa`, exactly TensorFlow Addons' `triplet_semihard_loss`
 *   (tensorflow_addons/losses/triplet.py): for every positive pair, the closest negative farther than
 *   the positive, D(a, n) > D(a, p), with **no margin cap** ("negatives_outside"); only when no
 *   negative is farther, the negative with the largest D(a, n) ("negatives_inside", a masked maximum
 *   over all of the anchor's negatives, which is then also the mildest hard one). Every positive pair
 *   gets a triplet, and TFA's loss is the mean of max(α + D(a, p) − D(a, n), 0) over all positive
 *   pairs: `batchTripletLoss` with these triplets and `reduction: "mean"` (TFA's defaults: α = 1 and
 *   the Euclidean distance, its "L2": pass `distance: "euclidean"`; this miner's default distance is
 *   the squared one, as every miner's here).
 *
 * The two differ when the closest farther negative lies beyond the margin (TFA keeps it, with a zero
 * loss that still counts in the mean; `mineSemiHard` takes a hard one instead, or nothing), and in
 * the mean's denominator.
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
 * One negative per ordered positive pair (a, p), a ≠ p: `choose(a, dap, negatives)` returns a row or −1
 * for none; `negatives` lists the rows of other labels with their D(a, n). The mined triplets, with
 * `candidates` the number of ordered positive pairs.
 */
function minePerPositivePair(
  batch: { n: number; labels: Int32Array; dist: Float32Array },
  choose: (dap: number, negatives: number[], dan: (q: number) => number) => number,
): MinedTriplets {
  const { n, labels: y, dist } = batch;
  const out = new TripletList();
  let candidates = 0;
  for (let a = 0; a < n; a++) {
    const negatives: number[] = [];
    for (let q = 0; q < n; q++) if (y[q] !== y[a]) negatives.push(q);
    const dan = (q: number) => dist[a * n + q];
    for (let p = 0; p < n; p++) {
      if (p === a || y[p] !== y[a]) continue;
      candidates += 1;
      const q = choose(dist[a * n + p], negatives, dan);
      if (q >= 0) out.push(a, p, q);
    }
  }
  return { ...out.toIndices(), candidates };
}

/**
 * One triplet per ordered positive pair (a, p), a ≠ p, with its closest semi-hard negative (ties to the
 * lowest index), or the fallback's negative. `candidates` is the number of ordered positive pairs.
 */
export function mineSemiHard(options: SemiHardOptions): MinedTriplets {
  const fn = "mineSemiHard";
  const batch = prepareBatch(fn, options, ["margin?", "fallback?"]);
  const margin = checkMargin(fn, options.margin ?? DEFAULT_TRIPLET_MARGIN);
  const fallback = checkOneOf(fn, "fallback", options.fallback ?? "hard", SEMI_HARD_FALLBACKS);
  return minePerPositivePair(batch, (dap, negatives, dan) => {
    let semiHard = -1;
    let mildestHard = -1;
    for (const q of negatives) {
      const d = dan(q);
      if (d > dap && d < dap + margin) {
        if (semiHard < 0 || d < dan(semiHard)) semiHard = q;
      } else if (d <= dap && (mildestHard < 0 || d > dan(mildestHard))) {
        mildestHard = q;
      }
    }
    return semiHard >= 0 ? semiHard : fallback === "hard" ? mildestHard : -1;
  });
}

/**
 * TensorFlow Addons' `triplet_semihard_loss` mining, exactly: one triplet per ordered positive pair
 * (a, p), a ≠ p, with the closest negative farther than the positive (no margin cap), or, when no
 * negative is farther, the farthest negative of the anchor (ties to the lowest index). `candidates`
 * is the number of ordered positive pairs (equal to the number of triplets unless an anchor has no
 * negative at all: TFA then uses D(a, n) = 0, a batch of one class, and this miner gives no triplet).
 */
export function mineSemiHardTfa(options: MinerOptions): MinedTriplets {
  return minePerPositivePair(prepareBatch("mineSemiHardTfa", options), (dap, negatives, dan) => {
    let outside = -1;
    let farthest = -1;
    for (const q of negatives) {
      const d = dan(q);
      if (d > dap && (outside < 0 || d < dan(outside))) outside = q;
      if (farthest < 0 || d > dan(farthest)) farthest = q;
    }
    return outside >= 0 ? outside : farthest;
  });
}
