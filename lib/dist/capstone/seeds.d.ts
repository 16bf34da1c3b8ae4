import { type CapstoneLoss, type CapstoneOptions, type CapstoneProgress, type CapstoneResult, type CapstoneRow } from "./run_capstone";
export interface CapstoneSeedsOptions extends Omit<CapstoneOptions, "seed" | "onProgress"> {
    /** The seeds, one full capstone each. @default [0, 1, 2, 3, 4] */
    seeds?: number[];
    /** Called as `runCapstone`'s progress, with the seed's position. */
    onProgress?: (progress: CapstoneProgress & {
        seed: number;
        seedIndex: number;
        seedCount: number;
    }) => void | Promise<void>;
}
export interface CapstoneSeedsResult {
    seeds: number[];
    /** One capstone per seed, in the order of `seeds`. */
    runs: CapstoneResult[];
    /** The losses, in the order of the rows. */
    losses: CapstoneLoss[];
    /** Wall-clock seconds of all the runs. */
    seconds: number;
}
/** Runs the capstone once per seed; see the module comment. */
export declare function runCapstoneSeeds(options?: CapstoneSeedsOptions): Promise<CapstoneSeedsResult>;
/** The rows of every seed: a `CapstoneSeedsResult`, or saved results read back (`readOpenSetResults`). */
export interface SeedRows {
    losses: CapstoneLoss[];
    runs: {
        rows: CapstoneRow[];
    }[];
}
/** A number of every row of `loss`, one per seed. */
export declare function perSeed(result: SeedRows, loss: CapstoneLoss, value: (row: CapstoneRow) => number): number[];
/** The λ a head ended at (the same for every seed: it depends on the step count only), and whether that is the paper's floor. */
export declare function lambdaNote(result: SeedRows, loss: CapstoneLoss): string;
/** One row per loss, every measured number as mean ± s.e. over the seeds (for `table`, or Markdown). */
export declare function capstoneSeedsTableRows(result: CapstoneSeedsResult): Record<string, string>[];
/**
 * The answer to the notes' claim "softmax fails in open-set scenarios", over the seeds: softmax's
 * open-set AUC and pair accuracy against each margin loss's and the best loss's, every comparison worded
 * by `compareMeasurements`; the closed-set comparison; where the annealed heads' λ ended. Needs a
 * "softmax" row.
 */
export declare function capstoneSeedsVerdict(result: CapstoneSeedsResult): string;
//# sourceMappingURL=seeds.d.ts.map