/**
 * A forest plot of paired differences (lesson 09): one row per method compared with the baseline
 * (top to bottom in the order given), a dot at the mean per-seed difference and a bar over its
 * confidence interval (`pairedComparison`), and a vertical line at zero. A row whose interval excludes
 * zero is drawn as a filled dot, one whose interval crosses zero as an open dot; the hover text gives
 * the numbers: the difference, the interval, the seeds, the p-value and the design's minimum
 * detectable effect. Colours from the course palette, one per row.
 */
import { ShapeError, ValueError } from "losslab";
import { checkBoolean, checkInteger, checkOptions, describe } from "losslab/internal";
import type { PairedComparison } from "../analysis/paired";
import { figure } from "./figure";
import { seriesColor } from "./palette";
import { checkFigureValues, checkList, checkString, optional } from "./plot_checks";
import type { Figure, Layout, Trace } from "../notebook/figure_types";

export interface ForestPlotOptions {
  /** @default "Paired differences with their 95 % intervals" */
  title?: string;
  /** What is compared, with its unit: "difference in one-shot error (points)". */
  xTitle: string;
  /** Unit in the hover text ("points", "°", ""). @default "" */
  unit?: string;
  /** Decimals in the hover text. @default 3 */
  decimals?: number;
  /** Says which side of zero is better, in the axis title ("← better" or "better →"); left out: nothing. */
  higherIsBetter?: boolean;
  layout?: Layout;
  height?: number;
}

function isComparison(c: unknown): c is PairedComparison {
  const v = c as PairedComparison;
  return typeof v === "object" && v !== null && Array.isArray(v.names) && Array.isArray(v.interval) && v.interval.length === 2 &&
    typeof v.mean === "number" && typeof v.n === "number";
}

/** The row label of a comparison: "CosFace − softmax". */
export function forestRowLabel(c: PairedComparison): string {
  return `${c.names[0]} − ${c.names[1]}`;
}

/** The forest plot of `comparisons` (see the module comment). */
export function forestPlot(comparisons: PairedComparison[], options: ForestPlotOptions): Figure {
  const fn = "forestPlot";
  checkList<PairedComparison>(fn, "comparisons", comparisons, 1).forEach((c, k) => {
    if (!isComparison(c)) throw new ValueError(fn, `comparisons[${k}]`, "a result of pairedComparison", describe(c));
  });
  checkOptions(fn, options, ["title?", "xTitle", "unit?", "decimals?", "higherIsBetter?", "layout?", "height?"]);
  checkFigureValues(fn, options as unknown as Record<string, unknown>, ["xTitle"]);
  const unit = optional(options.unit, (v) => checkString(fn, "unit", v)) ?? "";
  const decimals = optional(options.decimals, (v) => checkInteger(fn, "decimals", v, { min: 0, max: 10 })) ?? 3;
  const higherIsBetter = optional(options.higherIsBetter, (v) => checkBoolean(fn, "higherIsBetter", v));
  const labels = comparisons.map(forestRowLabel);
  if (new Set(labels).size !== labels.length) {
    throw new ShapeError(fn, "comparisons", "one row per pair of names", `a repeated row (${labels.find((l, i) => labels.indexOf(l) !== i)})`);
  }
  const u = unit === "" ? "" : unit === "°" || unit === "%" ? unit : ` ${unit}`;
  const num = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${Math.abs(x).toFixed(decimals)}`;
  const traces: Trace[] = comparisons.map((c, k) => {
    const color = seriesColor(k);
    const level = Math.round(100 * c.confidence);
    const text = `${labels[k]}: ${num(c.mean)}${u}<br>${level} % interval [${num(c.interval[0])}, ${num(c.interval[1])}]${u}` +
      `<br>${c.n} seeds, paired; p = ${c.pValue.toPrecision(2)}<br>` +
      `${c.distinguishable ? "interval excludes 0" : "interval includes 0: not distinguishable"}<br>` +
      `this design detects about ${Math.abs(c.minimumDetectableEffect).toFixed(decimals)}${u} (power ${c.power}, α ${c.alpha})`;
    return {
      type: "scatter",
      mode: "markers",
      name: labels[k],
      x: [c.mean],
      y: [labels[k]],
      error_x: { type: "data", symmetric: false, array: [c.interval[1] - c.mean], arrayminus: [c.mean - c.interval[0]], color, thickness: 2, width: 6 },
      marker: { color: c.distinguishable ? color : "white", size: 11, symbol: "circle", line: { color, width: 2 } },
      text: [text],
      hovertemplate: "%{text}<extra></extra>",
      showlegend: false,
    };
  });
  const side = higherIsBetter === undefined ? "" : higherIsBetter ? "  (better →)" : "  (← better)";
  const fig = figure(traces, {
    title: options.title ?? "Paired differences with their 95 % intervals",
    xTitle: `${options.xTitle}${side}`,
    yTitle: "",
    height: options.height ?? 120 + 48 * comparisons.length,
    layout: {
      yaxis: { type: "category", autorange: "reversed", automargin: true },
      xaxis: { zeroline: false },
      shapes: [{ type: "line", xref: "x", yref: "paper", x0: 0, x1: 0, y0: 0, y1: 1, line: { color: "#555555", width: 1.5, dash: "dash" } }],
      margin: { l: 20, r: 20, t: 60, b: 50 },
      ...(options.layout ?? {}),
    },
  });
  return fig;
}
