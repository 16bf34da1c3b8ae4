/**
 * Logistic regression ŷ = σ(w·x + b), trained full-batch from a given start with one of the course's
 * losses, recording every epoch. Lesson 02 starts it confidently wrong and trains it with MSE and with
 * binary cross-entropy; lesson 03 trains it on an imbalanced set with cross-entropy, α-balanced
 * cross-entropy and focal loss. The losses are the library's:
 *
 *   "mse":   meanSquaredError(y, σ(z))                (ℓ = (y − ŷ)²; ∂ℓ/∂z carries σ′(z) ≤ ¼, tiny when |z| is large)
 *   "bce":   binaryCrossEntropyWithLogits(y, z)       (∂ℓ/∂z = ŷ − y); with `alpha`: sigmoidFocalLoss with γ = 0
 *   "focal": sigmoidFocalLoss(y, z, γ, α)             (γ default 2, α default off)
 *
 * with z = w·x + b. Plain gradient descent (θ ← θ − η ∂J/∂θ, the notes' update) or Adam. No randomness:
 * the same data and start give the same run.
 */
import * as tf from "@tensorflow/tfjs";
import { binaryCrossEntropyWithLogits } from "losslab";
import { sigmoidFocalLoss } from "losslab";
import { meanSquaredError } from "losslab";
import { sigmoid } from "losslab";
import { ShapeError } from "losslab";
import { checkOptions, checkInteger, checkNumberArray, checkOneOf, checkRange } from "losslab/internal";
import type { LabelledPoints } from "./toy_data";

export type ClassifierLoss = "mse" | "bce" | "focal";
export const CLASSIFIER_LOSSES: readonly ClassifierLoss[] = ["mse", "bce", "focal"];

/** The parameters of σ(w·x + b). */
export interface LogisticModel {
  w: number[];
  b: number;
}

export interface LogisticEpoch {
  /** Updates made so far (0: the start). */
  epoch: number;
  /** The training loss J at this state. */
  loss: number;
  /** Share of the points on the right side of w·x + b = 0. */
  accuracy: number;
  w: number[];
  b: number;
  /** ‖∂J/∂(w, b)‖ at this state: how hard the loss pushes. */
  gradientNorm: number;
}

export interface LogisticTrainingOptions {
  loss: ClassifierLoss;
  /** Focal loss's γ ≥ 0 ("focal" only). @default 2 */
  gamma?: number;
  /** Weight α ∈ [0, 1] of class 1 and 1 − α of class 0 ("bce" and "focal"). @default undefined (none) */
  alpha?: number;
  /** @default "sgd" (plain gradient descent) */
  optimizer?: "sgd" | "adam";
  learningRate: number;
  /** Full-batch updates. */
  epochs: number;
  /** The start. @default w = 0, b = 0 */
  init?: LogisticModel;
  /** Called after each update with its record (for live progress). */
  onEpoch?: (record: LogisticEpoch, epochs: number) => void;
}

export interface LogisticTraining {
  model: LogisticModel;
  /** epochs + 1 records: the start, then the state after each update. */
  history: LogisticEpoch[];
}

function checkPoints(fn: string, data: LabelledPoints): number {
  if (!Array.isArray(data?.x) || data.x.length === 0) throw new ShapeError(fn, "data.x", "a non-empty array of points", "none");
  const d = checkNumberArray(fn, "data.x[0]", data.x[0]).length;
  data.x.forEach((p, i) => {
    if (checkNumberArray(fn, `data.x[${i}]`, p).length !== d) throw new ShapeError(fn, `data.x[${i}]`, `a point of dimension ${d}`, `dimension ${p.length}`);
  });
  const y = checkNumberArray(fn, "data.y", data.y);
  if (y.length !== data.x.length) throw new ShapeError(fn, "data.y", `one label per point (${data.x.length})`, `${y.length} labels`);
  y.forEach((v, i) => checkInteger(fn, `data.y[${i}]`, v, { min: 0, max: 1 }));
  return d;
}

/** Trains σ(w·x + b) on labels 0/1 with `loss`; returns the model and one record per epoch. */
export function trainLogisticRegression(data: LabelledPoints, opts: LogisticTrainingOptions): LogisticTraining {
  const fn = "trainLogisticRegression";
  const d = checkPoints(fn, data);
  checkOptions(fn, opts, ["loss", "gamma?", "alpha?", "optimizer?", "learningRate", "epochs", "init?", "onEpoch?"]);
  const loss = checkOneOf(fn, "loss", opts.loss, CLASSIFIER_LOSSES);
  const gamma = checkRange(fn, "gamma", opts.gamma ?? 2, { min: 0 });
  const alpha = opts.alpha === undefined ? undefined : checkRange(fn, "alpha", opts.alpha, { min: 0, max: 1 });
  const optimizerName = checkOneOf(fn, "optimizer", opts.optimizer ?? "sgd", ["sgd", "adam"] as const);
  const learningRate = checkRange(fn, "learningRate", opts.learningRate, { min: 0, minOpen: true });
  const epochs = checkInteger(fn, "epochs", opts.epochs, { min: 1 });
  const init = opts.init ?? { w: new Array(d).fill(0), b: 0 };
  const w0 = checkNumberArray(fn, "init.w", init.w);
  if (w0.length !== d) throw new ShapeError(fn, "init.w", `${d} weights (one per input dimension)`, `${w0.length}`);
  const b0 = checkRange(fn, "init.b", init.b, {});

  const x = tf.tensor2d(data.x);
  const y = tf.tensor1d(data.y);
  const w = tf.tidy(() => tf.variable(tf.tensor1d(w0)));
  const b = tf.tidy(() => tf.variable(tf.scalar(b0)));
  const optimizer = optimizerName === "adam" ? tf.train.adam(learningRate) : tf.train.sgd(learningRate);
  const logits = () => tf.add(tf.matMul(x, tf.reshape(w, [d, 1])).reshape([-1]), b);
  const objective = (): tf.Scalar => {
    const z = logits();
    if (loss === "mse") return meanSquaredError({ labels: y, predictions: tf.sigmoid(z) }) as tf.Scalar;
    if (loss === "bce" && alpha === undefined) return binaryCrossEntropyWithLogits({ labels: y, logits: z }) as tf.Scalar;
    return sigmoidFocalLoss({ labels: y, logits: z, gamma: loss === "bce" ? 0 : gamma, alpha }) as tf.Scalar;
  };
  const labels = data.y;
  const history: LogisticEpoch[] = [];
  try {
    for (let epoch = 0; epoch <= epochs; epoch++) {
      const { value, grads } = tf.variableGrads(objective, [w, b]);
      const z = tf.tidy(() => Array.from(logits().dataSync()));
      const gradientNorm = Math.sqrt(Object.values(grads).reduce((s, g) => s + tf.tidy(() => tf.sum(tf.square(g)).dataSync()[0]), 0));
      const record: LogisticEpoch = {
        epoch,
        loss: value.dataSync()[0],
        accuracy: labels.filter((label, i) => (z[i] >= 0 ? 1 : 0) === label).length / labels.length,
        w: Array.from(w.dataSync()),
        b: b.dataSync()[0],
        gradientNorm,
      };
      history.push(record);
      if (epoch < epochs) optimizer.applyGradients(grads as tf.NamedTensorMap as Record<string, tf.Variable>);
      value.dispose();
      Object.values(grads).forEach((g) => g.dispose());
      if (epoch > 0) opts.onEpoch?.(record, epochs);
    }
  } finally {
    x.dispose();
    y.dispose();
    w.dispose();
    b.dispose();
    optimizer.dispose();
  }
  const last = history[history.length - 1];
  return { model: { w: last.w, b: last.b }, history };
}

/** The logit z = w·x + b of every point. */
export function logisticLogits(model: LogisticModel, x: number[][]): number[] {
  const fn = "logisticLogits";
  const w = checkNumberArray(fn, "model.w", model?.w);
  const b = checkRange(fn, "model.b", model.b, {});
  return x.map((p, i) => {
    if (checkNumberArray(fn, `x[${i}]`, p).length !== w.length) throw new ShapeError(fn, `x[${i}]`, `a point of dimension ${w.length}`, `dimension ${p.length}`);
    return p.reduce((s, v, k) => s + v * w[k], b);
  });
}

/** p(class 1 | x) = σ(w·x + b) for every point. */
export function logisticProbabilities(model: LogisticModel, x: number[][]): number[] {
  const z = logisticLogits(model, x);
  return tf.tidy(() => Array.from(sigmoid(z).dataSync()));
}

/** The first epoch whose accuracy reaches `level`, or undefined if none does. */
export function epochsToAccuracy(history: LogisticEpoch[], level: number): number | undefined {
  checkRange("epochsToAccuracy", "level", level, { min: 0, max: 1 });
  return history.find((h) => h.accuracy >= level)?.epoch;
}
