/**
 * The Omniglot experiment's tables (rows for `table`, mean ± standard error over seeds) and its saved
 * JSON. The file data/results/omniglot.json is an `OmniglotResults` (run.ts), fields:
 *
 * - experiment "omniglot"; command, backend, losslabVersion, date (ISO 8601), seconds (wall clock);
 *   complete (false while phases are missing) and phases (those finished: tuning, main, marginSweep,
 *   classSweep; the file is written after each); workers, totalSteps; config (the whole design: splits, network, training, evaluation, grids, seeds,
 *   sweeps);
 * - data: the alphabets of each split and the counts of characters and images;
 * - published: one-shot error rates of the literature on the same 20 runs, each with its source;
 * - baselines: modifiedHausdorffErrorPercent (ours, on the 20 runs) and rawPixels (the metrics below for
 *   the pixel vectors, cosine);
 * - tuning[loss]: grid (params, validationAccuracy, seconds) and chosen params;
 * - main[loss]: PerSeed = { loss: {name, params}, seeds, steps, finalLambda[seed] (SphereFace; else
 *   null), metrics[metric][seed] }, metrics as in evaluate.ts: oneShotError (%), episode5w1s, episode5w5s,
 *   episode20w1s, episode20w5s, auc, tarAtFar1e-2, tarAtFar1e-3, precisionAt1, mapAtR (fractions),
 *   closedSetPrototype, closedSetHead (null for the metric losses), intraSeenDeg, interSeenDeg,
 *   intraUnseenDeg, interUnseenDeg (degrees);
 * - marginSweep: s, margins, seeds, rows[margin] (PerSeed of CosFace at that m; oneShotError, the
 *   episodes, verification, retrieval and unseen angles);
 * - classSweep: counts (the last is all training characters), seeds, losses[loss][count] (PerSeed);
 * - drift: the reduced slice (seed, epochs, rows: loss, metrics, firstLoss, lastLoss) that
 *   tests/experiments/omniglot_drift.test.ts re-runs.
 * Every per-seed list is in `seeds` order, so two losses' lists pair by position.
 */
import type { OmniglotResults, PerSeed } from "./run";

/** Mean and standard error of the non-null values (NaN when none). */
export function meanSe(values: (number | null)[]): { mean: number; se: number; n: number } {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
  const n = v.length;
  if (n === 0) return { mean: NaN, se: NaN, n };
  const mean = v.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  return { mean, se: sd / Math.sqrt(n), n };
}

/** "12.3 ± 0.4" of a metric over seeds, scaled (100 for fractions as %). */
export function formatOverSeeds(values: (number | null)[] | undefined, scale = 1, digits = 1): string {
  if (!values) return "";
  const { mean, se, n } = meanSe(values);
  if (n === 0) return "—";
  return n > 1 ? `${(scale * mean).toFixed(digits)} ± ${(scale * se).toFixed(digits)}` : (scale * mean).toFixed(digits);
}

const describeLoss = (p: PerSeed) => `${p.loss.name}${Object.keys(p.loss.params).length ? " " + Object.entries(p.loss.params).map(([k, v]) => `${k}=${v}`).join(" ") : ""}`;

/** The main table: one row per loss (and raw pixels), the unseen-class protocols. */
export function omniglotMainRows(r: OmniglotResults): Record<string, string>[] {
  const pix = r.baselines.rawPixels;
  const one = (v: number | null | undefined, scale = 100) => (v === null || v === undefined ? "" : (scale * v).toFixed(1));
  const rows: Record<string, string>[] = [{
    loss: "raw pixels (cosine)",
    "one-shot err %": one(pix.oneShotError, 1),
    "5w1s %": one(pix.episode5w1s),
    "20w1s %": one(pix.episode20w1s),
    "20w5s %": one(pix.episode20w5s),
    "AUC %": one(pix.auc),
    "TAR@1e-2 %": one(pix["tarAtFar1e-2"]),
    "TAR@1e-3 %": one(pix["tarAtFar1e-3"]),
    "P@1 %": one(pix.precisionAt1),
    "MAP@R %": one(pix.mapAtR),
  }];
  for (const p of Object.values(r.main)) {
    const m = p.metrics;
    rows.push({
      loss: describeLoss(p),
      "one-shot err %": formatOverSeeds(m.oneShotError),
      "5w1s %": formatOverSeeds(m.episode5w1s, 100),
      "20w1s %": formatOverSeeds(m.episode20w1s, 100),
      "20w5s %": formatOverSeeds(m.episode20w5s, 100),
      "AUC %": formatOverSeeds(m.auc, 100),
      "TAR@1e-2 %": formatOverSeeds(m["tarAtFar1e-2"], 100),
      "TAR@1e-3 %": formatOverSeeds(m["tarAtFar1e-3"], 100),
      "P@1 %": formatOverSeeds(m.precisionAt1, 100),
      "MAP@R %": formatOverSeeds(m.mapAtR, 100),
    });
  }
  return rows;
}

/** Closed set and angles, one row per loss; SphereFace's final λ. */
export function omniglotSeenRows(r: OmniglotResults): Record<string, string>[] {
  return Object.values(r.main).map((p) => ({
    loss: describeLoss(p),
    "closed-set (prototype) %": formatOverSeeds(p.metrics.closedSetPrototype, 100),
    "closed-set (head) %": p.metrics.closedSetHead?.some((v) => v !== null) ? formatOverSeeds(p.metrics.closedSetHead, 100) : "",
    "intra seen °": formatOverSeeds(p.metrics.intraSeenDeg),
    "inter seen °": formatOverSeeds(p.metrics.interSeenDeg),
    "intra unseen °": formatOverSeeds(p.metrics.intraUnseenDeg),
    "inter unseen °": formatOverSeeds(p.metrics.interUnseenDeg),
    "final λ": p.finalLambda.some((v) => v !== null) ? p.finalLambda.map((v) => (v === null ? "" : v.toFixed(2))).join(", ") : "",
  }));
}

/** The published one-shot numbers beside ours. */
export function omniglotPublishedRows(r: OmniglotResults): Record<string, string>[] {
  return [
    ...r.published.map((p) => ({ method: p.method, "one-shot err %": p.errorPercent.toFixed(1), source: p.source })),
    { method: "Modified Hausdorff Distance (ours)", "one-shot err %": r.baselines.modifiedHausdorffErrorPercent.toFixed(2), source: "this run" },
  ];
}

/** CosFace's margin sweep. */
export function omniglotMarginRows(r: OmniglotResults): Record<string, string>[] {
  return r.marginSweep.rows.map((p) => ({
    m: String(p.loss.params.m),
    "one-shot err %": formatOverSeeds(p.metrics.oneShotError),
    "20w1s %": formatOverSeeds(p.metrics.episode20w1s, 100),
    "AUC %": formatOverSeeds(p.metrics.auc, 100),
    "TAR@1e-3 %": formatOverSeeds(p.metrics["tarAtFar1e-3"], 100),
    "MAP@R %": formatOverSeeds(p.metrics.mapAtR, 100),
  }));
}

/** The class-count sweep: one row per loss and count. */
export function omniglotClassSweepRows(r: OmniglotResults): Record<string, string>[] {
  return Object.entries(r.classSweep.losses).flatMap(([name, list]) => list.map((p, k) => ({
    loss: name,
    classes: String(r.classSweep.counts[k]),
    steps: String(p.steps),
    "one-shot err %": formatOverSeeds(p.metrics.oneShotError),
    "TAR@1e-2 %": formatOverSeeds(p.metrics["tarAtFar1e-2"], 100),
    "TAR@1e-3 %": formatOverSeeds(p.metrics["tarAtFar1e-3"], 100),
    "AUC %": formatOverSeeds(p.metrics.auc, 100),
  })));
}

/** Tuning: every grid point's validation accuracy and the choice. */
export function omniglotTuningRows(r: OmniglotResults): Record<string, string>[] {
  return Object.entries(r.tuning).flatMap(([name, t]) => t.grid.map((g) => ({
    loss: name,
    params: JSON.stringify(g.params),
    "validation 1-shot %": (100 * g.validationAccuracy).toFixed(1),
    chosen: JSON.stringify(g.params) === JSON.stringify(t.chosen) ? "←" : "",
  })));
}

/** The saved JSON (one space of indentation, as the other results files). */
export function omniglotResultsJson(r: OmniglotResults): string {
  return JSON.stringify(r, null, 1) + "\n";
}
