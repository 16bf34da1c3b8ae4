"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.arcFaceFallbackFigure = exports.targetLogitFigure = exports.psiFigure = exports.thetaGrid = void 0;
/**
 * Curves of the target logit against θ (lessons 06–08): L-Softmax's ψ(θ) with its k intervals, the
 * target logit of every loss with sliders for m, λ or s, and ArcFace's fallback where θ + m > π.
 * θ is drawn in degrees.
 */
const arcface_margin_1 = require("../angular/arcface_margin");
const psi_1 = require("../angular/psi");
const target_logit_1 = require("../angular/target_logit");
const units_1 = require("../angular/units");
const margins_1 = require("../angular/margins");
const validation_1 = require("../validation");
const controls_1 = require("./controls");
const plot_checks_1 = require("./plot_checks");
const figure_1 = require("./figure");
const fmt = (v, digits = 3) => String(Number(v.toFixed(digits)));
/** θ in degrees from 0 to 180, every `step`, plus each breakpoint and a point just before it (for jumps). */
function thetaGrid(step = 0.5, breakpoints = []) {
    const grid = new Set((0, figure_1.linspace)(0, 180, Math.round(180 / step) + 1));
    for (const b of breakpoints)
        if (b > 0 && b <= 180)
            [b - 1e-7, b].forEach((v) => grid.add(v));
    return [...grid].sort((a, b) => a - b);
}
exports.thetaGrid = thetaGrid;
/**
 * Lesson 06: ψ(θ) = (−1)ᵏcos(mθ) − 2k on [kπ/m, (k+1)π/m], one slider step per m, with the k
 * intervals shaded and labelled, cos(mθ) dotted (it turns back up after π/m, which is why ψ exists)
 * and cos θ for reference.
 */
function psiFigure(options = {}) {
    const fn = "psiFigure";
    (0, validation_1.checkOptions)(fn, options, ["ms?", "active?"]);
    const ms = (0, plot_checks_1.optionalValues)(fn, "ms", options.ms) ?? [1, 2, 3, 4];
    ms.forEach((m, i) => (0, validation_1.checkInteger)(fn, `ms[${i}]`, m, { min: 1, max: margins_1.MAX_PSI_MARGIN }));
    (0, plot_checks_1.optionalNumber)(fn, "active", options.active);
    const theta = thetaGrid(0.25);
    const steps = ms.map((m) => {
        const ends = Array.from({ length: m + 1 }, (_, k) => (180 * k) / m);
        const layout = {
            shapes: ends.slice(0, -1).map((a, k) => ({
                type: "rect", xref: "x", yref: "paper", x0: a, x1: ends[k + 1], y0: 0, y1: 1,
                fillcolor: k % 2 ? "rgba(136, 204, 238, 0.18)" : "rgba(221, 204, 119, 0.18)", line: { width: 0 }, layer: "below",
            })),
            annotations: ends.slice(0, -1).map((a, k) => ({
                x: (a + ends[k + 1]) / 2, y: 1.0, xref: "x", yref: "paper", yanchor: "bottom", showarrow: false,
                text: `k = ${k}`, font: { size: 12 },
            })),
            xaxis: { range: [0, 180], tickvals: ends, ticktext: ends.map((e) => `${fmt(e, 1)}°`), title: { text: "θ (°)" } },
            title: { text: `L-Softmax's ψ(θ) for m = ${m}: ${m} piece${m > 1 ? "s" : ""}, from 1 down to ${1 - 2 * m}` },
        };
        const traces = [
            (0, figure_1.line)(theta, theta.map((t) => (0, psi_1.psi)((0, units_1.radians)(t), m)), { name: "ψ(θ)", color: 0, width: 3, hover: `ψ(θ), m = ${m}<br>θ = %{x:.1f}°: ψ = %{y:.3f}<extra></extra>` }),
            (0, figure_1.line)(theta, theta.map((t) => Math.cos(m * (0, units_1.radians)(t))), { name: "cos(mθ)", color: 1, dash: "dot", hover: `cos(${m}θ)<br>θ = %{x:.1f}°: %{y:.3f}<extra></extra>` }),
            (0, figure_1.line)(theta, theta.map((t) => Math.cos((0, units_1.radians)(t))), { name: "cos θ (softmax)", color: "#999999", width: 1.5, hover: "cos θ<br>θ = %{x:.1f}°: %{y:.3f}<extra></extra>" }),
            (0, figure_1.points)(ends, ends.map((e) => (0, psi_1.psi)((0, units_1.radians)(e), m)), {
                name: "piece ends ψ(kπ/m) = 1 − 2k",
                color: "#000000",
                size: 8,
                text: ends.map((e, k) => `θ = kπ/m = ${fmt(e, 1)}° (k = ${k}): ψ = ${1 - 2 * k}`),
            }),
        ];
        return { label: String(m), traces, layout };
    });
    const active = Math.max(0, ms.indexOf(options.active ?? 2));
    return (0, figure_1.sliderFigure)([], steps, {
        title: steps[active].layout.title.text,
        xTitle: "θ (°)",
        yTitle: "ψ(θ)",
        sliderTitle: "m",
        active,
        layout: { yaxis: { range: [1 - 2 * Math.max(...ms) - 0.4, 1.4] } },
    });
}
exports.psiFigure = psiFigure;
/**
 * The target logit f(θ) of several losses against θ (`targetLogit`), with one to three sliders:
 * `curves` receives the sliders' current values and returns the curves for them.
 */
function targetLogitFigure(options) {
    const fn = "targetLogitFigure";
    (0, validation_1.checkOptions)(fn, options, ["title", "controls", "curves", "yTitle?", "yRange?"]);
    (0, plot_checks_1.checkString)(fn, "title", options.title);
    (0, controls_1.checkControls)(fn, "controls", options.controls);
    (0, plot_checks_1.checkFunction)(fn, "curves", options.curves);
    (0, plot_checks_1.optional)(options.yTitle, (v) => (0, plot_checks_1.checkString)(fn, "yTitle", v));
    (0, plot_checks_1.optional)(options.yRange, (v) => (0, plot_checks_1.checkPair)(fn, "yRange", v));
    const curveTraces = (...values) => options.curves(...values).map((c, k) => {
        (0, validation_1.checkOptions)(fn, c, ["name", "options", "color?", "dash?"], `curves(…)[${k}]`);
        (0, validation_1.checkObject)(fn, c.options, `curves(…)[${k}].options`, "targetLogit's options without theta");
        const m = c.options.m;
        const jumps = c.options.loss === "arcFace" && typeof m === "number" && !c.options.easyMargin ? [180 - (0, units_1.degrees)(m)] : [];
        const theta = thetaGrid(0.5, jumps);
        const y = theta.map((t) => (0, target_logit_1.targetLogit)({ ...c.options, theta: Math.min(Math.PI, (0, units_1.radians)(t)) }));
        return (0, figure_1.line)(theta, y, { name: c.name, color: c.color ?? k, dash: c.dash, hover: `${c.name}<br>θ = %{x:.1f}°: target logit %{y:.3f}<extra></extra>` });
    });
    return (0, controls_1.controlledFigure)({
        title: options.title,
        xTitle: "θ, angle to the true class's weight (°)",
        yTitle: options.yTitle ?? "target logit f(θ)",
        controls: options.controls,
        traces: curveTraces,
        height: 480,
        layout: { xaxis: { range: [0, 180], dtick: 30 }, yaxis: options.yRange ? { range: options.yRange } : {}, legend: { x: 1.02, y: 1 } },
    });
}
exports.targetLogitFigure = targetLogitFigure;
/**
 * Lesson 08: ArcFace's target cosine near θ = π − m, one slider step per m. The literal cos(θ + m)
 * turns back up after π − m (it would reward moving away from the class); insightface's target
 * switches there to cos θ − m·sin m, which jumps down by about m²/2, so the target keeps decreasing,
 * while cos m + m·sin m ≥ 1, that is m ≤ 2.33 rad; for larger m the jump goes up.
 */
function arcFaceFallbackFigure(options = {}) {
    const fn = "arcFaceFallbackFigure";
    (0, validation_1.checkOptions)(fn, options, ["ms?", "active?"]);
    const ms = (0, plot_checks_1.optionalValues)(fn, "ms", options.ms) ?? [0.25, 0.5, 1, 1.5, 2.5];
    ms.forEach((m, i) => (0, validation_1.checkRange)(fn, `ms[${i}]`, m, { min: 0, max: Math.PI }));
    (0, plot_checks_1.optionalNumber)(fn, "active", options.active);
    const steps = ms.map((m) => {
        const edge = 180 - (0, units_1.degrees)(m);
        const theta = thetaGrid(0.5, [edge]);
        const before = -1;
        const after = -Math.cos(m) - m * Math.sin(m);
        const traces = [
            (0, figure_1.line)(theta, theta.map((t) => Math.cos((0, units_1.radians)(t) + m)), { name: "literal cos(θ + m)", color: 1, dash: "dash", hover: `cos(θ + ${m})<br>θ = %{x:.1f}°: %{y:.3f}<extra></extra>` }),
            (0, figure_1.line)(theta, theta.map((t) => Math.cos((0, units_1.radians)(t)) - m * Math.sin(m)), { name: "fallback cos θ − m·sin m", color: 2, dash: "dot", width: 1.5, hover: `cos θ − ${m}·sin ${m}<br>θ = %{x:.1f}°: %{y:.3f}<extra></extra>` }),
            (0, figure_1.line)(theta, theta.map((t) => (0, arcface_margin_1.arcFaceTarget)(Math.min(Math.PI, (0, units_1.radians)(t)), { m })), { name: "ArcFace's target (insightface)", color: 0, width: 3, hover: `ArcFace target, m = ${m}<br>θ = %{x:.1f}°: %{y:.3f}<extra></extra>` }),
            (0, figure_1.points)([edge, edge], [before, after], {
                name: "the jump at θ = π − m",
                color: "#000000",
                size: 9,
                text: [
                    `θ = π − m = ${fmt(edge, 1)}°: cos(θ + m) reaches −1`,
                    `fallback starts at −cos m − m·sin m = ${fmt(after)} (jump ${after < before ? "down" : "up"} by ${fmt(Math.abs(after - before))})`,
                ],
            }),
        ];
        return { label: String(m), traces, layout: { title: { text: `ArcFace, m = ${m} rad (${fmt((0, units_1.degrees)(m), 1)}°): the jump at θ = π − m goes ${after < before ? "down" : "up"} by ${fmt(Math.abs(after - before))}` } } };
    });
    const active = Math.max(0, ms.indexOf(options.active ?? 0.5));
    return (0, figure_1.sliderFigure)([], steps, {
        title: steps[active].layout.title.text,
        xTitle: "θ (°)",
        yTitle: "target cosine (before the scale s)",
        sliderTitle: "m (radians)",
        active,
        layout: { xaxis: { range: [0, 180], dtick: 30 }, yaxis: { range: [-3.2, 1.1] }, legend: { x: 0.01, y: 0.02 } },
    });
}
exports.arcFaceFallbackFigure = arcFaceFallbackFigure;
//# sourceMappingURL=target_plots.js.map