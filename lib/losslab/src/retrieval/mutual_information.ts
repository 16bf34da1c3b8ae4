/**
 * Agreement of two labelings of the same samples (classes and clusters), in float64 on the host, as
 * scikit-learn computes them (the functions pytorch-metric-learning's AccuracyCalculator calls for
 * "NMI" and "AMI"; tested against sklearn 1.9.1's values):
 *
 * - MI = Σ_ij (n_ij/N)·log(N·n_ij / (a_i·b_j)) over the contingency table n_ij (row sums a_i, column
 *   sums b_j); H the entropy of each labeling.
 * - NMI = MI / ((H(U) + H(V)) / 2) (sklearn's default "arithmetic" normalisation); 1 when both
 *   labelings have a single (or no) label, 0 when MI = 0 otherwise.
 * - AMI = (MI − E[MI]) / ((H(U) + H(V)) / 2 − E[MI]) (Vinh, Epps & Bailey 2010), E[MI] the expected MI
 *   of two random labelings with the same cluster sizes (the hypergeometric sum, with log-factorials);
 *   the denominator kept at least machine epsilon away from 0 as sklearn does; 1 in the same special
 *   case as NMI. The sum runs over distinct pairs of cluster sizes, so 60,000 samples in thousands of
 *   classes take well under a second.
 */
import { ShapeError, checkSameCount, toLabels, type TensorInput } from "../validation";

/** The contingency table's non-zero cells and its row and column sums. */
function contingency(classes: Int32Array, clusters: Int32Array) {
  const rowOf = new Map<number, number>();
  const colOf = new Map<number, number>();
  const cells = new Map<number, number>();
  classes.forEach((c, i) => {
    if (!rowOf.has(c)) rowOf.set(c, rowOf.size);
    const k = clusters[i];
    if (!colOf.has(k)) colOf.set(k, colOf.size);
  });
  const rows = new Float64Array(rowOf.size);
  const cols = new Float64Array(colOf.size);
  classes.forEach((c, i) => {
    const [r, k] = [rowOf.get(c)!, colOf.get(clusters[i])!];
    rows[r] += 1;
    cols[k] += 1;
    const key = r * colOf.size + k;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  });
  return { rows, cols, cells, width: colOf.size };
}

function entropy(sums: Float64Array, n: number): number {
  if (sums.length <= 1) return 0;
  let h = 0;
  for (const s of sums) h -= (s / n) * (Math.log(s) - Math.log(n));
  return h;
}

function mutualInformation(t: ReturnType<typeof contingency>, n: number): number {
  if (t.rows.length === 1 || t.cols.length === 1) return 0;
  let mi = 0;
  for (const [key, nij] of t.cells) {
    const [a, b] = [t.rows[Math.floor(key / t.width)], t.cols[key % t.width]];
    const term = (nij / n) * (Math.log(nij) - Math.log(n)) + (nij / n) * (-Math.log(a * b) + Math.log(n) + Math.log(n));
    if (Math.abs(term) >= Number.EPSILON) mi += term;
  }
  return Math.max(mi, 0);
}

/** ln(m!) for m = 0 … n. */
function logFactorials(n: number): Float64Array {
  const out = new Float64Array(n + 1);
  for (let m = 2; m <= n; m++) out[m] = out[m - 1] + Math.log(m);
  return out;
}

/** Distinct values of a list of sizes with their multiplicities. */
function sizeCounts(sums: Float64Array): [number, number][] {
  const counts = new Map<number, number>();
  for (const s of sums) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()];
}

/** E[MI] of two random labelings with row sizes a and column sizes b (sklearn's expected_mutual_information). */
function expectedMutualInformation(t: ReturnType<typeof contingency>, n: number): number {
  if (t.rows.length === 1 || t.cols.length === 1) return 0;
  const lf = logFactorials(n);
  const logN = Math.log(n);
  let emi = 0;
  for (const [a, countA] of sizeCounts(t.rows)) {
    for (const [b, countB] of sizeCounts(t.cols)) {
      const fixed = lf[a] + lf[b] + lf[n - a] + lf[n - b] - lf[n];
      let inner = 0;
      for (let nij = Math.max(1, a - n + b); nij <= Math.min(a, b); nij++) {
        const logP = fixed - lf[nij] - lf[a - nij] - lf[b - nij] - lf[n - a - b + nij];
        inner += (nij / n) * (logN + Math.log(nij) - Math.log(a) - Math.log(b)) * Math.exp(logP);
      }
      emi += countA * countB * inner;
    }
  }
  return emi;
}

function labelings(fn: string, labels: TensorInput | Int32Array, clusters: TensorInput | Int32Array): [Int32Array, Int32Array] {
  const y = toLabels(fn, "labels", labels);
  const c = toLabels(fn, "clusters", clusters);
  checkSameCount(fn, "labels", y, "clusters", c);
  if (y.length === 0) throw new ShapeError(fn, "labels", "at least one sample", "an empty list");
  return [y, c];
}

/** Both labelings have a single label: sklearn's perfect-match special case. */
function trivial(t: ReturnType<typeof contingency>): boolean {
  return t.rows.length === 1 && t.cols.length === 1;
}

/** Normalised mutual information of class labels and cluster ids (sklearn's `normalized_mutual_info_score`). */
export function normalizedMutualInfo(labels: TensorInput | Int32Array, clusters: TensorInput | Int32Array): number {
  const [y, c] = labelings("normalizedMutualInfo", labels, clusters);
  const t = contingency(y, c);
  if (trivial(t)) return 1;
  const mi = mutualInformation(t, y.length);
  if (mi === 0) return 0;
  return mi / ((entropy(t.rows, y.length) + entropy(t.cols, y.length)) / 2);
}

/** Adjusted mutual information of class labels and cluster ids (sklearn's `adjusted_mutual_info_score`). */
export function adjustedMutualInfo(labels: TensorInput | Int32Array, clusters: TensorInput | Int32Array): number {
  const [y, c] = labelings("adjustedMutualInfo", labels, clusters);
  const t = contingency(y, c);
  if (trivial(t)) return 1;
  const n = y.length;
  const mi = mutualInformation(t, n);
  const emi = expectedMutualInformation(t, n);
  const normalizer = (entropy(t.rows, n) + entropy(t.cols, n)) / 2;
  let denominator = normalizer - emi;
  denominator = denominator < 0 ? Math.min(denominator, -Number.EPSILON) : Math.max(denominator, Number.EPSILON);
  return (mi - emi) / denominator;
}
