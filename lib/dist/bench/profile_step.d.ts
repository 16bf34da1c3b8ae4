import { type ReferenceHead } from "./reference_model";
export interface KernelTime {
    /** Kernel name and input shapes, e.g. "BatchMatMul [128,784]·[784,256]". */
    kernel: string;
    /** Calls per step. */
    calls: number;
    /** Milliseconds per step. */
    ms: number;
}
export interface StepProfile {
    head: ReferenceHead;
    backend: string;
    /** Median wall time of an unprofiled step. */
    msPerStep: number;
    /** Time inside kernels, per step. */
    kernelMs: number;
    /** Kernels run per step. */
    kernelsPerStep: number;
    /** The kernels, slowest first. */
    kernels: KernelTime[];
}
export interface ProfileOptions {
    head: ReferenceHead;
    images: Float32Array;
    labels: Int32Array;
    /** Profiled steps, averaged (default 10), after `warmup` (default 5). */
    steps?: number;
    /** Unprofiled steps timed afterwards for `msPerStep` (default 20). */
    timedSteps?: number;
    warmup?: number;
    batchSize?: number;
}
/** The kernels among the entries of a `tf.profile`. */
export declare function countKernels(kernels: readonly {
    name: string;
}[]): number;
export declare function profileTrainingStep(options: ProfileOptions): Promise<StepProfile>;
//# sourceMappingURL=profile_step.d.ts.map