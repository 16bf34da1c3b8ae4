export interface BatchedProblem {
    /** Number of samples. */
    readonly n: number;
    cost(theta: number[], indices?: readonly number[]): number;
    gradient(theta: number[], indices?: readonly number[]): number[];
}
/** "full": all n samples per update; "sample": one (SGD); a number: mini-batches of that size. */
export type BatchMode = "full" | "sample" | number;
export interface DescentOptions {
    /** η, the step size. */
    learningRate: number;
    /** Passes over the data. */
    epochs: number;
    /** Default "full". */
    batch?: BatchMode;
    /** Seed of the shuffle that orders samples in each epoch (default 0). */
    seed?: number;
    /** Stop and flag divergence once the full cost exceeds this (default 1e6) or is not finite. */
    divergeAbove?: number;
}
export interface DescentPath {
    /** θ after each update, θ₀ first. */
    thetas: number[][];
    /** Full-data cost J(θ) at each entry of `thetas`. */
    costs: number[];
    /** Number of updates made. */
    updates: number;
    /** True when the cost blew up and the run was stopped. */
    diverged: boolean;
    /** Samples per update. */
    batchSize: number;
}
/** Batch size of a mode for n samples. */
export declare function batchSizeOf(mode: BatchMode, n: number): number;
/** Runs descent from theta0 and records the whole path. */
export declare function gradientDescent(problem: BatchedProblem, theta0: number[], opts: DescentOptions): DescentPath;
//# sourceMappingURL=gradient_descent.d.ts.map