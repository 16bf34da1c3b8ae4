import { type DistanceName } from "../distances/distance";
import { type OptionNames } from "../validation";
import type { MinerOptions, TripletIndices } from "./types";
export interface PreparedBatch {
    n: number;
    labels: Int32Array;
    /** D(i, j) at i·n + j, in float32 as the loss computes it. */
    dist: Float32Array;
    distance: DistanceName;
}
/** Checks the options of miner `fn` and reads the distance matrix (no tensor is left behind). */
export declare function prepareBatch(fn: string, options: MinerOptions, extra?: OptionNames): PreparedBatch;
/** The margin α of a miner: a number >= 0. */
export declare function checkMargin(fn: string, margin: unknown): number;
/** Growing lists of triplets, packed into typed arrays at the end. */
export declare class TripletList {
    private readonly a;
    private readonly p;
    private readonly q;
    push(anchor: number, positive: number, negative: number): void;
    get length(): number;
    toIndices(): TripletIndices;
}
//# sourceMappingURL=prepare.d.ts.map