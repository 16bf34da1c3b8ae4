/**
 * Pieces for figures beyond single line charts: bar traces, and two panels side by side (a loss and
 * its gradient, accuracy and gradient norm) sharing one legend and one slider.
 */
import { checkBoolean, checkObject, checkOptions } from "losslab/internal";
import { seriesColor } from "./palette";
import { checkData, checkList, checkSeriesOptions, checkString, optional } from "./plot_checks";
import type { SeriesOptions } from "./figure";
import type { Figure, Layout, Trace } from "../notebook/figure_types";

/** A bar trace; `text` gives each bar its hover text. */
export function bars(x: ArrayLike<number | string>, y: ArrayLike<number>, opts: SeriesOptions & { text?: string[] }): Trace {
  checkData("bars", "x", x);
  checkData("bars", "y", y);
  checkSeriesOptions("bars", opts, ["text?"]);
  optional(opts.text, (v) => checkList("bars", "text", v));
  const color = typeof opts.color === "string" ? opts.color : seriesColor(opts.color ?? 0);
  return {
    type: "bar",
    name: opts.name,
    x: Array.from(x),
    y: Array.from(y),
    text: opts.text,
    textposition: "none",
    marker: { color },
    hovertemplate: opts.hover ?? (opts.text ? `%{text}<extra>${opts.name}</extra>` : `${opts.name}<br>%{x}: %{y:.4g}<extra></extra>`),
    showlegend: opts.showLegend ?? true,
  };
}

/** The same trace drawn in the right-hand panel of `twoPanels`, without a second legend entry by default. */
export function onRight(trace: Trace, opts: { showLegend?: boolean } = {}): Trace {
  checkObject("onRight", trace, "trace", "a Plotly trace object");
  checkOptions("onRight", opts, ["showLegend?"]);
  optional(opts.showLegend, (v) => checkBoolean("onRight", "showLegend", v));
  return { ...trace, xaxis: "x2", yaxis: "y2", showlegend: opts.showLegend ?? false };
}

export interface PanelSpec {
  /** The panel's heading. */
  title: string;
  xTitle: string;
  yTitle: string;
  /** Extra axis keys (range, type) for the panel's x and y axes. */
  xaxis?: Layout;
  yaxis?: Layout;
}

/**
 * Layout keys for two panels side by side: pass them as `layout` to `figure` or `sliderFigure` (whose
 * own xTitle/yTitle are the left panel's), and put the right panel's traces through `onRight`.
 */
export function twoPanels(left: PanelSpec, right: PanelSpec): Layout {
  for (const [arg, spec] of [["left", left], ["right", right]] as const) {
    checkOptions("twoPanels", spec, ["title", "xTitle", "yTitle", "xaxis?", "yaxis?"], arg);
    (["title", "xTitle", "yTitle"] as const).forEach((k) => checkString("twoPanels", `${arg}.${k}`, spec[k]));
    (["xaxis", "yaxis"] as const).forEach((k) => spec[k] !== undefined && checkObject("twoPanels", spec[k], `${arg}.${k}`, "an object of Plotly axis keys"));
  }
  const heading = (text: string, x: number) => ({
    text: `<b>${text}</b>`,
    x,
    y: 1.02,
    xref: "paper",
    yref: "paper",
    xanchor: "center",
    yanchor: "bottom",
    showarrow: false,
    font: { size: 13 },
  });
  return {
    xaxis: { domain: [0, 0.44], title: { text: left.xTitle }, zeroline: false, ...left.xaxis },
    yaxis: { title: { text: left.yTitle }, zeroline: false, ...left.yaxis },
    xaxis2: { domain: [0.56, 1], anchor: "y2", title: { text: right.xTitle }, zeroline: false, ...right.xaxis },
    yaxis2: { anchor: "x2", title: { text: right.yTitle }, zeroline: false, ...right.yaxis },
    annotations: [heading(left.title, 0.22), heading(right.title, 0.78)],
    margin: { l: 60, r: 20, t: 90, b: 50 },
  };
}

/**
 * Moves a `sliderFigure`'s slider further down, clear of the x-axis title, and makes room at the top
 * for panel headings when `headings` is true. Returns the figure.
 */
export function clearSlider(fig: Figure, opts: { headings?: boolean } = {}): Figure {
  checkObject("clearSlider", fig, "fig", "a figure { data, layout }");
  checkObject("clearSlider", fig.layout, "fig.layout", "a figure's layout object");
  checkOptions("clearSlider", opts, ["headings?"]);
  optional(opts.headings, (v) => checkBoolean("clearSlider", "headings", v));
  const sliders = fig.layout.sliders as { pad?: Layout }[] | undefined;
  if (sliders?.[0]) sliders[0].pad = { t: 75 };
  fig.layout.margin = { l: 60, r: 20, t: opts.headings ? 90 : 60, b: 145 };
  fig.layout.height = (typeof fig.layout.height === "number" ? fig.layout.height : 530) + 35;
  return fig;
}
