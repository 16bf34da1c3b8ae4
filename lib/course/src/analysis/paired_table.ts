/**
 * A lesson's verdict as a compact table and one sentence (lessons 05–08): several measures, each a
 * `pairedComparison` of two methods over the same seeds. `pairedTable` gives one row per comparison
 * (the numbers of `pairedRow`, under a "measure" column), `pairedSummary` says how many intervals exclude
 * zero and, for those, which side is higher, grouped by measure; both read the same comparisons, so the
 * sentence cannot disagree with the table.
 */
import { ValueError } from "losslab";
import { pairedRow, type PairedComparison } from "./paired";

/** One measured difference: what was measured (with its unit, "closest pair (°)") and the comparison. */
export interface PairedMeasure {
  measure: string;
  comparison: PairedComparison;
}

function checkMeasures(fn: string, rows: PairedMeasure[]): PairedMeasure[] {
  if (!Array.isArray(rows) || rows.length === 0) throw new ValueError(fn, "rows", "a non-empty array of { measure, comparison }", String(rows));
  rows.forEach((r, k) => {
    const c = r?.comparison as PairedComparison | undefined;
    if (typeof r?.measure !== "string" || r.measure === "" || typeof c !== "object" || c === null || !Array.isArray(c.interval) ||
        !Array.isArray(c.names) || typeof c.distinguishable !== "boolean") {
      throw new ValueError(fn, `rows[${k}]`, "{ measure: a non-empty string, comparison: a result of pairedComparison }", JSON.stringify(r)?.slice(0, 80) ?? String(r));
    }
  });
  return rows;
}

/** Table rows: the measure, then `pairedRow`'s columns (comparison, mean difference, interval, seeds, p, …). */
export function pairedTable(rows: PairedMeasure[], options: { decimals?: number } = {}): Record<string, string>[] {
  return checkMeasures("pairedTable", rows).map((r) => ({ measure: r.measure, ...pairedRow(r.comparison, options) }));
}

/**
 * "2 of 8 paired differences have a 95 % interval that excludes zero: test accuracy (%): m = 4 higher, m = 2 higher."
 * or "0 of 8 paired differences have a 95 % interval that excludes zero."
 */
export function pairedSummary(rows: PairedMeasure[]): string {
  const checked = checkMeasures("pairedSummary", rows);
  const shown = checked.filter((r) => r.comparison.distinguishable);
  const levels = [...new Set(checked.map((r) => Math.round(100 * r.comparison.confidence)))];
  const head = `${shown.length} of ${checked.length} paired differences have a ${levels.join("/")} % interval that excludes zero`;
  if (shown.length === 0) return `${head}.`;
  const measures = [...new Set(shown.map((r) => r.measure))];
  const parts = measures.map((m) => `${m}: ${shown.filter((r) => r.measure === m)
    .map((r) => `${r.comparison.names[0]} ${r.comparison.mean > 0 ? "higher" : "lower"} than ${r.comparison.names[1]}`).join(", ")}`);
  return `${head}: ${parts.join("; ")}.`;
}
