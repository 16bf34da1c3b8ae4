// Plain float64 loops that the metric-learning tests compare losslab against, and seeded inputs.
import { Rng, tf } from "losslab";

export type Matrix = number[][];

export const sqDist = (a: number[], b: number[]) => a.reduce((s, v, k) => s + (v - b[k]) ** 2, 0);
export const dist = (a: number[], b: number[]) => Math.sqrt(sqDist(a, b));
export const norm = (a: number[]) => Math.sqrt(a.reduce((s, v) => s + v * v, 0));
/** 1 − cos with the same ε clamp of the norms as losslab (1e-6). */
export const cosDist = (a: number[], b: number[]) =>
  1 - a.reduce((s, v, k) => s + v * b[k], 0) / (Math.max(norm(a), 1e-6) * Math.max(norm(b), 1e-6));
export const distances = { squaredEuclidean: sqDist, euclidean: dist, cosine: cosDist };

/** An n×d matrix of N(0, 1) draws (seeded). */
export function randomMatrix(n: number, d: number, seed: number, scale = 1): Matrix {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => Array.from({ length: d }, () => scale * rng.normal()));
}

/** |a − b| ≤ tol·max(1, |b|): the float32 results against float64 loops. */
export function expectClose(actual: ArrayLike<number> | number, expected: ArrayLike<number> | number, tol = 1e-6): void {
  const a = typeof actual === "number" ? [actual] : Array.from(actual);
  const e = typeof expected === "number" ? [expected] : Array.from(expected);
  expect(a.length).toBe(e.length);
  a.forEach((v, i) => {
    const err = Math.abs(v - e[i]);
    if (!(err <= tol * Math.max(1, Math.abs(e[i])))) {
      throw new Error(`entry ${i}: got ${v}, expected ${e[i]} (error ${err} above ${tol}·max(1, |expected|))`);
    }
  });
}

/** Values of a tensor as numbers, and the tensor disposed. */
export function take(t: tf.Tensor): number[] {
  const v = Array.from(t.dataSync());
  t.dispose();
  return v;
}

/** Central finite differences (float64 function f of a flat parameter vector). */
export function finiteDifferences(f: (x: number[]) => number, x: number[], h = 1e-6): number[] {
  return x.map((_, i) => {
    const plus = x.slice();
    const minus = x.slice();
    plus[i] += h;
    minus[i] -= h;
    return (f(plus) - f(minus)) / (2 * h);
  });
}
