/**
 * A straight line ŷ = θ₀ + θ₁·x fitted under the three regression losses of lesson 01, on the residual
 * r = ŷ − y of each sample:
 *
 *   "l2":    ℓ = ½r²  (the notes' L2),   ∂ℓ/∂ŷ = r;
 *   "l1":    ℓ = |r|  (MAE),             ∂ℓ/∂ŷ = sign(r);
 *   "huber": ℓ = ½r² for |r| ≤ δ, δ(|r| − ½δ) beyond,   ∂ℓ/∂ŷ = clip(r, −δ, δ).
 *
 * The values and derivatives come from the library's losses (`halfSquaredError`, `meanAbsoluteError`,
 * `huberLoss` and their gradients, float32); this file only arranges them over a line's residuals.
 * ∂ℓᵢ/∂ŷᵢ is the "pull" of sample i on the line: the cost J(θ) = (1/n)Σℓᵢ has the gradient
 * ∂J/∂θ = (1/n)Σ (∂ℓᵢ/∂ŷᵢ)·[1, xᵢ], so a point whose pull is large steers the fit.
 *
 * The fit is iteratively reweighted least squares (IRLS): at a minimum Σ ψ(rᵢ)[1, xᵢ] = 0 with
 * ψ = ∂ℓ/∂ŷ; writing ψ(r) = w(r)·r turns this into weighted least squares with weights
 * wᵢ = ψ(rᵢ)/rᵢ (1 for L2, min(1, δ/|rᵢ|) for Huber, 1/|rᵢ| for L1), solved again with the new
 * weights until θ stops moving. L2 needs one step (the normal equations); Huber's IRLS decreases J at
 * every step; for L1 the weights are capped at 1/ε (ε = 1e-6 of the spread of y) where a residual
 * vanishes, which gives the least-absolute-deviations line to that precision.
 */
import * as tf from "@tensorflow/tfjs";
import { huberLoss, huberLossGradient } from "losslab";
import { meanAbsoluteError, meanAbsoluteErrorGradient } from "losslab";
import { halfSquaredError, halfSquaredErrorGradient } from "losslab";
import { ShapeError } from "losslab";
import { checkOptions, checkInteger, checkNumberArray, checkOneOf, checkRange, checkSameLength } from "losslab/internal";
import { solve2 } from "../math/linalg";

export type LineLoss = "l2" | "l1" | "huber";
export const LINE_LOSSES: readonly LineLoss[] = ["l2", "l1", "huber"];

export interface LineLossOptions {
  loss: LineLoss;
  /** Huber's threshold δ > 0 (ignored by the other losses). @default 1 */
  delta?: number;
}

/** A line ŷ = theta[0] + theta[1]·x, in the raw units of x. */
export type LineTheta = [number, number];

interface CheckedLoss {
  loss: LineLoss;
  delta: number;
}

const LINE_LOSS_OPTIONS = ["loss", "delta?"];

function checkLoss(fn: string, opts: LineLossOptions, extra: string[] = []): CheckedLoss {
  checkOptions(fn, opts, [...LINE_LOSS_OPTIONS, ...extra]);
  const loss = checkOneOf(fn, "loss", opts.loss, LINE_LOSSES);
  const delta = checkRange(fn, "delta", opts.delta ?? 1, { min: 0, minOpen: true });
  return { loss, delta };
}

/** The library's loss (or its gradient) of residuals r, as labels 0 and predictions r, per element. */
function perResidual(fn: string, residuals: number[], opts: LineLossOptions, gradient: boolean): number[] {
  checkNumberArray(fn, "residuals", residuals);
  const { loss, delta } = checkLoss(fn, opts);
  const args = { labels: residuals.map(() => 0), predictions: residuals };
  return tf.tidy(() => {
    let t: tf.Tensor;
    if (loss === "l2") t = gradient ? halfSquaredErrorGradient(args) : halfSquaredError({ ...args, reduction: "none" });
    else if (loss === "l1") t = gradient ? meanAbsoluteErrorGradient(args) : meanAbsoluteError({ ...args, reduction: "none" });
    else t = gradient ? huberLossGradient({ ...args, delta }) : huberLoss({ ...args, delta, reduction: "none" });
    return Array.from(t.dataSync());
  });
}

/** ℓ(r) of each residual r = ŷ − y under `loss` (½r², |r| or Huber's). */
export function residualLoss(residuals: number[], opts: LineLossOptions): number[] {
  return perResidual("residualLoss", residuals, opts, false);
}

/** ∂ℓ/∂ŷ of each residual r = ŷ − y under `loss` (r, sign(r) or clip(r, −δ, δ)): the pull of each point. */
export function residualGradient(residuals: number[], opts: LineLossOptions): number[] {
  return perResidual("residualGradient", residuals, opts, true);
}

function checkData(fn: string, x: number[], y: number[]): void {
  checkNumberArray(fn, "x", x);
  checkNumberArray(fn, "y", y);
  checkSameLength(fn, "x", x, "y", y);
}

function checkTheta(fn: string, theta: unknown): LineTheta {
  const t = checkNumberArray(fn, "theta", theta);
  if (t.length !== 2) throw new ShapeError(fn, "theta", "two numbers [intercept, slope]", `an array of length ${t.length}`);
  return [t[0], t[1]];
}

/** The residuals ŷᵢ − yᵢ of the line θ. */
export function lineResiduals(x: number[], y: number[], theta: LineTheta): number[] {
  checkData("lineResiduals", x, y);
  const [a, b] = checkTheta("lineResiduals", theta);
  return x.map((xi, i) => a + b * xi - y[i]);
}

/** J(θ) = (1/n) Σ ℓ(ŷᵢ − yᵢ), the mean loss of the line. */
export function lineCost(x: number[], y: number[], theta: LineTheta, opts: LineLossOptions): number {
  const l = residualLoss(lineResiduals(x, y, theta), opts);
  return l.reduce((s, v) => s + v, 0) / l.length;
}

/** ∂J/∂θ = (1/n) Σ ∂ℓᵢ/∂ŷᵢ · [1, xᵢ]. */
export function lineGradient(x: number[], y: number[], theta: LineTheta, opts: LineLossOptions): LineTheta {
  const pulls = residualGradient(lineResiduals(x, y, theta), opts);
  const n = pulls.length;
  return [pulls.reduce((s, g) => s + g, 0) / n, pulls.reduce((s, g, i) => s + g * x[i], 0) / n];
}

export interface LineFitOptions extends LineLossOptions {
  /** Stop after this many reweighting steps. @default 500 */
  maxIterations?: number;
  /** Stop when no coordinate of θ moves by more than tolerance·(1 + |θ|). @default 1e-7 (the losses compute in float32) */
  tolerance?: number;
}

export interface LineFit {
  loss: LineLoss;
  /** δ for "huber", undefined otherwise. */
  delta?: number;
  /** [intercept, slope] of ŷ = θ₀ + θ₁·x. */
  theta: LineTheta;
  /** J(θ) at the fit. */
  cost: number;
  /** The residuals ŷᵢ − yᵢ at the fit. */
  residuals: number[];
  /** IRLS steps taken. */
  iterations: number;
  converged: boolean;
}

/** Weighted least squares: the line minimising Σ wᵢ(θ₀ + θ₁xᵢ − yᵢ)², centred on the weighted mean of x. */
function weightedLeastSquares(x: number[], y: number[], w: number[]): LineTheta {
  let sw = 0;
  let swx = 0;
  for (let i = 0; i < x.length; i++) {
    sw += w[i];
    swx += w[i] * x[i];
  }
  const c = swx / sw;
  let suu = 0;
  let sy = 0;
  let suy = 0;
  for (let i = 0; i < x.length; i++) {
    const u = x[i] - c;
    suu += w[i] * u * u;
    sy += w[i] * y[i];
    suy += w[i] * u * y[i];
  }
  const [a, b] = solve2(sw, 0, 0, suu, sy, suy);
  return [a - b * c, b];
}

/** Fits ŷ = θ₀ + θ₁x under `loss` by IRLS, starting from the least-squares line. Needs two distinct x. */
export function fitLine(x: number[], y: number[], opts: LineFitOptions): LineFit {
  const fn = "fitLine";
  checkData(fn, x, y);
  const { loss, delta } = checkLoss(fn, opts, ["maxIterations?", "tolerance?"]);
  const maxIterations = checkInteger(fn, "maxIterations", opts.maxIterations ?? 500, { min: 1 });
  const tolerance = checkRange(fn, "tolerance", opts.tolerance ?? 1e-7, { min: 0, minOpen: true });
  if (new Set(x).size < 2) throw new ShapeError(fn, "x", "at least two distinct values (one x fits infinitely many lines)", "a single value");
  const spread = Math.max(...y) - Math.min(...y) || 1;
  const eps = 1e-6 * spread;
  let theta = weightedLeastSquares(x, y, x.map(() => 1));
  let iterations = 1;
  let converged = loss === "l2";
  while (!converged && iterations < maxIterations) {
    const r = lineResiduals(x, y, theta);
    const psi = residualGradient(r, { loss, delta });
    // w = ψ(r)/r; where |r| < ε take the weight at |r| = ε (1 for L2 and Huber, 1/ε for L1)
    const w = r.map((ri, i) => (Math.abs(ri) >= eps ? psi[i] / ri : loss === "l1" ? 1 / eps : 1));
    const next = weightedLeastSquares(x, y, w);
    iterations += 1;
    converged = next.every((v, k) => Math.abs(v - theta[k]) <= tolerance * (1 + Math.abs(v)));
    theta = next;
  }
  const residuals = lineResiduals(x, y, theta);
  const cost = lineCost(x, y, theta, { loss, delta });
  return { loss, delta: loss === "huber" ? delta : undefined, theta, cost, residuals, iterations, converged };
}

/**
 * A check that θ is a minimum of J: the least change J(θ + h·d) − J(θ) over eight directions d (the
 * axes and diagonals, each coordinate scaled by 1 + |θₖ|). Positive means no small step lowers J.
 * Works for L1 too, where J has corners and no gradient at its minimum.
 */
export function smallestCostChange(x: number[], y: number[], theta: LineTheta, opts: LineLossOptions & { step?: number }): number {
  checkLoss("smallestCostChange", opts, ["step?"]);
  const h = checkRange("smallestCostChange", "step", opts.step ?? 1e-3, { min: 0, minOpen: true });
  const { step: _step, ...lossOptions } = opts;
  const base = lineCost(x, y, theta, lossOptions);
  let least = Infinity;
  for (const [d0, d1] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]]) {
    const moved: LineTheta = [theta[0] + h * d0 * (1 + Math.abs(theta[0])), theta[1] + h * d1 * (1 + Math.abs(theta[1]))];
    least = Math.min(least, lineCost(x, y, moved, lossOptions) - base);
  }
  return least;
}

export interface PullShare {
  /** ∂ℓᵢ/∂ŷᵢ of every sample at the line. */
  pulls: number[];
  /** The pull of the sample `index`. */
  pull: number;
  /** |pull| / Σ|pullᵢ|: the sample's share of all the pulling on the line (0 when nothing pulls). */
  share: number;
}

/** How hard sample `index` pulls on the line θ under `loss`, and its share of the total pull. */
export function pullShare(x: number[], y: number[], theta: LineTheta, index: number, opts: LineLossOptions): PullShare {
  checkData("pullShare", x, y);
  checkInteger("pullShare", "index", index, { min: 0, max: x.length - 1 });
  const pulls = residualGradient(lineResiduals(x, y, theta), opts);
  const total = pulls.reduce((s, g) => s + Math.abs(g), 0);
  return { pulls, pull: pulls[index], share: total > 0 ? Math.abs(pulls[index]) / total : 0 };
}

export interface HuberLimitGaps {
  delta: number;
  /** max over r of |Huber_δ(r) − ½r²|: 0 once δ ≥ max|r| (the δ → ∞ limit is L2). */
  gapToL2: number;
  /** max over r of |Huber_δ(r)/δ − |r||: at most δ/2, so 0 in the limit δ → 0 (L1, after dividing by δ). */
  gapToL1: number;
}

/** Huber's two limits measured on the residuals `r`, for each δ in `deltas`. */
export function huberLimitGaps(residuals: number[], deltas: number[]): HuberLimitGaps[] {
  checkNumberArray("huberLimitGaps", "deltas", deltas);
  const l2 = residualLoss(residuals, { loss: "l2" });
  const l1 = residualLoss(residuals, { loss: "l1" });
  return deltas.map((delta) => {
    const h = residualLoss(residuals, { loss: "huber", delta });
    return {
      delta,
      gapToL2: Math.max(...h.map((v, i) => Math.abs(v - l2[i]))),
      gapToL1: Math.max(...h.map((v, i) => Math.abs(v / delta - l1[i]))),
    };
  });
}

/** The fit under `opts` with the height of sample `index` set to each value of `heights` in turn. */
export function fitsAgainstHeight(x: number[], y: number[], index: number, heights: number[], opts: LineFitOptions): LineFit[] {
  checkData("fitsAgainstHeight", x, y);
  checkInteger("fitsAgainstHeight", "index", index, { min: 0, max: x.length - 1 });
  return checkNumberArray("fitsAgainstHeight", "heights", heights).map((h) => fitLine(x, y.map((v, i) => (i === index ? h : v)), opts));
}

/** The index of the largest |residual| (the first one on a tie): the point a fit leaves furthest away. */
export function largestResidualIndex(residuals: number[]): number {
  const r = checkNumberArray("largestResidualIndex", "residuals", residuals);
  return r.reduce((best, v, i) => (Math.abs(v) > Math.abs(r[best]) ? i : best), 0);
}
