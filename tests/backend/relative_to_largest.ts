/** Largest |a − b| over the largest |b| (floor 1e-12); NaN when a difference is NaN. For float32 results whose entries are sums that cancel. */
export function relativeToLargest(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  let m = 1e-12;
  for (let i = 0; i < b.length; i++) {
    d = Math.max(d, Math.abs(a[i] - b[i]));
    m = Math.max(m, Math.abs(b[i]));
  }
  return Number.isNaN(d) ? NaN : d / m;
}
