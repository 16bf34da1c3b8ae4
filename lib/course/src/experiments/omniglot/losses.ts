/**
 * The Omniglot experiment's losses as specs (plain data) turned into training objectives, all from
 * losslab: the classification heads (SoftmaxHead, NormFaceHead, CosFaceHead, ArcFaceHead, and
 * ASoftmaxHead as SphereFace with the short-run λ schedule; built by `buildHead` from their description,
 * as the capstone's are) and pytorch-metric-learning's losses
 * (ContrastiveLoss, TripletMarginLoss on TripletMarginMiner's semi-hard triplets, MultiSimilarityLoss).
 *
 * Each objective says which similarity its embedding is evaluated with: the one it trained with.
 * - the normalised heads (NormFace, CosFace, ArcFace, SphereFace) and MultiSimilarity: cosine;
 * - contrastive and triplet: Euclidean distance between L2-normalised embeddings (pml's LpDistance
 *   default, normalizeEmbeddings true), so the evaluation normalises the rows and uses "euclidean";
 * - softmax trains inner products w·x; its features are compared by cosine, as the face papers compare
 *   their softmax baselines (there is no pairwise similarity in its training).
 */
import {
  ContrastiveLoss,
  MultiSimilarityLoss,
  SHORT_RUN_SPHEREFACE_ANNEALING,
  TripletMarginLoss,
  TripletMarginMiner,
  ValueError,
  type ClassificationHead,
} from "losslab";
import * as tf from "@tensorflow/tfjs";
import type { Similarity } from "../../protocols/embeddings";
import { buildHead } from "../../training/head_spec";
import { OMNIGLOT_LOSSES, type LossSpec } from "./config";

export interface Objective {
  /** The loss of a batch of embeddings [B, d] and class indices [B] (host copy `labels`). */
  loss(embeddings: tf.Tensor2D, labels: tf.Tensor1D, hostLabels: Int32Array): tf.Scalar;
  /** The objective's own variables (a head's weights), trained with the network's. */
  variables: tf.Variable[];
  /** After every step (SphereFace's λ schedule). */
  step(): void;
  /** The head, if any (closed-set accuracy by its logits). */
  head?: ClassificationHead;
  /** How embeddings are compared in evaluation. */
  similarity: Similarity;
  /** Whether rows are L2-normalised before comparing (contrastive, triplet: the LpDistance they trained with). */
  normalize: boolean;
  /** SphereFace's λ now, else null. */
  lambda(): number | null;
  dispose(): void;
}

const HEAD_LOSSES = new Set(["softmax", "normFace", "cosFace", "arcFace", "sphereFace"]);

/** Whether a loss trains a classification head. */
export function isHeadLoss(name: string): boolean {
  return HEAD_LOSSES.has(name);
}

function checkParams(spec: LossSpec, allowed: string[]): void {
  for (const key of Object.keys(spec.params)) {
    if (!allowed.includes(key)) throw new ValueError("omniglotObjective", `spec.params.${key}`, `one of ${allowed.join(", ") || "(none)"} for ${spec.name}`, key);
  }
}

function headObjective(head: ClassificationHead, lambda: () => number | null = () => null, similarity: Similarity = "cosine"): Objective {
  return {
    loss: (e, y) => head.loss(e, y) as tf.Scalar,
    variables: head.trainableVariables,
    step: () => head.step(),
    head,
    similarity,
    normalize: false,
    lambda,
    dispose: () => head.dispose(),
  };
}

/** The training objective of `spec` for embeddings of size d and `classes` classes, seeded. */
export function omniglotObjective(spec: LossSpec, d: number, classes: number, seed: number): Objective {
  if (!OMNIGLOT_LOSSES.includes(spec.name)) throw new ValueError("omniglotObjective", "spec.name", `one of ${OMNIGLOT_LOSSES.join(", ")}`, String(spec.name));
  const p = spec.params;
  const base = { inputDim: d, numClasses: classes, seed };
  switch (spec.name) {
    case "softmax":
      checkParams(spec, []);
      return headObjective(buildHead({ kind: "softmax", options: base }));
    case "normFace":
      checkParams(spec, ["s"]);
      return headObjective(buildHead({ kind: "normFace", options: { ...base, s: p.s } }));
    case "cosFace":
      checkParams(spec, ["s", "m"]);
      return headObjective(buildHead({ kind: "cosFace", options: { ...base, s: p.s, m: p.m } }));
    case "arcFace":
      checkParams(spec, ["s", "m"]);
      return headObjective(buildHead({ kind: "arcFace", options: { ...base, s: p.s, m: p.m } }));
    case "sphereFace": {
      checkParams(spec, ["m"]);
      const head = buildHead({ kind: "aSoftmax", options: { ...base, m: p.m, annealing: { ...SHORT_RUN_SPHEREFACE_ANNEALING } } });
      return headObjective(head, () => head.lambda);
    }
    case "contrastive": {
      checkParams(spec, ["negMargin"]);
      const loss = new ContrastiveLoss({ posMargin: 0, negMargin: p.negMargin });
      return metricObjective((e, _y, labels) => loss.forward(e, labels), "euclidean", true);
    }
    case "triplet": {
      checkParams(spec, ["margin"]);
      const miner = new TripletMarginMiner({ margin: p.margin, typeOfTriplets: "semihard" });
      const loss = new TripletMarginLoss({ margin: p.margin });
      // the mined indices tuple is freed by the tidy (the loss keeps the gradient through it)
      return metricObjective((e, _y, labels) => tf.tidy(() => loss.forward(e, labels, miner.mine(e, labels))), "euclidean", true);
    }
    case "multiSimilarity": {
      checkParams(spec, ["alpha", "beta", "base"]);
      const loss = new MultiSimilarityLoss({ alpha: p.alpha, beta: p.beta, base: p.base });
      return metricObjective((e, _y, labels) => loss.forward(e, labels), "cosine", false);
    }
  }
}

function metricObjective(loss: Objective["loss"], similarity: Similarity, normalize: boolean): Objective {
  return { loss, variables: [], step: () => undefined, similarity, normalize, lambda: () => null, dispose: () => undefined };
}
