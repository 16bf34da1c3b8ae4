// Shared by the tests of losses, activations and gradients: comparisons with stated tolerances,
// gradients by tf.grad and by finite differences, seeded inputs, and the bad-input checks every
// per-element loss must pass.
import * as fc from "fast-check";
import { InputTypeError, Rng, ShapeError, ValueError, tf } from "losslab";

/** A tensor's values as a flat array (the tensor is disposed). */
export function flat(t: tf.Tensor): number[] {
  const out = Array.from(t.dataSync());
  t.dispose();
  return out;
}

/** A scalar tensor's value (the tensor is disposed). */
export function num(t: tf.Tensor): number {
  return flat(t)[0];
}

/**
 * Checks |actual − expected| ≤ rel·max(|expected|, scale) for every element and returns the largest
 * deviation measured in those units (|a − e| / max(|e|, scale)). float32 keeps about 7 significant
 * digits (ε = 6e-8) of the terms a value is computed from, so `scale` is the size of those terms: a
 * small loss made of large terms is only known to rel·scale.
 */
export function expectClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  { rel = 1e-5, scale = 1, label = "" }: { rel?: number; scale?: number; label?: string } = {},
): number {
  if (actual.length !== expected.length) {
    throw new Error(`${label}: ${actual.length} values, expected ${expected.length}`);
  }
  let worst = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    const e = expected[i];
    const dev = Math.abs(a - e) / Math.max(Math.abs(e), scale);
    if (!Number.isFinite(a) || !(dev <= rel)) {
      throw new Error(`${label}[${i}]: got ${a}, expected ${e} (deviation ${dev.toExponential(2)} > ${rel})`);
    }
    worst = Math.max(worst, dev);
  }
  return worst;
}

/** Every value is a finite number (no NaN, no ±Infinity). */
export function expectFinite(values: ArrayLike<number>, label = ""): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new Error(`${label}[${i}] is ${values[i]}, expected a finite number`);
  }
}

/** ∂(Σ f(x))/∂x by TensorFlow.js autodiff, flat. */
export function tfGradient(f: (x: tf.Tensor) => tf.Tensor, x: tf.TensorLike): number[] {
  return tf.tidy(() => Array.from(tf.grad((v: tf.Tensor) => tf.sum(f(v)))(tf.tensor(x)).dataSync()));
}

/** Central finite differences of a float64 function of a vector, with a step relative to |xᵢ|. */
export function finiteDifferences(f: (x: number[]) => number, x: number[], h = 1e-6): number[] {
  return x.map((xi, i) => {
    const step = h * Math.max(1, Math.abs(xi));
    const plus = x.slice();
    const minus = x.slice();
    plus[i] = xi + step;
    minus[i] = xi - step;
    return (f(plus) - f(minus)) / (2 * step);
  });
}

/** n numbers from a seeded generator, rounded to float32 (what the tensors will hold). */
export function draw(rng: Rng, n: number, sample: (rng: Rng) => number): number[] {
  return Array.from(Float32Array.from({ length: n }, () => sample(rng)));
}

/** Two arrays of 1 to 10 float32 numbers in [−maxAbs, maxAbs], of the same length (labels, predictions). */
export function samePairs(maxAbs: number): fc.Arbitrary<[number[], number[]]> {
  const value = fc.float({ min: -maxAbs, max: maxAbs, noNaN: true });
  return fc.integer({ min: 1, max: 10 }).chain((n) => fc.tuple(fc.array(value, { minLength: n, maxLength: n }), fc.array(value, { minLength: n, maxLength: n })));
}

/** A flat array as rows of `cols`. */
export function rows(values: number[], cols: number): number[][] {
  return Array.from({ length: values.length / cols }, (_, r) => values.slice(r * cols, (r + 1) * cols));
}

/**
 * The argument errors of a function of (labels, predictions | logits): each names the function, the
 * argument and what was expected. Valid defaults: labels [0, 1], the other argument [0.25, 0.5].
 * `reduction`: the function takes one (a loss, not a gradient). `extra`: further cases.
 */
export function expectArgumentErrors(
  fn: string,
  call: (options: never) => unknown,
  input: "predictions" | "logits",
  { reduction = true, extra = [] }: { reduction?: boolean; extra?: Array<[Record<string, unknown>, typeof ShapeError, string]> } = {},
): void {
  const at = (options: Record<string, unknown>) => () =>
    (call as (o: Record<string, unknown>) => unknown)({ labels: [0, 1], [input]: [0.25, 0.5], ...options });
  const cases: Array<[Record<string, unknown>, typeof ShapeError, string]> = [
    [{ labels: [0, 1, 0] }, ShapeError, `argument '${input}' must be of the same shape as 'labels' [3], but got a float32 tensor of shape [2].`],
    [{ [input]: [0.25, NaN] }, ValueError, `argument '${input}' must be finite numbers`],
    [{ labels: [NaN, 1] }, ValueError, "argument 'labels' must be finite numbers"],
    [{ labels: [], [input]: [] }, ShapeError, "argument 'labels' must be a non-empty tensor, but got a float32 tensor of shape [0]."],
    [{ labels: "0 1" }, InputTypeError, "argument 'labels' must be a Tensor, a number or an array of numbers, but got '0 1'."],
    [{ [input]: undefined }, InputTypeError, `argument '${input}' must be a Tensor`],
    ...(reduction ? [[{ reduction: "avg" }, ValueError, "argument 'reduction' must be one of 'none', 'mean', 'sum', but got 'avg'."] as [Record<string, unknown>, typeof ShapeError, string]] : []),
    ...extra,
  ];
  for (const [options, type, message] of cases) {
    expect(at(options)).toThrow(type);
    expect(at(options)).toThrow(`losslab.${fn}: ${message}`);
  }
}

type LossFn = (options: never) => tf.Tensor;

/**
 * A loss under its three reductions against the float64 per-element values `expected`: "none" gives
 * them, "sum" their total, "mean" (also the default, when `reduction` is left out) their average.
 */
export function expectReductions(
  loss: LossFn,
  options: Record<string, unknown>,
  expected: number[],
  { rel = 1e-5, scale = 1, label = "" }: { rel?: number; scale?: number; label?: string } = {},
): number {
  const call = (reduction?: string) => flat((loss as (o: Record<string, unknown>) => tf.Tensor)({ ...options, reduction }));
  const total = expected.reduce((a, b) => a + b, 0);
  const worst = expectClose(call("none"), expected, { rel, scale, label: `${label} none` });
  expectClose(call("sum"), [total], { rel, scale: scale * expected.length, label: `${label} sum` });
  expectClose(call("mean"), [total / expected.length], { rel, scale, label: `${label} mean` });
  expectClose(call(undefined), [total / expected.length], { rel, scale, label: `${label} default` });
  return worst;
}

/**
 * A per-element gradient function against tf.grad of the loss's "sum", against central finite
 * differences of the float64 per-element loss `loss64(label, x)`, and, where the loss defines its
 * own gradient (tf.customGrad), against tf.grad of an independent TensorFlow.js formula `autodiffOf`
 * (a built-in loss or a naive expression), so that the check is not circular.
 */
export function expectElementwiseGradient(
  loss: LossFn,
  gradient: LossFn,
  loss64: (label: number, x: number) => number,
  labels: number[],
  x: number[],
  options: {
    input?: string;
    rel?: number;
    scale?: number;
    extra?: Record<string, unknown>;
    autodiffOf?: (labels: tf.Tensor, x: tf.Tensor) => tf.Tensor;
  } = {},
): void {
  const { input = "predictions", rel = 1e-5, scale = 1, extra = {}, autodiffOf } = options;
  const call = (f: LossFn, o: Record<string, unknown>) => (f as (o: Record<string, unknown>) => tf.Tensor)({ labels, ...extra, ...o });
  const ours = flat(call(gradient, { [input]: x }));
  const autograd = tfGradient((v) => call(loss, { [input]: v, reduction: "sum" }), x);
  const fd = finiteDifferences((v) => v.reduce((acc, vi, i) => acc + loss64(labels[i], vi), 0), x);
  expectClose(ours, autograd, { rel, scale, label: "gradient vs tf.grad of the loss" });
  expectClose(ours, fd, { rel, scale, label: "gradient vs finite differences" });
  if (autodiffOf) {
    const independent = tfGradient((v) => autodiffOf(tf.tensor(labels), v), x);
    expectClose(ours, independent, { rel, scale, label: "gradient vs tf.grad of an independent formula" });
  }
}

/**
 * The argument errors of a function of (labels, logits) over classes on the last axis, with labels
 * as class indices or per-class targets. Valid defaults: logits of shape [2, 3], labels [0, 2].
 */
export function expectClassArgumentErrors(
  fn: string,
  call: (options: never) => unknown,
  { reduction = true }: { reduction?: boolean } = {},
): void {
  const logits = [[0.5, -1, 2], [1, 1, 0]];
  const at = (options: Record<string, unknown>) => () => (call as (o: Record<string, unknown>) => unknown)({ labels: [0, 2], logits, ...options });
  const cases: Array<[Record<string, unknown>, typeof ShapeError, string]> = [
    [{ labels: [0, 3] }, ValueError, "argument 'labels' must be class indices: integers >= 0 and <= 2, but got 3 at index [1]."],
    [{ labels: [-1, 0] }, ValueError, "argument 'labels' must be class indices: integers >= 0 and <= 2, but got -1 at index [0]."],
    [{ labels: [0, 1.5] }, ValueError, "argument 'labels' must be class indices: integers >= 0 and <= 2, but got 1.5 at index [1]."],
    [{ labels: [[0, 0, 1], [0.5, 0.25, 1.25]] }, ValueError, "argument 'labels' must be per-class targets: finite numbers >= 0 and <= 1, but got 1.25 at index [1, 2]."],
    [{ labels: [0, 1, 2] }, ShapeError, "argument 'labels' must be class indices of shape [2] or per-class targets of shape [2, 3] (for 'logits' of shape [2, 3]), but got a float32 tensor of shape [3]."],
    [{ logits: [[0, NaN, 1], [1, 1, 0]] }, ValueError, "argument 'logits' must be finite numbers, but got NaN at index [0, 1]."],
    [{ logits: [], labels: [] }, ShapeError, "argument 'logits' must be a non-empty tensor, but got a float32 tensor of shape [0]."],
    [{ logits: 2, labels: 0 }, ShapeError, "argument 'logits' must be a tensor of rank >= 1 (the classes on the last axis), but got a float32 tensor of shape []."],
    [{ labels: "cat" }, InputTypeError, "argument 'labels' must be a Tensor, a number or an array of numbers, but got 'cat'."],
    ...(reduction ? [[{ reduction: "avg" }, ValueError, "argument 'reduction' must be one of 'none', 'mean', 'sum', but got 'avg'."] as [Record<string, unknown>, typeof ShapeError, string]] : []),
  ];
  for (const [options, type, message] of cases) {
    expect(at(options)).toThrow(type);
    expect(at(options)).toThrow(`losslab.${fn}: ${message}`);
  }
}
