/**
 * The course's reference model, defined once: the MNIST feature network of the margin lessons
 * (784-256-128-d, ReLU, fast dense layers) with a classification head on its d-dimensional features.
 * The benchmark trains it, the capstone and the lessons build the same pieces. Any of the six heads
 * of lessons 05–08 can sit on it, so the benchmark can say what each margin adds to a softmax step.
 */
import { EmbeddingNet } from "losslab";
import { LSOFTMAX_ANNEALING, SPHEREFACE_ANNEALING } from "losslab";
import type { ClassificationHead, HeadOptions } from "losslab";
import { buildHead } from "../training/head_spec";
import { checkInteger, checkOneOf, checkOptions } from "losslab/internal";
import type { DenseFormulation } from "losslab";

export type ReferenceHead = "softmax" | "modified" | "lsoftmax" | "asoftmax" | "cosface" | "arcface";
/** The heads, softmax first (the baseline the margins are compared with). */
export const REFERENCE_HEADS: readonly ReferenceHead[] = ["softmax", "modified", "lsoftmax", "asoftmax", "cosface", "arcface"];

/**
 * Each head with settings that train 2-D features (a smaller scale and margin than the papers' for
 * 512-D faces): s = 16 with CosFace m = 0.2 and ArcFace m = 0.3; L-/A-Softmax m = 4 with their
 * authors' λ schedules. The speed of a step does not depend on these values.
 */
const HEADS: Record<ReferenceHead, (base: HeadOptions) => ClassificationHead> = {
  softmax: (base) => buildHead({ kind: "softmax", options: base }),
  modified: (base) => buildHead({ kind: "modifiedSoftmax", options: base }),
  // the authors' λ schedules, passed explicitly (losslab's heads anneal only when asked, as pml)
  lsoftmax: (base) => buildHead({ kind: "lSoftmax", options: { ...base, m: 4, annealing: LSOFTMAX_ANNEALING } }),
  asoftmax: (base) => buildHead({ kind: "aSoftmax", options: { ...base, m: 4, annealing: SPHEREFACE_ANNEALING } }),
  cosface: (base) => buildHead({ kind: "cosFace", options: { ...base, s: 16, m: 0.2 } }),
  arcface: (base) => buildHead({ kind: "arcFace", options: { ...base, s: 16, m: 0.3 } }),
};

export interface ReferenceModelOptions {
  head: ReferenceHead;
  /** Feature size d (default 2, as in the lessons' pictures). */
  featureSize?: number;
  /** Classes (default 10). */
  classes?: number;
  seed?: number;
  /** How the dense layers write their backward products (default: the fastest on the active backend). */
  dense?: DenseFormulation;
}

export interface ReferenceModel {
  net: EmbeddingNet;
  head: ClassificationHead;
  dispose(): void;
}

/** Builds the reference network and head, seeded. */
export function referenceModel(options: ReferenceModelOptions): ReferenceModel {
  const fn = "referenceModel";
  checkOptions(fn, options, ["head", "featureSize?", "classes?", "seed?", "dense?"]);
  const head = checkOneOf(fn, "head", options.head, REFERENCE_HEADS);
  const d = checkInteger(fn, "featureSize", options.featureSize ?? 2, { min: 1 });
  const classes = checkInteger(fn, "classes", options.classes ?? 10, { min: 2 });
  const seed = checkInteger(fn, "seed", options.seed ?? 0);
  if (options.dense !== undefined) checkOneOf(fn, "dense", options.dense, ["explicitTranspose", "transposeFlags"] as const);
  const net = new EmbeddingNet({ inputSize: 784, hidden: [256, 128], embeddingSize: d, seed, dense: options.dense });
  const h = HEADS[head]({ inputDim: d, numClasses: classes, seed: seed + 1 });
  return { net, head: h, dispose: () => (net.dispose(), h.dispose()) };
}
