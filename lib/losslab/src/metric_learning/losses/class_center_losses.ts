/**
 * pytorch-metric-learning's losses with learned class centres that have no margin head, following
 * pml 2.9.0. Labels are class indices 0 … C − 1; the centres are a trainable `tf.Variable`, seeded or
 * given. Both take pml's `weightRegularizer` (a regularizer of the centres, one row per centre) times
 * `weightRegWeight` (default 1), added to the loss.
 *
 * - `ProxyNCALoss({ numClasses, embeddingSize, softmaxScale = 1 })` (Movshovitz-Attias et al. 2017):
 *   NCA (`NCALoss`) of each sample against the C proxies [C, d] (`proxies`, standard normal start as
 *   pml's): −log softmax(softmaxScale · S)_{own class}, S = −d (default `LpDistance({ power: 2 })` on
 *   normalised rows) or a similarity; a miner's tuple weights the samples by how often they are anchors.
 * - `SoftTripleLoss({ numClasses, embeddingSize, centersPerClass = 10, la = 20, gamma = 0.1,
 *   margin = 0.01 })` (Qian et al. 2019): `W` [d, C·K] (column c·K + k centre k of class c; pml's
 *   Kaiming-uniform start, bound 1/√(C·K)); per class the similarity S_c = Σ_k softmax_k(s_ck/γ)·s_ck
 *   (s the cosine to each centre, default `CosineSimilarity()`, a similarity only); cross-entropy of
 *   la·(S − margin on the own class), times the miner weights; `MeanReducer`.
 */
import * as tf from "../../tf";
import { LpDistance } from "../../distances/measures";
import { MeanReducer, type LossTerm } from "../../reducers/reducers";
import { Rng } from "../../random/rng";
import { InputTypeError, checkInteger, checkRange, describe, type TensorInput } from "../../validation";
import { ClassVectorLoss, classVariable, type ClassVectorSettings } from "./proxy_losses";
import { ncaTerm } from "./nca_loss";
import { tupleWeights } from "./miner_weights";
import type { LossBatch } from "./base";

export interface ProxyNCALossSettings extends ClassVectorSettings {
  /** The softmax's scale (default 1). */
  softmaxScale?: number;
  /** Starting proxies [numClasses, embeddingSize] (default: seeded standard normal, pml's). */
  proxies?: TensorInput;
}

/**
 * pytorch-metric-learning's `ProxyNCALoss({ numClasses, embeddingSize, softmaxScale = 1 })`
 * (Movshovitz-Attias et al., "No Fuss Distance Metric Learning using Proxies", ICCV 2017), following
 * pml 2.9.0: NCA of each sample against the C trainable proxies [C, d] (`proxies`, standard normal
 * start): −log softmax(softmaxScale · S)_{own class}, S = −d (default `LpDistance({ power: 2 })` on
 * normalised rows) or a similarity; a miner's tuple weights the samples by how often they are anchors.
 */
export class ProxyNCALoss extends ClassVectorLoss {
  readonly softmaxScale: number;
  /** The proxies [C, d], trainable. */
  readonly proxies: tf.Variable;

  constructor(options: ProxyNCALossSettings) {
    // pml's default measure for NCA: the squared L2 distance of normalised rows
    super("ProxyNCALoss", { ...options, distance: options.distance ?? new LpDistance({ power: 2 }) }, ["softmaxScale?", "proxies?"], () => new MeanReducer());
    this.softmaxScale = checkRange(this.fn, "softmaxScale", options.softmaxScale ?? 1, { min: 0, minOpen: true });
    this.proxies = classVariable(this.fn, "proxies", [this.numClasses, this.embeddingSize], options.proxies, 1, this.seed);
  }

  protected classVectors(): tf.Variable {
    return this.proxies;
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const n = batch.labels.length;
    if (n === 0) return [];
    const classes = Int32Array.from({ length: this.numClasses }, (_, c) => c);
    return [ncaTerm(this, batch.embeddings, this.proxies as tf.Tensor2D, batch.labels, classes, this.softmaxScale, tupleWeights(batch.tuple, n, true))];
  }
}

export interface SoftTripleLossSettings extends ClassVectorSettings {
  /** Centres per class K (default 10). */
  centersPerClass?: number;
  /** λ, the scale of the logits (default 20). */
  la?: number;
  /** γ, the temperature of the softmax over a class's centres (default 0.1). */
  gamma?: number;
  /** δ, subtracted from the own class's similarity (default 0.01). */
  margin?: number;
  /** Starting centres [embeddingSize, numClasses · centersPerClass] (default: seeded Kaiming uniform). */
  weights?: TensorInput;
}

/**
 * pytorch-metric-learning's `SoftTripleLoss({ numClasses, embeddingSize, centersPerClass = 10, la = 20,
 * gamma = 0.1, margin = 0.01 })` (Qian et al., "SoftTriple Loss: Deep Metric Learning Without Triplet
 * Sampling", ICCV 2019), following pml 2.9.0: `W` [d, C·K] (column c·K + k centre k of class c;
 * Kaiming-uniform start, bound 1/√(C·K)); per class S_c = Σ_k softmax_k(s_ck/γ)·s_ck (s the cosine
 * to each centre); cross-entropy of la·(S − margin on the own class), times the miner weights; `MeanReducer`.
 */
export class SoftTripleLoss extends ClassVectorLoss {
  readonly centersPerClass: number;
  readonly la: number;
  readonly gamma: number;
  readonly margin: number;
  /** The centres W [d, C·K], trainable. */
  readonly W: tf.Variable;

  constructor(options: SoftTripleLossSettings) {
    super("SoftTripleLoss", options, ["centersPerClass?", "la?", "gamma?", "margin?", "weights?"], () => new MeanReducer());
    const fn = this.fn;
    if (!this.distance.isInverted) throw new InputTypeError(fn, "distance", "a similarity (new CosineSimilarity()), as pml requires", describe(this.distance.name));
    this.centersPerClass = checkInteger(fn, "centersPerClass", options.centersPerClass ?? 10, { min: 1, max: 100_000 });
    this.la = checkRange(fn, "la", options.la ?? 20, { min: 0, minOpen: true });
    this.gamma = checkRange(fn, "gamma", options.gamma ?? 0.1, { min: 0, minOpen: true });
    this.margin = checkRange(fn, "margin", options.margin ?? 0.01, {});
    const shape: [number, number] = [this.embeddingSize, this.numClasses * this.centersPerClass];
    if (options.weights !== undefined) {
      this.W = classVariable(fn, "weights", shape, options.weights, 1, this.seed);
    } else {
      const rng = new Rng(this.seed);
      const bound = 1 / Math.sqrt(shape[1]);
      this.W = tf.tidy(() => tf.variable(tf.tensor2d(Float32Array.from({ length: shape[0] * shape[1] }, () => rng.uniform(-bound, bound)), shape)));
    }
  }

  protected classVectors(): tf.Variable {
    return this.W;
  }

  protected terms(batch: LossBatch): LossTerm[] {
    const n = batch.labels.length;
    if (n === 0) return [];
    const C = this.numClasses;
    const sim = tf.reshape(this.distance.matrix(batch.embeddings, tf.transpose(this.W) as tf.Tensor2D), [n, C, this.centersPerClass]);
    const toClasses = tf.sum(tf.mul(tf.softmax(tf.div(sim, this.gamma), 2), sim), 2);
    const target = tf.oneHot(tf.tensor1d(batch.labels, "int32"), C);
    const logits = tf.mul(tf.sub(toClasses, tf.mul(target, this.margin)), this.la);
    const crossEntropy = tf.neg(tf.sum(tf.mul(tf.logSoftmax(logits), target), 1));
    return [{ losses: tf.mul(crossEntropy, tupleWeights(batch.tuple, n, false)) as tf.Tensor1D, type: "element", batchSize: n }];
  }

  /** W's columns as rows [C·K, d], as pml regularizes `fc.t()`. */
  protected override regularizedRows(): tf.Tensor2D {
    return tf.transpose(this.W) as tf.Tensor2D;
  }
}
