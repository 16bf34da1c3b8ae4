/**
 * The course's reference model, defined once: the MNIST feature network of the margin lessons
 * (784-256-128-d, ReLU, fast dense layers) with a classification head on its d-dimensional features.
 * The benchmark trains it, the capstone and the lessons build the same pieces.
 */
import { EmbeddingNet } from "../models/embedding_net";
import { SoftmaxHead } from "../heads/softmax_head";
import { ArcFaceHead } from "../heads/cosine_margin_heads";
import type { ClassificationHead } from "../heads/head";
import { checkOneOf } from "../validation";

export type ReferenceHead = "softmax" | "arcface";
export const REFERENCE_HEADS: readonly ReferenceHead[] = ["softmax", "arcface"];

export interface ReferenceModelOptions {
  head: ReferenceHead;
  /** Feature size d (default 2, as in the lessons' pictures). */
  featureSize?: number;
  /** Classes (default 10). */
  classes?: number;
  seed?: number;
}

export interface ReferenceModel {
  net: EmbeddingNet;
  head: ClassificationHead;
  dispose(): void;
}

/** Builds the reference network and head, seeded. ArcFace uses the lessons' s = 16, m = 0.3 for d = 2. */
export function referenceModel(options: ReferenceModelOptions): ReferenceModel {
  const head = checkOneOf("referenceModel", "head", options.head, REFERENCE_HEADS);
  const d = options.featureSize ?? 2;
  const classes = options.classes ?? 10;
  const seed = options.seed ?? 0;
  const net = new EmbeddingNet({ inputSize: 784, hidden: [256, 128], embeddingSize: d, seed });
  const h: ClassificationHead =
    head === "softmax"
      ? new SoftmaxHead({ inputDim: d, numClasses: classes, seed: seed + 1 })
      : new ArcFaceHead({ inputDim: d, numClasses: classes, seed: seed + 1, s: 16, m: 0.3 });
  return { net, head: h, dispose: () => (net.dispose(), h.dispose()) };
}
