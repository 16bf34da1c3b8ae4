/**
 * Curves of the target logit against θ (lessons 06–08): L-Softmax's ψ(θ) with its k intervals, the
 * target logit of every loss with sliders for m, λ or s, and ArcFace's fallback where θ + m > π.
 * θ is drawn in degrees.
 */
import { arcFaceTarget } from "losslab";
import { psi } from "losslab";
import { targetLogit, type TargetLogitOptions } from "losslab";
import { degrees, radians } from "losslab";
import { MAX_PSI_MARGIN } from "losslab";
import { checkInteger, checkObject, checkOptions, checkRange } from "losslab/internal";
import { checkControls, controlledFigure, type Control } from "./controls";
import { checkFunction, checkPair, checkString, optional, optionalNumber, optionalValues } from "./plot_checks";
import { line, linspace, points, sliderFigure } from "./figure";
import type { Figure, Layout, Trace } from "../notebook/figure_types";

const fmt = (v: number, digits = 3) => String(Number(v.toFixed(digits)));

/** θ in degrees from 0 to 180, every `step`, plus each breakpoint and a point just before it (for jumps). */
export function thetaGrid(step = 0.5, breakpoints: number[] = []): number[] {
  const grid = new Set(linspace(0, 180, Math.round(180 / step) + 1));
  for (const b of breakpoints) if (b > 0 && b <= 180) [b - 1e-7, b].forEach((v) => grid.add(v));
  return [...grid].sort((a, b) => a - b);
}

export interface PsiFigureOptions {
  /** @default [1, 2, 3, 4] */
  ms?: number[];
  /** The m shown first. @default 2 */
  active?: number;
}

/**
 * Lesson 06: ψ(θ) = (−1)ᵏcos(mθ) − 2k on [kπ/m, (k+1)π/m], one slider step per m, with the k
 * intervals shaded and labelled, cos(mθ) dotted (it turns back up after π/m, which is why ψ exists)
 * and cos θ for reference.
 */
export function psiFigure(options: PsiFigureOptions = {}): Figure {
  const fn = "psiFigure";
  checkOptions(fn, options, ["ms?", "active?"]);
  const ms = optionalValues(fn, "ms", options.ms) ?? [1, 2, 3, 4];
  ms.forEach((m, i) => checkInteger(fn, `ms[${i}]`, m, { min: 1, max: MAX_PSI_MARGIN }));
  optionalNumber(fn, "active", options.active);
  const theta = thetaGrid(0.25);
  const steps = ms.map((m) => {
    const ends = Array.from({ length: m + 1 }, (_, k) => (180 * k) / m);
    const layout: Layout = {
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
    const traces: Trace[] = [
      line(theta, theta.map((t) => psi(radians(t), m)), { name: "ψ(θ)", color: 0, width: 3, hover: `ψ(θ), m = ${m}<br>θ = %{x:.1f}°: ψ = %{y:.3f}<extra></extra>` }),
      line(theta, theta.map((t) => Math.cos(m * radians(t))), { name: "cos(mθ)", color: 1, dash: "dot", hover: `cos(${m}θ)<br>θ = %{x:.1f}°: %{y:.3f}<extra></extra>` }),
      line(theta, theta.map((t) => Math.cos(radians(t))), { name: "cos θ (softmax)", color: "#999999", width: 1.5, hover: "cos θ<br>θ = %{x:.1f}°: %{y:.3f}<extra></extra>" }),
      points(ends, ends.map((e) => psi(radians(e), m)), {
        name: "piece ends ψ(kπ/m) = 1 − 2k",
        color: "#000000",
        size: 8,
        text: ends.map((e, k) => `θ = kπ/m = ${fmt(e, 1)}° (k = ${k}): ψ = ${1 - 2 * k}`),
      }),
    ];
    return { label: String(m), traces, layout };
  });
  const active = Math.max(0, ms.indexOf(options.active ?? 2));
  return sliderFigure([], steps, {
    title: (steps[active].layout.title as { text: string }).text,
    xTitle: "θ (°)",
    yTitle: "ψ(θ)",
    sliderTitle: "m",
    active,
    layout: { yaxis: { range: [1 - 2 * Math.max(...ms) - 0.4, 1.4] } },
  });
}

/** One curve of `targetLogitFigure`. */
export interface TargetCurve {
  name: string;
  options: Omit<TargetLogitOptions, "theta">;
  color?: number | string;
  dash?: "solid" | "dash" | "dot" | "dashdot";
}

/**
 * The target logit f(θ) of several losses against θ (`targetLogit`), with one to three sliders:
 * `curves` receives the sliders' current values and returns the curves for them.
 */
export function targetLogitFigure(options: {
  title: string;
  controls: Control[];
  curves: (...values: number[]) => TargetCurve[];
  yTitle?: string;
  yRange?: [number, number];
}): Figure {
  const fn = "targetLogitFigure";
  checkOptions(fn, options, ["title", "controls", "curves", "yTitle?", "yRange?"]);
  checkString(fn, "title", options.title);
  checkControls(fn, "controls", options.controls);
  checkFunction(fn, "curves", options.curves);
  optional(options.yTitle, (v) => checkString(fn, "yTitle", v));
  optional(options.yRange, (v) => checkPair(fn, "yRange", v));
  const curveTraces = (...values: number[]): Trace[] =>
    options.curves(...values).map((c, k) => {
      checkOptions(fn, c, ["name", "options", "color?", "dash?"], `curves(…)[${k}]`);
      checkObject(fn, c.options, `curves(…)[${k}].options`, "targetLogit's options without theta");
      const m = c.options.m;
      const jumps = c.options.loss === "arcFace" && typeof m === "number" && !c.options.easyMargin ? [180 - degrees(m)] : [];
      const theta = thetaGrid(0.5, jumps);
      const y = theta.map((t) => targetLogit({ ...c.options, theta: Math.min(Math.PI, radians(t)) }));
      return line(theta, y, { name: c.name, color: c.color ?? k, dash: c.dash, hover: `${c.name}<br>θ = %{x:.1f}°: target logit %{y:.3f}<extra></extra>` });
    });
  return controlledFigure({
    title: options.title,
    xTitle: "θ, angle to the true class's weight (°)",
    yTitle: options.yTitle ?? "target logit f(θ)",
    controls: options.controls,
    traces: curveTraces,
    height: 480,
    layout: { xaxis: { range: [0, 180], dtick: 30 }, yaxis: options.yRange ? { range: options.yRange } : {}, legend: { x: 1.02, y: 1 } },
  });
}

/**
 * Lesson 08: ArcFace's target cosine near θ = π − m, one slider step per m. The literal cos(θ + m)
 * turns back up after π − m (it would reward moving away from the class); insightface's target
 * switches there to cos θ − m·sin m, which jumps down by about m²/2, so the target keeps decreasing,
 * while cos m + m·sin m ≥ 1, that is m ≤ 2.33 rad; for larger m the jump goes up.
 */
export function arcFaceFallbackFigure(options: { ms?: number[]; active?: number } = {}): Figure {
  const fn = "arcFaceFallbackFigure";
  checkOptions(fn, options, ["ms?", "active?"]);
  const ms = optionalValues(fn, "ms", options.ms) ?? [0.25, 0.5, 1, 1.5, 2.5];
  ms.forEach((m, i) => checkRange(fn, `ms[${i}]`, m, { min: 0, max: Math.PI }));
  optionalNumber(fn, "active", options.active);
  const steps = ms.map((m) => {
    const edge = 180 - degrees(m);
    const theta = thetaGrid(0.5, [edge]);
    const before = -1;
    const after = -Math.cos(m) - m * Math.sin(m);
    const traces: Trace[] = [
      line(theta, theta.map((t) => Math.cos(radians(t) + m)), { name: "literal cos(θ + m)", color: 1, dash: "dash", hover: `cos(θ + ${m})<br>θ = %{x:.1f}°: %{y:.3f}<extra></extra>` }),
      line(theta, theta.map((t) => Math.cos(radians(t)) - m * Math.sin(m)), { name: "fallback cos θ − m·sin m", color: 2, dash: "dot", width: 1.5, hover: `cos θ − ${m}·sin ${m}<br>θ = %{x:.1f}°: %{y:.3f}<extra></extra>` }),
      line(theta, theta.map((t) => arcFaceTarget(Math.min(Math.PI, radians(t)), { m })), { name: "ArcFace's target (insightface)", color: 0, width: 3, hover: `ArcFace target, m = ${m}<br>θ = %{x:.1f}°: %{y:.3f}<extra></extra>` }),
      points([edge, edge], [before, after], {
        name: "the jump at θ = π − m",
        color: "#000000",
        size: 9,
        text: [
          `θ = π − m = ${fmt(edge, 1)}°: cos(θ + m) reaches −1`,
          `fallback starts at −cos m − m·sin m = ${fmt(after)} (jump ${after < before ? "down" : "up"} by ${fmt(Math.abs(after - before))})`,
        ],
      }),
    ];
    return { label: String(m), traces, layout: { title: { text: `ArcFace, m = ${m} rad (${fmt(degrees(m), 1)}°): the jump at θ = π − m goes ${after < before ? "down" : "up"} by ${fmt(Math.abs(after - before))}` } } };
  });
  const active = Math.max(0, ms.indexOf(options.active ?? 0.5));
  return sliderFigure([], steps, {
    title: (steps[active].layout.title as { text: string }).text,
    xTitle: "θ (°)",
    yTitle: "target cosine (before the scale s)",
    sliderTitle: "m (radians)",
    active,
    layout: { xaxis: { range: [0, 180], dtick: 30 }, yaxis: { range: [-3.2, 1.1] }, legend: { x: 0.01, y: 0.02 } },
  });
}
