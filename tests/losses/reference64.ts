// Plain float64 formulas the tests compare losslab (float32) with: written out loop by loop, from the
// definitions, independently of the library's code.
import { Rng } from "losslab";
import { draw, rows } from "./helpers";

export const sigmoid64 = (z: number) => 1 / (1 + Math.exp(-z));

/** log σ(z), without overflow: −log(1 + e^{−z}) for z ≥ 0, z − log(1 + e^{z}) below. */
export const logSigmoid64 = (z: number) => (z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z)));

/** Binary cross-entropy of a label t ∈ [0, 1] and a logit z: −[t log σ(z) + (1 − t) log σ(−z)]. */
export const bceLogits64 = (t: number, z: number) => -(t * logSigmoid64(z) + (1 - t) * logSigmoid64(-z));

/** log softmax of one row, by log-sum-exp. */
export function logSoftmax64(s: number[]): number[] {
  const m = Math.max(...s);
  const lse = m + Math.log(s.reduce((acc, v) => acc + Math.exp(v - m), 0));
  return s.map((v) => v - lse);
}

/** Class indices as one-hot rows of length c. */
export const oneHot = (labels: number[], c: number) => labels.map((l) => Array.from({ length: c }, (_, i) => (i === l ? 1 : 0)));

/** n rows of c probabilities (each in [lowest/c-ish, 1], adding up to 1), rounded to float32. */
export function probabilityRows(rng: Rng, n: number, c: number, lowest = 0): number[][] {
  return rows(draw(rng, n * c, (r) => r.uniform(lowest, 1)), c).map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return Array.from(Float32Array.from(row.map((v) => v / total)));
  });
}
