import { type FigureOptions } from "./figure";
import type { Figure, Trace } from "./types";
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
export declare const DATA_KEYS: readonly ["x", "y", "z", "text", "hovertext", "customdata"];
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
/** One to three controls, each { name, values (at least one number), labels?, active? (an index into values) }. */
export declare function checkControls(fn: string, arg: string, value: unknown): Control[];
/** A figure whose traces follow up to three sliders (see the module comment). */
export declare function controlledFigure(opts: ControlledFigureOptions): Figure;
//# sourceMappingURL=controls.d.ts.map