/**
 * Lesson 04's mining comparison: the same network (same initial weights), the same batches and the same
 * number of epochs, trained with the triplet loss under each miner; then each is verified on held-out
 * pairs. One progress bar follows all the runs.
 */
import type { MnistSet } from "../data/mnist";
import type { DistanceName } from "../distances/distance";
import { type EmbeddingRun, type TrainEmbeddingOptions, type TripletMinerName } from "./train_embedding";
import { type PairVerification } from "./verify";
/** One contender: a miner, optionally after warm-up epochs with another. */
export interface MinerSetting {
    miner: TripletMinerName;
    /** D of this run (default the notes' squared Euclidean). */
    distance?: DistanceName;
    warmup?: {
        miner: TripletMinerName;
        epochs: number;
    };
    /** Row name in the table. @default from the miners */
    name?: string;
}
export interface CompareMinersOptions extends Pick<TrainEmbeddingOptions, "train" | "probe" | "margin" | "epochs" | "batchSize" | "learningRate" | "seed" | "notesTriplets" | "watchPerClass"> {
    miners: (TripletMinerName | MinerSetting)[];
    /** Held-out digits the verification is measured on (t is fitted on `train`). */
    test: MnistSet;
    /** Seed of every run's initial weights (all runs start from the same network). @default 0 */
    netSeed?: number;
    /** d. @default 2 */
    embeddingSize?: number;
    /** Hidden layer sizes of the networks. @default [256, 128] (the course's) */
    hidden?: number[];
    /** Show one progress bar over all the runs. @default true */
    progress?: boolean;
}
/** A trained run and its verification on held-out pairs. */
export interface VerifiedRun {
    run: EmbeddingRun;
    verification: PairVerification;
}
export interface MinerResult extends VerifiedRun {
    setting: MinerSetting;
}
/** A row of the comparison table. */
export declare function minerRow(r: VerifiedRun): Record<string, string | number>;
/** Trains one fresh network per miner setting and verifies each; see the module comment. */
export declare function compareMiners(options: CompareMinersOptions): Promise<MinerResult[]>;
//# sourceMappingURL=compare_miners.d.ts.map