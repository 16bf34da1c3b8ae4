// Float64 references for the heads: logits rebuilt by plain loops from the papers' formulas, the
// softmax cross-entropy in float64, and central finite differences of that loss. Independent of the
// library's code paths: angles come from Math.acos and ψ from its piecewise table, not from the
// Chebyshev form the heads use.
import { Rng, tf, type ClassificationHead } from "losslab";

export type HeadKind = "softmax" | "modifiedSoftmax" | "lSoftmax" | "aSoftmax" | "cosFace" | "arcFace";

export interface RefParams {
  m?: number;
  s?: number;
  lambda?: number;
  easyMargin?: boolean;
  bias?: number[];
}

/** ψ(θ) from the notes' table: find the interval [kπ/m, (k+1)π/m] holding θ, then (−1)ᵏcos(mθ) − 2k. */
export function refPsi(theta: number, m: number): number {
  for (let k = 0; k < m; k++) {
    if (theta <= ((k + 1) * Math.PI) / m || k === m - 1) return (-1) ** k * Math.cos(m * theta) - 2 * k;
  }
  throw new Error("unreachable");
}

/** Logits [B][C] of a head in float64; W is [d][C] (one column a class). */
export function refLogits(kind: HeadKind, x: number[][], W: number[][], labels: number[], p: RefParams = {}): number[][] {
  const d = W.length;
  const C = W[0].length;
  const { m = 0, s = 1, lambda = 0, easyMargin = false } = p;
  const wNorm = Array.from({ length: C }, (_, j) => Math.sqrt(W.reduce((acc, row) => acc + row[j] * row[j], 0)));
  return x.map((xi, i) => {
    const xNorm = Math.sqrt(xi.reduce((acc, v) => acc + v * v, 0));
    return Array.from({ length: C }, (_, j) => {
      let dot = 0;
      for (let k = 0; k < d; k++) dot += xi[k] * W[k][j];
      const cos = dot / (xNorm * wNorm[j]);
      const target = j === labels[i];
      switch (kind) {
        case "softmax":
          return dot + (p.bias?.[j] ?? 0);
        case "modifiedSoftmax":
          return xNorm * cos;
        case "lSoftmax":
          return target ? (wNorm[j] * xNorm * (lambda * cos + refPsi(Math.acos(cos), m))) / (1 + lambda) : dot;
        case "aSoftmax":
          return target ? (xNorm * (lambda * cos + refPsi(Math.acos(cos), m))) / (1 + lambda) : xNorm * cos;
        case "cosFace":
          return s * (cos - (target ? m : 0));
        case "arcFace": {
          if (!target) return s * cos;
          const threshold = easyMargin ? 0 : Math.cos(Math.PI - m);
          return s * (cos > threshold ? Math.cos(Math.acos(cos) + m) : cos - (easyMargin ? 0 : m * Math.sin(m)));
        }
      }
    });
  });
}

/** Mean softmax cross-entropy in float64, log-sum-exp shifted by the row maximum. */
export function refLoss(logits: number[][], labels: number[]): number {
  let total = 0;
  logits.forEach((z, i) => {
    const max = Math.max(...z);
    const lse = max + Math.log(z.reduce((acc, v) => acc + Math.exp(v - max), 0));
    total += lse - z[labels[i]];
  });
  return total / logits.length;
}

/** Central differences (float64) of f with respect to every entry of the matrix `a` (changed in place, restored). */
export function finiteDifferences(a: number[][], f: () => number, h = 1e-6): number[][] {
  return a.map((row) =>
    row.map((_, k) => {
      const keep = row[k];
      row[k] = keep + h;
      const up = f();
      row[k] = keep - h;
      const down = f();
      row[k] = keep;
      return (up - down) / (2 * h);
    }),
  );
}

/** Largest |a − b| over all entries, divided by max(1, largest |b|): an error relative to the scale of b. */
export function maxRelativeDeviation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let scale = 1;
  let worst = 0;
  for (let i = 0; i < b.length; i++) scale = Math.max(scale, Math.abs(b[i]));
  for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst / scale;
}

/** A seeded [rows][cols] matrix of normal values (rounded to float32, so the references see the same numbers). */
export function randomMatrix(rng: Rng, rows: number, cols: number, std = 1): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.fround(rng.normal(0, std))));
}

export const matrixOf = (t: tf.Tensor): number[][] => t.arraySync() as number[][];

/**
 * Runs f with TF.js's kernel leak check off. tests/setup.ts sets IS_TEST, which makes the engine flag
 * any tensor a custom-gradient op keeps for its backward pass; tf.losses.softmaxCrossEntropy keeps
 * one (its log-softmax), so its gradient can only be taken with the check off.
 */
export function withoutLeakCheck<T>(f: () => T): T {
  const before = tf.env().getBool("IS_TEST");
  tf.env().set("IS_TEST", false);
  try {
    return f();
  } finally {
    tf.env().set("IS_TEST", before);
  }
}

export interface HeadDeviations {
  /** The largest |logit| of the case (it sets the float32 resolution of the loss and gradients). */
  logitScale: number;
  logits: number;
  lossVsFloat64: number;
  lossVsTfLosses: number;
  gradFeatures: number;
  gradWeights: number;
  gradVsTfLossesGrad: number;
}

/**
 * Compares a head with the float64 reference on features x and labels: logits, loss (also against
 * tf.losses.softmaxCrossEntropy of the float64 logits), and the gradients of the mean loss with
 * respect to the features and the weights (against central differences of the float64 loss, and
 * against tf's gradient of tf.losses.softmaxCrossEntropy over the head's logits).
 */
export function compareHead(head: ClassificationHead, kind: HeadKind, params: RefParams, x: number[][], labels: number[]): HeadDeviations {
  const W = matrixOf(head.weights);
  const bias = "bias" in head ? Array.from((head as unknown as { bias: tf.Tensor }).bias.dataSync()) : undefined;
  const p = { ...params, bias };
  const reference = () => refLogits(kind, x, W, labels, p);
  const logits64 = reference();
  const loss64 = refLoss(logits64, labels);
  const C = W[0].length;
  // float32 resolves a log-sum-exp over logits of size L only to about L·6e-8, so a loss much
  // smaller than its logits is compared relative to L/4 (absolute 2.5e-7·L at the 1e-6 tolerance)
  const logitScale = Math.max(...logits64.flat().map(Math.abs));
  const lossScale = Math.max(Math.abs(loss64), logitScale / 4);
  return tf.tidy(() => {
    const oneHot = tf.oneHot(tf.tensor1d(labels, "int32"), C);
    const logits32 = head.logits(x, labels);
    const loss32 = head.loss(x, labels).dataSync()[0];
    const tfLosses = tf.losses.softmaxCrossEntropy(oneHot, tf.tensor2d(logits64)).dataSync()[0];
    const xVar = tf.variable(tf.tensor2d(x));
    const own = tf.variableGrads(() => head.loss(xVar, labels), [xVar, head.weights as tf.Variable]);
    const viaTf = withoutLeakCheck(() =>
      tf.variableGrads(() => tf.losses.softmaxCrossEntropy(oneHot, head.logits(xVar, labels)) as tf.Scalar, [xVar, head.weights as tf.Variable]),
    );
    const fdX = finiteDifferences(x, () => refLoss(reference(), labels)).flat();
    const fdW = finiteDifferences(W, () => refLoss(reference(), labels)).flat();
    const gX = own.grads[xVar.name].dataSync();
    const gW = own.grads[head.weights.name].dataSync();
    const out = {
      logitScale,
      logits: maxRelativeDeviation(logits32.dataSync(), logits64.flat()),
      lossVsFloat64: Math.abs(loss32 - loss64) / lossScale,
      lossVsTfLosses: Math.abs(loss32 - tfLosses) / lossScale,
      gradFeatures: maxRelativeDeviation(gX, fdX),
      gradWeights: maxRelativeDeviation(gW, fdW),
      gradVsTfLossesGrad: Math.max(
        maxRelativeDeviation(gX, viaTf.grads[xVar.name].dataSync()),
        maxRelativeDeviation(gW, viaTf.grads[head.weights.name].dataSync()),
      ),
    };
    xVar.dispose();
    return out;
  });
}

/**
 * Tolerances of the comparisons with the float64 reference (float32 arithmetic inside TF.js):
 * - logits: relative to the largest entry (or 1), 1e-6;
 * - loss: relative to its value, or to a quarter of the largest logit when the loss is smaller
 *   than that (see `compareHead`), 1e-6;
 * - gradients: relative to the largest entry (or 1), 1e-5, widened in proportion to the logits
 *   beyond |z| = 8: float32 softmax probabilities exp(z − lse) carry a relative error of about
 *   6e-8·|z|, so with s = 64 the bound is 8e-5 (measured: up to 1.7e-5 for ArcFace with s = 64).
 */
export const TOLERANCE = { logits: 1e-6, loss: 1e-6, gradient: 1e-5 };

export function expectWithinTolerance(dev: HeadDeviations): void {
  const gradient = TOLERANCE.gradient * Math.max(1, dev.logitScale / 8);
  expect(dev.logits).toBeLessThan(TOLERANCE.logits);
  expect(dev.lossVsFloat64).toBeLessThan(TOLERANCE.loss);
  expect(dev.lossVsTfLosses).toBeLessThan(TOLERANCE.loss);
  expect(dev.gradFeatures).toBeLessThan(gradient);
  expect(dev.gradWeights).toBeLessThan(gradient);
  expect(dev.gradVsTfLossesGrad).toBeLessThan(gradient);
}

export interface RandomCase {
  x: number[][];
  labels: number[];
  B: number;
  d: number;
  C: number;
  seed: number;
}

/** Arbitrary (B, d, C, feature scale, seed) for property tests; the data come from Rng(seed). */
export const randomCases = (fc: typeof import("fast-check")) =>
  fc
    .record({
      B: fc.integer({ min: 1, max: 8 }),
      d: fc.integer({ min: 2, max: 6 }),
      C: fc.integer({ min: 2, max: 7 }),
      std: fc.constantFrom(0.5, 2, 5),
      seed: fc.integer({ min: 0, max: 2 ** 30 }),
    })
    .map(({ B, d, C, std, seed }): RandomCase => {
      const rng = new Rng(seed);
      return { x: randomMatrix(rng, B, d, std), labels: Array.from({ length: B }, () => rng.int(C)), B, d, C, seed };
    });
