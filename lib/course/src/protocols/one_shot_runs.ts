/**
 * Lake et al.'s one-shot classification benchmark (Lake, Salakhutdinov & Tenenbaum 2015, Science), scored
 * exactly as `python/one-shot-classification/demo_classification.py` of github.com/brendenlake/omniglot:
 * in each run, every test image gets the training image of lowest cost (or highest score) —
 * `np.argmin` / `np.argmax`, so ties go to the first in sorted file order — and is correct when that is
 * the training image class_labels.txt pairs with it; a run's error is 100 − 100·correct/20 %, and the
 * benchmark's error is the mean over the 20 runs. With the Modified Hausdorff Distance on the ink
 * points the demo reports 38.8 %.
 */
import { InputTypeError, ShapeError } from "losslab";
import { checkOptions, describe } from "losslab/internal";
import type { OneShotRun } from "../data/omniglot_runs";
import { modifiedHausdorffDistance } from "./modified_hausdorff";
import { argmax, checkSimilarity, similarityOf, toEmbeddingRows, type EmbeddingsInput, type Similarity } from "./embeddings";

/** One image of a run, as a cost or score function sees it. */
export interface OneShotItem {
  /** Index of the run in `runs`. */
  run: number;
  /** Index of the image among the run's sorted training (or test) images. */
  index: number;
  file: string;
  /** Its pixels (a view into the run's images). */
  image: Float32Array | Uint8Array;
  /** Its ink points (see loadOneShotRuns). */
  points: Float64Array;
}

export interface OneShotRunsErrorOptions {
  runs: OneShotRun<Float32Array | Uint8Array>[];
  /** Small = alike (the demo's ftype 'cost'); give this or `score`. */
  cost?: (test: OneShotItem, training: OneShotItem) => number;
  /** Large = alike (the demo's ftype 'score'). */
  score?: (test: OneShotItem, training: OneShotItem) => number;
}

export interface OneShotRunResult {
  name: string;
  /** Error in percent, 0–100. */
  errorPercent: number;
  correct: number;
  total: number;
  /** For each sorted test image, the index of the training image chosen. */
  predictions: number[];
}

export interface OneShotRunsResult {
  /** Mean of the runs' errors, in percent. */
  errorPercent: number;
  runs: OneShotRunResult[];
}

function item(run: OneShotRun<Float32Array | Uint8Array>, r: number, part: "training" | "test", index: number): OneShotItem {
  const images = run[part].images;
  const pixels = images.length / run[part].files.length;
  return { run: r, index, file: run[part].files[index], image: images.subarray(index * pixels, (index + 1) * pixels), points: run[part].points[index] };
}

function checkRuns(fn: string, runs: unknown): OneShotRun<Float32Array | Uint8Array>[] {
  if (!Array.isArray(runs) || runs.length === 0) throw new InputTypeError(fn, "runs", "a non-empty array of runs from loadOneShotRuns(...).runs", describe(runs));
  runs.forEach((run, r) => {
    const ok = run && run.training && run.test && Array.isArray(run.training.files) && Array.isArray(run.test.files) && run.answers instanceof Int32Array &&
      run.answers.length === run.test.files.length && run.training.files.length > 0;
    if (!ok) throw new InputTypeError(fn, `runs[${r}]`, "a run { training, test, answers } from loadOneShotRuns", describe(run));
  });
  return runs;
}

/** The benchmark's error with a cost or a score between a test image and a training image. */
export function oneShotRunsError(options: OneShotRunsErrorOptions): OneShotRunsResult {
  const fn = "oneShotRunsError";
  checkOptions(fn, options, ["runs", "cost?", "score?"]);
  const runs = checkRuns(fn, options.runs);
  if ((options.cost === undefined) === (options.score === undefined)) {
    throw new InputTypeError(fn, "cost", "exactly one of 'cost' and 'score' (a function)", options.cost === undefined ? "neither" : "both");
  }
  const f = (options.cost ?? options.score)!;
  if (typeof f !== "function") throw new InputTypeError(fn, options.cost ? "cost" : "score", "a function (test, training) => number", describe(f));
  const sign = options.cost !== undefined ? -1 : 1; // argmin of the cost = argmax of −cost, ties to the first either way
  const results = runs.map((run, r) => {
    const training = run.training.files.map((_, c) => item(run, r, "training", c));
    const predictions = run.test.files.map((_, i) => {
      const test = item(run, r, "test", i);
      const values = training.map((t) => {
        const v = f(test, t);
        if (typeof v !== "number" || Number.isNaN(v)) throw new InputTypeError(fn, options.cost ? "cost" : "score", "a function returning numbers (not NaN)", `${describe(v)} for ${test.file} vs ${t.file}`);
        return sign * v;
      });
      return argmax(values);
    });
    const correct = predictions.filter((p, i) => p === run.answers[i]).length;
    const total = predictions.length;
    return { name: run.name, errorPercent: 100 - (100 * correct) / total, correct, total, predictions };
  });
  return { errorPercent: results.reduce((s, r) => s + r.errorPercent, 0) / results.length, runs: results };
}

/** The demo's baseline: the Modified Hausdorff Distance between the ink points, as a cost (38.8 % on the official runs). */
export function modifiedHausdorffOneShotError(runs: OneShotRun<Float32Array | Uint8Array>[]): OneShotRunsResult {
  return oneShotRunsError({ runs, cost: (test, training) => modifiedHausdorffDistance(test.points, training.points) });
}

export interface OneShotEmbeddingErrorOptions {
  runs: OneShotRun<Float32Array | Uint8Array>[];
  /** Per run, the embeddings of its training images in their sorted order (one row an image). */
  training: EmbeddingsInput[];
  /** Per run, the embeddings of its test images in their sorted order. */
  test: EmbeddingsInput[];
  /** The similarity the embedding was trained with. */
  similarity: Similarity;
}

/** The benchmark with embeddings of the runs' images and the nearest-neighbour rule (largest similarity). */
export function oneShotEmbeddingError(options: OneShotEmbeddingErrorOptions): OneShotRunsResult {
  const fn = "oneShotEmbeddingError";
  checkOptions(fn, options, ["runs", "training", "test", "similarity"]);
  const runs = checkRuns(fn, options.runs);
  const similarity = checkSimilarity(fn, options.similarity);
  const read = (arg: "training" | "test") => {
    const list = options[arg];
    if (!Array.isArray(list) || list.length !== runs.length) throw new ShapeError(fn, arg, `one embedding matrix per run (${runs.length})`, describe(list));
    return list.map((e, r) => {
      const rows = toEmbeddingRows(fn, `${arg}[${r}]`, e);
      if (rows.count !== runs[r][arg].files.length) throw new ShapeError(fn, `${arg}[${r}]`, `${runs[r][arg].files.length} rows, one per ${arg} image of ${runs[r].name}`, `${rows.count}`);
      return rows;
    });
  };
  const training = read("training");
  const test = read("test");
  if (training.some((t, r) => t.dim !== test[r].dim)) throw new ShapeError(fn, "test", "embeddings of the same width as 'training'", "another width");
  return oneShotRunsError({
    runs,
    score: (a, b) => similarityOf(similarity, test[a.run].data, a.index, training[b.run].data, b.index, test[a.run].dim),
  });
}
