/**
 * Area-averaged (box-filter, antialiased) downsampling of a square 0/1 image, in exact integers: an
 * n×n image becomes m×m, each output pixel the share of its area that is inked. With g = gcd(n, m),
 * p = n/g and q = m/g, output pixel i covers the input interval [i·p/q, (i+1)·p/q); in units of 1/q of
 * an input pixel every overlap is a whole number w ∈ [0, q], so an output pixel's inked area is an
 * integer k ∈ [0, p²] and its value is k / p². For Omniglot, 105 → 28: p = 15, q = 4, values k/225.
 */

/** The rows (or columns) of the input each output row covers, with integer overlaps summing to p. */
export interface AreaWeights {
  /** For output index i: the input indices it overlaps. */
  index: Int32Array[];
  /** Their overlaps, in units of 1/q of an input pixel. */
  weight: Int32Array[];
  /** p², the denominator of the output values. */
  denominator: number;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The 1-D overlaps of an n → m area downsampling (m ≤ n). */
export function areaWeights(n: number, m: number): AreaWeights {
  if (!Number.isInteger(n) || !Number.isInteger(m) || m < 1 || m > n) {
    throw new Error(`losslab.areaWeights: expected integers 1 ≤ m ≤ n, got n = ${n}, m = ${m}.`);
  }
  const g = gcd(n, m);
  const p = n / g;
  const q = m / g;
  const index: Int32Array[] = [];
  const weight: Int32Array[] = [];
  for (let i = 0; i < m; i++) {
    const lo = i * p; // output interval [lo, hi) in units of 1/q
    const hi = lo + p;
    const js: number[] = [];
    const ws: number[] = [];
    for (let j = Math.floor(lo / q); j * q < hi; j++) {
      const w = Math.min(hi, (j + 1) * q) - Math.max(lo, j * q);
      if (w > 0) {
        js.push(j);
        ws.push(w);
      }
    }
    index.push(Int32Array.from(js));
    weight.push(Int32Array.from(ws));
  }
  return { index, weight, denominator: p * p };
}

/** The inked area k of every output pixel (value k / denominator), written to `out` at `offset`. */
export function areaDownsample(ink: Uint8Array, n: number, weights: AreaWeights, out: Uint8Array | Uint16Array, offset: number): void {
  const m = weights.index.length;
  const rowSums = new Int32Array(m * n); // columns first: rowSums[i·n + c] = Σ_r w(i, r) ink[r, c]
  for (let i = 0; i < m; i++) {
    const rs = weights.index[i];
    const ws = weights.weight[i];
    for (let t = 0; t < rs.length; t++) {
      const base = rs[t] * n;
      const w = ws[t];
      for (let c = 0; c < n; c++) if (ink[base + c]) rowSums[i * n + c] += w;
    }
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      const cs = weights.index[j];
      const ws = weights.weight[j];
      let k = 0;
      for (let t = 0; t < cs.length; t++) k += ws[t] * rowSums[i * n + cs[t]];
      out[offset + i * m + j] = k;
    }
  }
}
