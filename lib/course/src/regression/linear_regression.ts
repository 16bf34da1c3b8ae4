/**
 * Simple linear regression ŷ = θ₀ + θ₁·(x − c) with the cost of lesson 00,
 *   J(θ) = 1/(2|B|) Σ_{i∈B} (ŷᵢ − yᵢ)²,
 * the lecture notes' L2 = ½(y − ŷ)² averaged over a batch B. Computed in float64 with plain loops:
 * the lesson's contour and descent paths need exact, cheap evaluations at thousands of points.
 * The offset c (the mean of x by default) keeps θ₀ and θ₁ from fighting each other: see
 * `conditionNumber`, which the lesson prints with and without it.
 */
import { ShapeError } from "losslab";
import { checkBoolean, checkOptions, checkNumberArray, checkSameLength, checkInteger } from "losslab/internal";
import { mean, solve2, symmetricEigenvalues2 } from "../math/linalg";

export type Theta = [number, number];

export interface LinearRegressionOptions {
  /** Subtract the mean of x before fitting (default true). */
  center?: boolean;
}

export class LinearRegression {
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** The offset c subtracted from x. */
  readonly xOffset: number;
  /** x − c, the feature the model multiplies by θ₁. */
  private readonly u: number[];

  constructor(x: number[], y: number[], opts: LinearRegressionOptions = {}) {
    checkNumberArray("LinearRegression", "x", x);
    checkNumberArray("LinearRegression", "y", y);
    checkSameLength("LinearRegression", "x", x, "y", y);
    this.x = x.slice();
    this.y = y.slice();
    checkOptions("LinearRegression", opts, ["center?"]);
    const center = checkBoolean("LinearRegression", "center", opts.center ?? true);
    this.xOffset = center ? mean(x) : 0;
    this.u = x.map((v) => v - this.xOffset);
  }

  /** Number of samples. */
  get n(): number {
    return this.x.length;
  }

  /** ŷ for an input x. */
  predict(theta: Theta, x: number): number {
    return theta[0] + theta[1] * (x - this.xOffset);
  }

  private batch(indices: readonly number[] | undefined, fn: string): readonly number[] {
    if (indices === undefined) return this.allIndices();
    if (indices.length === 0) throw new ShapeError(fn, "indices", "a non-empty batch of sample indices", "an empty array");
    indices.forEach((i, k) => checkInteger(fn, `indices[${k}]`, i, { min: 0, max: this.n - 1 }));
    return indices;
  }

  private all: number[] | null = null;
  private allIndices(): number[] {
    if (this.all === null) this.all = Array.from({ length: this.n }, (_, i) => i);
    return this.all;
  }

  /** J(θ) over the batch `indices` (all samples when omitted). */
  cost(theta: Theta, indices?: readonly number[]): number {
    const b = this.batch(indices, "LinearRegression.cost");
    let s = 0;
    for (const i of b) {
      const r = theta[0] + theta[1] * this.u[i] - this.y[i];
      s += r * r;
    }
    return s / (2 * b.length);
  }

  /** ∂J/∂θ over the batch: [mean(r), mean(r·(x − c))] with r = ŷ − y. */
  gradient(theta: Theta, indices?: readonly number[]): Theta {
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
  hessian(): [[number, number], [number, number]] {
    const mu = mean(this.u);
    const mu2 = mean(this.u.map((v) => v * v));
    return [
      [1, mu],
      [mu, mu2],
    ];
  }

  /**
   * The minimiser θ̂ = argmin J, from the normal equations H·θ = [mean(y), mean(u·y)]. Needs two
   * distinct x values (one point fits infinitely many lines).
   */
  leastSquares(): Theta {
    const [[a, b], [, d]] = this.hessian();
    const my = mean(this.y);
    const muy = mean(this.u.map((v, i) => v * this.y[i]));
    return solve2(a, b, b, d, my, muy);
  }

  /** Eigenvalues of the Hessian, largest first. */
  curvatures(): [number, number] {
    const [[a, b], [, d]] = this.hessian();
    return symmetricEigenvalues2(a, b, d);
  }

  /**
   * Full-batch gradient descent on a quadratic converges exactly when η < 2/λ_max, where λ_max is
   * the largest eigenvalue of the Hessian; above it, it diverges.
   */
  maxStableLearningRate(): number {
    return 2 / this.curvatures()[0];
  }

  /** λ_max / λ_min: how elongated the contours of J are (1 means circles). */
  conditionNumber(): number {
    const [hi, lo] = this.curvatures();
    return hi / lo;
  }
}
