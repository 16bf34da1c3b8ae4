"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.controlledFigure = exports.checkControls = exports.DATA_KEYS = void 0;
/**
 * A figure with up to three sliders that combine, in any Plotly front end (JupyterLab, VS Code, an
 * exported page with no kernel). Plotly's own slider steps set trace attributes to fixed values, so
 * two sliders that both switch `visible` would undo each other. Here each slider owns a different
 * attribute:
 *
 * - the first slider switches `visible` (one group of traces per value);
 * - the second switches `opacity` (with `showlegend` and `hoverinfo`, so hidden traces neither show
 *   in the legend nor answer the mouse);
 * - the third rewrites the traces' data (`x`, `y`, `text`, …) for its value.
 *
 * A trace is seen when it is visible and opaque, so the picture always shows `traces(a, b, c)` for
 * the three current values, whatever order the sliders were moved in. The figure holds
 * |A|·|B| groups of traces and |C| copies of their data: keep the lists short.
 */
const validation_1 = require("../validation");
const figure_1 = require("./figure");
const plot_checks_1 = require("./plot_checks");
/** The attributes the third slider rewrites (when a trace has them). */
exports.DATA_KEYS = ["x", "y", "z", "text", "hovertext", "customdata"];
const SLIDER_HEIGHT = 75;
/** One to three controls, each { name, values (at least one number), labels?, active? (an index into values) }. */
function checkControls(fn, arg, value) {
    const controls = (0, plot_checks_1.checkList)(fn, arg, value);
    if (controls.length < 1 || controls.length > 3)
        throw new validation_1.ShapeError(fn, arg, "1 to 3 sliders", `${controls.length}`);
    controls.forEach((c, k) => {
        const at = `${arg}[${k}]`;
        (0, validation_1.checkOptions)(fn, c, ["name", "values", "labels?", "active?"], at);
        (0, plot_checks_1.checkString)(fn, `${at}.name`, c.name);
        (0, validation_1.checkNumberArray)(fn, `${at}.values`, c.values);
        (0, plot_checks_1.optional)(c.labels, (v) => (0, plot_checks_1.checkList)(fn, `${at}.labels`, v).forEach((l, i) => (0, plot_checks_1.checkString)(fn, `${at}.labels[${i}]`, l)));
        (0, plot_checks_1.optional)(c.active, (v) => (0, validation_1.checkInteger)(fn, `${at}.active`, v, { min: 0, max: c.values.length - 1 }));
    });
    return controls;
}
exports.checkControls = checkControls;
function sliderSteps(control, args, method) {
    return control.values.map((v, k) => ({ label: control.labels?.[k] ?? String(v), method, args: args(k) }));
}
/** A figure whose traces follow up to three sliders (see the module comment). */
function controlledFigure(opts) {
    const fn = "controlledFigure";
    (0, validation_1.checkOptions)(fn, opts, [...plot_checks_1.FIGURE_OPTIONS, "controls", "base?", "traces"]);
    (0, plot_checks_1.checkFigureValues)(fn, opts);
    (0, plot_checks_1.checkFunction)(fn, "traces", opts.traces);
    (0, plot_checks_1.optional)(opts.base, (v) => (0, plot_checks_1.checkList)(fn, "base", v));
    const controls = checkControls(fn, "controls", opts.controls);
    const [A, B, C] = controls;
    const active = controls.map((c) => Math.min(Math.max(c.active ?? 0, 0), c.values.length - 1));
    const bValues = B ? B.values : [NaN];
    const build = (i, j, k) => {
        const args = [A.values[i], B ? B.values[j] : undefined, C ? C.values[k] : undefined].slice(0, controls.length);
        return opts.traces(...args);
    };
    const base = opts.base ?? [];
    const data = [...base];
    const owner = [];
    // each trace's own opacity, legend entry and hover, restored when the second slider shows it
    const own = [];
    A.values.forEach((_, i) => bValues.forEach((_, j) => {
        build(i, j, active[2] ?? 0).forEach((t) => {
            const mine = { opacity: t.opacity ?? 1, showlegend: t.showlegend !== false, hoverinfo: t.hoverinfo ?? "all" };
            const shown = !B || j === active[1];
            data.push({
                ...t,
                visible: i === active[0],
                opacity: shown ? mine.opacity : 0,
                showlegend: shown && mine.showlegend,
                hoverinfo: shown ? mine.hoverinfo : "skip",
            });
            owner.push([i, j]);
            own.push(mine);
        });
    }));
    const indices = owner.map((_, n) => base.length + n);
    const sliders = [];
    sliders.push({ steps: sliderSteps(A, (i) => [{ visible: owner.map(([oi]) => oi === i) }, indices], "restyle") });
    if (B) {
        sliders.push({
            steps: sliderSteps(B, (j) => [
                {
                    opacity: owner.map(([, oj], n) => (oj === j ? own[n].opacity : 0)),
                    showlegend: owner.map(([, oj], n) => oj === j && own[n].showlegend),
                    hoverinfo: owner.map(([, oj], n) => (oj === j ? own[n].hoverinfo : "skip")),
                },
                indices,
            ], "restyle"),
        });
    }
    if (C) {
        sliders.push({
            steps: sliderSteps(C, (k) => {
                // every (i, j) group rebuilt for this value of the third control
                const rebuilt = A.values.flatMap((_, i) => bValues.flatMap((_, j) => build(i, j, k)));
                const update = {};
                for (const key of exports.DATA_KEYS) {
                    if (rebuilt.some((t) => key in t))
                        update[key] = rebuilt.map((t) => t[key] ?? null);
                }
                return [update, indices];
            }, "restyle"),
        });
    }
    const n = sliders.length;
    const height = (opts.height ?? 450) + n * SLIDER_HEIGHT;
    const fig = (0, figure_1.figure)(data, { ...(0, figure_1.figureOptionsOf)(opts), height });
    fig.layout.sliders = sliders.map((s, k) => ({
        ...s,
        active: active[k],
        currentvalue: { prefix: `${controls[k].name} = `, font: { size: 13 } },
        // stacked under the plot, first slider on top
        y: 0,
        yanchor: "top",
        pad: { t: 55 + k * SLIDER_HEIGHT, b: 0 },
        len: 1,
    }));
    fig.layout.margin = { ...fig.layout.margin, b: 60 + n * SLIDER_HEIGHT };
    return fig;
}
exports.controlledFigure = controlledFigure;
//# sourceMappingURL=controls.js.map