import type { MinedTriplets, MinerOptions } from "./types";
/**
 * One triplet (a, hardest positive, hardest negative) for every anchor a that has both a positive and a
 * negative in the batch; ties go to the lowest index. `candidates` is the number of rows of the batch.
 */
export declare function mineBatchHard(options: MinerOptions): MinedTriplets;
//# sourceMappingURL=batch_hard.d.ts.map