/**
 * The training loss of a margin head as one op from the features x [B, d] and the class weights
 * W [d, C], with the [B, C] part of the forward and backward pass computed on the host in float64.
 *
 * Every margin head's logits have the form zᵢⱼ = aᵢ bⱼ Hᵢⱼ with cos θᵢⱼ = x̂ᵢ·ŵⱼ, Hᵢⱼ = cos θᵢⱼ off
 * the target and f(cos θ_{i,yᵢ}) on it (`MarginTarget`), and the logit norm a·b:
 *
 *   CosFace, ArcFace   aᵢ = s,      bⱼ = 1
 *   A-Softmax          aᵢ = ‖xᵢ‖,   bⱼ = 1      (the modified softmax: f(c) = c)
 *   L-Softmax          aᵢ = ‖xᵢ‖,   bⱼ = ‖wⱼ‖
 *
 * with the norms floored as in `l2Norm` (‖v‖_ε = √max(‖v‖², ε)). The loss is Lᵢ = log Σⱼ e^{zᵢⱼ} − z_{i,yᵢ}.
 *
 * Why on the host: on the CPU-resident backends (tensorflow, wasm, cpu) a kernel costs 7–60 µs
 * however small its tensor (a [128, 2]·[2, 10] matmul 60 µs on tensorflow) and twice that when taped,
 * while reading a small tensor back costs about 4 µs. Written as tensor ops the margin loss and its
 * cosines were 60–80 kernels a step (29–81 more than the softmax head's); here they are 5 kernels
 * forward (‖xᵢ‖², ‖wⱼ‖², x·W) and 6 backward, everything of size [B, C] or smaller being plain loops.
 * With the intermediates held as JavaScript arrays in the op's closure, nothing but the inputs is saved
 * for the gradient: a tensor computed in a custom gradient's forward pass and saved would count as
 * leaked in the engine's per-kernel check (IS_TEST), and is no longer needed. (On a GPU backend the
 * readbacks would wait for the device: `formulationFor` keeps the composed tensor form there.)
 *
 * The gradient, with G = dL·(p − onehot), p = softmax(z), and per row q = Σⱼ (∂L/∂cos)ᵢⱼ cos θᵢⱼ:
 *
 *   ∂L/∂cos θᵢⱼ = Gᵢⱼ aᵢ bⱼ (times f'(c) on the target),  ∂L/∂aᵢ = Σⱼ Gᵢⱼ bⱼ Hᵢⱼ,  ∂L/∂bⱼ = Σᵢ Gᵢⱼ aᵢ Hᵢⱼ,
 *   ∂L/∂x = D·Wᵀ + x ⊙ κ,   ∂L/∂W = xᵀ·D + W ⊙ λ,   Dᵢⱼ = (∂L/∂cos θᵢⱼ)/(‖xᵢ‖‖wⱼ‖),
 *   κᵢ = [‖xᵢ‖² ≥ ε] (∂L/∂aᵢ − qᵢ/‖xᵢ‖)/‖xᵢ‖   (and λⱼ likewise for the columns),
 *
 * the derivative of x̂ = x/‖x‖_ε (its projection) and of the norms, both zero below the floor, as in
 * `l2Normalize`. Tests hold value and gradient to TF.js's autograd of the composed tensor formula and
 * to finite differences, at θ = 0 and π and for zero features and zero weight columns.
 */
import * as tf from "../tf";
import type { MarginTarget } from "../angular/margin_target";
import { L2_EPSILON } from "../angular/normalize";
import { formulationFor, type MarginLossFormulation } from "../backend/formulations";

export interface FusedMarginForm {
  /** aᵢ: a fixed scale s, or "featureNorm" for ‖xᵢ‖. */
  scale: number | "featureNorm";
  /** Whether bⱼ = ‖wⱼ‖ (L-Softmax) rather than 1. */
  weightNorm: boolean;
  /** f, the margin on the target cosine. */
  target: MarginTarget;
}

/** Whether a head's loss is computed by `fusedMarginLoss`: its own choice, else the active backend's. */
export function usesHostLoss(choice: MarginLossFormulation | undefined): boolean {
  return (choice ?? formulationFor().marginLoss) === "host";
}

/** Per-vector squared norms (float32, from the backend) → norms, inverse norms and the floor mask. */
function norms(squared: ArrayLike<number>) {
  const n = squared.length;
  const [norm, inverse, above] = [new Float64Array(n), new Float64Array(n), new Uint8Array(n)];
  for (let i = 0; i < n; i++) {
    const s = squared[i];
    above[i] = s >= L2_EPSILON ? 1 : 0;
    norm[i] = Math.sqrt(Math.max(s, L2_EPSILON));
    inverse[i] = 1 / norm[i];
  }
  return { norm, inverse, above };
}

/**
 * Per-sample softmax cross-entropy [B] of the margin logits, differentiable with respect to `x` and
 * `w` (the labels are data). Inputs validated by the caller: x [B, d] and w [d, C] finite, labels
 * integers in [0, C).
 */
export function fusedMarginLoss(x: tf.Tensor2D, w: tf.Tensor2D, labels: ArrayLike<number>, form: FusedMarginForm): tf.Tensor1D {
  const [B, C] = [x.shape[0], w.shape[1]];
  const { scale, weightNorm, target } = form;
  const op = tf.customGrad((xs: tf.Tensor | tf.GradSaveFunc, ws: tf.Tensor | tf.GradSaveFunc, save: tf.Tensor | tf.GradSaveFunc) => {
    const [xt, wt] = [xs as tf.Tensor2D, ws as tf.Tensor2D];
    (save as tf.GradSaveFunc)([xt, wt]);
    const rows = norms(tf.sum(tf.square(xt), 1).dataSync());
    const cols = norms(tf.sum(tf.square(wt), 0).dataSync());
    const dots = B > 0 ? tf.matMul(xt, wt).dataSync() : new Float32Array(0);
    // float64 on the host: cos θ, H, and the softmax probabilities, kept for the gradient
    const cos = new Float64Array(B * C);
    const h = new Float64Array(B * C);
    const p = new Float64Array(B * C);
    const slope = new Float64Array(B);
    const loss = new Float32Array(B);
    for (let i = 0; i < B; i++) {
      const a = scale === "featureNorm" ? rows.norm[i] : scale;
      const y = labels[i];
      let max = -Infinity;
      for (let j = 0; j < C; j++) {
        const k = i * C + j;
        cos[k] = dots[k] * rows.inverse[i] * cols.inverse[j];
        h[k] = j === y ? target.value(cos[k]) : cos[k];
        p[k] = a * (weightNorm ? cols.norm[j] : 1) * h[k];
        max = Math.max(max, p[k]);
      }
      let total = 0;
      for (let j = 0; j < C; j++) total += Math.exp(p[i * C + j] - max);
      const zy = p[i * C + y];
      loss[i] = max + Math.log(total) - zy;
      for (let j = 0; j < C; j++) p[i * C + j] = Math.exp(p[i * C + j] - max) / total;
      slope[i] = target.slope(cos[i * C + y]);
    }
    return {
      value: tf.tensor1d(loss),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xv, wv] = saved as [tf.Tensor2D, tf.Tensor2D];
        const upstream = dy.dataSync();
        const scaled = new Float32Array(B * C); // D = ∂L/∂cos / (‖xᵢ‖‖wⱼ‖)
        const kappa = new Float32Array(B);
        const lambda = new Float32Array(C);
        const dB = new Float64Array(C);
        const qCol = new Float64Array(C);
        for (let i = 0; i < B; i++) {
          const a = scale === "featureNorm" ? rows.norm[i] : scale;
          let [dA, q] = [0, 0];
          for (let j = 0; j < C; j++) {
            const k = i * C + j;
            const b = weightNorm ? cols.norm[j] : 1;
            const g = upstream[i] * (p[k] - (j === labels[i] ? 1 : 0));
            const dCos = g * a * b * (j === labels[i] ? slope[i] : 1);
            dA += g * b * h[k];
            dB[j] += g * a * h[k];
            q += dCos * cos[k];
            qCol[j] += dCos * cos[k];
            scaled[k] = dCos * rows.inverse[i] * cols.inverse[j];
          }
          const dNorm = scale === "featureNorm" ? dA : 0;
          kappa[i] = rows.above[i] ? (dNorm - q * rows.inverse[i]) * rows.inverse[i] : 0;
        }
        for (let j = 0; j < C; j++) {
          const dNorm = weightNorm ? dB[j] : 0;
          lambda[j] = cols.above[j] ? (dNorm - qCol[j] * cols.inverse[j]) * cols.inverse[j] : 0;
        }
        if (B === 0) return [tf.zerosLike(xv), tf.zerosLike(wv)];
        const d = tf.tensor2d(scaled, [B, C]);
        // transpose flags are free on the native backend and slow on wasm (formulationFor)
        const flags = formulationFor().dense === "transposeFlags";
        const dUnitX = flags ? tf.matMul(d, wv, false, true) : tf.matMul(d, tf.transpose(wv));
        const dUnitW = flags ? tf.matMul(xv, d, true, false) : tf.matMul(tf.transpose(xv), d);
        return [tf.add(dUnitX, tf.mul(xv, tf.tensor2d(kappa, [B, 1]))), tf.add(dUnitW, tf.mul(wv, tf.tensor2d(lambda, [1, C])))];
      },
    };
  });
  return op(x, w) as tf.Tensor1D;
}
