"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.largestResidualIndex = exports.fitsAgainstHeight = exports.huberLimitGaps = exports.pullShare = exports.smallestCostChange = exports.fitLine = exports.lineGradient = exports.lineCost = exports.lineResiduals = exports.residualGradient = exports.residualLoss = exports.LINE_LOSSES = void 0;
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
const tf = __importStar(require("@tensorflow/tfjs"));
const huber_1 = require("../losses/huber");
const mean_absolute_error_1 = require("../losses/mean_absolute_error");
const mean_squared_error_1 = require("../losses/mean_squared_error");
const validation_1 = require("../validation");
const linalg_1 = require("../math/linalg");
exports.LINE_LOSSES = ["l2", "l1", "huber"];
const LINE_LOSS_OPTIONS = ["loss", "delta?"];
function checkLoss(fn, opts, extra = []) {
    (0, validation_1.checkOptions)(fn, opts, [...LINE_LOSS_OPTIONS, ...extra]);
    const loss = (0, validation_1.checkOneOf)(fn, "loss", opts.loss, exports.LINE_LOSSES);
    const delta = (0, validation_1.checkRange)(fn, "delta", opts.delta ?? 1, { min: 0, minOpen: true });
    return { loss, delta };
}
/** The library's loss (or its gradient) of residuals r, as labels 0 and predictions r, per element. */
function perResidual(fn, residuals, opts, gradient) {
    (0, validation_1.checkNumberArray)(fn, "residuals", residuals);
    const { loss, delta } = checkLoss(fn, opts);
    const args = { labels: residuals.map(() => 0), predictions: residuals };
    return tf.tidy(() => {
        let t;
        if (loss === "l2")
            t = gradient ? (0, mean_squared_error_1.halfSquaredErrorGradient)(args) : (0, mean_squared_error_1.halfSquaredError)({ ...args, reduction: "none" });
        else if (loss === "l1")
            t = gradient ? (0, mean_absolute_error_1.meanAbsoluteErrorGradient)(args) : (0, mean_absolute_error_1.meanAbsoluteError)({ ...args, reduction: "none" });
        else
            t = gradient ? (0, huber_1.huberLossGradient)({ ...args, delta }) : (0, huber_1.huberLoss)({ ...args, delta, reduction: "none" });
        return Array.from(t.dataSync());
    });
}
/** ℓ(r) of each residual r = ŷ − y under `loss` (½r², |r| or Huber's). */
function residualLoss(residuals, opts) {
    return perResidual("residualLoss", residuals, opts, false);
}
exports.residualLoss = residualLoss;
/** ∂ℓ/∂ŷ of each residual r = ŷ − y under `loss` (r, sign(r) or clip(r, −δ, δ)): the pull of each point. */
function residualGradient(residuals, opts) {
    return perResidual("residualGradient", residuals, opts, true);
}
exports.residualGradient = residualGradient;
function checkData(fn, x, y) {
    (0, validation_1.checkNumberArray)(fn, "x", x);
    (0, validation_1.checkNumberArray)(fn, "y", y);
    (0, validation_1.checkSameLength)(fn, "x", x, "y", y);
}
function checkTheta(fn, theta) {
    const t = (0, validation_1.checkNumberArray)(fn, "theta", theta);
    if (t.length !== 2)
        throw new validation_1.ShapeError(fn, "theta", "two numbers [intercept, slope]", `an array of length ${t.length}`);
    return [t[0], t[1]];
}
/** The residuals ŷᵢ − yᵢ of the line θ. */
function lineResiduals(x, y, theta) {
    checkData("lineResiduals", x, y);
    const [a, b] = checkTheta("lineResiduals", theta);
    return x.map((xi, i) => a + b * xi - y[i]);
}
exports.lineResiduals = lineResiduals;
/** J(θ) = (1/n) Σ ℓ(ŷᵢ − yᵢ), the mean loss of the line. */
function lineCost(x, y, theta, opts) {
    const l = residualLoss(lineResiduals(x, y, theta), opts);
    return l.reduce((s, v) => s + v, 0) / l.length;
}
exports.lineCost = lineCost;
/** ∂J/∂θ = (1/n) Σ ∂ℓᵢ/∂ŷᵢ · [1, xᵢ]. */
function lineGradient(x, y, theta, opts) {
    const pulls = residualGradient(lineResiduals(x, y, theta), opts);
    const n = pulls.length;
    return [pulls.reduce((s, g) => s + g, 0) / n, pulls.reduce((s, g, i) => s + g * x[i], 0) / n];
}
exports.lineGradient = lineGradient;
/** Weighted least squares: the line minimising Σ wᵢ(θ₀ + θ₁xᵢ − yᵢ)², centred on the weighted mean of x. */
function weightedLeastSquares(x, y, w) {
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
    const [a, b] = (0, linalg_1.solve2)(sw, 0, 0, suu, sy, suy);
    return [a - b * c, b];
}
/** Fits ŷ = θ₀ + θ₁x under `loss` by IRLS, starting from the least-squares line. Needs two distinct x. */
function fitLine(x, y, opts) {
    const fn = "fitLine";
    checkData(fn, x, y);
    const { loss, delta } = checkLoss(fn, opts, ["maxIterations?", "tolerance?"]);
    const maxIterations = (0, validation_1.checkInteger)(fn, "maxIterations", opts.maxIterations ?? 500, { min: 1 });
    const tolerance = (0, validation_1.checkRange)(fn, "tolerance", opts.tolerance ?? 1e-7, { min: 0, minOpen: true });
    if (new Set(x).size < 2)
        throw new validation_1.ShapeError(fn, "x", "at least two distinct values (one x fits infinitely many lines)", "a single value");
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
exports.fitLine = fitLine;
/**
 * A check that θ is a minimum of J: the least change J(θ + h·d) − J(θ) over eight directions d (the
 * axes and diagonals, each coordinate scaled by 1 + |θₖ|). Positive means no small step lowers J.
 * Works for L1 too, where J has corners and no gradient at its minimum.
 */
function smallestCostChange(x, y, theta, opts) {
    checkLoss("smallestCostChange", opts, ["step?"]);
    const h = (0, validation_1.checkRange)("smallestCostChange", "step", opts.step ?? 1e-3, { min: 0, minOpen: true });
    const { step: _step, ...lossOptions } = opts;
    const base = lineCost(x, y, theta, lossOptions);
    let least = Infinity;
    for (const [d0, d1] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]]) {
        const moved = [theta[0] + h * d0 * (1 + Math.abs(theta[0])), theta[1] + h * d1 * (1 + Math.abs(theta[1]))];
        least = Math.min(least, lineCost(x, y, moved, lossOptions) - base);
    }
    return least;
}
exports.smallestCostChange = smallestCostChange;
/** How hard sample `index` pulls on the line θ under `loss`, and its share of the total pull. */
function pullShare(x, y, theta, index, opts) {
    checkData("pullShare", x, y);
    (0, validation_1.checkInteger)("pullShare", "index", index, { min: 0, max: x.length - 1 });
    const pulls = residualGradient(lineResiduals(x, y, theta), opts);
    const total = pulls.reduce((s, g) => s + Math.abs(g), 0);
    return { pulls, pull: pulls[index], share: total > 0 ? Math.abs(pulls[index]) / total : 0 };
}
exports.pullShare = pullShare;
/** Huber's two limits measured on the residuals `r`, for each δ in `deltas`. */
function huberLimitGaps(residuals, deltas) {
    (0, validation_1.checkNumberArray)("huberLimitGaps", "deltas", deltas);
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
exports.huberLimitGaps = huberLimitGaps;
/** The fit under `opts` with the height of sample `index` set to each value of `heights` in turn. */
function fitsAgainstHeight(x, y, index, heights, opts) {
    checkData("fitsAgainstHeight", x, y);
    (0, validation_1.checkInteger)("fitsAgainstHeight", "index", index, { min: 0, max: x.length - 1 });
    return (0, validation_1.checkNumberArray)("fitsAgainstHeight", "heights", heights).map((h) => fitLine(x, y.map((v, i) => (i === index ? h : v)), opts));
}
exports.fitsAgainstHeight = fitsAgainstHeight;
/** The index of the largest |residual| (the first one on a tie): the point a fit leaves furthest away. */
function largestResidualIndex(residuals) {
    const r = (0, validation_1.checkNumberArray)("largestResidualIndex", "residuals", residuals);
    return r.reduce((best, v, i) => (Math.abs(v) > Math.abs(r[best]) ? i : best), 0);
}
exports.largestResidualIndex = largestResidualIndex;
//# sourceMappingURL=robust_line.js.map