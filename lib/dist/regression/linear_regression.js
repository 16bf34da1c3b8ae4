"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LinearRegression = void 0;
/**
 * Simple linear regression ŷ = θ₀ + θ₁·(x − c) with the cost of lesson 00,
 *   J(θ) = 1/(2|B|) Σ_{i∈B} (ŷᵢ − yᵢ)²,
 * the lecture notes' L2 = ½(y − ŷ)² averaged over a batch B. Computed in float64 with plain loops:
 * the lesson's contour and descent paths need exact, cheap evaluations at thousands of points.
 * The offset c (the mean of x by default) keeps θ₀ and θ₁ from fighting each other: see
 * `conditionNumber`, which the lesson prints with and without it.
 */
const validation_1 = require("../validation");
const linalg_1 = require("../math/linalg");
class LinearRegression {
    constructor(x, y, opts = {}) {
        this.all = null;
        (0, validation_1.checkNumberArray)("LinearRegression", "x", x);
        (0, validation_1.checkNumberArray)("LinearRegression", "y", y);
        (0, validation_1.checkSameLength)("LinearRegression", "x", x, "y", y);
        this.x = x.slice();
        this.y = y.slice();
        (0, validation_1.checkOptions)("LinearRegression", opts, ["center?"]);
        const center = (0, validation_1.checkBoolean)("LinearRegression", "center", opts.center ?? true);
        this.xOffset = center ? (0, linalg_1.mean)(x) : 0;
        this.u = x.map((v) => v - this.xOffset);
    }
    /** Number of samples. */
    get n() {
        return this.x.length;
    }
    /** ŷ for an input x. */
    predict(theta, x) {
        return theta[0] + theta[1] * (x - this.xOffset);
    }
    batch(indices, fn) {
        if (indices === undefined)
            return this.allIndices();
        if (indices.length === 0)
            throw new validation_1.ShapeError(fn, "indices", "a non-empty batch of sample indices", "an empty array");
        indices.forEach((i, k) => (0, validation_1.checkInteger)(fn, `indices[${k}]`, i, { min: 0, max: this.n - 1 }));
        return indices;
    }
    allIndices() {
        if (this.all === null)
            this.all = Array.from({ length: this.n }, (_, i) => i);
        return this.all;
    }
    /** J(θ) over the batch `indices` (all samples when omitted). */
    cost(theta, indices) {
        const b = this.batch(indices, "LinearRegression.cost");
        let s = 0;
        for (const i of b) {
            const r = theta[0] + theta[1] * this.u[i] - this.y[i];
            s += r * r;
        }
        return s / (2 * b.length);
    }
    /** ∂J/∂θ over the batch: [mean(r), mean(r·(x − c))] with r = ŷ − y. */
    gradient(theta, indices) {
        const b = this.batch(indices, "LinearRegression.gradient");
        let g0 = 0;
        let g1 = 0;
        for (const i of b) {
            const r = theta[0] + theta[1] * this.u[i] - this.y[i];
            g0 += r;
            g1 += r * this.u[i];
        }
        return [g0 / b.length, g1 / b.length];
    }
    /** The Hessian of J over all samples, [[1, mean(u)], [mean(u), mean(u²)]] (constant: J is quadratic). */
    hessian() {
        const mu = (0, linalg_1.mean)(this.u);
        const mu2 = (0, linalg_1.mean)(this.u.map((v) => v * v));
        return [
            [1, mu],
            [mu, mu2],
        ];
    }
    /**
     * The minimiser θ̂ = argmin J, from the normal equations H·θ = [mean(y), mean(u·y)]. Needs two
     * distinct x values (one point fits infinitely many lines).
     */
    leastSquares() {
        const [[a, b], [, d]] = this.hessian();
        const my = (0, linalg_1.mean)(this.y);
        const muy = (0, linalg_1.mean)(this.u.map((v, i) => v * this.y[i]));
        return (0, linalg_1.solve2)(a, b, b, d, my, muy);
    }
    /** Eigenvalues of the Hessian, largest first. */
    curvatures() {
        const [[a, b], [, d]] = this.hessian();
        return (0, linalg_1.symmetricEigenvalues2)(a, b, d);
    }
    /**
     * Full-batch gradient descent on a quadratic converges exactly when η < 2/λ_max, where λ_max is
     * the largest eigenvalue of the Hessian; above it, it diverges.
     */
    maxStableLearningRate() {
        return 2 / this.curvatures()[0];
    }
    /** λ_max / λ_min: how elongated the contours of J are (1 means circles). */
    conditionNumber() {
        const [hi, lo] = this.curvatures();
        return hi / lo;
    }
}
exports.LinearRegression = LinearRegression;
//# sourceMappingURL=linear_regression.js.map