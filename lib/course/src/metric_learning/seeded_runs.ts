/**
 * One embedding training repeated over several seeds (initial weights, batches and pairs all follow
 * the seed), each verified on held-out pairs: what a comparing sentence needs (mean ± standard error
 * over the seeds). Besides the test verification, each run keeps labelled pair distances of its
 * *training* digits, on which a Siamese binary classifier (`fitSiameseClassifier`) can be fitted
 * without touching the test pairs. One progress bar follows all the seeds.
 */
import type { MnistSet } from "../data/mnist";
import { EmbeddingNet } from "losslab";
import { live as liveOutput } from "../notebook/display";
import { checkInteger, checkOptions, InputTypeError, describe } from "losslab";
import { trainEmbedding, type TrainEmbeddingOptions } from "./train_embedding";
import { verifyEmbedding } from "./verify";
import type { VerifiedRun } from "./compare_miners";

export interface SeededTrainingOptions
  extends Pick<TrainEmbeddingOptions, "train" | "probe" | "loss" | "miner" | "warmup" | "distance" | "margin" | "epochs" | "batchSize" | "learningRate" | "notesTriplets" | "watchPerClass"> {
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
  calibrationPairs: { distances: number[]; different: number[] };
}

/** Trains and verifies one fresh network per seed; see the module comment. */
export async function trainSeeds(options: SeededTrainingOptions): Promise<SeededRun[]> {
  const fn = "trainSeeds";
  checkOptions(fn, options, ["seeds", "test", "train", "probe?", "loss", "miner?", "warmup?", "distance?", "margin?", "epochs?", "batchSize?", "learningRate?", "notesTriplets?", "watchPerClass?", "embeddingSize?", "hidden?", "name?", "progress?"]);
  if (!Array.isArray(options.seeds) || options.seeds.length === 0) {
    throw new InputTypeError(fn, "seeds", "a non-empty array of integer seeds", describe(options.seeds));
  }
  const seeds = options.seeds.map((s, i) => checkInteger(fn, `seeds[${i}]`, s));
  const embeddingSize = checkInteger(fn, "embeddingSize", options.embeddingSize ?? 2, { min: 1 });
  const { seeds: _seeds, test, embeddingSize: _d, hidden, name, progress, ...training } = options;
  const output = progress === false ? undefined : liveOutput();
  const runs: SeededRun[] = [];
  for (const [k, seed] of seeds.entries()) {
    const net = new EmbeddingNet({ embeddingSize, hidden, seed });
    try {
      const run = await trainEmbedding({ ...training, net, seed, output, name: `${name ?? options.loss} (seed ${seed}, ${k + 1} of ${seeds.length})` });
      const verification = verifyEmbedding({ net, calibration: options.train, test, seed });
      const onTrain = verifyEmbedding({ net, calibration: options.train, test: options.train, seed: seed + 100 });
      const calibrationPairs = {
        distances: [...onTrain.positive, ...onTrain.negative],
        different: [...onTrain.positive.map(() => 0), ...onTrain.negative.map(() => 1)],
      };
      runs.push({ seed, run, verification, calibrationPairs });
    } finally {
      net.dispose();
    }
  }
  return runs;
}
