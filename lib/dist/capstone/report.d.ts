import type { CapstoneResult, CapstoneRow } from "./run_capstone";
/** One table row per loss, keys as column headers (for `table` in a notebook, or Markdown). */
export declare function capstoneTableRows(result: CapstoneResult): Record<string, string | number>[];
/** The position of a row (1 = best) when the rows are sorted by `key`, highest first. */
export declare function rankOf(rows: CapstoneRow[], loss: string, key: (r: CapstoneRow) => number): number;
/**
 * The answer to the notes' claim "softmax fails in open-set scenarios", in words chosen from the
 * measured numbers: where softmax ranks on open-set AUC and pair accuracy, how far it is from the best
 * and from chance, and whether the margin losses beat it. Needs a "softmax" row.
 */
export declare function capstoneVerdict(result: CapstoneResult): string;
//# sourceMappingURL=report.d.ts.map