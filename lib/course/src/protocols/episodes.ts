/**
 * N-way K-shot episodes (Vinyals et al. 2016; the prototype rule of Snell et al. 2017): an episode draws
 * N classes, K support images and Q query images of each (distinct images), and classifies every query
 * by the most similar class prototype, the mean of the class's K support embeddings ("cosine": the
 * cosine to that mean, i.e. to the normalised mean; "euclidean": minus the distance to it). Ties go to
 * the class drawn first. Accuracy is averaged over episodes, with a 95 % confidence interval
 * mean ± t₀.₉₇₅(E − 1)·s/√E over the E episodes (the few-shot papers report 1.96·s/√E; with E ≥ 100 the
 * two agree to 1 %). Sampling is seeded (losslab's `Rng`): the same seed gives the same episodes.
 */
import { InputTypeError, Rng, ShapeError, ValueError } from "losslab";
import { checkInteger, checkOptions, describe } from "losslab/internal";
import { tQuantile975 } from "../analysis/compare";
import { argmax, checkSimilarity, similarityOf, toEmbeddingRows, toRowLabels, type EmbeddingsInput, type Similarity } from "./embeddings";

export interface Episode {
  /** The N classes (labels), in the order drawn. */
  classes: number[];
  /** Row indices of the support images: class after class, K each. */
  support: number[];
  /** Row indices of the query images: class after class, Q each. */
  query: number[];
}

export interface SampleEpisodesOptions {
  /** The label of every row. */
  labels: ArrayLike<number>;
  /** N, classes an episode (≥ 2). */
  ways: number;
  /** K, support images a class (≥ 1). */
  shots: number;
  /** Q, query images a class (default 1: ≥ 1). */
  queries?: number;
  /** Number of episodes (default 1000). */
  episodes?: number;
  /** Seed of the draw (default 0). */
  seed?: number;
  /** Draw only from these labels (default: every label with at least K + Q rows), e.g. the held-out alphabets' characters. */
  classes?: number[];
}

const EPISODE_OPTIONS = ["labels", "ways", "shots", "queries?", "episodes?", "seed?", "classes?"];

/** Upper bound on episodes (each is a few hundred indices). */
export const MAX_EPISODES = 100000;

/** Seeded N-way K-shot episodes over the rows of `labels`. */
export function sampleEpisodes(options: SampleEpisodesOptions): Episode[] {
  checkOptions("sampleEpisodes", options, EPISODE_OPTIONS);
  return sample("sampleEpisodes", options);
}

function sample(fn: string, options: SampleEpisodesOptions, count?: number): Episode[] {
  const labels = toRowLabels(fn, "labels", options.labels, count ?? (options.labels as ArrayLike<number>)?.length);
  const ways = checkInteger(fn, "ways", options.ways, { min: 2 });
  const shots = checkInteger(fn, "shots", options.shots, { min: 1 });
  const queries = checkInteger(fn, "queries", options.queries ?? 1, { min: 1 });
  const episodes = checkInteger(fn, "episodes", options.episodes ?? 1000, { min: 1, max: MAX_EPISODES });
  const rng = new Rng(checkInteger(fn, "seed", options.seed ?? 0));
  const rowsOf = new Map<number, number[]>();
  labels.forEach((l, i) => {
    const rows = rowsOf.get(l) ?? [];
    rows.push(i);
    rowsOf.set(l, rows);
  });
  let pool: number[];
  if (options.classes !== undefined) {
    if (!Array.isArray(options.classes)) throw new InputTypeError(fn, "classes", "an array of labels", describe(options.classes));
    pool = options.classes.map((c, i) => {
      checkInteger(fn, `classes[${i}]`, c);
      const n = rowsOf.get(c)?.length ?? 0;
      if (n < shots + queries) throw new ValueError(fn, `classes[${i}]`, `a label with at least shots + queries = ${shots + queries} rows`, `label ${c} with ${n}`);
      return c;
    });
    if (new Set(pool).size !== pool.length) throw new ValueError(fn, "classes", "distinct labels", describe(options.classes));
  } else {
    pool = [...rowsOf.keys()].filter((c) => rowsOf.get(c)!.length >= shots + queries).sort((a, b) => a - b);
  }
  if (pool.length < ways) throw new ShapeError(fn, "ways", `at most the ${pool.length} classes with at least ${shots + queries} rows`, `${ways}`);
  const out: Episode[] = [];
  for (let e = 0; e < episodes; e++) {
    const classes = rng.shuffle(pool).slice(0, ways);
    const support: number[] = [];
    const query: number[] = [];
    for (const c of classes) {
      const rows = rng.shuffle(rowsOf.get(c)!);
      support.push(...rows.slice(0, shots));
      query.push(...rows.slice(shots, shots + queries));
    }
    out.push({ classes, support, query });
  }
  return out;
}

export interface EpisodeAccuracyOptions extends SampleEpisodesOptions {
  /** One row an image, in the order of `labels`. */
  embeddings: EmbeddingsInput;
  similarity: Similarity;
}

export interface EpisodeAccuracy {
  /** Mean accuracy over episodes, 0–1. */
  mean: number;
  /** Half-width of the 95 % interval, and the interval. */
  halfWidth: number;
  ci95: [number, number];
  /** Standard deviation of the episodes' accuracies. */
  std: number;
  /** Accuracy of each episode. */
  perEpisode: number[];
  ways: number;
  shots: number;
  queries: number;
  episodes: number;
}

/** N-way K-shot accuracy of an embedding with the prototype rule (see the module comment). */
export function episodeAccuracy(options: EpisodeAccuracyOptions): EpisodeAccuracy {
  const fn = "episodeAccuracy";
  checkOptions(fn, options, ["embeddings", "similarity", ...EPISODE_OPTIONS]);
  checkInteger(fn, "episodes", options.episodes ?? 1000, { min: 2, max: MAX_EPISODES }); // an interval needs two
  const similarity = checkSimilarity(fn, options.similarity);
  const e = toEmbeddingRows(fn, "embeddings", options.embeddings);
  const { embeddings: _, similarity: __, ...sampling } = options;
  const episodes = sample(fn, sampling, e.count);
  const { dim } = e;
  const ways = episodes[0].classes.length;
  const shots = episodes[0].support.length / ways;
  const queries = episodes[0].query.length / ways;
  const protos = new Float64Array(ways * dim);
  const scores = new Float64Array(ways);
  const perEpisode = episodes.map((ep) => {
    protos.fill(0);
    ep.support.forEach((row, s) => {
      const c = Math.floor(s / shots);
      for (let k = 0; k < dim; k++) protos[c * dim + k] += e.data[row * dim + k] / shots;
    });
    let correct = 0;
    ep.query.forEach((row, q) => {
      for (let c = 0; c < ways; c++) scores[c] = similarityOf(similarity, e.data, row, protos, c, dim);
      if (argmax(scores) === Math.floor(q / queries)) correct++;
    });
    return correct / ep.query.length;
  });
  const n = perEpisode.length;
  const mean = perEpisode.reduce((s, v) => s + v, 0) / n;
  const std = Math.sqrt(perEpisode.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const halfWidth = (tQuantile975(n - 1) * std) / Math.sqrt(n);
  return { mean, halfWidth, ci95: [mean - halfWidth, mean + halfWidth], std, perEpisode, ways, shots, queries, episodes: n };
}
