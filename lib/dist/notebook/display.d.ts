import type { Figure } from "../plot/types";
export declare const PLOTLY_MIME = "application/vnd.plotly.v1+json";
/**
 * Marks a live figure's bundle for the course's JupyterLab extension (labextension/losslab-live-plotly,
 * installed into .venv by the set-up), which redraws the Plotly entry in place on every update:
 * jupyterlab-plotly alone keeps the first frame. Front ends without it pass the unknown type over.
 */
export declare const LIVE_PLOTLY_MIME = "application/vnd.losslab.live-plotly+json";
/** A Jupyter display bundle: MIME type → data. */
export type Bundle = {
    [mime: string]: unknown;
};
/** True when running inside a tslab kernel that can show rich output. */
export declare function inNotebook(): boolean;
/** Forgets that plotly.js was already sent: the next figure inlines it again (called by `setup`). */
export declare function resetFigures(): void;
/** Writes a bundle as a new output, or over the output `displayId` when `update` is true. */
export declare function writeBundle(data: Bundle, displayId?: string, update?: boolean): void;
/** The bundle of a figure; plotly.js is inlined in the first figure of a run. */
export declare function figureBundle(fig: Figure, opts?: {
    includePlotly?: boolean;
}): Bundle;
/** Shows a Plotly figure in the notebook. */
export declare function show(fig: Figure): void;
/** Shows Markdown (numbers computed by the cell, quoted in prose). */
export declare function markdown(text: string): void;
/** Shows a LaTeX formula (display maths). */
export declare function latex(tex: string): void;
/** Shows a table; `rows` are objects whose keys are the column headers. */
export declare function table(rows: Record<string, string | number>[], opts?: {
    digits?: number;
}): void;
/** A number with `digits` significant digits, without trailing zeros or exponent for ordinary sizes. */
export declare function formatNumber(v: number, digits?: number): string;
/**
 * One output that is rewritten in place: live progress, a training curve that grows. Under a
 * notebook runner only its last state is kept, so executed notebooks stay small.
 */
export declare class LiveOutput {
    private readonly id;
    private written;
    private write;
    /** Replaces the output with plain text. */
    text(s: string): void;
    /** Replaces the output with Markdown. */
    markdown(s: string): void;
    /**
     * Replaces the output with a figure. Pass `final: true` on the last update: only then is the
     * offline HTML rendition (with plotly.js, if no figure has carried it yet) attached, so a training
     * loop does not resend plotly.js at every step.
     */
    figure(fig: Figure, opts?: {
        final?: boolean;
    }): void;
    /** Replaces the output with a progress bar: `done` of `total`, and a short status text. */
    progress(done: number, total: number, status?: string): void;
}
/** A new live output. */
export declare function live(): LiveOutput;
//# sourceMappingURL=display.d.ts.map