import { type ReferenceHead } from "./reference_model";
import { type Formulation, type MarginLossFormulation } from "../backend/formulations";
export interface TrainingBenchmarkOptions {
    head: ReferenceHead;
    /** Images [N, 784] and labels [N]. */
    images: Float32Array;
    labels: Int32Array;
    /** Timed steps (default 100), after `warmup` untimed ones (default 5). */
    steps?: number;
    warmup?: number;
    batchSize?: number;
    featureSize?: number;
    /** Record tf.memory().numTensors every this many steps (default: steps / 4). */
    memoryEvery?: number;
}
export interface TrainingBenchmarkResult {
    head: ReferenceHead;
    backend: string;
    steps: number;
    batchSize: number;
    /** Mean wall-clock time of a step. */
    msPerStep: number;
    /** Median time of a single step (robust to bursts of load from other processes). */
    medianMsPerStep: number;
    samplesPerSecond: number;
    /** tf.memory().numTensors after each `memoryEvery` steps: flat means no leak. */
    tensorCounts: number[];
    finalLoss: number;
}
export declare function benchmarkTraining(options: TrainingBenchmarkOptions): TrainingBenchmarkResult;
export interface HeadOverheadOptions {
    /** Images [N, 784] and labels [N]. */
    images: Float32Array;
    labels: Int32Array;
    /** The heads to compare; the first is the baseline. @default REFERENCE_HEADS (softmax first) */
    heads?: readonly ReferenceHead[];
    /**
     * The margin heads' loss formulations to train (`MarginHead.marginLoss`): each margin head once per
     * entry, side by side. @default [formulationFor().marginLoss]
     */
    marginLoss?: readonly MarginLossFormulation[];
    /** Timed steps per head (default 200), after `warmup` untimed ones (default 5). */
    steps?: number;
    warmup?: number;
    batchSize?: number;
}
export interface HeadOverhead {
    head: ReferenceHead;
    /** The margin loss's formulation (margin heads only). */
    marginLoss?: MarginLossFormulation;
    /** Median time of one training step of the whole model with this head. */
    medianMsPerStep: number;
    /**
     * Time relative to the first head's, minus 1 (0.05: 5 % slower): the median over rounds of the
     * ratio of this head's step to the first head's step of the same round (robust to drift in load).
     */
    overhead: number;
    /** Kernels run per step (`tf.profile` of one step after the timed ones). */
    kernelsPerStep: number;
}
/**
 * What each head adds to a training step of the reference model: the models train side by side in
 * one process, one step each in turn, so a burst of load from elsewhere falls on all of them alike,
 * and each is summarised by the median of its single steps.
 */
export declare function benchmarkHeads(options: HeadOverheadOptions): Promise<HeadOverhead[]>;
type DenseAndOptimizer = Pick<Formulation, "dense" | "optimizer">;
export interface FormulationTiming extends DenseAndOptimizer {
    medianMsPerStep: number;
    /** True for the formulation `formulationFor` picks on this backend. */
    chosen: boolean;
}
/**
 * Every formulation of the reference softmax step (dense backward products × optimiser) trained side
 * by side on the active backend: the measurement behind `formulationFor`.
 */
export declare function benchmarkFormulations(options: {
    images: Float32Array;
    labels: Int32Array;
    steps?: number;
    warmup?: number;
    batchSize?: number;
}): Promise<FormulationTiming[]>;
export {};
//# sourceMappingURL=training_benchmark.d.ts.map