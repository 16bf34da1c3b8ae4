/**
 * Small seeded 2-D data sets the explorables ship inside their pages (nothing is downloaded):
 * a pinwheel of K curved arms for the embedding, and an imbalanced two-blob problem for focal loss.
 */
import { Rng } from "losslab";

/** Points x (row-major [n, 2]) with integer labels. */
export interface PointSet {
  x: Float32Array;
  labels: Int32Array;
  n: number;
  classes: number;
}

export interface PinwheelOptions {
  /** Number of arms (classes). @default 4 */
  classes?: number;
  /** Points per arm. @default 40 */
  perClass?: number;
  /** Standard deviation of the tangential noise: larger makes the arms overlap. @default 0.12 */
  noise?: number;
  /** @default 0 */
  seed?: number;
}

/**
 * The pinwheel (Johnson et al. 2016's toy set): arm k's points at radius r ~ |N(1, 0.3)| turned by
 * 2πk/K + 0.9·r, with tangential noise; neighbouring arms curl into each other, so no linear map of
 * the input separates them and the network has something to learn.
 */
export function pinwheel(options: PinwheelOptions = {}): PointSet {
  const { classes = 4, perClass = 40, noise = 0.12, seed = 0 } = options;
  const rng = new Rng(seed);
  const n = classes * perClass;
  const x = new Float32Array(2 * n);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = i % classes;
    const r = 0.3 + Math.abs(rng.normal(0.8, 0.35));
    const tangent = rng.normal(0, noise);
    const angle = (2 * Math.PI * k) / classes + 0.9 * r;
    x[2 * i] = r * Math.cos(angle) - tangent * Math.sin(angle);
    x[2 * i + 1] = r * Math.sin(angle) + tangent * Math.cos(angle);
    labels[i] = k;
  }
  return { x, labels, n, classes };
}

export interface ImbalancedOptions {
  /** Number of points. @default 400 */
  n?: number;
  /** Share of the rare class (label 1). @default 0.05 */
  rareShare?: number;
  /** @default 0 */
  seed?: number;
}

/**
 * Two overlapping classes: the common one (label 0) a wide blob around the origin, the rare one
 * (label 1) a tighter blob at (1.4, 1.1) inside its edge. Exactly round(n·rareShare) rare points,
 * shuffled in.
 */
export function imbalanced(options: ImbalancedOptions = {}): PointSet {
  const { n = 400, rareShare = 0.05, seed = 0 } = options;
  const rng = new Rng(seed);
  const rare = Math.round(n * rareShare);
  const labels = Int32Array.from(rng.shuffle(Array.from({ length: n }, (_, i) => (i < rare ? 1 : 0))));
  const x = new Float32Array(2 * n);
  labels.forEach((label, i) => {
    const [cx, cy, s] = label === 1 ? [1.4, 1.1, 0.45] : [0, 0, 1];
    x[2 * i] = rng.normal(cx, s);
    x[2 * i + 1] = rng.normal(cy, s);
  });
  return { x, labels, n, classes: 2 };
}
