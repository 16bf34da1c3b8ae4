export type LineLoss = "l2" | "l1" | "huber";
export declare const LINE_LOSSES: readonly LineLoss[];
export interface LineLossOptions {
    loss: LineLoss;
    /** Huber's threshold δ > 0 (ignored by the other losses). @default 1 */
    delta?: number;
}
/** A line ŷ = theta[0] + theta[1]·x, in the raw units of x. */
export type LineTheta = [number, number];
/** ℓ(r) of each residual r = ŷ − y under `loss` (½r², |r| or Huber's). */
export declare function residualLoss(residuals: number[], opts: LineLossOptions): number[];
/** ∂ℓ/∂ŷ of each residual r = ŷ − y under `loss` (r, sign(r) or clip(r, −δ, δ)): the pull of each point. */
export declare function residualGradient(residuals: number[], opts: LineLossOptions): number[];
/** The residuals ŷᵢ − yᵢ of the line θ. */
export declare function lineResiduals(x: number[], y: number[], theta: LineTheta): number[];
/** J(θ) = (1/n) Σ ℓ(ŷᵢ − yᵢ), the mean loss of the line. */
export declare function lineCost(x: number[], y: number[], theta: LineTheta, opts: LineLossOptions): number;
/** ∂J/∂θ = (1/n) Σ ∂ℓᵢ/∂ŷᵢ · [1, xᵢ]. */
export declare function lineGradient(x: number[], y: number[], theta: LineTheta, opts: LineLossOptions): LineTheta;
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
/** Fits ŷ = θ₀ + θ₁x under `loss` by IRLS, starting from the least-squares line. Needs two distinct x. */
export declare function fitLine(x: number[], y: number[], opts: LineFitOptions): LineFit;
/**
 * A check that θ is a minimum of J: the least change J(θ + h·d) − J(θ) over eight directions d (the
 * axes and diagonals, each coordinate scaled by 1 + |θₖ|). Positive means no small step lowers J.
 * Works for L1 too, where J has corners and no gradient at its minimum.
 */
export declare function smallestCostChange(x: number[], y: number[], theta: LineTheta, opts: LineLossOptions & {
    step?: number;
}): number;
export interface PullShare {
    /** ∂ℓᵢ/∂ŷᵢ of every sample at the line. */
    pulls: number[];
    /** The pull of the sample `index`. */
    pull: number;
    /** |pull| / Σ|pullᵢ|: the sample's share of all the pulling on the line (0 when nothing pulls). */
    share: number;
}
/** How hard sample `index` pulls on the line θ under `loss`, and its share of the total pull. */
export declare function pullShare(x: number[], y: number[], theta: LineTheta, index: number, opts: LineLossOptions): PullShare;
export interface HuberLimitGaps {
    delta: number;
    /** max over r of |Huber_δ(r) − ½r²|: 0 once δ ≥ max|r| (the δ → ∞ limit is L2). */
    gapToL2: number;
    /** max over r of |Huber_δ(r)/δ − |r||: at most δ/2, so 0 in the limit δ → 0 (L1, after dividing by δ). */
    gapToL1: number;
}
/** Huber's two limits measured on the residuals `r`, for each δ in `deltas`. */
export declare function huberLimitGaps(residuals: number[], deltas: number[]): HuberLimitGaps[];
/** The fit under `opts` with the height of sample `index` set to each value of `heights` in turn. */
export declare function fitsAgainstHeight(x: number[], y: number[], index: number, heights: number[], opts: LineFitOptions): LineFit[];
/** The index of the largest |residual| (the first one on a tie): the point a fit leaves furthest away. */
export declare function largestResidualIndex(residuals: number[]): number;
//# sourceMappingURL=robust_line.d.ts.map