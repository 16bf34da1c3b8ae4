import { Rng } from "../random/rng";
import { ValueError, checkInteger, checkOptions, toLabels, type TensorInput } from "../validation";

export interface FixedSetOfTripletsOptions {
  /** The class label of every sample of the data set. */
  labels: TensorInput | Int32Array;
  /** How many triplets the fixed set holds (at most 10 000 000). */
  numTriplets: number;
  /** Seed of the draws (default 0). */
  seed?: number;
}

/**
 * pytorch-metric-learning's `FixedSetOfTriplets(labels, num_triplets)`, following pml 2.9.0: a fixed
 * set of triplets (anchor, positive, negative) of the data set's sample indices, drawn once, for
 * experiments where the only ground truth is triplets. Each triplet: two distinct classes drawn
 * uniformly (the anchor's and the negative's; classes, not samples, are equally likely), two distinct
 * samples of the anchor's class (the same one twice if the class has a single sample, pml's
 * `safe_random_choice`) and one of the negative's. `sample()` returns one epoch: the triplets in a new
 * shuffled order, flattened (a, p, n, a, p, n, …; `length` = 3 · numTriplets), what pml's iterator
 * yields. The draws come from losslab's seeded `Rng`, not NumPy's.
 */
export class FixedSetOfTriplets {
  /** The fixed triplets, [anchor, positive, negative] sample indices. */
  readonly triplets: [number, number, number][];
  /** Indices per epoch, 3 · numTriplets. */
  readonly length: number;
  private readonly rng: Rng;

  constructor(options: FixedSetOfTripletsOptions) {
    const fn = "FixedSetOfTriplets";
    checkOptions(fn, options, ["labels", "numTriplets", "seed?"]);
    const labels = toLabels(fn, "labels", options.labels);
    const numTriplets = checkInteger(fn, "numTriplets", options.numTriplets, { min: 1, max: 10_000_000 });
    this.rng = new Rng(checkInteger(fn, "seed", options.seed ?? 0));
    const members = new Map<number, number[]>();
    labels.forEach((l, i) => {
      if (!members.has(l)) members.set(l, []);
      members.get(l)!.push(i);
    });
    const classes = [...members.keys()];
    if (classes.length < 2) throw new ValueError(fn, "labels", "samples of at least 2 classes (a triplet's negative is of another class)", `${classes.length} class`);
    // two distinct positions of n, uniformly: i, then j among the other n − 1
    const twoOf = (n: number): [number, number] => {
      const i = this.rng.int(n);
      return [i, (i + 1 + this.rng.int(n - 1)) % n];
    };
    this.triplets = Array.from({ length: numTriplets }, () => {
      const [anchorClass, negativeClass] = twoOf(classes.length);
      const own = members.get(classes[anchorClass])!;
      const negatives = members.get(classes[negativeClass])!;
      const [a, p] = own.length < 2 ? [0, 0] : twoOf(own.length);
      return [own[a], own[p], negatives[this.rng.int(negatives.length)]];
    });
    this.length = 3 * numTriplets;
  }

  /** One epoch: the fixed triplets in a new shuffled order, flattened to [a, p, n, a, p, n, …]. */
  sample(): Int32Array {
    return Int32Array.from(this.rng.shuffle(this.triplets).flat());
  }
}
