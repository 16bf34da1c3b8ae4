/**
 * The logits and the loss of every margin head, in one form:
 *
 *   zᵢⱼ = Nᵢⱼ · Hᵢⱼ,   Hᵢⱼ = cos θᵢⱼ for j ≠ yᵢ,   H_{i,yᵢ} = f(cos θ_{i,yᵢ}),
 *   Lᵢ = log Σⱼ e^{zᵢⱼ} − z_{i,yᵢ},
 *
 * with N the logit norm (the scale s for CosFace and ArcFace, ‖x‖ for A-Softmax, ‖x‖‖wⱼ‖ for
 * L-Softmax) and f the margin on the target cosine (`MarginTarget`).
 *
 * `marginCrossEntropy` computes L as one fused op with its gradient in closed form. With
 * p = softmax(z) and g = (p − onehot)·dL:
 *
 *   ∂L/∂zᵢⱼ = gᵢⱼ,   ∂L/∂Nᵢⱼ = gᵢⱼ Hᵢⱼ,
 *   ∂L/∂cos θᵢⱼ = gᵢⱼ Nᵢⱼ for j ≠ yᵢ,   g_{i,yᵢ} N_{i,yᵢ} f'(cos θ_{i,yᵢ}) on the target.
 *
 * Why fused: taped, this is about 150 small ops forward and back, each costing ~0.1 ms on the wasm
 * backend however small its tensor, which made ArcFace's training step 40 % slower than softmax's
 * (issue 7's profile). Fused, nothing inside is taped. `marginLogits` builds the same z from taped
 * ops (with f as one `marginTargetOp`), for `head.logits` and for anyone differentiating the logits.
 */
import * as tf from "../tf";
import { evaluateTarget, marginTargetOp, type MarginTarget } from "../angular/margin_target";
import {
  InputTypeError,
  ShapeError,
  checkNumber,
  checkOneHot,
  checkSameShape,
  checkValues,
  describe,
  toCosines,
  toTensor,
} from "../validation";


/** The logit norm N: a number (fixed, no gradient) or a tensor broadcastable to [B, C]. */
export type LogitNorm = number | tf.Tensor;

/** H: the cosines with each row's target entry replaced by f of it; `f` is applied to the target cosines [B]. */
function replaceTargetCosine(cos: tf.Tensor2D, oneHot: tf.Tensor2D, f: (c: tf.Tensor) => tf.Tensor): tf.Tensor2D {
  const target = tf.sum(tf.mul(cos, oneHot), 1, true);
  // cos + onehot·(f(c_y) − c_y): a where over a broadcast target would tape Tile, one slice and add per class
  return tf.add(cos, tf.mul(oneHot, tf.sub(f(target), target)));
}

/**
 * The checks of the public `marginLogits` and `marginCrossEntropy`: cosines [B, C] finite and in
 * [-1, 1] (within float32 rounding, `COSINE_TOLERANCE`), one-hot rows of the same shape, a margin with `value` and
 * `slope`, and a finite norm (a number, or a tensor broadcastable to [B, C]). The heads call the
 * unchecked forms below with inputs they have validated already.
 */
function checkMarginInputs(fn: string, cos: unknown, oneHot: unknown, target: unknown, norm: unknown): [tf.Tensor2D, tf.Tensor2D, MarginTarget, LogitNorm] {
  const c = toCosines(fn, "cos", cos);
  if (c.rank !== 2) throw new ShapeError(fn, "cos", "a matrix [B, C] of cosines", describe(c));
  const y = toTensor(fn, "oneHot", oneHot);
  checkSameShape(fn, "cos", c, "oneHot", y);
  checkOneHot(fn, "oneHot", y);
  const t = target as Partial<MarginTarget> | null;
  if (t === null || typeof t !== "object" || typeof t.value !== "function" || typeof t.slope !== "function") {
    throw new InputTypeError(fn, "target", "a margin { value(c), slope(c) } (e.g. cosFaceMarginTarget(0.35))", describe(target));
  }
  const margin = t as MarginTarget;
  if (typeof norm === "number") return [c as tf.Tensor2D, y as tf.Tensor2D, margin, checkNumber(fn, "norm", norm)];
  const n = toTensor(fn, "norm", norm);
  const broadcasts = n.rank <= 2 && n.shape.every((size, i) => size === 1 || size === c.shape[i + 2 - n.rank]);
  if (!broadcasts) throw new ShapeError(fn, "norm", `a number or a tensor broadcastable to [${c.shape.join(", ")}]`, describe(n));
  checkValues(fn, "norm", n);
  return [c as tf.Tensor2D, y as tf.Tensor2D, margin, n];
}

/** The margin logits z = N ⊙ H [B, C], differentiable by TF.js's autograd; the inputs are checked. */
export function marginLogits(cos: tf.Tensor2D, oneHot: tf.Tensor2D, target: MarginTarget, norm: LogitNorm): tf.Tensor2D {
  return tf.tidy(() => headMarginLogits(...checkMarginInputs("marginLogits", cos, oneHot, target, norm)));
}

/** `marginLogits` without the checks, for the heads (their inputs are validated). */
export function headMarginLogits(cos: tf.Tensor2D, oneHot: tf.Tensor2D, target: MarginTarget, norm: LogitNorm): tf.Tensor2D {
  return tf.tidy(() => tf.mul(replaceTargetCosine(cos, oneHot, marginTargetOp(target)), norm));
}

/** −Σⱼ onehotᵢⱼ log softmax(z)ᵢⱼ, negated before summing so a perfect prediction gives +0. */
function crossEntropy(z: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Tensor1D {
  return tf.sum(tf.mul(oneHot, tf.neg(tf.logSoftmax(z))), 1);
}

/**
 * dL/dcos and dL/dz of the fused loss, for the per-sample upstream gradient dy [B]. H and z are
 * recomputed from the saved inputs: a custom gradient that keeps its intermediates trips TF.js's
 * kernel leak check (IS_TEST).
 */
function cosineGradient(dy: tf.Tensor, cos: tf.Tensor2D, oneHot: tf.Tensor2D, target: MarginTarget, norm: tf.Tensor | number) {
  const targetCos = tf.sum(tf.mul(cos, oneHot), 1, true);
  const f = evaluateTarget(target, targetCos, true);
  const h = tf.add(cos, tf.mul(oneHot, tf.sub(f.value, targetCos)));
  const z = tf.mul(h, norm);
  const g = tf.mul(tf.sub(tf.softmax(z), oneHot), tf.reshape(dy, [-1, 1]));
  const gz = tf.mul(g, norm);
  // the target column: times f'(c_y) instead of 1
  const onTarget = tf.sum(tf.mul(gz, oneHot), 1, true);
  const dCos = tf.add(gz, tf.mul(oneHot, tf.mul(onTarget, tf.sub(f.slope, 1))));
  return { dCos, g, h };
}

/**
 * Per-sample softmax cross-entropy [B] of the margin logits z = N ⊙ H, fused, differentiable with
 * respect to `cos` and to a tensor `norm` (`oneHot` gets no gradient: labels are data). The inputs
 * are checked (see `checkMarginInputs`).
 */
export function marginCrossEntropy(cos: tf.Tensor2D, oneHot: tf.Tensor2D, target: MarginTarget, norm: LogitNorm): tf.Tensor1D {
  return tf.tidy(() => headMarginCrossEntropy(...checkMarginInputs("marginCrossEntropy", cos, oneHot, target, norm)));
}

/** `marginCrossEntropy` without the checks: the heads' training step (its inputs are validated). */
export function headMarginCrossEntropy(cos: tf.Tensor2D, oneHot: tf.Tensor2D, target: MarginTarget, norm: LogitNorm): tf.Tensor1D {
  // a number is a constant norm: the op then takes no norm input and computes no gradient for it
  const fixed = typeof norm === "number" ? norm : undefined;
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const save = args.pop() as tf.GradSaveFunc;
    const inputs = args as tf.Tensor[];
    save(inputs);
    const [c, y, n] = inputs as [tf.Tensor2D, tf.Tensor2D, tf.Tensor?];
    return {
      value: crossEntropy(tf.mul(replaceTargetCosine(c, y, (t) => evaluateTarget(target, t).value), n ?? (fixed as number)), y),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [cs, oh, nm] = saved as [tf.Tensor2D, tf.Tensor2D, tf.Tensor?];
        const { dCos, g, h } = cosineGradient(dy, cs, oh, target, nm ?? (fixed as number));
        return nm ? [dCos, tf.zerosLike(oh), sumToShape(tf.mul(g, h), nm.shape)] : [dCos, tf.zerosLike(oh)];
      },
    };
  });
  return tf.tidy(() => (fixed === undefined ? op(cos, oneHot, norm as tf.Tensor) : op(cos, oneHot)) as tf.Tensor1D);
}

/** Sums a [B, C] gradient down to the shape of a tensor that was broadcast to [B, C] ([], [1], [B, 1], [1, C]...). */
function sumToShape(g: tf.Tensor, shape: number[]): tf.Tensor {
  // an empty batch: nothing to sum (wasm's sum over an empty axis reads uninitialised memory)
  if (g.size === 0) return tf.zeros(shape);
  const offset = g.rank - shape.length;
  const axes = g.shape.map((size, axis) => axis).filter((axis) => axis < offset || (shape[axis - offset] === 1 && g.shape[axis] !== 1));
  return tf.reshape(axes.length ? tf.sum(g, axes, true) : g, shape);
}
