import { Rng } from "../random/rng";
import { ValueError, checkInteger, checkOptions, describe, toLabels, type TensorInput } from "../validation";

export interface MPerClassSamplerOptions {
  /** The class label of every sample of the data set. */
  labels: TensorInput | Int32Array;
  /** Samples per class in a batch. */
  m: number;
  /** Batch size, a multiple of m and at most m · (number of classes) (default: a pass over every class). */
  batchSize?: number;
  /** Indices per epoch before rounding (default 100 000). */
  lengthBeforeNewIter?: number;
  /** Seed of the draws (default 0). */
  seed?: number;
}

/**
 * pytorch-metric-learning's `MPerClassSampler(labels, m, batch_size, length_before_new_iter)`: the order
 * in which a data set's samples are visited so that every batch holds m samples of each of its classes
 * (what the batch miners and pair losses need: positives in every batch).
 *
 * One epoch (`sample()`) is `length` indices, drawn in passes: each pass shuffles the classes and takes
 * the first batchSize / m of them (all of them without `batchSize`), then m samples of each class,
 * without replacement when the class has at least m samples, with replacement otherwise. `length` is
 * `lengthBeforeNewIter` (default 100 000) rounded down to a whole number of batches (of passes without
 * `batchSize`), as pml's. Seeded: the same seed gives the same epochs; each call draws a new epoch.
 */
export class MPerClassSampler {
  readonly m: number;
  readonly batchSize?: number;
  /** Indices per epoch. */
  readonly length: number;
  private readonly classes: number[];
  private readonly members = new Map<number, number[]>();
  private readonly rng: Rng;

  constructor(options: MPerClassSamplerOptions) {
    const fn = "MPerClassSampler";
    checkOptions(fn, options, ["labels", "m", "batchSize?", "lengthBeforeNewIter?", "seed?"]);
    const labels = toLabels(fn, "labels", options.labels);
    this.m = checkInteger(fn, "m", options.m, { min: 1 });
    labels.forEach((l, i) => {
      if (!this.members.has(l)) this.members.set(l, []);
      this.members.get(l)!.push(i);
    });
    this.classes = Array.from(this.members.keys());
    if (this.classes.length === 0) throw new ValueError(fn, "labels", "at least one sample", "none");
    const pass = this.m * this.classes.length;
    let length = checkInteger(fn, "lengthBeforeNewIter", options.lengthBeforeNewIter ?? 100_000, { min: 1 });
    if (options.batchSize === undefined) {
      if (pass < length) length -= length % pass;
    } else {
      const b = checkInteger(fn, "batchSize", options.batchSize, { min: 1, max: length });
      if (b > pass) throw new ValueError(fn, "batchSize", `at most m · (number of classes) = ${pass}`, describe(b));
      if (b % this.m !== 0) throw new ValueError(fn, "batchSize", `a multiple of m = ${this.m}`, describe(b));
      this.batchSize = b;
      length -= length % b;
    }
    this.length = length;
    this.rng = new Rng(checkInteger(fn, "seed", options.seed ?? 0));
  }

  /** m distinct members of a class (with replacement when it has fewer than m), pml's `safe_random_choice`. */
  private draw(members: number[]): number[] {
    if (members.length < this.m) return Array.from({ length: this.m }, () => members[this.rng.int(members.length)]);
    return this.rng.shuffle(members).slice(0, this.m);
  }

  /** One epoch of indices. */
  sample(): Int32Array {
    const unit = this.batchSize ?? this.m * this.classes.length;
    const passes = unit < this.length ? Math.floor(this.length / unit) : 1;
    const out: number[] = [];
    for (let k = 0; k < passes; k++) {
      const shuffled = this.rng.shuffle(this.classes);
      const chosen = this.batchSize === undefined ? shuffled : shuffled.slice(0, this.batchSize / this.m);
      for (const c of chosen) out.push(...this.draw(this.members.get(c)!));
    }
    // a single pass longer than `length` (no batchSize) is kept whole, as pml's iterator does
    return Int32Array.from(out);
  }

  /** One epoch cut into batches of `batchSize` (of one pass without it). */
  batches(): Int32Array[] {
    const epoch = this.sample();
    const size = this.batchSize ?? this.m * this.classes.length;
    return Array.from({ length: Math.ceil(epoch.length / size) }, (_, i) => epoch.slice(i * size, (i + 1) * size));
  }
}
