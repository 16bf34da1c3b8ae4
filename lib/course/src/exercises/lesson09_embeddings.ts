/**
 * The data of exercise 09: embeddings of the 20 official one-shot runs' images (Lake et al. 2015) made by
 * one Conv-4 trained as the Omniglot experiment trains it (its splits, network, budget and objective:
 * `OMNIGLOT_EXPERIMENT`, `omniglotSplits`, `trainingRows`, `omniglotObjective`), saved as
 * `data/results/omniglot_run_embeddings.json` by `node scripts/omniglot_run_embeddings.js`. Making them
 * needs the Omniglot archives; the exercise only reads the saved file, so it runs where they are absent.
 *
 * The embeddings are stored L2-normalised and rounded to `decimals` decimals (default 4): the exercise
 * compares them by cosine, the checker's reference and the student's rule read the same rounded numbers,
 * and the file stays about 0.3 MB. The one-shot error of the nearest-neighbour rule on the saved
 * numbers is recorded beside them.
 */
import * as tf from "@tensorflow/tfjs";
import { Conv4, train } from "losslab";
import { checkInteger, checkOptions } from "losslab/internal";
import { OMNIGLOT_EXPERIMENT, type LossSpec, type OmniglotExperimentConfig } from "../experiments/omniglot/config";
import { omniglotObjective } from "../experiments/omniglot/losses";
import { omniglotSplits, trainingRows } from "../experiments/omniglot/splits";
import { loadExperimentData, type ExperimentData } from "../experiments/omniglot/trial";
import { provenance, PROVENANCE_OPTION_NAMES, type Provenance, type ProvenanceOptions } from "../experiments/provenance";
import { oneShotErrorOf, type OneShotEmbeddings } from "./lesson09";

export interface MakeOneShotEmbeddingsOptions extends ProvenanceOptions {
  /** The loss the network trains with. @default CosFace, s = 30, m = 0.2 (the drift slice's) */
  loss?: LossSpec;
  /** Seed of the initial weights, the batches and the augmentation. @default 0 */
  seed?: number;
  /** Passes over the training images. @default the experiment's */
  epochs?: number;
  /** Decimals kept of each unit-length embedding. @default 4 */
  decimals?: number;
  /** Splits, network and training settings. @default OMNIGLOT_EXPERIMENT's */
  config?: Pick<OmniglotExperimentConfig, "network" | "training" | "splits">;
  /** Folder of the archives (default: the loader's places). */
  dataDir?: string;
  /** The data instead of loading it (tests: synthetic). */
  data?: ExperimentData;
}

/** The saved file: the runs' embeddings, how they were made, and the one-shot error they give. */
export interface SavedOneShotEmbeddings extends OneShotEmbeddings, Provenance {
  experiment: "omniglot-run-embeddings";
  loss: LossSpec;
  seed: number;
  epochs: number;
  steps: number;
  trainCharacters: number;
  trainAlphabets: string[];
  embeddingSize: number;
  decimals: number;
  /** One-shot error (%) of the cosine nearest-neighbour rule on the saved (rounded) embeddings. */
  oneShotErrorPercent: number;
}

/** Trains one network and embeds the 20 official runs (see the module comment). */
export async function makeOneShotEmbeddings(options: MakeOneShotEmbeddingsOptions = {}): Promise<SavedOneShotEmbeddings> {
  const fn = "makeOneShotEmbeddings";
  checkOptions(fn, options, ["loss?", "seed?", "epochs?", "decimals?", "config?", "dataDir?", "data?", ...PROVENANCE_OPTION_NAMES]);
  const start = process.hrtime.bigint();
  const loss: LossSpec = options.loss ?? { name: "cosFace", params: { s: 30, m: 0.2 } };
  const seed = checkInteger(fn, "seed", options.seed ?? 0, { min: 0 });
  const config = options.config ?? OMNIGLOT_EXPERIMENT;
  const epochs = checkInteger(fn, "epochs", options.epochs ?? config.training.epochs, { min: 1, max: 100 });
  const decimals = checkInteger(fn, "decimals", options.decimals ?? 4, { min: 2, max: 8 });
  const data = options.data ?? loadExperimentData(options.dataDir);
  const { background, runs } = data;
  const splits = omniglotSplits(background, config.splits);
  const rows = trainingRows(background, splits.trainCharacters, config.splits.trainDrawers);
  const classOf = new Map(splits.trainCharacters.map((c, k) => [c, k] as [number, number]));
  const labels = Int32Array.from(rows, (r) => classOf.get(background.character[r])!);
  const pixels = background.pixels;
  const x = new Float32Array(rows.length * pixels);
  rows.forEach((r, k) => x.set(background.images.subarray(r * pixels, (r + 1) * pixels), k * pixels));
  const { network, training } = config;
  const net = new Conv4({ imageSize: network.imageSize, filters: network.filters, embeddingSize: network.embeddingSize, seed, augmentation: network.augmentation });
  const objective = omniglotObjective(loss, net.embeddingSize, splits.trainCharacters.length, seed);
  const xs = tf.tensor2d(x, [rows.length, pixels]);
  try {
    const history = await train(net, {
      x: xs, labels, epochs, batchSize: training.batchSize, learningRate: training.learningRate, seed,
      extraVariables: objective.variables,
      loss: (embeddings, y, batch) => objective.loss(embeddings, y, batch.labels),
      onBatch: () => objective.step(),
    });
    const round = (v: number) => Number(v.toFixed(decimals));
    const embed = (images: Float32Array, count: number): number[][] => {
      const unit = tf.tidy(() => {
        const e = net.embed(tf.tensor2d(images, [count, pixels]));
        return tf.div(e, tf.maximum(tf.norm(e, 2, 1, true), 1e-12));
      });
      const rowsOut = (unit.arraySync() as number[][]).map((row) => row.map(round));
      unit.dispose();
      return rowsOut;
    };
    const saved: OneShotEmbeddings = {
      source: `Conv-4 (${network.filters} filters, ${net.embeddingSize}-D) trained with ${loss.name}` +
        `${Object.keys(loss.params).length ? ` (${Object.entries(loss.params).map(([k, v]) => `${k} = ${v}`).join(", ")})` : ""}, seed ${seed}, ${epochs} epochs`,
      runs: runs.runs.map((run) => ({
        name: run.name,
        support: embed(run.training.images, run.training.files.length),
        queries: embed(run.test.images, run.test.files.length),
        answers: Array.from(run.answers),
      })),
    };
    return {
      experiment: "omniglot-run-embeddings",
      ...saved,
      loss, seed, epochs, steps: history.steps,
      trainCharacters: splits.trainCharacters.length,
      trainAlphabets: splits.trainAlphabets,
      embeddingSize: net.embeddingSize,
      decimals,
      oneShotErrorPercent: oneShotErrorOf(saved),
      ...provenance(options, "node scripts/omniglot_run_embeddings.js", start),
    };
  } finally {
    xs.dispose();
    objective.dispose();
    net.dispose();
  }
}
