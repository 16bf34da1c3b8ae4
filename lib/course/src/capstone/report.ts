/**
 * The capstone's results as a table (one row per loss, every number measured) and a conclusion whose
 * words are chosen from the measured ranking, not written in advance.
 */
import { rateStandardError } from "../analysis/standard_error";
import { degrees } from "losslab";
import type { CapstoneResult, CapstoneRow } from "./run_capstone";

/** Percent with one decimal. */
const pct = (v: number) => Number((100 * v).toFixed(1));
/** Degrees with one decimal. */
const deg = (v: number) => Number(degrees(v).toFixed(1));

/** One table row per loss, keys as column headers (for `table` in a notebook, or Markdown). */
export function capstoneTableRows(result: CapstoneResult): Record<string, string | number>[] {
  const seen = result.seenDigits.join(", ");
  const unseen = result.unseenDigits.join(", ");
  return result.rows.map((r) => ({
    loss: r.name,
    settings: r.settings,
    [`closed-set accuracy on held-out ${seen} (%)`]: pct(r.closedSetAccuracy),
    "closed-set by": r.closedSetMethod === "head" ? "the head" : "nearest centroid (cos)",
    [`open-set pair accuracy, digits ${unseen} (%)`]: pct(r.openSetAccuracy),
    [`open-set ROC AUC, digits ${unseen}`]: Number(r.openSetAuc.toFixed(3)),
    [`open-set retrieval precision@1, digits ${unseen} (%)`]: pct(r.openSetPrecisionAt1),
    [`open-set MAP@R, digits ${unseen}`]: Number(r.openSetMapAtR.toFixed(3)),
    "intra-class angle (°)": deg(r.intraAngle),
    "inter-class angle (°)": deg(r.interAngle),
    "training time (s)": Number(r.seconds.toFixed(1)),
  }));
}

/** The row of the highest value of `key` (the first on ties). */
function best(rows: CapstoneRow[], key: (r: CapstoneRow) => number): CapstoneRow {
  return rows.reduce((b, r) => (key(r) > key(b) ? r : b));
}

/** The position of a row (1 = best) when the rows are sorted by `key`, highest first. */
export function rankOf(rows: CapstoneRow[], loss: string, key: (r: CapstoneRow) => number): number {
  const sorted = [...rows].sort((a, b) => key(b) - key(a));
  return sorted.findIndex((r) => r.loss === loss) + 1;
}

const fmtPct = (v: number) => `${(100 * v).toFixed(1)} %`;

/**
 * The answer to the notes' claim "softmax fails in open-set scenarios", in words chosen from the
 * measured numbers: where softmax ranks on open-set AUC and pair accuracy, how far it is from the best
 * and from chance, and whether the margin losses beat it. Needs a "softmax" row.
 */
export function capstoneVerdict(result: CapstoneResult): string {
  const rows = result.rows;
  const softmax = rows.find((r) => r.loss === "softmax");
  if (!softmax) return "No softmax row in this run: the claim cannot be tested.";
  const n = rows.length;
  const auc = (r: CapstoneRow) => r.openSetAuc;
  const acc = (r: CapstoneRow) => r.openSetAccuracy;
  const topAuc = best(rows, auc);
  const topAcc = best(rows, acc);
  const aucRank = rankOf(rows, "softmax", auc);
  const accRank = rankOf(rows, "softmax", acc);
  const margins = rows.filter((r) => ["lSoftmax", "aSoftmax", "cosFace", "arcFace"].includes(r.loss));
  const beatSoftmax = margins.filter((r) => r.openSetAuc > softmax.openSetAuc);
  const unseen = result.unseenDigits.join(" and ");
  const parts: string[] = [];
  parts.push(
    `On the unseen digits ${unseen}, softmax's features give a pair accuracy of ${fmtPct(softmax.openSetAccuracy)} ` +
      `(rank ${accRank} of ${n}) and an ROC AUC of ${softmax.openSetAuc.toFixed(3)} (rank ${aucRank} of ${n}). ` +
      `The best AUC is ${topAuc.name}'s, ${topAuc.openSetAuc.toFixed(3)}; the best accuracy ${topAcc.name}'s, ${fmtPct(topAcc.openSetAccuracy)}.`,
  );
  const gap = topAuc.openSetAuc - softmax.openSetAuc;
  let verdict: string;
  if (softmax.openSetAuc < 0.6) verdict = "Softmax does fail here: its AUC is close to chance (0.5).";
  else if (aucRank === n) verdict = `Softmax is the worst of the ${n} losses on the open set: the claim holds in direction${gap > 0.05 ? ", and the gap is large" : ", though the gap is small"}.`;
  else if (gap > 0.05) verdict = `Softmax does not fail outright, but it is clearly behind the best (by ${gap.toFixed(3)} in AUC): the claim holds in a weaker form.`;
  else if (gap > 0.01) verdict = `Softmax is a little behind the best (by ${gap.toFixed(3)} in AUC): "fails" is too strong a word for this run.`;
  else verdict = `Softmax is within ${gap.toFixed(3)} of the best AUC: in this run the claim does not hold.`;
  parts.push(verdict);
  if (margins.length > 0) {
    parts.push(
      beatSoftmax.length === margins.length
        ? `Every margin loss (${margins.map((r) => r.name).join(", ")}) has a higher open-set AUC than softmax.`
        : beatSoftmax.length === 0
          ? `None of the margin losses has a higher open-set AUC than softmax.`
          : `${beatSoftmax.length} of the ${margins.length} margin losses (${beatSoftmax.map((r) => r.name).join(", ")}) ${beatSoftmax.length === 1 ? "has" : "have"} a higher open-set AUC than softmax; ` +
            `${margins.filter((r) => !beatSoftmax.includes(r)).map((r) => r.name).join(", ")} ${margins.length - beatSoftmax.length === 1 ? "does" : "do"} not.`,
    );
  }
  const closedSpread = Math.max(...rows.map((r) => r.closedSetAccuracy)) - Math.min(...rows.map((r) => r.closedSetAccuracy));
  parts.push(
    `Closed-set accuracies span ${(100 * closedSpread).toFixed(1)} percentage points (${fmtPct(Math.min(...rows.map((r) => r.closedSetAccuracy)))} to ` +
      `${fmtPct(Math.max(...rows.map((r) => r.closedSetAccuracy)))}), so ${closedSpread < 0.03 ? "on the digits it was trained on every loss does about equally well: the differences are in the open set" : "the losses differ on the trained digits too"}.`,
  );
  const drop = (r: CapstoneRow) => r.calibrationAccuracy - r.openSetAccuracy;
  const worst = best(rows, drop);
  const seenNames = result.seenDigits.length > 2 ? `${result.seenDigits[0]}–${result.seenDigits[result.seenDigits.length - 1]}` : result.seenDigits.join(", ");
  parts.push(
    `The threshold chosen on pairs of the trained digits transfers least well for ${worst.name}: ${fmtPct(worst.calibrationAccuracy)} on ${seenNames} pairs, ` +
      `${fmtPct(worst.openSetAccuracy)} on ${unseen} pairs (softmax: ${fmtPct(softmax.calibrationAccuracy)} → ${fmtPct(softmax.openSetAccuracy)}). ` +
      `A loss that ranks higher by AUC than by accuracy separates the new digits, but at other similarities than the trained ones.`,
  );
  const pairs = result.pairs.openSet.first.length;
  const se = rateStandardError(softmax.openSetAccuracy, pairs);
  parts.push(
    `One seed, ${pairs} open-set pairs: a pair accuracy is known to about ±${(100 * se).toFixed(1)} percentage points (one standard error), ` +
      `so differences of a point or two between losses are within the noise of this run.`,
  );
  return parts.join(" ");
}
