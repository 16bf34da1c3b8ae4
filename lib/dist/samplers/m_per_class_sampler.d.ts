import { type TensorInput } from "../validation";
export interface MPerClassSamplerOptions {
    /** The class label of every sample of the data set. */
    labels: TensorInput | Int32Array;
    /** Samples per class in a batch. */
    m: number;
    /** Batch size, a multiple of m and at most m · (number of classes) (default: a pass over every class). */
    batchSize?: number;
    /** Indices per epoch before rounding (default 100 000). */
    lengthBeforeNewIter?: number;
    /** Seed of the draws (default 0). */
    seed?: number;
}
export declare class MPerClassSampler {
    readonly m: number;
    readonly batchSize?: number;
    /** Indices per epoch. */
    readonly length: number;
    private readonly classes;
    private readonly members;
    private readonly rng;
    constructor(options: MPerClassSamplerOptions);
    /** m distinct members of a class (with replacement when it has fewer than m), pml's `safe_random_choice`. */
    private draw;
    /** One epoch of indices. */
    sample(): Int32Array;
    /** One epoch cut into batches of `batchSize` (of one pass without it). */
    batches(): Int32Array[];
}
//# sourceMappingURL=m_per_class_sampler.d.ts.map