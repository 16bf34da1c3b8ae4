/**
 * The Mining explorable's model, without any drawing: a tiny network embeds the pinwheel's points in
 * 2-D and trains with the triplet loss on the triplets a miner chooses in each batch. The miner and the
 * margin α may change between steps (the page's controls); everything else is fixed by the seed, so a
 * run (batch-hard's collapse from scratch included) is reproducible.
 *
 * Miners (losslab's, public API): the notes' rule on 1000 random triplets (`mineRandomTriplets`),
 * batch-all (`mineBatchAll`), batch-hard (`mineBatchHard`), semi-hard (FaceNet's, `mineSemiHard`).
 * D is the squared Euclidean distance throughout, as the lesson's.
 */
import { Rng, batchTripletLoss, mineBatchAll, mineBatchHard, mineRandomTriplets, mineSemiHard, tf, tripletCategory } from "losslab";
import type { MinedTriplets, TripletCategory } from "losslab";
import { pinwheel, type PointSet } from "../toy/points";
import { TinyMlp, trainStep } from "../toy/tiny_mlp";

export type MinerName = "random1000" | "batchAll" | "batchHard" | "semiHard";

/** The miners in the order and words of the page's control. */
export const MINERS: readonly { name: MinerName; label: string }[] = [
  { name: "random1000", label: "the notes' rule on 1000 random triplets" },
  { name: "batchAll", label: "batch-all" },
  { name: "batchHard", label: "batch-hard" },
  { name: "semiHard", label: "semi-hard (FaceNet)" },
];

export interface MiningRunOptions {
  /** Seed of the data, the initial weights, the batches and the random triplets. @default 0 */
  seed?: number;
  /** @default "semiHard" */
  miner?: MinerName;
  /** α. @default 0.2 */
  margin?: number;
  /** Points of each class in a batch. @default 8 */
  perClassInBatch?: number;
  /** Adam's learning rate. @default 0.01 */
  learningRate?: number;
  /** Hidden units of the network. @default 32 */
  hidden?: number;
  /** Classes (pinwheel arms). @default 6 */
  classes?: number;
  /** The pinwheel's tangential noise (0.35: neighbouring arms overlap, as digits do). @default 0.35 */
  noise?: number;
}

export type CategoryCounts = Record<TripletCategory, number>;

/** The triplets a miner chose, as rows of the data set, each with its category before the step. */
export interface ClassifiedTriplets {
  anchors: Int32Array;
  positives: Int32Array;
  negatives: Int32Array;
  /** 0 easy, 1 semi-hard, 2 hard (index into `CATEGORIES`). */
  categories: Uint8Array;
}

export const CATEGORIES: readonly TripletCategory[] = ["easy", "semiHard", "hard"];

export interface MiningStep {
  /** Steps done, this one included. */
  step: number;
  miner: MinerName;
  margin: number;
  /** The triplet loss of the chosen triplets (mean; 0 when none). */
  loss: number;
  /** Every valid triplet of the batch by category, before the step. */
  batch: CategoryCounts;
  /** The triplets the miner chose by category (for the 1000-random rule: of the 1000 drawn, `chosen` are the kept). */
  chosenCounts: CategoryCounts;
  chosen: ClassifiedTriplets;
}

function countCategories(categories: Uint8Array): CategoryCounts {
  const counts: CategoryCounts = { easy: 0, semiHard: 0, hard: 0 };
  categories.forEach((c) => (counts[CATEGORIES[c]] += 1));
  return counts;
}

/** RMS distance of the embeddings from their mean: 0 when they have collapsed to a point. */
export function spreadOf(embedding: Float32Array, dims = 2): number {
  const n = embedding.length / dims;
  const mean = new Float64Array(dims);
  embedding.forEach((v, i) => (mean[i % dims] += v / n));
  let sum = 0;
  embedding.forEach((v, i) => (sum += (v - mean[i % dims]) ** 2));
  return Math.sqrt(sum / n);
}

export class MiningRun {
  readonly data: PointSet;
  miner: MinerName;
  margin: number;
  steps = 0;
  private readonly net: TinyMlp;
  private readonly optimizer: tf.Optimizer;
  private readonly rng: Rng;
  private readonly inputs: tf.Tensor2D;
  private readonly perClassInBatch: number;

  constructor(options: MiningRunOptions = {}) {
    const seed = options.seed ?? 0;
    this.miner = options.miner ?? "semiHard";
    this.margin = options.margin ?? 0.2;
    this.perClassInBatch = options.perClassInBatch ?? 8;
    this.data = pinwheel({ seed, classes: options.classes ?? 6, noise: options.noise ?? 0.35 });
    this.rng = new Rng(seed + 1);
    this.net = new TinyMlp({ inputs: 2, hidden: options.hidden ?? 32, outputs: 2, seed: seed + 2 });
    this.optimizer = tf.train.adam(options.learningRate ?? 0.01);
    this.inputs = tf.tensor2d(this.data.x, [this.data.n, 2]);
  }

  /** Every point's 2-D embedding now, row-major [n, 2]. */
  embedding(): Float32Array {
    const e = this.net.apply(this.inputs);
    const out = e.dataSync() as Float32Array;
    e.dispose();
    return out;
  }

  spread(): number {
    return spreadOf(this.embedding());
  }

  /** A batch of `perClassInBatch` rows of every class, drawn without replacement within a class. */
  private drawBatch(): Int32Array {
    const rows: number[] = [];
    for (let k = 0; k < this.data.classes; k++) {
      const members = Array.from(this.data.labels.keys()).filter((i) => this.data.labels[i] === k);
      rows.push(...this.rng.shuffle(members).slice(0, this.perClassInBatch));
    }
    return Int32Array.from(rows);
  }

  private mine(embeddings: tf.Tensor2D, labels: Int32Array): MinedTriplets {
    const batch = { embeddings, labels };
    switch (this.miner) {
      case "random1000":
        return mineRandomTriplets({ ...batch, count: 1000, margin: this.margin, seed: this.rng });
      case "batchAll":
        return mineBatchAll({ ...batch, margin: this.margin });
      case "batchHard":
        return mineBatchHard(batch);
      case "semiHard":
        return mineSemiHard({ ...batch, margin: this.margin });
    }
  }

  /** One training step on a new batch with the current miner and margin. */
  step(): MiningStep {
    const rows = this.drawBatch();
    const labels = rows.map((r) => this.data.labels[r]);
    const x = tf.tidy(() => tf.gather(this.inputs, rows) as tf.Tensor2D);
    const before = this.net.apply(x);
    const e = before.dataSync();
    const mined = this.mine(before, labels);
    before.dispose();
    const m = rows.length;
    const dist = (a: number, b: number) => (e[2 * a] - e[2 * b]) ** 2 + (e[2 * a + 1] - e[2 * b + 1]) ** 2;
    const category = (a: number, p: number, q: number) => CATEGORIES.indexOf(tripletCategory(dist(a, p), dist(a, q), this.margin));
    const batch: CategoryCounts = { easy: 0, semiHard: 0, hard: 0 };
    for (let a = 0; a < m; a++) {
      for (let p = 0; p < m; p++) {
        if (p === a || labels[p] !== labels[a]) continue;
        for (let q = 0; q < m; q++) if (labels[q] !== labels[a]) batch[CATEGORIES[category(a, p, q)]] += 1;
      }
    }
    const categories = Uint8Array.from(mined.anchors, (a, k) => category(a, mined.positives[k], mined.negatives[k]));
    const triplets = { anchors: mined.anchors, positives: mined.positives, negatives: mined.negatives };
    const loss = trainStep(this.net, this.optimizer, () =>
      batchTripletLoss({ embeddings: this.net.apply(x), labels, triplets, margin: this.margin }) as tf.Scalar);
    x.dispose();
    this.steps += 1;
    const toData = (local: Int32Array) => local.map((i) => rows[i]);
    return {
      step: this.steps,
      miner: this.miner,
      margin: this.margin,
      loss,
      batch,
      chosenCounts: countCategories(categories),
      chosen: { anchors: toData(mined.anchors), positives: toData(mined.positives), negatives: toData(mined.negatives), categories },
    };
  }

  dispose(): void {
    this.net.dispose();
    this.optimizer.dispose();
    this.inputs.dispose();
  }
}
