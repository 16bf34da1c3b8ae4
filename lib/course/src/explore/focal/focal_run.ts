/**
 * The Focal-loss explorable's model, without any drawing: two identical tiny classifiers (same seed,
 * same weights at the start) trained side by side on the same imbalanced 2-D problem (5 % rare by
 * default), one with binary cross-entropy (`binaryCrossEntropyWithLogits`) and one with focal loss
 * (`sigmoidFocalLoss`, γ and α changeable between steps). Each reports the rare class's recall on a
 * larger held-out set drawn from the same distribution, and its probability of the rare class over a
 * grid (the decision boundary is where it crosses 1/2).
 */
import { binaryCrossEntropyWithLogits, sigmoidFocalLoss, tf } from "losslab";
import { imbalanced, type PointSet } from "../toy/points";
import { TinyMlp, trainStep } from "../toy/tiny_mlp";

export interface FocalRunOptions {
  /** Seed of the data and of both networks' (identical) initial weights. @default 0 */
  seed?: number;
  /** Share of the rare class. @default 0.05 */
  rareShare?: number;
  /** Training points (full batch every step). @default 400 */
  trainSize?: number;
  /** Held-out points the recall is measured on. @default 2000 */
  testSize?: number;
  /** Focal loss's γ. @default 2 */
  gamma?: number;
  /** Focal loss's α (weight of the rare class, 1 − α of the common one); 0.5 weighs both alike. @default 0.5 */
  alpha?: number;
  /** Adam's learning rate. @default 0.01 */
  learningRate?: number;
  /** Hidden units of each network. @default 16 */
  hidden?: number;
}

export type LossKind = "crossEntropy" | "focal";

/** How one classifier does on the held-out points (rare class = label 1, predicted when p > 1/2). */
export interface ClassifierMetrics {
  /** Training loss of the last step (its own loss). */
  loss: number;
  /** Rare points predicted rare / rare points. */
  rareRecall: number;
  /** Points predicted rare that are rare / points predicted rare (NaN when none is). */
  rarePrecision: number;
  /** Correct predictions / points. */
  accuracy: number;
}

export interface FocalStep {
  step: number;
  gamma: number;
  alpha: number;
  crossEntropy: ClassifierMetrics;
  focal: ClassifierMetrics;
}

/** The rare-class recall, precision and accuracy of predictions p (probability of label 1) against labels. */
export function rareClassMetrics(p: Float32Array | number[], labels: Int32Array): Omit<ClassifierMetrics, "loss"> {
  let tp = 0, fp = 0, fn = 0, correct = 0;
  labels.forEach((y, i) => {
    const predicted = p[i] > 0.5 ? 1 : 0;
    if (predicted === y) correct += 1;
    if (predicted === 1 && y === 1) tp += 1;
    else if (predicted === 1) fp += 1;
    else if (y === 1) fn += 1;
  });
  return { rareRecall: tp / (tp + fn), rarePrecision: tp + fp === 0 ? NaN : tp / (tp + fp), accuracy: correct / labels.length };
}

export class FocalRun {
  readonly train: PointSet;
  readonly test: PointSet;
  gamma: number;
  alpha: number;
  steps = 0;
  private readonly nets: Record<LossKind, TinyMlp>;
  private readonly optimizers: Record<LossKind, tf.Optimizer>;
  private readonly tensors: { x: tf.Tensor2D; t: tf.Tensor2D; testX: tf.Tensor2D };
  private readonly losses: Record<LossKind, number> = { crossEntropy: NaN, focal: NaN };

  constructor(options: FocalRunOptions = {}) {
    const seed = options.seed ?? 0;
    const rareShare = options.rareShare ?? 0.05;
    this.gamma = options.gamma ?? 2;
    this.alpha = options.alpha ?? 0.5;
    this.train = imbalanced({ n: options.trainSize ?? 400, rareShare, seed });
    this.test = imbalanced({ n: options.testSize ?? 2000, rareShare, seed: seed + 1000 });
    const net = () => new TinyMlp({ inputs: 2, hidden: options.hidden ?? 16, outputs: 1, seed: seed + 1 });
    this.nets = { crossEntropy: net(), focal: net() };
    const lr = options.learningRate ?? 0.01;
    this.optimizers = { crossEntropy: tf.train.adam(lr), focal: tf.train.adam(lr) };
    this.tensors = {
      x: tf.tensor2d(this.train.x, [this.train.n, 2]),
      t: tf.tensor2d(Float32Array.from(this.train.labels), [this.train.n, 1]),
      testX: tf.tensor2d(this.test.x, [this.test.n, 2]),
    };
  }

  /** One full-batch Adam step of each classifier; returns the two training losses (`metrics()` measures). */
  step(): Record<LossKind, number> {
    const { x, t } = this.tensors;
    this.losses.crossEntropy = trainStep(this.nets.crossEntropy, this.optimizers.crossEntropy, () =>
      binaryCrossEntropyWithLogits({ labels: t, logits: this.nets.crossEntropy.apply(x) }) as tf.Scalar);
    this.losses.focal = trainStep(this.nets.focal, this.optimizers.focal, () =>
      sigmoidFocalLoss({ labels: t, logits: this.nets.focal.apply(x), gamma: this.gamma, alpha: this.alpha }) as tf.Scalar);
    this.steps += 1;
    return { ...this.losses };
  }

  /** Both classifiers on the held-out points now. */
  metrics(): FocalStep {
    const measure = (kind: LossKind) => ({ loss: this.losses[kind], ...rareClassMetrics(this.probabilities(kind, this.tensors.testX), this.test.labels) });
    return { step: this.steps, gamma: this.gamma, alpha: this.alpha, crossEntropy: measure("crossEntropy"), focal: measure("focal") };
  }

  /** σ(network(x)): each row's probability of the rare class. */
  probabilities(kind: LossKind, x: tf.Tensor2D): Float32Array {
    const p = tf.tidy(() => tf.sigmoid(this.nets[kind].apply(x)));
    const out = p.dataSync() as Float32Array;
    p.dispose();
    return out;
  }

  /**
   * The probability of the rare class on a cols × rows grid over [x0, x1] × [y0, y1], row-major from
   * (x0, y0): what a page shades, with the boundary at 1/2.
   */
  grid(kind: LossKind, box: { x0: number; x1: number; y0: number; y1: number }, cols: number, rows: number): Float32Array {
    const points = new Float32Array(2 * cols * rows);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        points[2 * (r * cols + c)] = box.x0 + ((box.x1 - box.x0) * (c + 0.5)) / cols;
        points[2 * (r * cols + c) + 1] = box.y0 + ((box.y1 - box.y0) * (r + 0.5)) / rows;
      }
    }
    const x = tf.tensor2d(points, [cols * rows, 2]);
    const p = this.probabilities(kind, x);
    x.dispose();
    return p;
  }

  dispose(): void {
    Object.values(this.nets).forEach((n) => n.dispose());
    Object.values(this.optimizers).forEach((o) => o.dispose());
    Object.values(this.tensors).forEach((v) => v.dispose());
  }
}
