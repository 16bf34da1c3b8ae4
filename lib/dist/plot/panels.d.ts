import type { SeriesOptions } from "./figure";
import type { Figure, Layout, Trace } from "./types";
/** A bar trace; `text` gives each bar its hover text. */
export declare function bars(x: ArrayLike<number | string>, y: ArrayLike<number>, opts: SeriesOptions & {
    text?: string[];
}): Trace;
/** The same trace drawn in the right-hand panel of `twoPanels`, without a second legend entry by default. */
export declare function onRight(trace: Trace, opts?: {
    showLegend?: boolean;
}): Trace;
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
export declare function twoPanels(left: PanelSpec, right: PanelSpec): Layout;
/**
 * Moves a `sliderFigure`'s slider further down, clear of the x-axis title, and makes room at the top
 * for panel headings when `headings` is true. Returns the figure.
 */
export declare function clearSlider(fig: Figure, opts?: {
    headings?: boolean;
}): Figure;
//# sourceMappingURL=panels.d.ts.map