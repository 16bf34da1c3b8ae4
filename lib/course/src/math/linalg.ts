/** Small dense linear algebra in float64, for the closed-form answers the lessons compare against. */

/** Eigenvalues of the symmetric 2×2 matrix [[a, b], [b, c]], largest first. */
export function symmetricEigenvalues2(a: number, b: number, c: number): [number, number] {
  const mean = (a + c) / 2;
  const radius = Math.hypot((a - c) / 2, b);
  return [mean + radius, mean - radius];
}

/** Solves the 2×2 system [[a, b], [c, d]] · v = [e, f]. */
export function solve2(a: number, b: number, c: number, d: number, e: number, f: number): [number, number] {
  const det = a * d - b * c;
  if (det === 0) throw new Error("losslab.solve2: the matrix is singular.");
  return [(e * d - b * f) / det, (a * f - e * c) / det];
}

/** Mean of an array. */
export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s / values.length;
}
