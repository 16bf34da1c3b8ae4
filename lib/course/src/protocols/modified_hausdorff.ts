/**
 * The Modified Hausdorff Distance of Dubuisson & Jain (1994, "A modified Hausdorff distance for object
 * matching", ICPR, pp. 566–568), their distance "d₂₂": for point sets A and B,
 *   d(a, B) = min_{b ∈ B} ‖a − b‖,   d(A, B) = (1/|A|) Σ_{a ∈ A} d(a, B),
 *   MHD(A, B) = max(d(A, B), d(B, A)).
 * It is the baseline of Omniglot's one-shot benchmark (Lake et al. 2015), on the inked pixels' (row, col)
 * centred on their mean (`loadOneShotRuns`' `points`). Plain float64 loops.
 */
import { InputTypeError, ShapeError, ValueError } from "losslab";
import { describe } from "losslab/internal";

/** Points as interleaved (x, y) coordinates [x₀, y₀, x₁, y₁, …] or as [x, y] pairs. */
export type PointSet = Float64Array | ArrayLike<number> | ArrayLike<number>[];

function toPoints(fn: string, arg: string, value: unknown): Float64Array {
  let flat: Float64Array;
  if (Array.isArray(value) && value.length > 0 && typeof value[0] === "object") {
    flat = new Float64Array(2 * value.length);
    value.forEach((p, i) => {
      if (p === null || typeof p !== "object" || (p as ArrayLike<number>).length !== 2) throw new ShapeError(fn, `${arg}[${i}]`, "a point [x, y]", describe(p));
      flat[2 * i] = (p as ArrayLike<number>)[0];
      flat[2 * i + 1] = (p as ArrayLike<number>)[1];
    });
  } else if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    flat = Float64Array.from(value as ArrayLike<number>);
    if (flat.length % 2 !== 0) throw new ShapeError(fn, arg, "interleaved (x, y) coordinates (an even count)", `${flat.length} numbers`);
  } else {
    throw new InputTypeError(fn, arg, "a point set: [[x, y], …] or interleaved [x₀, y₀, x₁, y₁, …]", describe(value));
  }
  if (flat.length === 0) throw new ShapeError(fn, arg, "at least one point", "none (an image without ink?)");
  flat.forEach((v, k) => {
    if (!Number.isFinite(v)) throw new ValueError(fn, arg, "finite coordinates", `${v} in point ${k >> 1}`);
  });
  return flat;
}

/** The points sorted by their first coordinate (already so for ink points, which come in row-major order). */
function sortedByX(p: Float64Array): Float64Array {
  let sorted = true;
  for (let i = 2; i < p.length && sorted; i += 2) sorted = p[i - 2] <= p[i];
  if (sorted) return p;
  const order = Array.from({ length: p.length / 2 }, (_, i) => i).sort((i, j) => p[2 * i] - p[2 * j]);
  const out = new Float64Array(p.length);
  order.forEach((i, k) => {
    out[2 * k] = p[2 * i];
    out[2 * k + 1] = p[2 * i + 1];
  });
  return out;
}

/**
 * Mean over the points of `a` of the distance to the nearest point of `b` (b sorted by x). The search
 * starts at a's x in b and walks outwards, stopping on each side once (Δx)² alone reaches the best squared
 * distance so far: the same minimum as a full scan (the same sums are compared), far fewer of them.
 */
function directed(a: Float64Array, b: Float64Array): number {
  const n = b.length >> 1;
  let sum = 0;
  for (let i = 0; i < a.length; i += 2) {
    const x = a[i];
    const y = a[i + 1];
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[2 * mid] < x) lo = mid + 1;
      else hi = mid;
    }
    let best = Number.POSITIVE_INFINITY;
    for (let j = lo; j < n; j++) {
      const dx = b[2 * j] - x;
      if (dx * dx >= best) break;
      const dy = b[2 * j + 1] - y;
      const d = dx * dx + dy * dy;
      if (d < best) best = d;
    }
    for (let j = lo - 1; j >= 0; j--) {
      const dx = x - b[2 * j];
      if (dx * dx >= best) break;
      const dy = b[2 * j + 1] - y;
      const d = dx * dx + dy * dy;
      if (d < best) best = d;
    }
    sum += Math.sqrt(best);
  }
  return sum / (a.length / 2);
}

/** MHD(A, B) = max(mean_a min_b ‖a − b‖, mean_b min_a ‖a − b‖) of two 2-D point sets. */
export function modifiedHausdorffDistance(a: PointSet, b: PointSet): number {
  const fn = "modifiedHausdorffDistance";
  const pa = toPoints(fn, "a", a);
  const pb = toPoints(fn, "b", b);
  return Math.max(directed(pa, sortedByX(pb)), directed(pb, sortedByX(pa)));
}
