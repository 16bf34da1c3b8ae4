import type { Figure, Layout, Trace } from "./types";
export interface FigureOptions {
    title: string;
    xTitle: string;
    yTitle: string;
    /** Extra layout keys, merged over the defaults. */
    layout?: Layout;
    height?: number;
}
/** `figure`'s own keys of a larger options object (a slider figure's, a controlled figure's). */
export declare function figureOptionsOf(opts: FigureOptions): FigureOptions;
/** A figure with the house layout. */
export declare function figure(traces: Trace[], opts: FigureOptions): Figure;
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
/** A line trace. */
export declare function line(x: ArrayLike<number>, y: ArrayLike<number>, opts: SeriesOptions): Trace;
/** A scatter trace of markers (optionally joined by lines), with per-point hover text. */
export declare function points(x: ArrayLike<number>, y: ArrayLike<number>, opts: SeriesOptions & {
    text?: string[];
    size?: number;
    symbol?: string;
    lines?: boolean;
}): Trace;
/** A filled contour of z[i][j] = f(x[j], y[i]). */
export declare function contour(x: number[], y: number[], z: number[][], opts: {
    name: string;
    zTitle: string;
    hover?: string;
    levels?: {
        start: number;
        end: number;
        size: number;
    };
}): Trace;
/** Samples f on a grid for `contour`: z[i][j] = f(x[j], y[i]). */
export declare function grid(f: (x: number, y: number) => number, xRange: [number, number], yRange: [number, number], n?: number): {
    x: number[];
    y: number[];
    z: number[][];
};
/** n evenly spaced numbers from start to stop inclusive. */
export declare function linspace(start: number, stop: number, n: number): number[];
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
export declare function sliderFigure(base: Trace[], steps: SliderStep[], opts: FigureOptions & {
    sliderTitle: string;
    active?: number;
}): Figure;
//# sourceMappingURL=figure.d.ts.map