/**
 * Verification on pairs of images (e.g. of characters no network saw): is the pair one character? A
 * seeded sample of pairs, scored by the embedding's similarity, measured by ROC AUC and by TAR at fixed
 * FARs (the face-verification measures; losslab's `rocAuc` and `tarAtFar`).
 *
 * Pairs: every same-label pair (i < j), or `maxPositives` of them drawn at random; and as many
 * different-label pairs as positives, but at least `minNegatives`, drawn uniformly without repetition.
 *
 * TAR at FAR f is NOT interpolated: it is the largest true-accept rate among the ROC's thresholds whose
 * false-accept rate is ≤ f, i.e. the threshold that accepts at most ⌊f·n⌋ of the n negatives (tied scores
 * are accepted or refused together). With n < 1/f that means accepting no negative at all, a different
 * and cruder number; with n = 1/f it rests on one negative. So FAR f needs n ≥ 1/f negatives to be
 * measured at all, and the default `minNegatives` = 10/min(fars) = 10,000 for FAR 1e-3 puts ten false
 * accepts at the strictest threshold. A set with fewer distinct different-label pairs is refused.
 */
import { rocAuc, Rng, tarAtFar, ValueError, ShapeError } from "losslab";
import { checkInteger, checkNumberArray, checkOptions } from "losslab/internal";
import { checkSimilarity, similarityOf, toEmbeddingRows, toRowLabels, type EmbeddingsInput, type Similarity } from "./embeddings";

export interface VerificationPairs {
  first: Int32Array;
  second: Int32Array;
  /** 1 where the two rows have one label. */
  isSame: Uint8Array;
  positives: number;
  negatives: number;
}

export interface SampleVerificationPairsOptions {
  labels: ArrayLike<number>;
  /** Seed of the draw (default 0). */
  seed?: number;
  /** At most this many same-label pairs (default: all). */
  maxPositives?: number;
  /** At least this many different-label pairs (default 10,000 = 10/1e-3: see the module comment). */
  minNegatives?: number;
}

/** Upper bound on pairs of either kind (each is a few bytes; the scores are computed in float64 loops). */
export const MAX_VERIFICATION_PAIRS = 2_000_000;

const PAIR_OPTIONS = ["labels", "seed?", "maxPositives?", "minNegatives?"];

/** A seeded sample of same-label and different-label pairs (see the module comment). */
export function sampleVerificationPairs(options: SampleVerificationPairsOptions): VerificationPairs {
  checkOptions("sampleVerificationPairs", options, PAIR_OPTIONS);
  return samplePairs("sampleVerificationPairs", options, undefined);
}

function samplePairs(fn: string, options: SampleVerificationPairsOptions, count: number | undefined): VerificationPairs {
  const labels = toRowLabels(fn, "labels", options.labels, count ?? (options.labels as ArrayLike<number>)?.length);
  const rng = new Rng(checkInteger(fn, "seed", options.seed ?? 0));
  const maxPositives = checkInteger(fn, "maxPositives", options.maxPositives ?? MAX_VERIFICATION_PAIRS, { min: 1, max: MAX_VERIFICATION_PAIRS });
  const minNegatives = checkInteger(fn, "minNegatives", options.minNegatives ?? 10000, { min: 1, max: MAX_VERIFICATION_PAIRS });
  const n = labels.length;
  let positives: number[] = []; // i·n + j, i < j
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (labels[i] === labels[j]) {
    positives.push(i * n + j);
    if (positives.length > 4 * MAX_VERIFICATION_PAIRS) throw new ShapeError(fn, "labels", `at most ${4 * MAX_VERIFICATION_PAIRS} same-label pairs`, "more");
  }
  if (positives.length === 0) throw new ValueError(fn, "labels", "at least one label with two rows (a same-label pair)", "none");
  if (positives.length > maxPositives) positives = rng.shuffle(positives).slice(0, maxPositives);
  const wanted = Math.max(positives.length, minNegatives);
  const differentPairs = (n * (n - 1)) / 2 - countSamePairs(labels);
  if (differentPairs < wanted) {
    throw new ValueError(fn, "labels", `at least ${wanted} different-label pairs (as many as the positives, and minNegatives = ${minNegatives})`, `${differentPairs}`);
  }
  const negatives = new Set<number>();
  if (wanted > differentPairs / 2) {
    // dense: enumerate and shuffle
    const all: number[] = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (labels[i] !== labels[j]) all.push(i * n + j);
    rng.shuffle(all).slice(0, wanted).forEach((k) => negatives.add(k));
  } else {
    while (negatives.size < wanted) {
      const a = rng.int(n);
      const b = rng.int(n);
      if (labels[a] === labels[b]) continue;
      negatives.add(a < b ? a * n + b : b * n + a);
    }
  }
  const keys = [...positives, ...negatives];
  return {
    first: Int32Array.from(keys, (k) => Math.floor(k / n)),
    second: Int32Array.from(keys, (k) => k % n),
    isSame: Uint8Array.from(keys, (_, t) => (t < positives.length ? 1 : 0)),
    positives: positives.length,
    negatives: negatives.size,
  };
}

function countSamePairs(labels: Int32Array): number {
  const counts = new Map<number, number>();
  labels.forEach((l) => counts.set(l, (counts.get(l) ?? 0) + 1));
  let s = 0;
  counts.forEach((c) => (s += (c * (c - 1)) / 2));
  return s;
}

export interface VerificationOptions extends SampleVerificationPairsOptions {
  embeddings: EmbeddingsInput;
  similarity: Similarity;
  /** FARs at which to report TAR (default [1e-2, 1e-3]). */
  fars?: number[];
}

export interface VerificationResult {
  auc: number;
  /** TAR at each requested FAR, with the most negatives that threshold accepts (⌊far·negatives⌋). */
  tar: { far: number; tar: number; acceptedNegatives: number }[];
  positives: number;
  negatives: number;
}

/** ROC AUC and TAR@FAR of an embedding on a seeded pair sample (see the module comment). */
export function verificationProtocol(options: VerificationOptions): VerificationResult {
  const fn = "verificationProtocol";
  checkOptions(fn, options, ["embeddings", "similarity", "fars?", ...PAIR_OPTIONS]);
  const similarity = checkSimilarity(fn, options.similarity);
  const fars = checkNumberArray(fn, "fars", options.fars ?? [1e-2, 1e-3], { minLength: 1 });
  fars.forEach((f, i) => {
    if (!(f > 0 && f < 1)) throw new ValueError(fn, `fars[${i}]`, "a rate in (0, 1)", `${f}`);
  });
  const e = toEmbeddingRows(fn, "embeddings", options.embeddings);
  const minNegatives = options.minNegatives ?? Math.ceil(10 / Math.min(...fars));
  const pairs = samplePairs(fn, { labels: options.labels, seed: options.seed, maxPositives: options.maxPositives, minNegatives }, e.count);
  const scores = Float64Array.from(pairs.first, (a, t) => similarityOf(similarity, e.data, a, e.data, pairs.second[t], e.dim));
  const input = { scores, isSame: pairs.isSame, kind: "similarity" as const };
  return {
    auc: rocAuc(input),
    tar: fars.map((far) => ({ far, tar: tarAtFar(input, far), acceptedNegatives: Math.floor(far * pairs.negatives + 1e-9) })),
    positives: pairs.positives,
    negatives: pairs.negatives,
  };
}
