/**
 * A figure with up to three sliders that combine, in any Plotly front end (JupyterLab, VS Code, an
 * exported page with no kernel). Plotly's own slider steps set trace attributes to fixed values, so
 * two sliders that both switch `visible` would undo each other. Here each slider owns a different
 * attribute:
 *
 * - the first slider switches `visible` (one group of traces per value);
 * - the second switches `opacity` (with `showlegend` and `hoverinfo`, so hidden traces neither show
 *   in the legend nor answer the mouse);
 * - the third rewrites the traces' data (`x`, `y`, `text`, …) for its value.
 *
 * A trace is seen when it is visible and opaque, so the picture always shows `traces(a, b, c)` for
 * the three current values, whatever order the sliders were moved in. The figure holds
 * |A|·|B| groups of traces and |C| copies of their data: keep the lists short.
 */
import { ShapeError } from "losslab";
import { checkInteger, checkNumberArray, checkOptions } from "losslab/internal";
import { figure, figureOptionsOf, type FigureOptions } from "./figure";
import { FIGURE_OPTIONS, checkFigureValues, checkFunction, checkList, checkString, optional } from "./plot_checks";
import type { Figure, Layout, Trace } from "../notebook/figure_types";

export interface Control {
  /** The slider's title, e.g. "‖w₁‖" or "m". */
  name: string;
  values: number[];
  /** Tick labels (default: the values). */
  labels?: string[];
  /** Index of the starting value. @default 0 */
  active?: number;
}

/** The attributes the third slider rewrites (when a trace has them). */
export const DATA_KEYS = ["x", "y", "z", "text", "hovertext", "customdata"] as const;

export interface ControlledFigureOptions extends FigureOptions {
  /** One to three sliders. */
  controls: Control[];
  /** Traces shown whatever the sliders say. */
  base?: Trace[];
  /**
   * The traces for one value of each control (in the order of `controls`). Every call must return
   * the same number of traces, in the same order and of the same types; only their data may differ
   * with the third control.
   */
  traces: (...values: number[]) => Trace[];
}

const SLIDER_HEIGHT = 75;

/** One to three controls, each { name, values (at least one number), labels?, active? (an index into values) }. */
export function checkControls(fn: string, arg: string, value: unknown): Control[] {
  const controls = checkList<Control>(fn, arg, value);
  if (controls.length < 1 || controls.length > 3) throw new ShapeError(fn, arg, "1 to 3 sliders", `${controls.length}`);
  controls.forEach((c, k) => {
    const at = `${arg}[${k}]`;
    checkOptions(fn, c, ["name", "values", "labels?", "active?"], at);
    checkString(fn, `${at}.name`, c.name);
    checkNumberArray(fn, `${at}.values`, c.values);
    optional(c.labels, (v) => checkList(fn, `${at}.labels`, v).forEach((l, i) => checkString(fn, `${at}.labels[${i}]`, l)));
    optional(c.active, (v) => checkInteger(fn, `${at}.active`, v, { min: 0, max: c.values.length - 1 }));
  });
  return controls;
}

function sliderSteps(control: Control, args: (k: number) => unknown[], method: string) {
  return control.values.map((v, k) => ({ label: control.labels?.[k] ?? String(v), method, args: args(k) }));
}

/** A figure whose traces follow up to three sliders (see the module comment). */
export function controlledFigure(opts: ControlledFigureOptions): Figure {
  const fn = "controlledFigure";
  checkOptions(fn, opts, [...FIGURE_OPTIONS, "controls", "base?", "traces"]);
  checkFigureValues(fn, opts as unknown as Record<string, unknown>);
  checkFunction(fn, "traces", opts.traces);
  optional(opts.base, (v) => checkList(fn, "base", v));
  const controls = checkControls(fn, "controls", opts.controls);
  const [A, B, C] = controls;
  const active = controls.map((c) => Math.min(Math.max(c.active ?? 0, 0), c.values.length - 1));
  const bValues = B ? B.values : [NaN];
  const build = (i: number, j: number, k: number) => {
    const args = [A.values[i], B ? B.values[j] : undefined, C ? C.values[k] : undefined].slice(0, controls.length) as number[];
    return opts.traces(...args);
  };
  const base = opts.base ?? [];
  const data: Trace[] = [...base];
  const owner: [number, number][] = [];
  // each trace's own opacity, legend entry and hover, restored when the second slider shows it
  const own: { opacity: number; showlegend: boolean; hoverinfo: string }[] = [];
  A.values.forEach((_, i) =>
    bValues.forEach((_, j) => {
      build(i, j, active[2] ?? 0).forEach((t) => {
        const mine = { opacity: (t.opacity as number | undefined) ?? 1, showlegend: t.showlegend !== false, hoverinfo: (t.hoverinfo as string | undefined) ?? "all" };
        const shown = !B || j === active[1];
        data.push({
          ...t,
          visible: i === active[0],
          opacity: shown ? mine.opacity : 0,
          showlegend: shown && mine.showlegend,
          hoverinfo: shown ? mine.hoverinfo : "skip",
        });
        owner.push([i, j]);
        own.push(mine);
      });
    }),
  );
  const indices = owner.map((_, n) => base.length + n);
  const sliders: Layout[] = [];
  sliders.push({ steps: sliderSteps(A, (i) => [{ visible: owner.map(([oi]) => oi === i) }, indices], "restyle") });
  if (B) {
    sliders.push({
      steps: sliderSteps(B, (j) => [
        {
          opacity: owner.map(([, oj], n) => (oj === j ? own[n].opacity : 0)),
          showlegend: owner.map(([, oj], n) => oj === j && own[n].showlegend),
          hoverinfo: owner.map(([, oj], n) => (oj === j ? own[n].hoverinfo : "skip")),
        },
        indices,
      ], "restyle"),
    });
  }
  if (C) {
    sliders.push({
      steps: sliderSteps(C, (k) => {
        // every (i, j) group rebuilt for this value of the third control
        const rebuilt = A.values.flatMap((_, i) => bValues.flatMap((_, j) => build(i, j, k)));
        const update: Record<string, unknown[]> = {};
        for (const key of DATA_KEYS) {
          if (rebuilt.some((t) => key in t)) update[key] = rebuilt.map((t) => t[key] ?? null);
        }
        return [update, indices];
      }, "restyle"),
    });
  }
  const n = sliders.length;
  const height = (opts.height ?? 450) + n * SLIDER_HEIGHT;
  const fig = figure(data, { ...figureOptionsOf(opts), height });
  fig.layout.sliders = sliders.map((s, k) => ({
    ...s,
    active: active[k],
    currentvalue: { prefix: `${controls[k].name} = `, font: { size: 13 } },
    // stacked under the plot, first slider on top
    y: 0,
    yanchor: "top",
    pad: { t: 55 + k * SLIDER_HEIGHT, b: 0 },
    len: 1,
  }));
  fig.layout.margin = { ...(fig.layout.margin as object), b: 60 + n * SLIDER_HEIGHT };
  return fig;
}
