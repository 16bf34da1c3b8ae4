/**
 * Pictures of decision boundaries for the angular-margin lessons: softmax's binary boundary in the
 * feature plane (05), A-Softmax's regions in the (θ₁, θ₂) plane with the notes' K line (07), the
 * angular margin along θ₁ + θ₂ = K as the weights' separation K grows (07, 08), and the five rules
 * (a)–(e) in the angle plane and the cosine plane (08). Angles are drawn in degrees, as the notes
 * write them; the library computes in radians.
 */
import { DECISION_RULES, decisionRule, marginAlongLine, type DecisionRuleId, type DecisionRuleOptions } from "losslab";
import { checkInteger, checkNumber, checkObject, checkOneOf, checkOptionalOptions, checkOptions, checkRange } from "losslab/internal";
import { degrees, radians } from "losslab";
import { controlledFigure } from "./controls";
import { figure, line, linspace, points, sliderFigure } from "./figure";
import { seriesColor } from "./palette";
import { checkList, checkString, optional, optionalNumber, optionalValues } from "./plot_checks";
import type { Figure, Layout, Trace } from "../notebook/figure_types";

/** A palette colour "#RRGGBB" with transparency, for filled regions. */
export function withAlpha(hex: string, alpha: number): string {
  const v = parseInt(hex.slice(1), 16);
  return `rgba(${(v >> 16) & 255}, ${(v >> 8) & 255}, ${v & 255}, ${alpha})`;
}

const CLASS1 = seriesColor(0);
const CLASS2 = seriesColor(1);

/** A filled polygon (closed by Plotly), without hover. */
function region(xs: number[], ys: number[], name: string, color: string, alpha = 0.18): Trace {
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
export function halfPlaneInSquare(n: [number, number], r: number): { x: number[]; y: number[] } {
  const square: [number, number][] = [[-r, -r], [r, -r], [r, r], [-r, r]];
  const side = (p: [number, number]) => n[0] * p[0] + n[1] * p[1];
  const out: [number, number][] = [];
  const add = (p: [number, number]) => {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  };
  square.forEach((p, i) => {
    const q = square[(i + 1) % 4];
    const [sp, sq] = [side(p), side(q)];
    if (sp >= 0) add(p);
    if ((sp >= 0) !== (sq >= 0)) {
      const t = sp / (sp - sq);
      add([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  });
  // a corner reached both as the last and the first point
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return { x: out.map((p) => p[0]), y: out.map((p) => p[1]) };
}

/** An arrow from the origin to v. */
function arrow(v: [number, number], name: string, color: string, hover: string): Trace {
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
const index = (list: number[], v: number) => Math.max(0, list.indexOf(v));

const polar = (normValue: number, deg: number): [number, number] => [normValue * Math.cos(radians(deg)), normValue * Math.sin(radians(deg))];
const fmt = (v: number, digits = 3) => String(Number(v.toFixed(digits)));

export interface SoftmaxBoundaryOptions {
  /** Slider values of ‖w₁‖. @default [0.5, 1, 1.5, 2] */
  w1Norms?: number[];
  /** Slider values of ‖w₂‖. @default [0.5, 1, 1.5, 2] */
  w2Norms?: number[];
  /** Slider values of w₂'s direction, degrees. @default [60, 90, 120, 150, 180] */
  w2Angles?: number[];
  /** w₁'s direction, degrees. @default 30 */
  w1Angle?: number;
  /** The feature x: its direction (degrees) and norm. @default { angle: 60, norm: 1.5 } */
  x?: { angle: number; norm: number };
  /** Starting values. @default ‖w₁‖ = 1, ‖w₂‖ = 2, w₂ at 120°: the notes' case */
  active?: { w1Norm?: number; w2Norm?: number; w2Angle?: number };
}

/**
 * Lesson 05: two classes in a 2-D feature plane, logits wᵢ·x (no bias). Softmax sends x to class 1
 * where (w₁ − w₂)·x > 0, a line through the origin that turns with ‖w₁‖ and ‖w₂‖; modified softmax
 * (weights normalised) uses the angle bisector. Sliders: ‖w₁‖, ‖w₂‖ and w₂'s direction. The default
 * state is the notes' case: x is 30° from w₁ and 60° from w₂, yet goes to class 2 because ‖w₂‖ = 2.
 */
export function softmaxBoundaryFigure(options: SoftmaxBoundaryOptions = {}): Figure {
  const fn = "softmaxBoundaryFigure";
  checkOptions(fn, options, ["w1Norms?", "w2Norms?", "w2Angles?", "w1Angle?", "x?", "active?"]);
  const w1Norms = optionalValues(fn, "w1Norms", options.w1Norms) ?? [0.5, 1, 1.5, 2];
  const w2Norms = optionalValues(fn, "w2Norms", options.w2Norms) ?? [0.5, 1, 1.5, 2];
  const w2Angles = optionalValues(fn, "w2Angles", options.w2Angles) ?? [60, 90, 120, 150, 180];
  const w1Angle = optionalNumber(fn, "w1Angle", options.w1Angle) ?? 30;
  checkOptionalOptions(fn, options.x, ["angle", "norm"], "x");
  const xSpec = options.x ? { angle: checkNumber(fn, "x.angle", options.x.angle), norm: checkRange(fn, "x.norm", options.x.norm, { min: 0 }) } : { angle: 60, norm: 1.5 };
  checkOptionalOptions(fn, options.active, ["w1Norm?", "w2Norm?", "w2Angle?"], "active");
  (["w1Norm", "w2Norm", "w2Angle"] as const).forEach((k) => optionalNumber(fn, `active.${k}`, options.active?.[k]));
  const act = { w1Norm: 1, w2Norm: 2, w2Angle: 120, ...(options.active ?? {}) };
  const r = 2.4;
  const x = polar(xSpec.norm, xSpec.angle);
  const traces = (n1: number, n2: number, a2: number): Trace[] => {
    const w1 = polar(n1, w1Angle);
    const w2 = polar(n2, a2);
    const normal: [number, number] = [w1[0] - w2[0], w1[1] - w2[1]];
    const unitNormal: [number, number] = [Math.cos(radians(w1Angle)) - Math.cos(radians(a2)), Math.sin(radians(w1Angle)) - Math.sin(radians(a2))];
    const along = (n: [number, number]) => {
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
    const hover =
      `x: θ₁ = ${fmt(t1, 1)}°, θ₂ = ${fmt(t2, 1)}° (closer to w${t1 <= t2 ? "₁" : "₂"} by angle)<br>` +
      `w₁·x = ‖w₁‖‖x‖cos θ₁ = ${fmt(z1)}<br>w₂·x = ‖w₂‖‖x‖cos θ₂ = ${fmt(z2)}<br>softmax: ${verdict}`;
    const b = along(normal);
    const bis = along(unitNormal);
    return [
      region(r1.x, r1.y, "class 1's side: w₁·x > w₂·x", CLASS1),
      region(r2.x, r2.y, "class 2's side: w₂·x > w₁·x", CLASS2),
      line(b.x, b.y, { name: "softmax boundary (W₁ − W₂)·x = 0", color: "#000000", hover: "softmax boundary<extra></extra>" }),
      line(bis.x, bis.y, { name: "modified softmax: the angle bisector", color: "#777777", dash: "dash", hover: "angle bisector (‖w₁‖ = ‖w₂‖ = 1)<extra></extra>" }),
      arrow(w1, "w₁", CLASS1, `w₁: ‖w₁‖ = ${n1}, at ${w1Angle}°`),
      arrow(w2, "w₂", CLASS2, `w₂: ‖w₂‖ = ${n2}, at ${a2}°`),
      { ...points([x[0]], [x[1]], { name: "x", color: "#000000", symbol: "star", size: 14, text: [hover] }) },
    ];
  };
  return controlledFigure({
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

export interface ASoftmaxPlaneOptions {
  /** Slider values of m. @default [1, 2, 3, 4] */
  ms?: number[];
  /** Slider values of K, the angle between the two weights, degrees. @default [30, 60, 90, 120, 150] */
  Ks?: number[];
  active?: { m?: number; K?: number };
}

/**
 * Lesson 07: A-Softmax's two regions in the (θ₁, θ₂) plane (in degrees): class 1 where mθ₁ ≤ θ₂
 * (that is ψ(θ₁) ≥ cos θ₂), class 2 where mθ₂ ≤ θ₁, the margin between them. Features in the plane
 * of the two weights, between them, lie on θ₁ + θ₂ = K; class 1's boundary crosses that line at
 * θ₁ = K/(m + 1). Sliders: m and K.
 */
export function aSoftmaxPlaneFigure(options: ASoftmaxPlaneOptions = {}): Figure {
  const fn = "aSoftmaxPlaneFigure";
  checkOptions(fn, options, ["ms?", "Ks?", "active?"]);
  const ms = optionalValues(fn, "ms", options.ms) ?? [1, 2, 3, 4];
  ms.forEach((m, i) => checkRange(fn, `ms[${i}]`, m, { min: 1 }));
  const Ks = optionalValues(fn, "Ks", options.Ks) ?? [30, 60, 90, 120, 150];
  checkOptionalOptions(fn, options.active, ["m?", "K?"], "active");
  (["m", "K"] as const).forEach((k) => optionalNumber(fn, `active.${k}`, options.active?.[k]));
  const act = { m: 2, K: 30, ...(options.active ?? {}) };
  const traces = (m: number, K: number): Trace[] => {
    const b1 = K / (m + 1);
    const b2 = (m * K) / (m + 1);
    return [
      region([0, 180 / m, 0], [0, 180, 180], "class 1: mθ₁ ≤ θ₂", CLASS1),
      region([0, 180, 180], [0, 180 / m, 0], "class 2: mθ₂ ≤ θ₁", CLASS2),
      line([0, 180 / m], [0, 180], { name: "class 1's boundary θ₂ = mθ₁", color: CLASS1, hover: `class 1's boundary: θ₂ = ${m}θ₁<extra></extra>` }),
      line([0, 180], [0, 180 / m], { name: "class 2's boundary θ₁ = mθ₂", color: CLASS2, hover: `class 2's boundary: θ₁ = ${m}θ₂<extra></extra>` }),
      line([0, K], [K, 0], { name: "θ₁ + θ₂ = K (x between the weights)", color: "#000000", dash: "dash", width: 1.5, hover: `θ₁ + θ₂ = K = ${K}°<extra></extra>` }),
      line([b1, b2], [b2, b1], { name: "the margin along that line", color: "#999933", width: 7, hover: `margin: K(m − 1)/(m + 1) = ${fmt(b2 - b1, 2)}°<extra></extra>` }),
      points([b1, b2], [b2, b1], {
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
  return controlledFigure({
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

export interface MarginCurve {
  /** Legend name, e.g. "A-Softmax, m = 2". */
  name: string;
  id: DecisionRuleId;
  options?: DecisionRuleOptions;
}

/**
 * The angular margin between two classes whose weights are K apart, against K (both in degrees),
 * measured along θ₁ + θ₂ = K (`marginAlongLine`). A-Softmax's grows with K, K(m − 1)/(m + 1);
 * ArcFace's is the constant m. `marks` are points to label (the notes' K = 30° and 120°).
 */
export function marginOverKFigure(options: { curves: MarginCurve[]; marks?: { curve: number; K: number }[]; title?: string }): Figure {
  const fn = "marginOverKFigure";
  checkOptions(fn, options, ["curves", "marks?", "title?"]);
  checkList<MarginCurve>(fn, "curves", options.curves, 1).forEach((c, k) => {
    checkOptions(fn, c, ["name", "id", "options?"], `curves[${k}]`);
    checkString(fn, `curves[${k}].name`, c.name);
    checkOneOf(fn, `curves[${k}].id`, c.id, DECISION_RULES);
    optional(c.options, (v) => checkObject(fn, v, `curves[${k}].options`, "the rule's options (see decisionRule)"));
  });
  optional(options.marks, (v) =>
    checkList<{ curve: number; K: number }>(fn, "marks", v).forEach((p, k) => {
      checkOptions(fn, p, ["curve", "K"], `marks[${k}]`);
      checkInteger(fn, `marks[${k}].curve`, p.curve, { min: 0, max: options.curves.length - 1 });
      checkNumber(fn, `marks[${k}].K`, p.K);
    }),
  );
  optional(options.title, (v) => checkString(fn, "title", v));
  const Ks = linspace(0, 180, 121);
  const margin = (c: MarginCurve, K: number) => degrees(marginAlongLine(c.id, { ...(c.options ?? {}), K: radians(K) }));
  const traces: Trace[] = options.curves.map((c, k) =>
    line(Ks, Ks.map((K) => margin(c, K)), { name: c.name, color: k, hover: `${c.name}<br>K = %{x:.0f}°: margin %{y:.2f}°<extra></extra>` }),
  );
  const marks = options.marks ?? [];
  if (marks.length > 0) {
    traces.push(
      points(marks.map((p) => p.K), marks.map((p) => margin(options.curves[p.curve], p.K)), {
        name: "the notes' examples",
        color: "#000000",
        size: 10,
        symbol: "diamond",
        text: marks.map((p) => `${options.curves[p.curve].name}, K = ${p.K}°: margin ${fmt(margin(options.curves[p.curve], p.K), 2)}°`),
      }),
    );
  }
  traces.push(line([0, 180], [0, 180], { name: "the whole gap K", color: "#BBBBBB", dash: "dot", width: 1, hover: "margin = K<extra></extra>" }));
  return figure(traces, {
    title: options.title ?? "The angular margin between two classes K apart",
    xTitle: "K, angle between the two class weights (°)",
    yTitle: "margin along θ₁ + θ₂ = K (°)",
    layout: { xaxis: { range: [0, 180], dtick: 30 }, yaxis: { rangemode: "tozero" } },
  });
}

export interface RuleSpec {
  /** The rule's label in titles and legends, e.g. "(c) A-Softmax m = 4, literal cos(mθ₁)". */
  label: string;
  /** Its tick label on a slider, e.g. "(c) literal". */
  short: string;
  id: DecisionRuleId;
  options?: DecisionRuleOptions;
}

/** The notes' closing comparison, with the literal (c) and (e) next to the forms the losses train with. */
export const NOTES_RULES: readonly RuleSpec[] = Object.freeze([
  { label: "(a) softmax, ‖W₁‖ = 1.5, ‖W₂‖ = 1", short: "(a)", id: "a", options: { w1Norm: 1.5, w2Norm: 1 } },
  { label: "(b) modified softmax", short: "(b)", id: "b" },
  { label: "(c) A-Softmax m = 4, literal cos(mθ₁)", short: "(c) literal", id: "c", options: { m: 4 } },
  { label: "(c) A-Softmax m = 4, with ψ(θ₁)", short: "(c) ψ", id: "c", options: { m: 4, psi: true } },
  { label: "(d) CosFace m = 0.35", short: "(d)", id: "d", options: { m: 0.35 } },
  { label: "(e) ArcFace m = 0.5, literal cos(θ₁ + m)", short: "(e) literal", id: "e", options: { m: 0.5 } },
  { label: "(e) ArcFace m = 0.5, with the fallback", short: "(e) fallback", id: "e", options: { m: 0.5, fallback: true } },
] as RuleSpec[]);

/** A non-empty list of rules, each { label, short, id, options? }. */
function checkRules(fn: string, value: unknown): RuleSpec[] {
  return checkList<RuleSpec>(fn, "rules", value, 1).map((r, k) => {
    checkOptions(fn, r, ["label", "short", "id", "options?"], `rules[${k}]`);
    checkString(fn, `rules[${k}].label`, r.label);
    checkString(fn, `rules[${k}].short`, r.short);
    checkOneOf(fn, `rules[${k}].id`, r.id, DECISION_RULES);
    optional(r.options, (v) => checkObject(fn, v, `rules[${k}].options`, "the rule's options (see decisionRule)"));
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
function regionCode(score1: number, score2: number): number {
  const [c1, c2] = [score1 > 1e-12, score2 > 1e-12];
  return c1 && c2 ? 3 : c1 ? 1 : c2 ? 2 : 0;
}

function regionHeatmap(xs: number[], ys: number[], code: (x: number, y: number) => number, axes: [string, string]): Trace {
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
function ruleTraces(spec: RuleSpec, style: { color?: string; legend: boolean; regions: boolean; class2: boolean; group?: string }): Trace[] {
  const rule = decisionRule(spec.id, spec.options);
  const t1 = linspace(0, Math.PI, 721);
  const c1 = linspace(-1, 1, 801);
  // NaN where the rule has no boundary at that θ₁: kept, it is a gap in the line
  const gapOrDegrees = (r: number) => (Number.isNaN(r) ? NaN : degrees(r));
  const b1 = t1.map((t) => gapOrDegrees(rule.boundaryTheta2(t)));
  const b2 = t1.map((t) => gapOrDegrees(rule.class2BoundaryTheta1(t)));
  const bc = c1.map((c) => rule.boundaryCos2(c));
  const bc2 = c1.map((c) => rule.class2BoundaryCos1(c));
  const deg = t1.map(degrees);
  const col1 = style.color ?? CLASS1;
  const col2 = style.color ?? CLASS2;
  const common = (axes: [string, string], name: string, legend: boolean) => ({ xaxis: axes[0], yaxis: axes[1], legendgroup: style.group ?? name, showlegend: legend });
  const traces: Trace[] = [];
  if (style.regions) {
    const gridDeg = linspace(0, 180, 73);
    const gridCos = linspace(-1, 1, 73);
    traces.push(regionHeatmap(gridDeg, gridDeg, (a, b) => regionCode(rule.score(radians(a), radians(b)), rule.scoreClass2(radians(a), radians(b))), ["x", "y"]));
    traces.push(regionHeatmap(gridCos, gridCos, (a, b) => regionCode(rule.scoreCos(a, b), rule.scoreClass2Cos(a, b)), ["x2", "y2"]));
  }
  const n1 = `${spec.label}: class 1's boundary`;
  const n2 = `${spec.label}: class 2's boundary`;
  traces.push(
    { ...line(deg, b1, { name: style.regions ? "class 1's boundary" : spec.label, color: col1, hover: `${n1}<br>θ₁ = %{x:.1f}°, θ₂ = %{y:.1f}°<extra></extra>` }), ...common(["x", "y"], n1, style.legend) },
    { ...line(c1, bc, { name: n1, color: col1, hover: `${n1}<br>cos θ₁ = %{x:.3f}, cos θ₂ = %{y:.3f}<extra></extra>` }), ...common(["x2", "y2"], n1, false) },
  );
  if (style.class2) {
    traces.push(
      { ...line(b2, deg, { name: "class 2's boundary", color: col2, dash: "dash", hover: `${n2}<br>θ₁ = %{x:.1f}°, θ₂ = %{y:.1f}°<extra></extra>` }), ...common(["x", "y"], n2, style.legend) },
      { ...line(bc2, c1, { name: n2, color: col2, dash: "dash", hover: `${n2}<br>cos θ₁ = %{x:.3f}, cos θ₂ = %{y:.3f}<extra></extra>` }), ...common(["x2", "y2"], n2, false) },
    );
  }
  return traces;
}

/** Side-by-side axes: the angle plane (degrees) on the left, the cosine plane on the right. */
function twoPlanesLayout(): Layout {
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
export function decisionRegionsFigure(options: { rules?: readonly RuleSpec[]; active?: number } = {}): Figure {
  const fn = "decisionRegionsFigure";
  checkOptions(fn, options, ["rules?", "active?"]);
  const rules = optional(options.rules, (v) => checkRules(fn, v)) ?? NOTES_RULES;
  optional(options.active, (v) => checkInteger(fn, "active", v, { min: 0, max: rules.length - 1 }));
  const legendKeys: Trace[] = REGION_NAMES.map((name, k) => ({
    type: "scatter",
    mode: "markers",
    x: [null],
    y: [null],
    name,
    marker: { symbol: "square", size: 14, color: REGION_COLOURS[k], line: { width: 1, color: "#999999" } },
    hoverinfo: "skip",
  }));
  const fig = sliderFigure(
    legendKeys,
    rules.map((spec) => ({ label: spec.short, traces: ruleTraces(spec, { legend: true, regions: true, class2: true }), layout: { title: { text: `Decision regions of ${spec.label}` } } })),
    {
      title: "Decision regions",
      xTitle: "θ₁ (°)",
      yTitle: "θ₂ (°)",
      sliderTitle: "rule",
      active: options.active ?? 0,
      height: 560,
      layout: twoPlanesLayout(),
    },
  );
  // the legend below the slider; the slider a little shorter, so that the last tick label fits
  (fig.layout.sliders as Layout[])[0].len = 0.93;
  fig.layout.legend = { orientation: "h", x: 0, y: -0.42 };
  fig.layout.margin = { ...(fig.layout.margin as object), b: 190 };
  fig.layout.height = (fig.layout.height as number) + 60;
  return fig;
}

/**
 * Lesson 08: class 1's boundary under several rules (default: the five of the notes, (c) with ψ and
 * (e) with the fallback), in both planes at once; class 1 owns the side towards θ₁ = 0 (cos θ₁ = 1).
 */
export function decisionBoundariesFigure(options: { rules?: readonly RuleSpec[] } = {}): Figure {
  checkOptions("decisionBoundariesFigure", options, ["rules?"]);
  const rules = optional(options.rules, (v) => checkRules("decisionBoundariesFigure", v)) ?? NOTES_RULES.filter((r) => !r.short.includes("literal"));
  // one legend entry per rule; its cosine-plane line shares the rule's legend group
  const traces = rules.flatMap((spec, k) => ruleTraces(spec, { color: seriesColor(k), legend: true, regions: false, class2: false, group: spec.label }));
  const fig = figure(traces, { title: "Class 1's decision boundary under each of the notes' five rules", xTitle: "θ₁ (°)", yTitle: "θ₂ (°)", height: 600, layout: twoPlanesLayout() });
  return fig;
}
