/**
 * The heads the Margins explorable trains with, each from losslab's public API, with the parameters
 * it has (m, s, λ), their slider ranges and the defaults chosen for 2-D/3-D features of five digits,
 * and the rule each head predicts with (the class whose plain logit wins), in plain JavaScript for
 * shading the decision regions.
 */
import { ArcFaceHead, ASoftmaxHead, CosFaceHead, LSoftmaxHead, ModifiedSoftmaxHead, SoftmaxHead, type ClassificationHead } from "losslab";

export type HeadKind = "softmax" | "modified" | "lsoftmax" | "asoftmax" | "cosface" | "arcface";

export interface ParamRange {
  min: number;
  max: number;
  step: number;
  value: number;
  /** What the value means, shown beside it. */
  unit: string;
}

export interface HeadInfo {
  /** Name in the head menu. */
  label: string;
  /** The target logit, in words (the page shows it). */
  formula: string;
  m?: ParamRange;
  s?: ParamRange;
  lambda?: ParamRange;
  /** How a plain logit is formed, for the regions: w·x + b, w·x, or a cosine (any positive scale). */
  scoring: "affine" | "dot" | "cosine";
}

export interface HeadParams {
  m: number;
  s: number;
  lambda: number;
}

const INTEGER_M: ParamRange = { min: 1, max: 4, step: 1, value: 2, unit: "× angle" };
const LAMBDA: ParamRange = { min: 0, max: 20, step: 0.5, value: 2, unit: "" };
const SCALE: ParamRange = { min: 1, max: 64, step: 1, value: 10, unit: "" };

export const HEADS: Record<HeadKind, HeadInfo> = {
  softmax: { label: "Softmax", formula: "z_j = w_j·x + b_j (no margin)", scoring: "affine" },
  modified: { label: "Modified softmax (normalised weights)", formula: "z_j = ‖x‖ cos θ_j (no margin, no bias)", scoring: "cosine" },
  lsoftmax: { label: "L-Softmax", formula: "z_y = ‖w_y‖‖x‖ (λ cos θ_y + ψ(θ_y)) / (1 + λ), ψ ≈ cos(m θ)", m: INTEGER_M, lambda: LAMBDA, scoring: "dot" },
  asoftmax: { label: "A-Softmax (SphereFace)", formula: "z_y = ‖x‖ (λ cos θ_y + ψ(θ_y)) / (1 + λ), weights normalised", m: INTEGER_M, lambda: LAMBDA, scoring: "cosine" },
  cosface: { label: "CosFace (AM-Softmax)", formula: "z_y = s (cos θ_y − m), z_j = s cos θ_j", m: { min: 0, max: 0.6, step: 0.05, value: 0.35, unit: "cosine" }, s: SCALE, scoring: "cosine" },
  arcface: { label: "ArcFace", formula: "z_y = s cos(θ_y + m), z_j = s cos θ_j", m: { min: 0, max: 1, step: 0.05, value: 0.5, unit: "rad" }, s: SCALE, scoring: "cosine" },
};

export const HEAD_KINDS = Object.keys(HEADS) as HeadKind[];

export function isHeadKind(value: unknown): value is HeadKind {
  return typeof value === "string" && (HEAD_KINDS as string[]).includes(value);
}

/** The head's defaults for the parameters it has (the others keep `current`'s). */
export function defaultParams(kind: HeadKind, current: HeadParams): HeadParams {
  const h = HEADS[kind];
  return { m: h.m?.value ?? current.m, s: h.s?.value ?? current.s, lambda: h.lambda?.value ?? current.lambda };
}

export interface MakeHeadOptions extends HeadParams {
  inputDim: number;
  numClasses: number;
  seed: number;
  /** Start from these weights [d, C] (and bias [C], softmax only) instead of the seeded ones. */
  weights?: Float32Array;
  bias?: Float32Array;
}

/** A losslab head of this kind. λ is held constant (an annealing schedule with γ = 0). */
export function makeHead(kind: HeadKind, o: MakeHeadOptions): ClassificationHead {
  const base = { inputDim: o.inputDim, numClasses: o.numClasses, seed: o.seed, ...(o.weights ? { weights: toMatrix(o.weights, o.inputDim, o.numClasses) } : {}) };
  const constantLambda = { base: o.lambda, gamma: 0, power: 1, lambdaMin: 0 };
  switch (kind) {
    case "softmax":
      return new SoftmaxHead({ ...base, ...(o.bias ? { bias: Array.from(o.bias) } : {}) });
    case "modified":
      return new ModifiedSoftmaxHead(base);
    case "lsoftmax":
      return new LSoftmaxHead({ ...base, m: Math.round(o.m), annealing: constantLambda });
    case "asoftmax":
      return new ASoftmaxHead({ ...base, m: Math.round(o.m), annealing: constantLambda });
    case "cosface":
      return new CosFaceHead({ ...base, s: o.s, m: o.m });
    case "arcface":
      return new ArcFaceHead({ ...base, s: o.s, m: o.m });
  }
}

function toMatrix(values: Float32Array, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, r) => Array.from(values.subarray(r * cols, (r + 1) * cols)));
}

/**
 * The predicted class at a feature vector v, from the weights W [d, C] (row-major) and bias: the
 * class whose plain logit (the one `head.scores` returns) is largest. Cosine heads compare cosines.
 */
export function predictedClass(scoring: HeadInfo["scoring"], weights: ArrayLike<number>, bias: ArrayLike<number> | null, d: number, C: number, v: ArrayLike<number>): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let j = 0; j < C; j++) {
    let dot = 0;
    let w2 = 0;
    for (let k = 0; k < d; k++) {
      const w = weights[k * C + j];
      dot += w * v[k];
      w2 += w * w;
    }
    const score = scoring === "cosine" ? (w2 > 0 ? dot / Math.sqrt(w2) : 0) : dot + (scoring === "affine" && bias ? bias[j] : 0);
    if (score > bestScore) {
      bestScore = score;
      best = j;
    }
  }
  return best;
}
