"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decisionBoundariesFigure = exports.decisionRegionsFigure = exports.NOTES_RULES = exports.marginOverKFigure = exports.aSoftmaxPlaneFigure = exports.softmaxBoundaryFigure = exports.halfPlaneInSquare = exports.withAlpha = void 0;
/**
 * Pictures of decision boundaries for the angular-margin lessons: softmax's binary boundary in the
 * feature plane (05), A-Softmax's regions in the (θ₁, θ₂) plane with the notes' K line (07), the
 * angular margin along θ₁ + θ₂ = K as the weights' separation K grows (07, 08), and the five rules
 * (a)–(e) in the angle plane and the cosine plane (08). Angles are drawn in degrees, as the notes
 * write them; the library computes in radians.
 */
const decision_boundaries_1 = require("../angular/decision_boundaries");
const validation_1 = require("../validation");
const units_1 = require("../angular/units");
const controls_1 = require("./controls");
const figure_1 = require("./figure");
const palette_1 = require("./palette");
const plot_checks_1 = require("./plot_checks");
/** A palette colour "#RRGGBB" with transparency, for filled regions. */
function withAlpha(hex, alpha) {
    const v = parseInt(hex.slice(1), 16);
    return `rgba(${(v >> 16) & 255}, ${(v >> 8) & 255}, ${v & 255}, ${alpha})`;
}
exports.withAlpha = withAlpha;
const CLASS1 = (0, palette_1.seriesColor)(0);
const CLASS2 = (0, palette_1.seriesColor)(1);
/** A filled polygon (closed by Plotly), without hover. */
function region(xs, ys, name, color, alpha = 0.18) {
    return {
        type: "scatter",
        mode: "lines",
        x: xs,
        y: ys,
        fill: "toself",
        fillcolor: withAlpha(color, alpha),
        line: { width: 0, color },
        name,
        hoverinfo: "skip",
    };
}
/** The part of the square [-r, r]² where n·p ≥ 0 (one step of Sutherland–Hodgman clipping). */
function halfPlaneInSquare(n, r) {
    const square = [[-r, -r], [r, -r], [r, r], [-r, r]];
    const side = (p) => n[0] * p[0] + n[1] * p[1];
    const out = [];
    const add = (p) => {
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1])
            out.push(p);
    };
    square.forEach((p, i) => {
        const q = square[(i + 1) % 4];
        const [sp, sq] = [side(p), side(q)];
        if (sp >= 0)
            add(p);
        if ((sp >= 0) !== (sq >= 0)) {
            const t = sp / (sp - sq);
            add([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
        }
    });
    // a corner reached both as the last and the first point
    if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1])
        out.pop();
    return { x: out.map((p) => p[0]), y: out.map((p) => p[1]) };
}
exports.halfPlaneInSquare = halfPlaneInSquare;
/** An arrow from the origin to v. */
function arrow(v, name, color, hover) {
    return {
        type: "scatter",
        mode: "lines+markers",
        x: [0, v[0]],
        y: [0, v[1]],
        name,
        line: { color, width: 3 },
        marker: { color, size: [0, 14], symbol: "arrow", angleref: "previous" },
        hovertemplate: `${hover}<extra></extra>`,
    };
}
/** Position of `v` in a slider's values (the first one when it is not there). */
const index = (list, v) => Math.max(0, list.indexOf(v));
const polar = (normValue, deg) => [normValue * Math.cos((0, units_1.radians)(deg)), normValue * Math.sin((0, units_1.radians)(deg))];
const fmt = (v, digits = 3) => String(Number(v.toFixed(digits)));
/**
 * Lesson 05: two classes in a 2-D feature plane, logits wᵢ·x (no bias). Softmax sends x to class 1
 * where (w₁ − w₂)·x > 0, a line through the origin that turns with ‖w₁‖ and ‖w₂‖; modified softmax
 * (weights normalised) uses the angle bisector. Sliders: ‖w₁‖, ‖w₂‖ and w₂'s direction. The default
 * state is the notes' case: x is 30° from w₁ and 60° from w₂, yet goes to class 2 because ‖w₂‖ = 2.
 */
function softmaxBoundaryFigure(options = {}) {
    const fn = "softmaxBoundaryFigure";
    (0, validation_1.checkOptions)(fn, options, ["w1Norms?", "w2Norms?", "w2Angles?", "w1Angle?", "x?", "active?"]);
    const w1Norms = (0, plot_checks_1.optionalValues)(fn, "w1Norms", options.w1Norms) ?? [0.5, 1, 1.5, 2];
    const w2Norms = (0, plot_checks_1.optionalValues)(fn, "w2Norms", options.w2Norms) ?? [0.5, 1, 1.5, 2];
    const w2Angles = (0, plot_checks_1.optionalValues)(fn, "w2Angles", options.w2Angles) ?? [60, 90, 120, 150, 180];
    const w1Angle = (0, plot_checks_1.optionalNumber)(fn, "w1Angle", options.w1Angle) ?? 30;
    (0, validation_1.checkOptionalOptions)(fn, options.x, ["angle", "norm"], "x");
    const xSpec = options.x ? { angle: (0, validation_1.checkNumber)(fn, "x.angle", options.x.angle), norm: (0, validation_1.checkRange)(fn, "x.norm", options.x.norm, { min: 0 }) } : { angle: 60, norm: 1.5 };
    (0, validation_1.checkOptionalOptions)(fn, options.active, ["w1Norm?", "w2Norm?", "w2Angle?"], "active");
    ["w1Norm", "w2Norm", "w2Angle"].forEach((k) => (0, plot_checks_1.optionalNumber)(fn, `active.${k}`, options.active?.[k]));
    const act = { w1Norm: 1, w2Norm: 2, w2Angle: 120, ...(options.active ?? {}) };
    const r = 2.4;
    const x = polar(xSpec.norm, xSpec.angle);
    const traces = (n1, n2, a2) => {
        const w1 = polar(n1, w1Angle);
        const w2 = polar(n2, a2);
        const normal = [w1[0] - w2[0], w1[1] - w2[1]];
        const unitNormal = [Math.cos((0, units_1.radians)(w1Angle)) - Math.cos((0, units_1.radians)(a2)), Math.sin((0, units_1.radians)(w1Angle)) - Math.sin((0, units_1.radians)(a2))];
        const along = (n) => {
            const len = Math.hypot(n[0], n[1]) || 1;
            return { x: [(-n[1] / len) * 2 * r, (n[1] / len) * 2 * r], y: [(n[0] / len) * 2 * r, (-n[0] / len) * 2 * r] };
        };
        const r1 = halfPlaneInSquare(normal, r);
        const r2 = halfPlaneInSquare([-normal[0], -normal[1]], r);
        const z1 = w1[0] * x[0] + w1[1] * x[1];
        const z2 = w2[0] * x[0] + w2[1] * x[1];
        const t1 = Math.abs(xSpec.angle - w1Angle);
        const t2 = Math.min(Math.abs(xSpec.angle - a2), 360 - Math.abs(xSpec.angle - a2));
        const verdict = z1 > z2 ? "class 1" : z1 < z2 ? "class 2" : "on the boundary";
        const hover = `x: θ₁ = ${fmt(t1, 1)}°, θ₂ = ${fmt(t2, 1)}° (closer to w${t1 <= t2 ? "₁" : "₂"} by angle)<br>` +
            `w₁·x = ‖w₁‖‖x‖cos θ₁ = ${fmt(z1)}<br>w₂·x = ‖w₂‖‖x‖cos θ₂ = ${fmt(z2)}<br>softmax: ${verdict}`;
        const b = along(normal);
        const bis = along(unitNormal);
        return [
            region(r1.x, r1.y, "class 1's side: w₁·x > w₂·x", CLASS1),
            region(r2.x, r2.y, "class 2's side: w₂·x > w₁·x", CLASS2),
            (0, figure_1.line)(b.x, b.y, { name: "softmax boundary (W₁ − W₂)·x = 0", color: "#000000", hover: "softmax boundary<extra></extra>" }),
            (0, figure_1.line)(bis.x, bis.y, { name: "modified softmax: the angle bisector", color: "#777777", dash: "dash", hover: "angle bisector (‖w₁‖ = ‖w₂‖ = 1)<extra></extra>" }),
            arrow(w1, "w₁", CLASS1, `w₁: ‖w₁‖ = ${n1}, at ${w1Angle}°`),
            arrow(w2, "w₂", CLASS2, `w₂: ‖w₂‖ = ${n2}, at ${a2}°`),
            { ...(0, figure_1.points)([x[0]], [x[1]], { name: "x", color: "#000000", symbol: "star", size: 14, text: [hover] }) },
        ];
    };
    return (0, controls_1.controlledFigure)({
        title: "Softmax with two classes: which side of (W₁ − W₂)·x = 0 is x on?",
        xTitle: "x₁ (first feature)",
        yTitle: "x₂ (second feature)",
        height: 560,
        controls: [
            { name: "‖w₁‖", values: w1Norms, active: index(w1Norms, act.w1Norm) },
            { name: "‖w₂‖", values: w2Norms, active: index(w2Norms, act.w2Norm) },
            { name: "direction of w₂ (°)", values: w2Angles, labels: w2Angles.map((a) => `${a}°`), active: index(w2Angles, act.w2Angle) },
        ],
        traces,
        layout: {
            xaxis: { range: [-r, r], zeroline: true, constrain: "domain" },
            yaxis: { range: [-r, r], scaleanchor: "x", scaleratio: 1, zeroline: true, constrain: "domain" },
            legend: { x: 1.02, y: 1 },
        },
    });
}
exports.softmaxBoundaryFigure = softmaxBoundaryFigure;
/**
 * Lesson 07: A-Softmax's two regions in the (θ₁, θ₂) plane (in degrees): class 1 where mθ₁ ≤ θ₂
 * (that is ψ(θ₁) ≥ cos θ₂), class 2 where mθ₂ ≤ θ₁, the margin between them. Features in the plane
 * of the two weights, between them, lie on θ₁ + θ₂ = K; class 1's boundary crosses that line at
 * θ₁ = K/(m + 1). Sliders: m and K.
 */
function aSoftmaxPlaneFigure(options = {}) {
    const fn = "aSoftmaxPlaneFigure";
    (0, validation_1.checkOptions)(fn, options, ["ms?", "Ks?", "active?"]);
    const ms = (0, plot_checks_1.optionalValues)(fn, "ms", options.ms) ?? [1, 2, 3, 4];
    ms.forEach((m, i) => (0, validation_1.checkRange)(fn, `ms[${i}]`, m, { min: 1 }));
    const Ks = (0, plot_checks_1.optionalValues)(fn, "Ks", options.Ks) ?? [30, 60, 90, 120, 150];
    (0, validation_1.checkOptionalOptions)(fn, options.active, ["m?", "K?"], "active");
    ["m", "K"].forEach((k) => (0, plot_checks_1.optionalNumber)(fn, `active.${k}`, options.active?.[k]));
    const act = { m: 2, K: 30, ...(options.active ?? {}) };
    const traces = (m, K) => {
        const b1 = K / (m + 1);
        const b2 = (m * K) / (m + 1);
        return [
            region([0, 180 / m, 0], [0, 180, 180], "class 1: mθ₁ ≤ θ₂", CLASS1),
            region([0, 180, 180], [0, 180 / m, 0], "class 2: mθ₂ ≤ θ₁", CLASS2),
            (0, figure_1.line)([0, 180 / m], [0, 180], { name: "class 1's boundary θ₂ = mθ₁", color: CLASS1, hover: `class 1's boundary: θ₂ = ${m}θ₁<extra></extra>` }),
            (0, figure_1.line)([0, 180], [0, 180 / m], { name: "class 2's boundary θ₁ = mθ₂", color: CLASS2, hover: `class 2's boundary: θ₁ = ${m}θ₂<extra></extra>` }),
            (0, figure_1.line)([0, K], [K, 0], { name: "θ₁ + θ₂ = K (x between the weights)", color: "#000000", dash: "dash", width: 1.5, hover: `θ₁ + θ₂ = K = ${K}°<extra></extra>` }),
            (0, figure_1.line)([b1, b2], [b2, b1], { name: "the margin along that line", color: "#999933", width: 7, hover: `margin: K(m − 1)/(m + 1) = ${fmt(b2 - b1, 2)}°<extra></extra>` }),
            (0, figure_1.points)([b1, b2], [b2, b1], {
                name: "boundary points",
                color: "#000000",
                size: 9,
                showLegend: false,
                text: [
                    `class 1's boundary on the line: θ₁ = K/(m + 1) = ${fmt(b1, 2)}°, θ₂ = ${fmt(b2, 2)}°`,
                    `class 2's boundary on the line: θ₁ = mK/(m + 1) = ${fmt(b2, 2)}°, θ₂ = ${fmt(b1, 2)}°`,
                ],
            }),
        ];
    };
    return (0, controls_1.controlledFigure)({
        title: "A-Softmax in the (θ₁, θ₂) plane: two regions and the margin between them",
        xTitle: "θ₁, angle to w₁ (°)",
        yTitle: "θ₂, angle to w₂ (°)",
        height: 560,
        controls: [
            { name: "m", values: ms, active: index(ms, act.m) },
            { name: "K, angle between w₁ and w₂ (°)", values: Ks, labels: Ks.map((k) => `${k}°`), active: index(Ks, act.K) },
        ],
        traces,
        layout: {
            xaxis: { range: [0, 180], dtick: 30, constrain: "domain" },
            yaxis: { range: [0, 180], dtick: 30, scaleanchor: "x", scaleratio: 1, constrain: "domain" },
            legend: { x: 1.02, y: 1 },
        },
    });
}
exports.aSoftmaxPlaneFigure = aSoftmaxPlaneFigure;
/**
 * The angular margin between two classes whose weights are K apart, against K (both in degrees),
 * measured along θ₁ + θ₂ = K (`marginAlongLine`). A-Softmax's grows with K, K(m − 1)/(m + 1);
 * ArcFace's is the constant m. `marks` are points to label (the notes' K = 30° and 120°).
 */
function marginOverKFigure(options) {
    const fn = "marginOverKFigure";
    (0, validation_1.checkOptions)(fn, options, ["curves", "marks?", "title?"]);
    (0, plot_checks_1.checkList)(fn, "curves", options.curves, 1).forEach((c, k) => {
        (0, validation_1.checkOptions)(fn, c, ["name", "id", "options?"], `curves[${k}]`);
        (0, plot_checks_1.checkString)(fn, `curves[${k}].name`, c.name);
        (0, validation_1.checkOneOf)(fn, `curves[${k}].id`, c.id, decision_boundaries_1.DECISION_RULES);
        (0, plot_checks_1.optional)(c.options, (v) => (0, validation_1.checkObject)(fn, v, `curves[${k}].options`, "the rule's options (see decisionRule)"));
    });
    (0, plot_checks_1.optional)(options.marks, (v) => (0, plot_checks_1.checkList)(fn, "marks", v).forEach((p, k) => {
        (0, validation_1.checkOptions)(fn, p, ["curve", "K"], `marks[${k}]`);
        (0, validation_1.checkInteger)(fn, `marks[${k}].curve`, p.curve, { min: 0, max: options.curves.length - 1 });
        (0, validation_1.checkNumber)(fn, `marks[${k}].K`, p.K);
    }));
    (0, plot_checks_1.optional)(options.title, (v) => (0, plot_checks_1.checkString)(fn, "title", v));
    const Ks = (0, figure_1.linspace)(0, 180, 121);
    const margin = (c, K) => (0, units_1.degrees)((0, decision_boundaries_1.marginAlongLine)(c.id, { ...(c.options ?? {}), K: (0, units_1.radians)(K) }));
    const traces = options.curves.map((c, k) => (0, figure_1.line)(Ks, Ks.map((K) => margin(c, K)), { name: c.name, color: k, hover: `${c.name}<br>K = %{x:.0f}°: margin %{y:.2f}°<extra></extra>` }));
    const marks = options.marks ?? [];
    if (marks.length > 0) {
        traces.push((0, figure_1.points)(marks.map((p) => p.K), marks.map((p) => margin(options.curves[p.curve], p.K)), {
            name: "the notes' examples",
            color: "#000000",
            size: 10,
            symbol: "diamond",
            text: marks.map((p) => `${options.curves[p.curve].name}, K = ${p.K}°: margin ${fmt(margin(options.curves[p.curve], p.K), 2)}°`),
        }));
    }
    traces.push((0, figure_1.line)([0, 180], [0, 180], { name: "the whole gap K", color: "#BBBBBB", dash: "dot", width: 1, hover: "margin = K<extra></extra>" }));
    return (0, figure_1.figure)(traces, {
        title: options.title ?? "The angular margin between two classes K apart",
        xTitle: "K, angle between the two class weights (°)",
        yTitle: "margin along θ₁ + θ₂ = K (°)",
        layout: { xaxis: { range: [0, 180], dtick: 30 }, yaxis: { rangemode: "tozero" } },
    });
}
exports.marginOverKFigure = marginOverKFigure;
/** The notes' closing comparison, with the literal (c) and (e) next to the forms the losses train with. */
exports.NOTES_RULES = Object.freeze([
    { label: "(a) softmax, ‖W₁‖ = 1.5, ‖W₂‖ = 1", short: "(a)", id: "a", options: { w1Norm: 1.5, w2Norm: 1 } },
    { label: "(b) modified softmax", short: "(b)", id: "b" },
    { label: "(c) A-Softmax m = 4, literal cos(mθ₁)", short: "(c) literal", id: "c", options: { m: 4 } },
    { label: "(c) A-Softmax m = 4, with ψ(θ₁)", short: "(c) ψ", id: "c", options: { m: 4, psi: true } },
    { label: "(d) CosFace m = 0.35", short: "(d)", id: "d", options: { m: 0.35 } },
    { label: "(e) ArcFace m = 0.5, literal cos(θ₁ + m)", short: "(e) literal", id: "e", options: { m: 0.5 } },
    { label: "(e) ArcFace m = 0.5, with the fallback", short: "(e) fallback", id: "e", options: { m: 0.5, fallback: true } },
]);
/** A non-empty list of rules, each { label, short, id, options? }. */
function checkRules(fn, value) {
    return (0, plot_checks_1.checkList)(fn, "rules", value, 1).map((r, k) => {
        (0, validation_1.checkOptions)(fn, r, ["label", "short", "id", "options?"], `rules[${k}]`);
        (0, plot_checks_1.checkString)(fn, `rules[${k}].label`, r.label);
        (0, plot_checks_1.checkString)(fn, `rules[${k}].short`, r.short);
        (0, validation_1.checkOneOf)(fn, `rules[${k}].id`, r.id, decision_boundaries_1.DECISION_RULES);
        (0, plot_checks_1.optional)(r.options, (v) => (0, validation_1.checkObject)(fn, v, `rules[${k}].options`, "the rule's options (see decisionRule)"));
        return r;
    });
}
const REGION_COLOURS = ["#F4F4F4", withAlpha(CLASS1, 0.35), withAlpha(CLASS2, 0.35), "#DDCC77"];
const REGION_NAMES = ["neither class: the margin", "class 1", "class 2", "both classes: the rule contradicts itself"];
/**
 * 0 neither, 1 class 1, 2 class 2, 3 both, from the two classes' scores. A point counts for a class
 * only strictly inside its region: on a shared boundary (ties, as on (b)'s diagonal) both conditions
 * hold with "≥", which is not a contradiction.
 */
function regionCode(score1, score2) {
    const [c1, c2] = [score1 > 1e-12, score2 > 1e-12];
    return c1 && c2 ? 3 : c1 ? 1 : c2 ? 2 : 0;
}
function regionHeatmap(xs, ys, code, axes) {
    const colorscale = REGION_COLOURS.flatMap((c, k) => [[k / 4, c], [(k + 1) / 4, c]]);
    return {
        type: "heatmap",
        x: xs,
        y: ys,
        z: ys.map((y) => xs.map((x) => code(x, y))),
        zmin: 0,
        zmax: 4,
        colorscale,
        showscale: false,
        hoverinfo: "skip",
        xaxis: axes[0],
        yaxis: axes[1],
        name: "regions",
        showlegend: false,
    };
}
/** Both boundaries of one rule in the angle plane (degrees) and the cosine plane. */
function ruleTraces(spec, style) {
    const rule = (0, decision_boundaries_1.decisionRule)(spec.id, spec.options);
    const t1 = (0, figure_1.linspace)(0, Math.PI, 721);
    const c1 = (0, figure_1.linspace)(-1, 1, 801);
    // NaN where the rule has no boundary at that θ₁: kept, it is a gap in the line
    const gapOrDegrees = (r) => (Number.isNaN(r) ? NaN : (0, units_1.degrees)(r));
    const b1 = t1.map((t) => gapOrDegrees(rule.boundaryTheta2(t)));
    const b2 = t1.map((t) => gapOrDegrees(rule.class2BoundaryTheta1(t)));
    const bc = c1.map((c) => rule.boundaryCos2(c));
    const bc2 = c1.map((c) => rule.class2BoundaryCos1(c));
    const deg = t1.map(units_1.degrees);
    const col1 = style.color ?? CLASS1;
    const col2 = style.color ?? CLASS2;
    const common = (axes, name, legend) => ({ xaxis: axes[0], yaxis: axes[1], legendgroup: style.group ?? name, showlegend: legend });
    const traces = [];
    if (style.regions) {
        const gridDeg = (0, figure_1.linspace)(0, 180, 73);
        const gridCos = (0, figure_1.linspace)(-1, 1, 73);
        traces.push(regionHeatmap(gridDeg, gridDeg, (a, b) => regionCode(rule.score((0, units_1.radians)(a), (0, units_1.radians)(b)), rule.scoreClass2((0, units_1.radians)(a), (0, units_1.radians)(b))), ["x", "y"]));
        traces.push(regionHeatmap(gridCos, gridCos, (a, b) => regionCode(rule.scoreCos(a, b), rule.scoreClass2Cos(a, b)), ["x2", "y2"]));
    }
    const n1 = `${spec.label}: class 1's boundary`;
    const n2 = `${spec.label}: class 2's boundary`;
    traces.push({ ...(0, figure_1.line)(deg, b1, { name: style.regions ? "class 1's boundary" : spec.label, color: col1, hover: `${n1}<br>θ₁ = %{x:.1f}°, θ₂ = %{y:.1f}°<extra></extra>` }), ...common(["x", "y"], n1, style.legend) }, { ...(0, figure_1.line)(c1, bc, { name: n1, color: col1, hover: `${n1}<br>cos θ₁ = %{x:.3f}, cos θ₂ = %{y:.3f}<extra></extra>` }), ...common(["x2", "y2"], n1, false) });
    if (style.class2) {
        traces.push({ ...(0, figure_1.line)(b2, deg, { name: "class 2's boundary", color: col2, dash: "dash", hover: `${n2}<br>θ₁ = %{x:.1f}°, θ₂ = %{y:.1f}°<extra></extra>` }), ...common(["x", "y"], n2, style.legend) }, { ...(0, figure_1.line)(bc2, c1, { name: n2, color: col2, dash: "dash", hover: `${n2}<br>cos θ₁ = %{x:.3f}, cos θ₂ = %{y:.3f}<extra></extra>` }), ...common(["x2", "y2"], n2, false) });
    }
    return traces;
}
/** Side-by-side axes: the angle plane (degrees) on the left, the cosine plane on the right. */
function twoPlanesLayout() {
    return {
        xaxis: { domain: [0, 0.44], range: [0, 180], dtick: 30, title: { text: "θ₁ (°)" }, constrain: "domain" },
        yaxis: { range: [0, 180], dtick: 30, title: { text: "θ₂ (°)" }, scaleanchor: "x", scaleratio: 1, constrain: "domain" },
        xaxis2: { domain: [0.56, 1], range: [-1, 1], anchor: "y2", title: { text: "cos θ₁" }, zeroline: false, constrain: "domain" },
        yaxis2: { range: [-1, 1], anchor: "x2", title: { text: "cos θ₂" }, scaleanchor: "x2", scaleratio: 1, zeroline: false, constrain: "domain" },
        annotations: [
            { text: "angle plane", x: 0.22, y: 1.06, xref: "paper", yref: "paper", showarrow: false, font: { size: 14 } },
            { text: "cosine plane", x: 0.78, y: 1.06, xref: "paper", yref: "paper", showarrow: false, font: { size: 14 } },
        ],
        legend: { orientation: "h", x: 0, y: -0.2 },
    };
}
/**
 * Lesson 08: one rule at a time (a slider over `rules`, default `NOTES_RULES`), in the angle plane
 * and the cosine plane: class 1's region, class 2's (the same rule with the classes swapped), the
 * band that belongs to neither (the margin) and, for the literal (c) and (e), points both classes claim.
 */
function decisionRegionsFigure(options = {}) {
    const fn = "decisionRegionsFigure";
    (0, validation_1.checkOptions)(fn, options, ["rules?", "active?"]);
    const rules = (0, plot_checks_1.optional)(options.rules, (v) => checkRules(fn, v)) ?? exports.NOTES_RULES;
    (0, plot_checks_1.optional)(options.active, (v) => (0, validation_1.checkInteger)(fn, "active", v, { min: 0, max: rules.length - 1 }));
    const legendKeys = REGION_NAMES.map((name, k) => ({
        type: "scatter",
        mode: "markers",
        x: [null],
        y: [null],
        name,
        marker: { symbol: "square", size: 14, color: REGION_COLOURS[k], line: { width: 1, color: "#999999" } },
        hoverinfo: "skip",
    }));
    const fig = (0, figure_1.sliderFigure)(legendKeys, rules.map((spec) => ({ label: spec.short, traces: ruleTraces(spec, { legend: true, regions: true, class2: true }), layout: { title: { text: `Decision regions of ${spec.label}` } } })), {
        title: "Decision regions",
        xTitle: "θ₁ (°)",
        yTitle: "θ₂ (°)",
        sliderTitle: "rule",
        active: options.active ?? 0,
        height: 560,
        layout: twoPlanesLayout(),
    });
    // the legend below the slider; the slider a little shorter, so that the last tick label fits
    fig.layout.sliders[0].len = 0.93;
    fig.layout.legend = { orientation: "h", x: 0, y: -0.42 };
    fig.layout.margin = { ...fig.layout.margin, b: 190 };
    fig.layout.height = fig.layout.height + 60;
    return fig;
}
exports.decisionRegionsFigure = decisionRegionsFigure;
/**
 * Lesson 08: class 1's boundary under several rules (default: the five of the notes, (c) with ψ and
 * (e) with the fallback), in both planes at once; class 1 owns the side towards θ₁ = 0 (cos θ₁ = 1).
 */
function decisionBoundariesFigure(options = {}) {
    (0, validation_1.checkOptions)("decisionBoundariesFigure", options, ["rules?"]);
    const rules = (0, plot_checks_1.optional)(options.rules, (v) => checkRules("decisionBoundariesFigure", v)) ?? exports.NOTES_RULES.filter((r) => !r.short.includes("literal"));
    // one legend entry per rule; its cosine-plane line shares the rule's legend group
    const traces = rules.flatMap((spec, k) => ruleTraces(spec, { color: (0, palette_1.seriesColor)(k), legend: true, regions: false, class2: false, group: spec.label }));
    const fig = (0, figure_1.figure)(traces, { title: "Class 1's decision boundary under each of the notes' five rules", xTitle: "θ₁ (°)", yTitle: "θ₂ (°)", height: 600, layout: twoPlanesLayout() });
    return fig;
}
exports.decisionBoundariesFigure = decisionBoundariesFigure;
//# sourceMappingURL=boundary_plots.js.map