/**
 * Pairs for a Siamese network, about half of them positive (same class), ("around
 * 50% true / −ve" per batch): with random pairs of a 10-class set only about 10% would be positive.
 */
import { checkInteger, checkOptions, checkRange, toLabels, type TensorInput } from "../validation";
import { LabelGroups, rngOf } from "./label_groups";
import { MAX_DRAWS, type PairIndices, type SeedOrRng } from "./types";

export interface PairSampleOptions {
  /** Class labels of the samples to pair (a batch's, or a whole data set's). */
  labels: TensorInput | Int32Array;
  /** Number of pairs. */
  count: number;
  /** Share of positive pairs (default 0.5): round(count · positiveFraction) of them, the rest negative. */
  positiveFraction?: number;
  /** Seed or generator (default 0; pass an `Rng` to draw new pairs on every call). */
  seed?: SeedOrRng;
}

export interface SampledPairs extends PairIndices {
  /** 1 where the pair is of one class (positive), 0 otherwise. */
  same: Uint8Array;
  /**
   * The contrastive label (Hadsell's): **y = 0 for a similar pair, 1 for a dissimilar one** (1 − same), ready
   * for `contrastiveLoss({ ..., y })`.
   */
  y: Uint8Array;
}

/**
 * Random pairs (first[k], second[k]), first ≠ second, in random order. A positive pair: a sample drawn
 * uniformly among those whose class has another member, and another member of its class; a negative
 * pair: a sample and a uniformly drawn sample of another class. If one kind cannot be formed (one
 * class only: no negative; all classes singletons: no positive) every pair is of the other kind;
 * if neither can (fewer than two samples), no pair.
 */
export function samplePairs(options: PairSampleOptions): SampledPairs {
  const fn = "samplePairs";
  checkOptions(fn, options, ["labels", "count", "positiveFraction?", "seed?"]);
  const labels = toLabels(fn, "labels", options.labels);
  const count = checkInteger(fn, "count", options.count, { min: 0, max: MAX_DRAWS });
  const fraction = checkRange(fn, "positiveFraction", options.positiveFraction ?? 0.5, { min: 0, max: 1 });
  const rng = rngOf(fn, options.seed);
  const groups = new LabelGroups(labels);
  const all = Array.from({ length: labels.length }, (_, i) => i);
  const withPositive = all.filter((i) => groups.hasPositive(i));
  const withNegative = all.filter((i) => groups.hasNegative(i));
  let positives = Math.round(count * fraction);
  if (withNegative.length === 0) positives = count;
  if (withPositive.length === 0) positives = 0;
  const total = withPositive.length === 0 && withNegative.length === 0 ? 0 : count;
  const kinds = rng.shuffle(Array.from({ length: total }, (_, k) => (k < positives ? 1 : 0)));
  const first = new Int32Array(total);
  const second = new Int32Array(total);
  const same = new Uint8Array(total);
  kinds.forEach((kind, k) => {
    const pool = kind === 1 ? withPositive : withNegative;
    const i = pool[rng.int(pool.length)];
    first[k] = i;
    second[k] = kind === 1 ? groups.positiveOf(i, rng) : groups.negativeOf(i, rng);
    same[k] = kind;
  });
  return { first, second, same, y: same.map((s) => 1 - s) };
}

/**
 * The share of same-class pairs among all pairs i < j of `labels`: what random pairing would give
 * (about 10 % for ten balanced classes), against the 50 % `samplePairs` draws. NaN with fewer than 2 labels.
 */
export function sameClassPairShare(labels: TensorInput | Int32Array): number {
  const y = toLabels("sameClassPairShare", "labels", labels);
  const size = new Map<number, number>();
  y.forEach((l) => size.set(l, (size.get(l) ?? 0) + 1));
  let same = 0;
  size.forEach((s) => (same += (s * (s - 1)) / 2));
  return same / ((y.length * (y.length - 1)) / 2);
}
