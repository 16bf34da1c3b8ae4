"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.figureHtml = exports.plotlyLoaderHtml = exports.plotlyJs = void 0;
/**
 * The `text/html` rendition of a figure: a div and a script that draws it with plotly.js. The first
 * figure of a notebook run also carries plotly.js itself, read from the `plotly.js-dist-min` npm
 * package and inlined, so an exported page draws with no network and no CDN.
 */
const fs = __importStar(require("fs"));
let plotlySource = null;
/** The minified plotly.js bundle from npm, read once per process. */
function plotlyJs() {
    if (plotlySource === null) {
        const file = require.resolve("plotly.js-dist-min/plotly.min.js");
        plotlySource = fs.readFileSync(file, "utf8");
    }
    return plotlySource;
}
exports.plotlyJs = plotlyJs;
/** Makes text safe inside an inline <script>: no "</script" can end it early. */
function scriptSafe(js) {
    return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}
/**
 * The script that defines `window.Plotly`. It hides an AMD `define` (require.js in classic notebook
 * pages) so the bundle always sets the global, then draws any figure that was waiting for it.
 */
function plotlyLoaderHtml() {
    const body = `/*losslab-plotly-loader*/(function(){var define;${plotlyJs()}\n}).call(window);` +
        `(window.__losslabPlotlyQueue||[]).splice(0).forEach(function(f){f();});`;
    return `<script type="text/javascript">${scriptSafe(body)}</script>`;
}
exports.plotlyLoaderHtml = plotlyLoaderHtml;
/** The div and drawing script of one figure; it waits for plotly.js if that comes later on the page. */
function figureHtml(fig, id, includePlotly) {
    const height = typeof fig.layout.height === "number" ? fig.layout.height : 450;
    const json = scriptSafe(JSON.stringify(fig));
    const draw = `(function(){var fig=${json};` +
        `function draw(){window.Plotly.newPlot(${JSON.stringify(id)},fig.data,fig.layout,fig.config||{});}` +
        `if(window.Plotly){draw();}else{(window.__losslabPlotlyQueue=window.__losslabPlotlyQueue||[]).push(draw);}})();`;
    return ((includePlotly ? plotlyLoaderHtml() : "") +
        `<div id="${id}" class="losslab-figure" style="width:100%;height:${height}px;"></div>` +
        `<script type="text/javascript">${draw}</script>`);
}
exports.figureHtml = figureHtml;
//# sourceMappingURL=html.js.map