/**
 * Figure builders with the course's house style: title, axis titles in the symbols of the text,
 * the shared palette, and hover text that says what a point is.
 */
import { checkBoolean, checkInteger, checkNumber, checkOptionalOptions, checkOptions } from "losslab/internal";
import { PALETTE, SEQUENTIAL_SCALE, seriesColor } from "./palette";
import { FIGURE_OPTIONS, checkData, checkFigureValues, checkList, checkSeriesOptions, checkString, checkXY, optional } from "./plot_checks";
import type { Figure, Layout, Trace } from "../notebook/figure_types";

export interface FigureOptions {
  title: string;
  xTitle: string;
  yTitle: string;
  /** Extra layout keys, merged over the defaults. */
  layout?: Layout;
  height?: number;
}

/** `figure`'s own keys of a larger options object (a slider figure's, a controlled figure's). */
export function figureOptionsOf(opts: FigureOptions): FigureOptions {
  const { title, xTitle, yTitle, layout, height } = opts;
  return { title, xTitle, yTitle, layout, height };
}

/** A figure with the house layout. */
export function figure(traces: Trace[], opts: FigureOptions): Figure {
  checkList("figure", "traces", traces);
  checkOptions("figure", opts, FIGURE_OPTIONS);
  checkFigureValues("figure", opts as unknown as Record<string, unknown>);
  const layout: Layout = {
    title: { text: opts.title },
    xaxis: { title: { text: opts.xTitle }, zeroline: false },
    yaxis: { title: { text: opts.yTitle }, zeroline: false },
    colorway: [...PALETTE],
    hovermode: "closest",
    height: opts.height ?? 450,
    margin: { l: 60, r: 20, t: 60, b: 50 },
    legend: { orientation: "v" },
    font: { family: "Arial, sans-serif", size: 13 },
  };
  for (const [key, value] of Object.entries(opts.layout ?? {})) {
    // axis settings merge into the defaults, so an axis range keeps the axis title
    const old = layout[key];
    layout[key] = isPlainObject(old) && isPlainObject(value) ? { ...old, ...value } : value;
  }
  return { data: traces, layout, config: { responsive: true, displaylogo: false } };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export interface SeriesOptions {
  name: string;
  /** Index into the palette, or a colour. */
  color?: number | string;
  dash?: "solid" | "dash" | "dot" | "dashdot";
  /** Hover template; defaults to "name: (x, y)". */
  hover?: string;
  width?: number;
  showLegend?: boolean;
}

function colorOf(c: number | string | undefined, fallback: number): string {
  if (typeof c === "string") return c;
  return seriesColor(c ?? fallback);
}

/** A line trace. */
export function line(x: ArrayLike<number>, y: ArrayLike<number>, opts: SeriesOptions): Trace {
  checkXY("line", x, y);
  checkSeriesOptions("line", opts);
  return {
    type: "scatter",
    mode: "lines",
    name: opts.name,
    x: Array.from(x),
    y: Array.from(y),
    line: { color: colorOf(opts.color, 0), dash: opts.dash ?? "solid", width: opts.width ?? 2 },
    hovertemplate: opts.hover ?? `${opts.name}<br>(%{x:.4g}, %{y:.4g})<extra></extra>`,
    showlegend: opts.showLegend ?? true,
  };
}

/** A scatter trace of markers (optionally joined by lines), with per-point hover text. */
export function points(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  opts: SeriesOptions & { text?: string[]; size?: number; symbol?: string; lines?: boolean },
): Trace {
  checkXY("points", x, y);
  checkSeriesOptions("points", opts, ["text?", "size?", "symbol?", "lines?"]);
  optional(opts.text, (v) => checkList("points", "text", v));
  optional(opts.size, (v) => checkNumber("points", "size", v));
  optional(opts.symbol, (v) => checkString("points", "symbol", v));
  optional(opts.lines, (v) => checkBoolean("points", "lines", v));
  const color = colorOf(opts.color, 0);
  return {
    type: "scatter",
    mode: opts.lines ? "lines+markers" : "markers",
    name: opts.name,
    x: Array.from(x),
    y: Array.from(y),
    text: opts.text,
    marker: { color, size: opts.size ?? 7, symbol: opts.symbol ?? "circle" },
    line: opts.lines ? { color, width: opts.width ?? 1.5, dash: opts.dash ?? "solid" } : undefined,
    hovertemplate: opts.hover ?? (opts.text ? `%{text}<extra>${opts.name}</extra>` : `${opts.name}<br>(%{x:.4g}, %{y:.4g})<extra></extra>`),
    showlegend: opts.showLegend ?? true,
  };
}

/** A filled contour of z[i][j] = f(x[j], y[i]). */
export function contour(
  x: number[],
  y: number[],
  z: number[][],
  opts: { name: string; zTitle: string; hover?: string; levels?: { start: number; end: number; size: number } },
): Trace {
  const fn = "contour";
  checkData(fn, "x", x);
  checkData(fn, "y", y);
  checkList(fn, "z", z).forEach((row, i) => checkData(fn, `z[${i}]`, row));
  checkOptions(fn, opts, ["name", "zTitle", "hover?", "levels?"]);
  checkString(fn, "name", opts.name);
  checkString(fn, "zTitle", opts.zTitle);
  optional(opts.hover, (v) => checkString(fn, "hover", v));
  checkOptionalOptions(fn, opts.levels, ["start", "end", "size"], "levels");
  if (opts.levels) (["start", "end", "size"] as const).forEach((k) => checkNumber(fn, `levels.${k}`, opts.levels![k]));
  return {
    type: "contour",
    name: opts.name,
    x,
    y,
    z,
    colorscale: SEQUENTIAL_SCALE,
    reversescale: false,
    contours: opts.levels ? { ...opts.levels, coloring: "heatmap" } : { coloring: "heatmap" },
    colorbar: { title: { text: opts.zTitle } },
    hovertemplate: opts.hover ?? `${opts.zTitle} = %{z:.4g} at (%{x:.3g}, %{y:.3g})<extra></extra>`,
    showscale: true,
  };
}

/** Samples f on a grid for `contour`: z[i][j] = f(x[j], y[i]). */
export function grid(
  f: (x: number, y: number) => number,
  xRange: [number, number],
  yRange: [number, number],
  n = 60,
): { x: number[]; y: number[]; z: number[][] } {
  const x = linspace(xRange[0], xRange[1], n);
  const y = linspace(yRange[0], yRange[1], n);
  const z = y.map((yi) => x.map((xj) => f(xj, yi)));
  return { x, y, z };
}

/** n evenly spaced numbers from start to stop inclusive. */
export function linspace(start: number, stop: number, n: number): number[] {
  if (n === 1) return [start];
  return Array.from({ length: n }, (_, i) => start + ((stop - start) * i) / (n - 1));
}

export interface SliderStep {
  /** The label under the slider tick. */
  label: string;
  /** Traces shown only at this step. */
  traces: Trace[];
  /** Layout keys changed at this step (a title that quotes the value, say). */
  layout?: Layout;
}

/**
 * A figure with a slider: `base` traces always shown, and one group of traces per step, of which
 * only the active step's group is visible. The slider restyles visibility, so it works in any
 * Plotly front end, exported HTML pages included (no kernel needed).
 */
export function sliderFigure(
  base: Trace[],
  steps: SliderStep[],
  opts: FigureOptions & { sliderTitle: string; active?: number },
): Figure {
  const fn = "sliderFigure";
  checkList(fn, "base", base);
  checkList<SliderStep>(fn, "steps", steps, 1).forEach((step, s) => {
    checkOptions(fn, step, ["label", "traces", "layout?"], `steps[${s}]`);
    checkString(fn, `steps[${s}].label`, step.label);
    checkList(fn, `steps[${s}].traces`, step.traces);
  });
  checkOptions(fn, opts, [...FIGURE_OPTIONS, "sliderTitle", "active?"]);
  checkFigureValues(fn, opts as unknown as Record<string, unknown>);
  checkString(fn, "sliderTitle", opts.sliderTitle);
  const active = checkInteger(fn, "active", opts.active ?? 0, { min: 0, max: steps.length - 1 });
  const data: Trace[] = [...base];
  const owner: number[] = base.map(() => -1);
  steps.forEach((step, s) =>
    step.traces.forEach((t) => {
      data.push({ ...t, visible: s === active });
      owner.push(s);
    }),
  );
  const fig = figure(data, figureOptionsOf(opts));
  fig.layout.sliders = [
    {
      active,
      currentvalue: { prefix: `${opts.sliderTitle} = ` },
      pad: { t: 40 },
      steps: steps.map((step, s) => ({
        label: step.label,
        method: "update",
        args: [{ visible: owner.map((o) => o === -1 || o === s) }, step.layout ?? {}],
      })),
    },
  ];
  if (steps[active]?.layout) Object.assign(fig.layout, steps[active].layout);
  fig.layout.margin = { l: 60, r: 20, t: 60, b: 110 };
  fig.layout.height = (opts.height ?? 450) + 80;
  return fig;
}
