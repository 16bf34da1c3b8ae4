import { type ReferenceHead } from "./reference_model";
import { type Formulation } from "../backend/formulations";
/** A reference model with its optimiser and up to 20 ready mini-batches: one training step at a time. */
export interface ReferenceRun {
    step(i: number): void;
    /** Syncs: returns when every queued op has run. */
    sync(): void;
    loss(): number;
    dispose(): void;
}
/**
 * The reference model training on the first batches of `images`. `formulation` picks the dense
 * layers', the optimiser's and a margin head's loss formulation (default: the fastest on the active
 * backend).
 */
export declare function referenceRun(fn: string, head: ReferenceHead, images: Float32Array, labels: Int32Array, batchSize: number, featureSize?: number, formulation?: Partial<Formulation>): ReferenceRun;
/** Wall-clock milliseconds of f (process.hrtime). */
export declare function timeMs(f: () => void): number;
//# sourceMappingURL=reference_run.d.ts.map