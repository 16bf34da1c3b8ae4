/**
 * One embedding training repeated over several seeds (initial weights, batches and pairs all follow
 * the seed), each verified on held-out pairs: what a comparing sentence needs (mean ± standard error
 * over the seeds). Besides the test verification, each run keeps labelled pair distances of its
 * *training* digits, on which a Siamese binary classifier (`fitSiameseClassifier`) can be fitted
 * without touching the test pairs. One progress bar follows all the seeds.
 */
import type { MnistSet } from "../data/mnist";
import { type TrainEmbeddingOptions } from "./train_embedding";
import type { VerifiedRun } from "./compare_miners";
export interface SeededTrainingOptions extends Pick<TrainEmbeddingOptions, "train" | "probe" | "loss" | "miner" | "warmup" | "distance" | "margin" | "epochs" | "batchSize" | "learningRate" | "notesTriplets" | "watchPerClass"> {
    /** Seeds of the runs, one network each. */
    seeds: number[];
    /** Held-out digits the verification is measured on (t is fitted on `train`). */
    test: MnistSet;
    /** d. @default 2 */
    embeddingSize?: number;
    /** Hidden layer sizes. @default [256, 128] */
    hidden?: number[];
    /** Name on the progress bar. */
    name?: string;
    /** Show one progress bar over all the seeds. @default true */
    progress?: boolean;
}
export interface SeededRun extends VerifiedRun {
    seed: number;
    /** Distances of labelled pairs of training digits (1 = different classes): a classifier's calibration set. */
    calibrationPairs: {
        distances: number[];
        different: number[];
    };
}
/** Trains and verifies one fresh network per seed; see the module comment. */
export declare function trainSeeds(options: SeededTrainingOptions): Promise<SeededRun[]>;
//# sourceMappingURL=seeded_runs.d.ts.map