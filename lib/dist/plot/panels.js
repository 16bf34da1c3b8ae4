"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.clearSlider = exports.twoPanels = exports.onRight = exports.bars = void 0;
/**
 * Pieces for figures beyond single line charts: bar traces, and two panels side by side (a loss and
 * its gradient, accuracy and gradient norm) sharing one legend and one slider.
 */
const validation_1 = require("../validation");
const palette_1 = require("./palette");
const plot_checks_1 = require("./plot_checks");
/** A bar trace; `text` gives each bar its hover text. */
function bars(x, y, opts) {
    (0, plot_checks_1.checkData)("bars", "x", x);
    (0, plot_checks_1.checkData)("bars", "y", y);
    (0, plot_checks_1.checkSeriesOptions)("bars", opts, ["text?"]);
    (0, plot_checks_1.optional)(opts.text, (v) => (0, plot_checks_1.checkList)("bars", "text", v));
    const color = typeof opts.color === "string" ? opts.color : (0, palette_1.seriesColor)(opts.color ?? 0);
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
exports.bars = bars;
/** The same trace drawn in the right-hand panel of `twoPanels`, without a second legend entry by default. */
function onRight(trace, opts = {}) {
    (0, validation_1.checkObject)("onRight", trace, "trace", "a Plotly trace object");
    (0, validation_1.checkOptions)("onRight", opts, ["showLegend?"]);
    (0, plot_checks_1.optional)(opts.showLegend, (v) => (0, validation_1.checkBoolean)("onRight", "showLegend", v));
    return { ...trace, xaxis: "x2", yaxis: "y2", showlegend: opts.showLegend ?? false };
}
exports.onRight = onRight;
/**
 * Layout keys for two panels side by side: pass them as `layout` to `figure` or `sliderFigure` (whose
 * own xTitle/yTitle are the left panel's), and put the right panel's traces through `onRight`.
 */
function twoPanels(left, right) {
    for (const [arg, spec] of [["left", left], ["right", right]]) {
        (0, validation_1.checkOptions)("twoPanels", spec, ["title", "xTitle", "yTitle", "xaxis?", "yaxis?"], arg);
        ["title", "xTitle", "yTitle"].forEach((k) => (0, plot_checks_1.checkString)("twoPanels", `${arg}.${k}`, spec[k]));
        ["xaxis", "yaxis"].forEach((k) => spec[k] !== undefined && (0, validation_1.checkObject)("twoPanels", spec[k], `${arg}.${k}`, "an object of Plotly axis keys"));
    }
    const heading = (text, x) => ({
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
exports.twoPanels = twoPanels;
/**
 * Moves a `sliderFigure`'s slider further down, clear of the x-axis title, and makes room at the top
 * for panel headings when `headings` is true. Returns the figure.
 */
function clearSlider(fig, opts = {}) {
    (0, validation_1.checkObject)("clearSlider", fig, "fig", "a figure { data, layout }");
    (0, validation_1.checkObject)("clearSlider", fig.layout, "fig.layout", "a figure's layout object");
    (0, validation_1.checkOptions)("clearSlider", opts, ["headings?"]);
    (0, plot_checks_1.optional)(opts.headings, (v) => (0, validation_1.checkBoolean)("clearSlider", "headings", v));
    const sliders = fig.layout.sliders;
    if (sliders?.[0])
        sliders[0].pad = { t: 75 };
    fig.layout.margin = { l: 60, r: 20, t: opts.headings ? 90 : 60, b: 145 };
    fig.layout.height = (typeof fig.layout.height === "number" ? fig.layout.height : 530) + 35;
    return fig;
}
exports.clearSlider = clearSlider;
//# sourceMappingURL=panels.js.map