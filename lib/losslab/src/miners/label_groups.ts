import { Rng } from "../random/rng";
import { checkInteger } from "../validation";
import type { SeedOrRng } from "./types";

/**
 * Samples grouped by class label, for drawing a same-class partner or an other-class partner of a
 * sample uniformly at random in O(1), and for enumerating positives and negatives.
 */
export class LabelGroups {
  /** Sample indices sorted by label (stable). */
  readonly sorted: Int32Array;
  /** For each sample: where its class starts in `sorted`, and how many samples the class has. */
  private readonly start: Int32Array;
  private readonly size: Int32Array;

  constructor(readonly labels: Int32Array) {
    const n = labels.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => labels[a] - labels[b] || a - b);
    this.sorted = Int32Array.from(order);
    this.start = new Int32Array(n);
    this.size = new Int32Array(n);
    for (let k = 0; k < n; ) {
      let end = k;
      while (end < n && labels[order[end]] === labels[order[k]]) end++;
      for (let m = k; m < end; m++) {
        this.start[order[m]] = k;
        this.size[order[m]] = end - k;
      }
      k = end;
    }
  }

  get n(): number {
    return this.labels.length;
  }

  /** Sample i has another sample of its class. */
  hasPositive(i: number): boolean {
    return this.size[i] > 1;
  }

  /** Sample i has a sample of another class. */
  hasNegative(i: number): boolean {
    return this.size[i] < this.n;
  }

  /** A uniformly random other sample of i's class (requires `hasPositive(i)`). */
  positiveOf(i: number, rng: Rng): number {
    const k = rng.int(this.size[i] - 1);
    const j = this.sorted[this.start[i] + k];
    return j === i ? this.sorted[this.start[i] + this.size[i] - 1] : j;
  }

  /** A uniformly random sample of another class than i's (requires `hasNegative(i)`). */
  negativeOf(i: number, rng: Rng): number {
    const k = rng.int(this.n - this.size[i]);
    return this.sorted[k < this.start[i] ? k : k + this.size[i]];
  }
}

/** The generator behind a `seed` option: a new one from a number, or the one given. */
export function rngOf(fn: string, seed: SeedOrRng | undefined): Rng {
  if (seed instanceof Rng) return seed;
  return new Rng(checkInteger(fn, "seed", seed ?? 0));
}
