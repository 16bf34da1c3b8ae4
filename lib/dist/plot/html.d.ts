import type { Figure } from "./types";
/** The minified plotly.js bundle from npm, read once per process. */
export declare function plotlyJs(): string;
/**
 * The script that defines `window.Plotly`. It hides an AMD `define` (require.js in classic notebook
 * pages) so the bundle always sets the global, then draws any figure that was waiting for it.
 */
export declare function plotlyLoaderHtml(): string;
/** The div and drawing script of one figure; it waits for plotly.js if that comes later on the page. */
export declare function figureHtml(fig: Figure, id: string, includePlotly: boolean): string;
//# sourceMappingURL=html.d.ts.map