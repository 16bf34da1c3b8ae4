"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sliderFigure = exports.linspace = exports.grid = exports.contour = exports.points = exports.line = exports.figure = exports.figureOptionsOf = void 0;
/**
 * Figure builders with the course's house style: title, axis titles in the symbols of the text,
 * the shared palette, and hover text that says what a point is.
 */
const validation_1 = require("../validation");
const palette_1 = require("./palette");
const plot_checks_1 = require("./plot_checks");
/** `figure`'s own keys of a larger options object (a slider figure's, a controlled figure's). */
function figureOptionsOf(opts) {
    const { title, xTitle, yTitle, layout, height } = opts;
    return { title, xTitle, yTitle, layout, height };
}
exports.figureOptionsOf = figureOptionsOf;
/** A figure with the house layout. */
function figure(traces, opts) {
    (0, plot_checks_1.checkList)("figure", "traces", traces);
    (0, validation_1.checkOptions)("figure", opts, plot_checks_1.FIGURE_OPTIONS);
    (0, plot_checks_1.checkFigureValues)("figure", opts);
    const layout = {
        title: { text: opts.title },
        xaxis: { title: { text: opts.xTitle }, zeroline: false },
        yaxis: { title: { text: opts.yTitle }, zeroline: false },
        colorway: [...palette_1.PALETTE],
        hovermode: "closest",
        height: opts.height ?? 450,
        margin: { l: 60, r: 20, t: 60, b: 50 },
        legend: { orientation: "v" },
        font: { family: "Arial, sans-serif", size: 13 },
    };
    for (const [key, value] of Object.entries(opts.layout ?? {})) {
        // axis settings merge into the defaults, so an axis range keeps the axis title
        const old = layout[key];
        layout[key] = isPlainObject(old) && isPlainObject(value) ? { ...old, ...value } : value;
    }
    return { data: traces, layout, config: { responsive: true, displaylogo: false } };
}
exports.figure = figure;
function isPlainObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function colorOf(c, fallback) {
    if (typeof c === "string")
        return c;
    return (0, palette_1.seriesColor)(c ?? fallback);
}
/** A line trace. */
function line(x, y, opts) {
    (0, plot_checks_1.checkXY)("line", x, y);
    (0, plot_checks_1.checkSeriesOptions)("line", opts);
    return {
        type: "scatter",
        mode: "lines",
        name: opts.name,
        x: Array.from(x),
        y: Array.from(y),
        line: { color: colorOf(opts.color, 0), dash: opts.dash ?? "solid", width: opts.width ?? 2 },
        hovertemplate: opts.hover ?? `${opts.name}<br>(%{x:.4g}, %{y:.4g})<extra></extra>`,
        showlegend: opts.showLegend ?? true,
    };
}
exports.line = line;
/** A scatter trace of markers (optionally joined by lines), with per-point hover text. */
function points(x, y, opts) {
    (0, plot_checks_1.checkXY)("points", x, y);
    (0, plot_checks_1.checkSeriesOptions)("points", opts, ["text?", "size?", "symbol?", "lines?"]);
    (0, plot_checks_1.optional)(opts.text, (v) => (0, plot_checks_1.checkList)("points", "text", v));
    (0, plot_checks_1.optional)(opts.size, (v) => (0, validation_1.checkNumber)("points", "size", v));
    (0, plot_checks_1.optional)(opts.symbol, (v) => (0, plot_checks_1.checkString)("points", "symbol", v));
    (0, plot_checks_1.optional)(opts.lines, (v) => (0, validation_1.checkBoolean)("points", "lines", v));
    const color = colorOf(opts.color, 0);
    return {
        type: "scatter",
        mode: opts.lines ? "lines+markers" : "markers",
        name: opts.name,
        x: Array.from(x),
        y: Array.from(y),
        text: opts.text,
        marker: { color, size: opts.size ?? 7, symbol: opts.symbol ?? "circle" },
        line: opts.lines ? { color, width: opts.width ?? 1.5, dash: opts.dash ?? "solid" } : undefined,
        hovertemplate: opts.hover ?? (opts.text ? `%{text}<extra>${opts.name}</extra>` : `${opts.name}<br>(%{x:.4g}, %{y:.4g})<extra></extra>`),
        showlegend: opts.showLegend ?? true,
    };
}
exports.points = points;
/** A filled contour of z[i][j] = f(x[j], y[i]). */
function contour(x, y, z, opts) {
    const fn = "contour";
    (0, plot_checks_1.checkData)(fn, "x", x);
    (0, plot_checks_1.checkData)(fn, "y", y);
    (0, plot_checks_1.checkList)(fn, "z", z).forEach((row, i) => (0, plot_checks_1.checkData)(fn, `z[${i}]`, row));
    (0, validation_1.checkOptions)(fn, opts, ["name", "zTitle", "hover?", "levels?"]);
    (0, plot_checks_1.checkString)(fn, "name", opts.name);
    (0, plot_checks_1.checkString)(fn, "zTitle", opts.zTitle);
    (0, plot_checks_1.optional)(opts.hover, (v) => (0, plot_checks_1.checkString)(fn, "hover", v));
    (0, validation_1.checkOptionalOptions)(fn, opts.levels, ["start", "end", "size"], "levels");
    if (opts.levels)
        ["start", "end", "size"].forEach((k) => (0, validation_1.checkNumber)(fn, `levels.${k}`, opts.levels[k]));
    return {
        type: "contour",
        name: opts.name,
        x,
        y,
        z,
        colorscale: palette_1.SEQUENTIAL_SCALE,
        reversescale: false,
        contours: opts.levels ? { ...opts.levels, coloring: "heatmap" } : { coloring: "heatmap" },
        colorbar: { title: { text: opts.zTitle } },
        hovertemplate: opts.hover ?? `${opts.zTitle} = %{z:.4g} at (%{x:.3g}, %{y:.3g})<extra></extra>`,
        showscale: true,
    };
}
exports.contour = contour;
/** Samples f on a grid for `contour`: z[i][j] = f(x[j], y[i]). */
function grid(f, xRange, yRange, n = 60) {
    const x = linspace(xRange[0], xRange[1], n);
    const y = linspace(yRange[0], yRange[1], n);
    const z = y.map((yi) => x.map((xj) => f(xj, yi)));
    return { x, y, z };
}
exports.grid = grid;
/** n evenly spaced numbers from start to stop inclusive. */
function linspace(start, stop, n) {
    if (n === 1)
        return [start];
    return Array.from({ length: n }, (_, i) => start + ((stop - start) * i) / (n - 1));
}
exports.linspace = linspace;
/**
 * A figure with a slider: `base` traces always shown, and one group of traces per step, of which
 * only the active step's group is visible. The slider restyles visibility, so it works in any
 * Plotly front end, exported HTML pages included (no kernel needed).
 */
function sliderFigure(base, steps, opts) {
    const fn = "sliderFigure";
    (0, plot_checks_1.checkList)(fn, "base", base);
    (0, plot_checks_1.checkList)(fn, "steps", steps, 1).forEach((step, s) => {
        (0, validation_1.checkOptions)(fn, step, ["label", "traces", "layout?"], `steps[${s}]`);
        (0, plot_checks_1.checkString)(fn, `steps[${s}].label`, step.label);
        (0, plot_checks_1.checkList)(fn, `steps[${s}].traces`, step.traces);
    });
    (0, validation_1.checkOptions)(fn, opts, [...plot_checks_1.FIGURE_OPTIONS, "sliderTitle", "active?"]);
    (0, plot_checks_1.checkFigureValues)(fn, opts);
    (0, plot_checks_1.checkString)(fn, "sliderTitle", opts.sliderTitle);
    const active = (0, validation_1.checkInteger)(fn, "active", opts.active ?? 0, { min: 0, max: steps.length - 1 });
    const data = [...base];
    const owner = base.map(() => -1);
    steps.forEach((step, s) => step.traces.forEach((t) => {
        data.push({ ...t, visible: s === active });
        owner.push(s);
    }));
    const fig = figure(data, figureOptionsOf(opts));
    fig.layout.sliders = [
        {
            active,
            currentvalue: { prefix: `${opts.sliderTitle} = ` },
            pad: { t: 40 },
            steps: steps.map((step, s) => ({
                label: step.label,
                method: "update",
                args: [{ visible: owner.map((o) => o === -1 || o === s) }, step.layout ?? {}],
            })),
        },
    ];
    if (steps[active]?.layout)
        Object.assign(fig.layout, steps[active].layout);
    fig.layout.margin = { l: 60, r: 20, t: 60, b: 110 };
    fig.layout.height = (opts.height ?? 450) + 80;
    return fig;
}
exports.sliderFigure = sliderFigure;
//# sourceMappingURL=figure.js.map