/**
 * The capstone over several seeds (lesson 09, `npm run capstone`): `runCapstone` once per seed (each
 * seed draws its own training rows, held-out rows, pairs, initial weights and batch order), then every
 * number as mean ± standard error over the seeds, and the verdicts worded by `compareMeasurements`
 * from those per-seed numbers, so the text cannot claim a difference the seeds do not support. The
 * seeds run side by side on worker threads (`runJobs`).
 */
import { compareMeasurements, formatMeasurement, summarize } from "../analysis/compare";
import { degrees } from "losslab";
import { InputTypeError } from "losslab";
import { checkOptions, checkInteger, describe } from "losslab/internal";
import {
  CAPSTONE_FAR,
  CAPSTONE_LOSSES,
  CAPSTONE_NAMES,
  PAPER_LAMBDA_MIN,
  runCapstone,
  type CapstoneLoss,
  type CapstoneOptions,
  type CapstoneProgress,
  type CapstoneResult,
  type CapstoneRow,
} from "./run_capstone";
import { runJobs, workerCount } from "../parallel/pool";
import { defineJob, type JobReport } from "../parallel/jobs";

export interface CapstoneSeedsOptions extends Omit<CapstoneOptions, "seed" | "onProgress"> {
  /** The seeds, one full capstone each. @default [0, 1, 2, 3, 4] */
  seeds?: number[];
  /**
   * Called as `runCapstone`'s progress, with the seed's position, and the epochs done over all the
   * seeds (which run side by side on worker threads, so one seed's position alone jumps about).
   */
  onProgress?: (progress: CapstoneSeedsProgress) => void | Promise<void>;
  /** Worker threads the seeds are spread over (see `runJobs`). @default LOSSLAB_WORKERS, else the cores */
  workers?: number;
}

export interface CapstoneSeedsProgress extends CapstoneProgress {
  seed: number;
  seedIndex: number;
  seedCount: number;
  /** Epochs trained so far over every seed and loss, of `epochsTotal`. */
  epochsDone: number;
  epochsTotal: number;
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
export async function runCapstoneSeeds(options: CapstoneSeedsOptions = {}): Promise<CapstoneSeedsResult> {
  const fn = "runCapstoneSeeds";
  checkOptions(fn, options, ["set?", "seenDigits?", "unseenDigits?", "losses?", "embeddingSize?", "hidden?", "perDigit?", "testFraction?", "epochs?", "batchSize?", "learningRate?", "pairs?", "picturePerClass?", "seeds?", "extraUnseen?", "onProgress?", "workers?"]);
  const seeds = options.seeds ?? [0, 1, 2, 3, 4];
  if (!Array.isArray(seeds) || seeds.length === 0) throw new InputTypeError(fn, "seeds", "a non-empty array of integer seeds", describe(seeds));
  seeds.forEach((s, i) => checkInteger(fn, `seeds[${i}]`, s));
  const start = process.hrtime.bigint();
  const { seeds: _seeds, onProgress, workers, ...common } = options;
  // on several threads each seed's losses go out in two halves: 10 tasks of 4 losses keep two threads
  // busier than 5 of 8 (each loss trains its own network from the seed, so a half is the full run's rows)
  const losses = common.losses ?? [...CAPSTONE_LOSSES];
  const halves = Array.isArray(losses) && losses.length >= 2 && workerCount(fn, 2 * seeds.length, workers) > 1;
  const chunks = halves ? [losses.slice(0, Math.ceil(losses.length / 2)), losses.slice(Math.ceil(losses.length / 2))] : [losses];
  // a chunk's losses keep their places in the whole list: offset = the losses of the chunks before it
  const tasks = seeds.flatMap((seed, seedIndex) => chunks.map((chunk, c) => ({ seed, seedIndex, chunk, offset: chunks.slice(0, c).flat().length })));
  // epochs done per task (losses finished × epochs + the current one's), for a bar over every seed
  const epochsDone = tasks.map(() => 0);
  const parts = await runJobs(fn, CAPSTONE_SEED_JOB, tasks.map((t) => ({ ...common, seed: t.seed, losses: t.chunk })), {
    workers,
    onReport: (k, report) => {
      if (report.kind !== "capstone" || !onProgress) return;
      const p = report.progress;
      const t = tasks[k];
      epochsDone[k] = p.index * p.epochs + p.epoch;
      void onProgress({ ...p, index: p.index + t.offset, total: losses.length, seed: t.seed, seedIndex: t.seedIndex, seedCount: seeds.length,
        epochsDone: epochsDone.reduce((a, b) => a + b, 0), epochsTotal: seeds.length * losses.length * p.epochs });
    },
  });
  const runs = seeds.map((_, seedIndex) => mergeCapstoneParts(parts.slice(seedIndex * chunks.length, (seedIndex + 1) * chunks.length)));
  return { seeds: [...seeds], runs, losses: runs[0].rows.map((r) => r.loss), seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/** What a capstone job reports: its progress bar, or `runCapstone`'s progress. */
export type CapstoneJobReport = JobReport | { kind: "capstone"; progress: CapstoneProgress };

/** `runCapstone` (one seed, some of its losses) as a job of `runJobs`, its progress sent to the parent thread. */
export const CAPSTONE_SEED_JOB = defineJob("capstoneSeed", (input: Omit<CapstoneOptions, "onProgress">, report: (r: CapstoneJobReport) => void) =>
  runCapstone({ ...input, onProgress: (progress) => report({ kind: "capstone", progress }) }));

/** One seed's capstone from runs over parts of its losses (the same data, pairs and budget in each). */
function mergeCapstoneParts(parts: CapstoneResult[]): CapstoneResult {
  return { ...parts[0], rows: parts.flatMap((p) => p.rows), features: parts.flatMap((p) => p.features), seconds: parts.reduce((a, p) => a + p.seconds, 0) };
}

/** The rows of every seed: a `CapstoneSeedsResult`, or saved results read back (`readOpenSetResults`). */
export interface SeedRows {
  losses: CapstoneLoss[];
  runs: { rows: CapstoneRow[] }[];
}

/** A number of every row of `loss`, one per seed. */
export function perSeed(result: SeedRows, loss: CapstoneLoss, value: (row: CapstoneRow) => number): number[] {
  return result.runs.map((run) => {
    const row = run.rows.find((r) => r.loss === loss);
    if (!row) throw new InputTypeError("perSeed", "loss", `one of the run's losses (${result.losses.join(", ")})`, describe(loss));
    return value(row);
  });
}

const percent = (v: number) => 100 * v;

/** The λ a head ended at (the same for every seed: it depends on the step count only), and whether that is the paper's floor. */
export function lambdaNote(result: SeedRows, loss: CapstoneLoss): string {
  const paper = PAPER_LAMBDA_MIN[loss];
  if (paper === undefined) return "—";
  const lambda = summarize(perSeed(result, loss, (r) => r.finalLambda)).mean;
  const reached = lambda <= paper + 1e-9;
  const share = 100 / (1 + lambda);
  return `${Number(lambda.toPrecision(3))} (paper's λ_min ${paper}${reached ? ": reached" : `: not reached, ψ is ${Number(share.toPrecision(3))} % of the target`})`;
}

/** One row per loss, every measured number as mean ± s.e. over the seeds (for `table`, or Markdown). */
export function capstoneSeedsTableRows(result: CapstoneSeedsResult): Record<string, string>[] {
  const first = result.runs[0];
  const seen = first.seenDigits.join(", ");
  const unseen = first.unseenDigits.join(", ");
  const n = result.seeds.length;
  return result.losses.map((loss) => {
    const row = first.rows.find((r) => r.loss === loss)!;
    const m = (f: (r: CapstoneRow) => number, unit = "") => formatMeasurement(perSeed(result, loss, f), { unit });
    return {
      loss: row.name,
      settings: row.settings,
      [`closed-set accuracy, held-out ${seen} (%)`]: m((r) => percent(r.closedSetAccuracy)),
      "closed-set by": row.closedSetMethod === "head" ? "the head" : "nearest centroid (cos)",
      [`open-set pair accuracy, digits ${unseen} (%)`]: m((r) => percent(r.openSetAccuracy)),
      [`open-set ROC AUC, digits ${unseen}`]: m((r) => r.openSetAuc),
      [`open-set TAR at FAR ${100 * CAPSTONE_FAR} % (%)`]: m((r) => percent(r.openSetTar)),
      [`open-set retrieval precision@1, digits ${unseen} (%)`]: m((r) => percent(r.openSetPrecisionAt1)),
      [`open-set MAP@R, digits ${unseen}`]: m((r) => r.openSetMapAtR),
      "intra-class angle (°)": m((r) => degrees(r.intraAngle)),
      "inter-class angle (°)": m((r) => degrees(r.interAngle)),
      "final λ": lambdaNote(result, loss),
      [`training time per seed (s), ${n} seeds`]: m((r) => r.seconds),
    };
  });
}

/**
 * The answer to the notes' claim "softmax fails in open-set scenarios", over the seeds: softmax's
 * open-set AUC and pair accuracy against each margin loss's and the best loss's, every comparison worded
 * by `compareMeasurements`; the closed-set comparison; where the annealed heads' λ ended. Needs a
 * "softmax" row.
 */
export function capstoneSeedsVerdict(result: CapstoneSeedsResult): string {
  if (!result.losses.includes("softmax")) return "No softmax row in this run: the claim cannot be tested.";
  const n = result.seeds.length;
  const auc = (loss: CapstoneLoss) => perSeed(result, loss, (r) => r.openSetAuc);
  const acc = (loss: CapstoneLoss) => perSeed(result, loss, (r) => percent(r.openSetAccuracy));
  const closed = (loss: CapstoneLoss) => perSeed(result, loss, (r) => percent(r.closedSetAccuracy));
  const name = (loss: CapstoneLoss) => CAPSTONE_NAMES[loss];
  const others = result.losses.filter((l) => l !== "softmax");
  const digits = result.runs[0].unseenDigits;
  const unseen = digits.length > 1 ? `${digits.slice(0, -1).join(", ")} and ${digits[digits.length - 1]}` : `${digits[0]}`;
  const best = [...result.losses].sort((a, b) => summarize(auc(b)).mean - summarize(auc(a)).mean)[0];
  const parts: string[] = [];
  parts.push(`Over ${n} seeds, on the unseen digits ${unseen}: softmax's open-set ROC AUC is ${formatMeasurement(auc("softmax"))} and its pair accuracy ` +
    `${formatMeasurement(acc("softmax"), { unit: "%" })}; ` +
    (best === "softmax" ? "no loss has a higher mean AUC." : `the highest mean AUC is ${name(best)}'s, ${formatMeasurement(auc(best))}.`));
  const versus = others.map((l) => ({ loss: l, c: compareMeasurements(auc("softmax"), auc(l), { names: ["softmax", name(l)], higherIsBetter: true }) }));
  const ahead = versus.filter((v) => v.c.verdict === "b better").map((v) => name(v.loss));
  const behind = versus.filter((v) => v.c.verdict === "a better").map((v) => name(v.loss));
  parts.push(`Open-set AUC, softmax against every other loss: ${versus.map((v) => v.c.sentence).join("; ")}.`);
  parts.push(ahead.length === 0
    ? `No loss is ahead of softmax on the open set beyond the seed noise: in this experiment the claim that softmax fails in open-set scenarios is not supported.`
    : `${ahead.length} of the ${others.length} other losses ${ahead.length === 1 ? "is" : "are"} ahead of softmax beyond the noise (${ahead.join(", ")})` +
      `${behind.length ? `, ${behind.length} behind it (${behind.join(", ")})` : ""}: the claim holds in direction against ${ahead.length === 1 ? "that loss" : "those losses"}.`);
  const tar = (loss: CapstoneLoss) => perSeed(result, loss, (r) => percent(r.openSetTar));
  const margins = others.filter((l) => ["lSoftmax", "aSoftmax", "cosFace", "arcFace"].includes(l));
  if (margins.length) {
    parts.push(`Open-set TAR at FAR ${100 * CAPSTONE_FAR} %, softmax against the margin losses: ` +
      `${margins.map((l) => compareMeasurements(tar("softmax"), tar(l), { names: ["softmax", name(l)], unit: "%", higherIsBetter: true }).sentence).join("; ")}.`);
  }
  const p1 = (loss: CapstoneLoss) => perSeed(result, loss, (r) => percent(r.openSetPrecisionAt1));
  const mapR = (loss: CapstoneLoss) => perSeed(result, loss, (r) => r.openSetMapAtR);
  const retrieval = (label: string, values: (loss: CapstoneLoss) => number[], unit: string) => {
    const vs = others.map((l) => compareMeasurements(values("softmax"), values(l), { names: ["softmax", name(l)], unit, higherIsBetter: true }));
    const ahead = vs.filter((c) => c.verdict === "b better").length;
    return `${label} (${ahead} of the ${others.length} other losses ahead of softmax beyond the noise): ${vs.map((c) => c.sentence).join("; ")}`;
  };
  parts.push(`Open-set retrieval (is an unseen image's nearest other unseen image, by cosine, of its digit?), softmax against every other loss: ` +
    `${retrieval("precision@1", p1, "%")}. ${retrieval("MAP@R", mapR, "")}.`);
  const closedVs = others.map((l) => compareMeasurements(closed("softmax"), closed(l), { names: ["softmax", name(l)], unit: "%", higherIsBetter: true }));
  const closedDiffer = closedVs.filter((c) => c.beyondNoise).length;
  parts.push(`Closed-set accuracy: softmax differs beyond the noise from ${closedDiffer} of the ${others.length} other losses` +
    `${closedDiffer ? ` (${closedVs.filter((c) => c.beyondNoise).map((c) => c.sentence).join("; ")})` : ""}.`);
  const annealed = result.losses.filter((l) => PAPER_LAMBDA_MIN[l] !== undefined);
  if (annealed.length) parts.push(`Final λ of the annealed heads: ${annealed.map((l) => `${name(l)} ${lambdaNote(result, l)}`).join("; ")}.`);
  return parts.join(" ");
}
