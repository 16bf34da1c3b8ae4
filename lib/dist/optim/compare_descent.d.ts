import { type BatchedProblem, type BatchMode, type DescentPath } from "./gradient_descent";
export interface DescentRun {
    /** "full batch", "sample-wise (SGD)" or "mini-batch (b)". */
    label: string;
    batch: BatchMode;
    learningRate: number;
    path: DescentPath;
}
/** A readable name for a batch mode. */
export declare function batchLabel(batch: BatchMode): string;
export interface CompareDescentOptions {
    /** The starting parameters, shared by every run. */
    theta0: number[];
    /** The learning rates to try (each > 0); every batch mode runs with each. */
    learningRates: number[];
    /** Passes over the data of each run. */
    epochs: number;
    /** The batch modes: "full", "sample" or a mini-batch size (default ["full", "sample", 4]). */
    batches?: BatchMode[];
    /** Seed of the shuffles, the same for every run (default 0). */
    seed?: number;
}
export declare function compareDescent(problem: BatchedProblem, opts: CompareDescentOptions): DescentRun[];
//# sourceMappingURL=compare_descent.d.ts.map