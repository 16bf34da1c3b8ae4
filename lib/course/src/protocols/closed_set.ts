/**
 * Closed-set accuracy: images of trained classes (e.g. held-out drawers of trained characters) classified
 * by the largest logit, or by the largest cosine between the embedding and each class's weight vector
 * (a head's Wᵀ rows: what a normalised head's logits are, up to the scale). Ties go to the lower class.
 */
import { InputTypeError, ShapeError, ValueError } from "losslab";
import { checkOptions } from "losslab/internal";
import { argmax, similarityOf, toEmbeddingRows, toRowLabels, type EmbeddingsInput } from "./embeddings";

export interface ClosedSetAccuracyOptions {
  labels: ArrayLike<number>;
  /** [N, C] logits; or give `embeddings` and `classWeights`. */
  logits?: EmbeddingsInput;
  /** [N, d] embeddings, with `classWeights`. */
  embeddings?: EmbeddingsInput;
  /** [C, d] one weight vector a class. */
  classWeights?: EmbeddingsInput;
}

export interface ClosedSetAccuracy {
  accuracy: number;
  correct: number;
  total: number;
}

export function closedSetAccuracy(options: ClosedSetAccuracyOptions): ClosedSetAccuracy {
  const fn = "closedSetAccuracy";
  checkOptions(fn, options, ["labels", "logits?", "embeddings?", "classWeights?"]);
  const byLogits = options.logits !== undefined;
  if (byLogits === (options.embeddings !== undefined || options.classWeights !== undefined)) {
    throw new InputTypeError(fn, "logits", "either 'logits', or 'embeddings' with 'classWeights'", byLogits ? "both" : "neither");
  }
  let scores: Float64Array;
  let n: number;
  let classes: number;
  if (byLogits) {
    const l = toEmbeddingRows(fn, "logits", options.logits);
    ({ data: scores, count: n, dim: classes } = l);
  } else {
    if (options.embeddings === undefined || options.classWeights === undefined) {
      throw new InputTypeError(fn, options.embeddings === undefined ? "embeddings" : "classWeights", "given together with the other", "one of them only");
    }
    const e = toEmbeddingRows(fn, "embeddings", options.embeddings);
    const w = toEmbeddingRows(fn, "classWeights", options.classWeights);
    if (w.dim !== e.dim) throw new ShapeError(fn, "classWeights", `rows of width ${e.dim} like 'embeddings'`, `${w.dim}`);
    n = e.count;
    classes = w.count;
    scores = new Float64Array(n * classes);
    for (let i = 0; i < n; i++) for (let c = 0; c < classes; c++) scores[i * classes + c] = similarityOf("cosine", e.data, i, w.data, c, e.dim);
  }
  const labels = toRowLabels(fn, "labels", options.labels, n);
  labels.forEach((l, i) => {
    if (l < 0 || l >= classes) throw new ValueError(fn, "labels", `class indices in [0, ${classes})`, `${l} at index [${i}]`);
  });
  let correct = 0;
  for (let i = 0; i < n; i++) if (argmax(scores.subarray(i * classes, (i + 1) * classes)) === labels[i]) correct++;
  return { accuracy: correct / n, correct, total: n };
}
