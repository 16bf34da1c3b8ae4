/**
 * The Margins explorable's training, without the DOM: a tiny MLP (pixels → 64 ReLU → d = 2 or 3
 * features, no bias on the feature layer, so features are directions from the origin) and a losslab
 * classification head, trained with Adam on mini-batches of the shipped digits, seeded. Changing m, s
 * or λ rebuilds the head from its current weights and training goes on from where it is; changing
 * the head keeps the network and the weights (Adam starts afresh); `reset(seed)` starts over with the
 * current settings; changing d resets.
 */
import * as tf from "@tensorflow/tfjs";
import { glorotUniform, Rng, withValueChecks, type ClassificationHead } from "losslab";
import { bytesToUnit, decodeBase64, epochBatches, gatherRows } from "../kit/data";
import { angleSummary, accuracy, unitAngle, unitRow } from "../kit/metrics";
import type { Trainer } from "../kit/driver";
import { DIGIT_CLASSES, DIGIT_COUNT, DIGIT_LABELS, DIGIT_PIXELS_BASE64, DIGIT_SIDE } from "./digits";
import { HEADS, makeHead, predictedClass, type HeadKind, type HeadParams } from "./heads";

export interface DigitSet {
  /** count × pixels values in [0, 1]. */
  images: Float32Array;
  labels: Int32Array;
  count: number;
  pixels: number;
  classes: number;
  /** The digit each label stands for. */
  names: string[];
}

/** The digits shipped with the page (see digits.ts for their source). */
export function shippedDigits(): DigitSet {
  const pixels = DIGIT_SIDE * DIGIT_SIDE;
  const images = bytesToUnit(decodeBase64(DIGIT_PIXELS_BASE64));
  if (images.length !== DIGIT_COUNT * pixels || DIGIT_LABELS.length !== DIGIT_COUNT) throw new Error("margins: the shipped digit set is damaged");
  return { images, labels: Int32Array.from(DIGIT_LABELS), count: DIGIT_COUNT, pixels, classes: DIGIT_CLASSES.length, names: DIGIT_CLASSES.map(String) };
}

export interface MarginsConfig extends HeadParams {
  head: HeadKind;
  /** Width of the features, 2 (circle) or 3 (sphere). */
  dim: 2 | 3;
}

export interface MarginsOptions {
  /** Hidden units. @default 64 */
  hidden?: number;
  /** Mini-batch size. @default 100 */
  batch?: number;
  /** Adam's learning rate. @default 0.01 */
  learningRate?: number;
}

/** What the views draw: every digit's features, the class weights, and the rule of the regions. */
export interface MarginsSnapshot {
  /** count × dim features. */
  features: Float32Array;
  labels: Int32Array;
  dim: number;
  classes: number;
  /** W [dim, classes], row-major (column j is class j's weight). */
  weights: Float32Array;
  /** Softmax's bias, else null. */
  bias: Float32Array | null;
  /** The predicted class at a feature vector. */
  classify: (v: ArrayLike<number>) => number;
}

export class MarginsTrainer implements Trainer {
  readonly data: DigitSet;
  private config: MarginsConfig;
  private readonly hidden: number;
  private readonly batch: number;
  private readonly learningRate: number;
  private w1: tf.Variable | null = null;
  private b1: tf.Variable | null = null;
  private w2: tf.Variable | null = null;
  private head: ClassificationHead | null = null;
  private optimizer: tf.Optimizer | null = null;
  private readonly images: tf.Tensor2D;
  private rng = new Rng(0);
  private seed = 0;
  private queue: Int32Array[] = [];
  /** Bumped whenever the model changes; the snapshot is cached per version. */
  private version = 0;
  private cached: { version: number; snapshot: MarginsSnapshot } | null = null;

  constructor(config: MarginsConfig, options: MarginsOptions = {}, data: DigitSet = shippedDigits()) {
    this.data = data;
    this.config = { ...config };
    this.hidden = options.hidden ?? 64;
    this.batch = options.batch ?? 100;
    this.learningRate = options.learningRate ?? 0.01;
    this.images = tf.tensor2d(data.images, [data.count, data.pixels]);
  }

  get settings(): Readonly<MarginsConfig> {
    return this.config;
  }

  /** Applies new settings: m, s, λ and the head from the current state; a new d resets. */
  configure(change: Partial<MarginsConfig>): void {
    const next = { ...this.config, ...change };
    const dimChanged = next.dim !== this.config.dim;
    const headChanged = next.head !== this.config.head;
    const paramsChanged = next.m !== this.config.m || next.s !== this.config.s || next.lambda !== this.config.lambda;
    this.config = next;
    if (dimChanged || !this.head) return this.reset(this.seed);
    if (headChanged || paramsChanged) this.rebuildHead(headChanged);
  }

  reset(seed: number): void {
    this.disposeModel();
    this.seed = seed;
    this.rng = new Rng(seed);
    this.queue = [];
    const d = this.config.dim;
    const p = this.data.pixels;
    const h = this.hidden;
    this.w1 = tf.tidy(() => tf.variable(tf.tensor2d(glorotUniform(p, h, seed), [p, h]), true, undefined));
    this.b1 = tf.tidy(() => tf.variable(tf.zeros([h]), true));
    this.w2 = tf.tidy(() => tf.variable(tf.tensor2d(glorotUniform(h, d, seed + 1), [h, d]), true));
    this.head = makeHead(this.config.head, { ...this.config, inputDim: d, numClasses: this.data.classes, seed: seed + 2 });
    this.optimizer = tf.train.adam(this.learningRate);
    this.version++;
  }

  step(): number {
    if (!this.head || !this.optimizer) throw new Error("MarginsTrainer.step: reset(seed) first");
    if (this.queue.length === 0) this.queue = epochBatches(this.data.count, this.batch, this.rng);
    const rows = this.queue.shift()!;
    const head = this.head;
    const vars = [this.w1!, this.b1!, this.w2!, ...head.trainableVariables];
    const loss = tf.tidy(() => {
      const x = tf.tensor2d(gatherRows(this.data.images, this.data.pixels, rows), [rows.length, this.data.pixels]);
      const y = tf.tensor1d(Int32Array.from(rows, (r) => this.data.labels[r]), "int32");
      const cost = withValueChecks(false, () => this.optimizer!.minimize(() => head.loss(this.embed(x), y) as tf.Scalar, true, vars));
      return cost ?? tf.scalar(NaN);
    });
    head.step();
    this.version++;
    const value = loss.dataSync()[0];
    loss.dispose();
    return value;
  }

  /** The features of every digit and the head's weights, read back once per model version. */
  snapshot(): MarginsSnapshot {
    if (this.cached && this.cached.version === this.version) return this.cached.snapshot;
    if (!this.head) throw new Error("MarginsTrainer.snapshot: reset(seed) first");
    const d = this.config.dim;
    const C = this.data.classes;
    const embedded = tf.tidy(() => this.embed(this.images));
    const features = Float32Array.from(embedded.dataSync());
    embedded.dispose();
    const weights = Float32Array.from(this.head.weights.dataSync());
    const bias = "bias" in this.head ? Float32Array.from((this.head as unknown as { bias: tf.Variable }).bias.dataSync()) : null;
    const scoring = HEADS[this.config.head].scoring;
    const snapshot: MarginsSnapshot = {
      features,
      labels: this.data.labels,
      dim: d,
      classes: C,
      weights,
      bias,
      classify: (v) => predictedClass(scoring, weights, bias, d, C, v),
    };
    this.cached = { version: this.version, snapshot };
    return snapshot;
  }

  /**
   * Mean intra-class angle, smallest and mean inter-class centre angles, mean angle to the own class
   * weight (θ_y, what the margins act on), all in degrees, and the accuracy on the shipped digits.
   */
  metrics(): Record<string, number> {
    const s = this.snapshot();
    const a = angleSummary(s.features, s.dim, s.labels, s.classes);
    const predicted = new Int32Array(s.labels.length);
    let theta = 0;
    let n = 0;
    const wUnits = Array.from({ length: s.classes }, (_, j) => unitRow(Float32Array.from({ length: s.dim }, (_, k) => s.weights[k * s.classes + j]), s.dim, 0));
    for (let i = 0; i < s.labels.length; i++) {
      const v = s.features.subarray(i * s.dim, (i + 1) * s.dim);
      predicted[i] = s.classify(v);
      const u = unitRow(v, s.dim, 0);
      const w = wUnits[s.labels[i]];
      if (u && w) {
        theta += unitAngle(u, w);
        n++;
      }
    }
    return { intraMean: a.intraMean, interMin: a.interMin, interMean: a.interMean, weightAngle: n ? theta / n : NaN, accuracy: accuracy(predicted, s.labels) };
  }

  dispose(): void {
    this.disposeModel();
    this.images.dispose();
  }

  /** Features [B, d] of images [B, pixels]. */
  private embed(x: tf.Tensor2D): tf.Tensor2D {
    return tf.matMul(tf.relu(tf.add(tf.matMul(x, this.w1!), this.b1!)), this.w2!) as tf.Tensor2D;
  }

  private rebuildHead(newOptimizer: boolean): void {
    const old = this.head!;
    const weights = Float32Array.from(old.weights.dataSync());
    const bias = "bias" in old ? Float32Array.from((old as unknown as { bias: tf.Variable }).bias.dataSync()) : undefined;
    // build first: a refused setting leaves the running head in place
    this.head = makeHead(this.config.head, { ...this.config, inputDim: this.config.dim, numClasses: this.data.classes, seed: this.seed + 2, weights, bias });
    old.dispose();
    if (newOptimizer) {
      this.optimizer?.dispose();
      this.optimizer = tf.train.adam(this.learningRate);
    }
    this.version++;
  }

  private disposeModel(): void {
    for (const v of [this.w1, this.b1, this.w2]) v?.dispose();
    this.head?.dispose();
    this.optimizer?.dispose();
    this.w1 = this.b1 = this.w2 = null;
    this.head = null;
    this.optimizer = null;
    this.cached = null;
  }
}
