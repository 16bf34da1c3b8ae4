/**
 * Reproducing one published number (`npm run experiment:reproduce`, saved results shown in lesson 09):
 * Xiao, Rasul & Vollgraf, "Fashion-MNIST: a Novel Image Dataset for Benchmarking Machine Learning
 * Algorithms" (arXiv:1708.07747, 2017), Table 3: scikit-learn's `MLPClassifier` with
 * `activation=relu, hidden_layer_sizes=[100, 10]` reaches a test accuracy of **0.870** on Fashion-MNIST
 * (mean of 5 runs that reshuffle the training data; 60,000 training and 10,000 test images).
 *
 * Ours, as close as the library and the budget allow: the same layer sizes, 784-100-10 with ReLU, then a
 * softmax head 10 → 10 (`EmbeddingNet` + `SoftmaxHead`: our 10-unit layer is linear, the paper's has a
 * ReLU), scikit-learn's defaults for the optimiser (Adam, step 0.001, batches of 200), 5 seeds; 60,000
 * training and 10,000 test images drawn stratified (6,000 / 1,000 per class) from the 70,000 of the
 * `fashion-mnist` package, which does not keep the official split. Differences we keep: no L2 penalty
 * (scikit-learn's alpha = 1e-4) and a fixed number of epochs instead of training until the loss stops
 * improving (up to 200 epochs).
 */
import { formatMeasurement, summarize } from "../analysis/compare";
import * as fs from "fs";
import { loadFashionMnist } from "../data/fashion_mnist";
import { dataFile } from "../data/paths";
import { splitMnist } from "../data/mnist";
import { SoftmaxHead } from "losslab";
import { EmbeddingNet } from "losslab";
import { evaluateHead } from "../training/evaluate";
import { trainHead } from "../training/train_head";
import { PROVENANCE_OPTION_NAMES, provenance, type Provenance, type ProvenanceOptions } from "./provenance";
import { InputTypeError } from "losslab";
import { checkObject, checkOptions, describe } from "losslab/internal";

/** The published figure: test accuracy, Table 3 of arXiv:1708.07747. */
export const FASHION_MLP_PUBLISHED = Object.freeze({
  accuracy: 0.87,
  source: "Xiao, Rasul & Vollgraf 2017 (arXiv:1708.07747), Table 3: MLPClassifier activation=relu hidden_layer_sizes=[100, 10], Fashion-MNIST test accuracy 0.870",
});

/** Our configuration; the drift test re-runs exactly this. */
export const FASHION_MLP_EXPERIMENT = Object.freeze({
  hidden: Object.freeze([100]),
  embeddingSize: 10,
  epochs: 10,
  batchSize: 200,
  learningRate: 0.001,
  testFraction: 1 / 7,
  seeds: Object.freeze([0, 1, 2, 3, 4]),
});

export interface FashionMlpRun {
  seed: number;
  testAccuracy: number;
  trainImages: number;
  testImages: number;
  steps: number;
  finalTrainLoss: number;
  seconds: number;
}

export interface FashionMlpResults extends Provenance {
  experiment: "reproduce-fashion-mlp";
  published: typeof FASHION_MLP_PUBLISHED;
  config: typeof FASHION_MLP_EXPERIMENT;
  runs: FashionMlpRun[];
}

export interface RunFashionMlpOptions extends ProvenanceOptions {
  /** Called after each seed. */
  onRun?: (run: FashionMlpRun) => void;
}

/** Trains and tests the MLP once per seed; see the module comment. */
export async function runFashionMlpReproduction(options: RunFashionMlpOptions = {}): Promise<FashionMlpResults> {
  checkOptions("runFashionMlpReproduction", options, ["onRun?", ...PROVENANCE_OPTION_NAMES]);
  const c = FASHION_MLP_EXPERIMENT;
  const set = loadFashionMnist();
  const start = process.hrtime.bigint();
  const runs: FashionMlpRun[] = [];
  for (const seed of c.seeds) {
    const t0 = process.hrtime.bigint();
    const { train, test } = splitMnist(set, { testFraction: c.testFraction, seed });
    const net = new EmbeddingNet({ hidden: [...c.hidden], embeddingSize: c.embeddingSize, seed });
    const head = new SoftmaxHead({ inputDim: c.embeddingSize, numClasses: 10, seed: seed + 1 });
    try {
      const run = await trainHead({ net, head, train, epochs: c.epochs, batchSize: c.batchSize, learningRate: c.learningRate, seed, watchPerClass: 1 });
      const evaluation = evaluateHead({ net, head, set: test });
      const result: FashionMlpRun = {
        seed,
        testAccuracy: evaluation.accuracy,
        trainImages: train.count,
        testImages: test.count,
        steps: c.epochs * Math.ceil(train.count / c.batchSize),
        finalTrainLoss: run.history.epochLoss[c.epochs - 1],
        seconds: Number(process.hrtime.bigint() - t0) / 1e9,
      };
      runs.push(result);
      options.onRun?.(result);
    } finally {
      net.dispose();
      head.dispose();
    }
  }
  return {
    experiment: "reproduce-fashion-mlp",
    published: FASHION_MLP_PUBLISHED,
    config: c,
    runs,
    ...provenance(options, "npm run experiment:reproduce", start),
  };
}

/** The published figure, ours (mean ± s.e.), the gap and the time, in one row. */
export function fashionMlpTableRows(results: FashionMlpResults): Record<string, string>[] {
  const ours = summarize(results.runs.map((r) => 100 * r.testAccuracy));
  const published = 100 * results.published.accuracy;
  return [{
    "": "Fashion-MNIST test accuracy (%)",
    published: `${published.toFixed(1)} (5 runs)`,
    [`ours, ${ours.n} seeds`]: formatMeasurement(ours),
    "ours − published (points)": formatMeasurement(ours.values.map((v) => v - published)),
    "epochs / steps per seed": `${results.config.epochs} / ${results.runs[0].steps}`,
    "time per seed (s)": formatMeasurement(results.runs.map((r) => r.seconds)),
    "total time (s)": results.seconds.toFixed(0),
  }];
}

/** Results read back from their JSON. */
export function parseFashionMlpResults(text: string): FashionMlpResults {
  const fn = "parseFashionMlpResults";
  if (typeof text !== "string") throw new InputTypeError(fn, "text", "the JSON text of saved results", describe(text));
  const parsed = JSON.parse(text) as FashionMlpResults;
  checkObject(fn, parsed, "text", "saved reproduction results");
  if (parsed.experiment !== "reproduce-fashion-mlp" || !Array.isArray(parsed.runs)) {
    throw new InputTypeError(fn, "text", "saved results { experiment: 'reproduce-fashion-mlp', runs, … }", describe(parsed.experiment));
  }
  return parsed;
}

/** The saved results of `npm run experiment:reproduce`, `data/results/fashion_mlp.json`. */
export function loadFashionMlpResults(): FashionMlpResults {
  return parseFashionMlpResults(fs.readFileSync(dataFile("results/fashion_mlp.json"), "utf8"));
}
