/**
 * Seeded data helpers of the explorables (no DOM, no tensors): decoding the pages' shipped bytes,
 * Gaussian clusters in the plane, and the order of mini-batches. Every draw comes from losslab's
 * `Rng(seed)`, so a page reset with the same seed trains on the same data in the same order.
 */
import { Rng } from "losslab";

/** A labelled set of points: row i is x[i·dim … i·dim + dim − 1], its class y[i]. */
export interface PointSet {
  x: Float32Array;
  y: Int32Array;
  count: number;
  dim: number;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Bytes of a base64 string (standard alphabet, with or without '=' padding); the same in Node and browsers. */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, "");
  if (clean.length % 4 === 1) throw new Error(`decodeBase64: a base64 text cannot have ${clean.length} characters`);
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const v = c < 128 ? B64_INDEX[c] : -1;
    if (v < 0) throw new Error(`decodeBase64: character ${JSON.stringify(clean[i])} at ${i} is not base64`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** Bytes 0-255 as floats k/255. */
export function bytesToUnit(bytes: Uint8Array): Float32Array {
  return Float32Array.from(bytes, (b) => b / 255);
}

export interface GaussianClustersOptions {
  /** Centre of each class in the plane (or any dimension: all of one length). */
  centres: number[][];
  /** Points drawn for each class. */
  counts: number[];
  /** Standard deviation of every coordinate (one number, or one per class). */
  std: number | number[];
  seed: number;
}

/** Seeded Gaussian clusters, class after class then shuffled (seeded). */
export function gaussianClusters(options: GaussianClustersOptions): PointSet {
  const { centres, counts, seed } = options;
  if (centres.length === 0 || centres.length !== counts.length) {
    throw new Error(`gaussianClusters: 'centres' and 'counts' must be non-empty and of one length, got ${centres.length} and ${counts.length}`);
  }
  const dim = centres[0].length;
  if (centres.some((c) => c.length !== dim)) throw new Error("gaussianClusters: every centre must have the same length");
  if (counts.some((n) => !Number.isInteger(n) || n < 0)) throw new Error("gaussianClusters: counts must be integers >= 0");
  const stds = typeof options.std === "number" ? centres.map(() => options.std as number) : options.std;
  if (stds.length !== centres.length || stds.some((s) => !(s >= 0))) throw new Error("gaussianClusters: 'std' must be >= 0, one number or one per class");
  const rng = new Rng(seed);
  const rows: { p: number[]; c: number }[] = [];
  centres.forEach((centre, c) => {
    for (let i = 0; i < counts[c]; i++) rows.push({ p: centre.map((v) => rng.normal(v, stds[c])), c });
  });
  const order = rng.shuffle(rows);
  const x = new Float32Array(order.length * dim);
  order.forEach((r, i) => x.set(r.p, i * dim));
  return { x, y: Int32Array.from(order, (r) => r.c), count: order.length, dim };
}

/**
 * The mini-batches of one epoch: the rows 0 … n−1 in a seeded random order, cut into batches of
 * `batch` (the last one shorter when n is not a multiple).
 */
export function epochBatches(n: number, batch: number, rng: Rng): Int32Array[] {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(batch) || batch < 1) {
    throw new Error(`epochBatches: expected integers n >= 1 and batch >= 1, got ${n} and ${batch}`);
  }
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const out: Int32Array[] = [];
  for (let i = 0; i < n; i += batch) out.push(Int32Array.from(order.slice(i, i + batch)));
  return out;
}

/** Rows of a row-major matrix (`dim` columns), in the order given. */
export function gatherRows(values: Float32Array, dim: number, rows: ArrayLike<number>): Float32Array {
  const out = new Float32Array(rows.length * dim);
  for (let i = 0; i < rows.length; i++) out.set(values.subarray(rows[i] * dim, rows[i] * dim + dim), i * dim);
  return out;
}
