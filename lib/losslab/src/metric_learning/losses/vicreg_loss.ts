import * as tf from "../../tf";
import { MeanReducer, Reducer, toReducer, type LossTerm } from "../../reducers/reducers";
import { ShapeError, checkOptions, checkRange, describe, toViews, type TensorInput } from "../../validation";

export interface VICRegLossOptions {
  /** λ, the weight of the invariance term (default 25). */
  invarianceLambda?: number;
  /** μ, the weight of the variance terms (default 25). */
  varianceMu?: number;
  /** ν, the weight of the covariance term (default 1). */
  covarianceV?: number;
  /** ε added to the variance under the square root (default 1e-4). */
  eps?: number;
  /** How the per-sample invariance and per-dimension variance terms are reduced (default `MeanReducer`). */
  reducer?: Reducer;
}

/**
 * pytorch-metric-learning's `VICRegLoss` (Bardes, Ponce & LeCun, "VICReg: Variance-Invariance-Covariance
 * Regularization for Self-Supervised Learning", ICLR 2022), following pml 2.9.0. For two views Z, Z'
 * [N, d] of the same N inputs (no labels):
 *
 *     L = λ·s(Z, Z') + μ·(v(Z) + v(Z')) + ν·(c(Z) + c(Z')),
 *     s = reduce_i (1/d)·‖z_i − z'_i‖²,                      (invariance, per sample)
 *     v(Z) = reduce_j ½·relu(1 − √(Var(z_·j) + ε)),          (variance, per dimension; Var unbiased)
 *     c(Z) = (1/d)·Σ_{j ≠ k} C(Z)²_jk,  C(Z) = (Z − Z̄)ᵀ(Z − Z̄)/(N − 1),  (covariance)
 *
 * reduce the reducer (default mean); defaults λ = 25, μ = 25, ν = 1, ε = 1e-4 (the paper's). No
 * distance and no embedding regularizer (pml refuses both), no labels and no indices tuple; N ≥ 2
 * (the unbiased variance of one row is 0/0, NaN in pml).
 *
 *     const loss = new VICRegLoss().forward(view1, view2); // pml: loss_fn(emb, ref_emb=ref_emb)
 */
export class VICRegLoss {
  readonly fn = "VICRegLoss";
  readonly invarianceLambda: number;
  readonly varianceMu: number;
  readonly covarianceV: number;
  readonly eps: number;
  readonly reducer: Reducer;

  constructor(options: VICRegLossOptions = {}) {
    const fn = this.fn;
    checkOptions(fn, options, ["invarianceLambda?", "varianceMu?", "covarianceV?", "eps?", "reducer?"]);
    this.invarianceLambda = checkRange(fn, "invarianceLambda", options.invarianceLambda ?? 25, { min: 0 });
    this.varianceMu = checkRange(fn, "varianceMu", options.varianceMu ?? 25, { min: 0 });
    this.covarianceV = checkRange(fn, "covarianceV", options.covarianceV ?? 1, { min: 0 });
    this.eps = checkRange(fn, "eps", options.eps ?? 1e-4, { min: 0, minOpen: true });
    this.reducer = toReducer(fn, "reducer", options.reducer, () => new MeanReducer());
  }

  /** The loss of two views [N, d] of the same N inputs (pml's `embeddings` and `ref_emb`), a scalar. */
  forward(embeddings: TensorInput, refEmbeddings: TensorInput): tf.Scalar {
    const fn = this.fn;
    return tf.tidy(() => {
      const [z, zr] = toViews(fn, embeddings, refEmbeddings);
      if (z.shape[0] < 2) throw new ShapeError(fn, "embeddings", "at least 2 rows (the variance and covariance are over the batch)", describe(z));
      const [n, d] = z.shape;
      const element = (losses: tf.Tensor1D): LossTerm => ({ losses, type: "element", batchSize: n });
      const invariance = tf.mul(tf.mean(tf.square(tf.sub(z, zr)), 1), this.invarianceLambda) as tf.Tensor1D;
      const centred = (x: tf.Tensor2D) => tf.sub(x, tf.mean(x, 0, true)) as tf.Tensor2D;
      const variance = (x: tf.Tensor2D) => {
        const c = centred(x);
        const std = tf.sqrt(tf.add(tf.div(tf.sum(tf.square(c), 0), n - 1), this.eps));
        return tf.mul(tf.div(tf.relu(tf.sub(1, std)), 2), this.varianceMu) as tf.Tensor1D;
      };
      const offDiagonal = tf.sub(1, tf.eye(d));
      const covariance = (x: tf.Tensor2D) => {
        const c = centred(x);
        const cov = tf.div(tf.matMul(c, c, true, false), n - 1);
        return tf.div(tf.sum(tf.mul(tf.square(cov), offDiagonal)), d);
      };
      const reduced = [invariance, variance(z), variance(zr)].map((t) => this.reducer.reduce(element(t), z, zr));
      reduced.push(tf.mul(tf.add(covariance(z), covariance(zr)), this.covarianceV) as tf.Scalar);
      return tf.addN(reduced) as tf.Scalar;
    });
  }
}
