import { type CapstoneLoss, type CapstoneRow } from "../capstone/run_capstone";
import { type CapstoneSeedsOptions, type SeedRows } from "../capstone/seeds";
import { type Provenance, type ProvenanceOptions } from "./provenance";
/** The configuration of the saved results; the drift test re-runs exactly this. */
export declare const OPEN_SET_EXPERIMENT: Readonly<{
    seenClasses: readonly number[];
    unseenClasses: readonly number[];
    losses: readonly CapstoneLoss[];
    embeddingSize: 64;
    hidden: readonly number[];
    epochs: 3;
    batchSize: 128;
    learningRate: 0.003;
    testFraction: 0.2;
    pairs: 4000;
    seeds: readonly number[];
}>;
/** The saved results: configuration, where they were made, and every row of every seed. */
export interface OpenSetResults extends SeedRows, Provenance {
    experiment: "open-set";
    config: typeof OPEN_SET_EXPERIMENT;
    data: {
        dataset: string;
        seenClasses: string[];
        unseenClasses: string[];
        extraUnseen: string;
        trainImages: number;
        heldOutImages: number;
        unseenImages: number;
        extraUnseenImages: number;
    };
    stepsPerLoss: number;
    seeds: number[];
    /**
     * The same open-set pairs scored by the cosine of the raw pixels (no network), one value per seed: the
     * reference a learned feature should beat. AUC and TAR at CAPSTONE_FAR as fractions.
     */
    pixelBaseline: {
        openSetAuc: number[];
        openSetTar: number[];
        extraOpenSetAuc: number[];
        extraOpenSetTar: number[];
    };
}
export interface RunOpenSetOptions extends ProvenanceOptions {
    /** Called as `runCapstoneSeeds`' progress. */
    onProgress?: CapstoneSeedsOptions["onProgress"];
}
/** Runs the experiment of `OPEN_SET_EXPERIMENT`; see the module comment. */
export declare function runOpenSetExperiment(options?: RunOpenSetOptions): Promise<OpenSetResults>;
/** The numbers of a row, by the names the table, the verdict and the drift test use. */
export declare const OPEN_SET_MEASURES: Readonly<{
    closedSetAccuracy: {
        label: string;
        value: (r: CapstoneRow) => number;
        unit: string;
        higherIsBetter: boolean;
    };
    openSetAuc: {
        label: string;
        value: (r: CapstoneRow) => number;
        unit: string;
        higherIsBetter: boolean;
    };
    openSetTar: {
        label: string;
        value: (r: CapstoneRow) => number;
        unit: string;
        higherIsBetter: boolean;
    };
    openSetAccuracy: {
        label: string;
        value: (r: CapstoneRow) => number;
        unit: string;
        higherIsBetter: boolean;
    };
    extraOpenSetAuc: {
        label: string;
        value: (r: CapstoneRow) => number;
        unit: string;
        higherIsBetter: boolean;
    };
    extraOpenSetTar: {
        label: string;
        value: (r: CapstoneRow) => number;
        unit: string;
        higherIsBetter: boolean;
    };
    intraAngle: {
        label: string;
        value: (r: CapstoneRow) => number;
        unit: string;
        higherIsBetter: boolean;
    };
    interAngle: {
        label: string;
        value: (r: CapstoneRow) => number;
        unit: string;
        higherIsBetter: boolean;
    };
    unseenIntraAngle: {
        label: string;
        value: (r: CapstoneRow) => number;
        unit: string;
        higherIsBetter: boolean;
    };
    unseenInterAngle: {
        label: string;
        value: (r: CapstoneRow) => number;
        unit: string;
        higherIsBetter: boolean;
    };
    unseenAngleRatio: {
        label: string;
        value: (r: CapstoneRow) => number;
        unit: string;
        higherIsBetter: boolean;
    };
}>;
export type OpenSetMeasure = keyof typeof OPEN_SET_MEASURES;
/** Closed-set accuracy and the two open sets' verification numbers, mean ± s.e. over the seeds, with final λ and time. */
export declare function openSetTableRows(results: OpenSetResults): Record<string, string>[];
/** The angles of held-out and unseen features, mean ± s.e. over the seeds. */
export declare function openSetAngleRows(results: OpenSetResults): Record<string, string>[];
/** Each margin head against softmax on one measure, paired by seed (same data, weights and batches), worded by `compareMeasurements`. */
export declare function compareWithSoftmax(results: SeedRows, loss: CapstoneLoss, measure: OpenSetMeasure): import("../analysis/compare").Comparison;
/**
 * The verdict: for each measure, which margin heads are ahead of softmax, behind it, or level with it
 * beyond the seed noise (every sentence from `compareMeasurements`), then the overall count and where
 * the annealed heads' λ ended. Needs a "softmax" row.
 */
export declare function openSetVerdict(results: OpenSetResults): string;
/**
 * Softmax's learned features against the raw pixels on the same open-set pairs (paired by seed), worded
 * by `compareMeasurements`: does training on the seen classes help on the unseen ones at all?
 */
export declare function openSetPixelVerdict(results: OpenSetResults): string;
/** JSON of the results (NaN, which JSON cannot hold, written as null). */
export declare function openSetResultsJson(results: OpenSetResults): string;
/** Results read back from `openSetResultsJson`: nulls in the rows become NaN again. */
export declare function parseOpenSetResults(text: string): OpenSetResults;
/** The saved results of `npm run experiment:open-set`, `data/results/open_set.json`. */
export declare function loadOpenSetResults(): OpenSetResults;
//# sourceMappingURL=open_set.d.ts.map