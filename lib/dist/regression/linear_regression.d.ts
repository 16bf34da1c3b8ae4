export type Theta = [number, number];
export interface LinearRegressionOptions {
    /** Subtract the mean of x before fitting (default true). */
    center?: boolean;
}
export declare class LinearRegression {
    readonly x: readonly number[];
    readonly y: readonly number[];
    /** The offset c subtracted from x. */
    readonly xOffset: number;
    /** x − c, the feature the model multiplies by θ₁. */
    private readonly u;
    constructor(x: number[], y: number[], opts?: LinearRegressionOptions);
    /** Number of samples. */
    get n(): number;
    /** ŷ for an input x. */
    predict(theta: Theta, x: number): number;
    private batch;
    private all;
    private allIndices;
    /** J(θ) over the batch `indices` (all samples when omitted). */
    cost(theta: Theta, indices?: readonly number[]): number;
    /** ∂J/∂θ over the batch: [mean(r), mean(r·(x − c))] with r = ŷ − y. */
    gradient(theta: Theta, indices?: readonly number[]): Theta;
    /** The Hessian of J over all samples, [[1, mean(u)], [mean(u), mean(u²)]] (constant: J is quadratic). */
    hessian(): [[number, number], [number, number]];
    /**
     * The minimiser θ̂ = argmin J, from the normal equations H·θ = [mean(y), mean(u·y)]. Needs two
     * distinct x values (one point fits infinitely many lines).
     */
    leastSquares(): Theta;
    /** Eigenvalues of the Hessian, largest first. */
    curvatures(): [number, number];
    /**
     * Full-batch gradient descent on a quadratic converges exactly when η < 2/λ_max, where λ_max is
     * the largest eigenvalue of the Hessian; above it, it diverges.
     */
    maxStableLearningRate(): number;
    /** λ_max / λ_min: how elongated the contours of J are (1 means circles). */
    conditionNumber(): number;
}
//# sourceMappingURL=linear_regression.d.ts.map