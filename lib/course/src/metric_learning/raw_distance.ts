/**
 * `pointDistance` without its checks, for loops over points already checked (the metric axioms, the
 * per-epoch statistics of `trainEmbedding`). Internal: not exported from the package.
 */
import type { PointDistanceName } from "./axioms";

export function rawPointDistance(name: PointDistanceName, a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  if (name === "cosine") {
    let na = 0;
    let nb = 0;
    for (let i = 0; i < a.length; i++) {
      s += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na === 0 || nb === 0 ? 1 : 1 - s / Math.sqrt(na * nb);
  }
  for (let i = 0; i < a.length; i++) s += name === "manhattan" ? Math.abs(a[i] - b[i]) : (a[i] - b[i]) ** 2;
  return name === "euclidean" ? Math.sqrt(s) : s;
}
