/**
 * The `text/html` rendition of a figure: a div and a script that draws it with plotly.js. The first
 * figure of a notebook run also carries plotly.js itself, read from the `plotly.js-dist-min` npm
 * package and inlined, so an exported page draws with no network and no CDN.
 */
import * as fs from "fs";
import type { Figure } from "./figure_types";

let plotlySource: string | null = null;

/** The minified plotly.js bundle from npm, read once per process. */
export function plotlyJs(): string {
  if (plotlySource === null) {
    const file = require.resolve("plotly.js-dist-min/plotly.min.js");
    plotlySource = fs.readFileSync(file, "utf8");
  }
  return plotlySource;
}

/** Makes text safe inside an inline <script>: no "</script" can end it early. */
function scriptSafe(js: string): string {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/**
 * The script that defines `window.Plotly`. It hides an AMD `define` (require.js in classic notebook
 * pages) so the bundle always sets the global, then draws any figure that was waiting for it.
 */
export function plotlyLoaderHtml(): string {
  const body = `/*losslab-plotly-loader*/(function(){var define;${plotlyJs()}\n}).call(window);` +
    `(window.__losslabPlotlyQueue||[]).splice(0).forEach(function(f){f();});`;
  return `<script type="text/javascript">${scriptSafe(body)}</script>`;
}

/** The div and drawing script of one figure; it waits for plotly.js if that comes later on the page. */
export function figureHtml(fig: Figure, id: string, includePlotly: boolean): string {
  const height = typeof fig.layout.height === "number" ? fig.layout.height : 450;
  const json = scriptSafe(JSON.stringify(fig));
  const draw =
    `(function(){var fig=${json};` +
    `function draw(){window.Plotly.newPlot(${JSON.stringify(id)},fig.data,fig.layout,fig.config||{});}` +
    `if(window.Plotly){draw();}else{(window.__losslabPlotlyQueue=window.__losslabPlotlyQueue||[]).push(draw);}})();`;
  return (
    (includePlotly ? plotlyLoaderHtml() : "") +
    `<div id="${id}" class="losslab-figure" style="width:100%;height:${height}px;"></div>` +
    `<script type="text/javascript">${draw}</script>`
  );
}
