/**
 * Figures of lesson 01 (L1, L2 and Huber): the losses and their gradients against the residual with a
 * δ slider, lines fitted to data with an outlier, each point's pull on a line, and how the fitted
 * slope follows the outlier. Values come from `residualLoss`, `residualGradient` and `fitLine`.
 */
import { LINE_LOSSES, residualGradient, residualLoss, type LineFit, type LineLoss } from "../regression/robust_line";
import { ShapeError } from "losslab";
import { checkInteger, checkNumber, checkNumberArray, checkObject, checkOneOf, checkOptions, checkRange } from "losslab/internal";
import { checkList, checkString, optional, optionalNumber } from "./plot_checks";
import { figure, line, linspace, points, sliderFigure, type SliderStep } from "./figure";
import { bars, clearSlider, onRight, twoPanels } from "./panels";
import type { Figure, Trace } from "../notebook/figure_types";

/** The colour of each loss in every figure of the lessons on regression losses. */
export const LINE_LOSS_COLORS: Record<LineLoss, number> = { l2: 0, l1: 1, huber: 2 };

/**
 * A short name with the formula: "L2 = ½r²", "L1 = ∣r∣", "Huber, δ = 1". The bars of ∣r∣ are U+2223,
 * not "|", so the label can stand in a Markdown table cell.
 */
export function lineLossLabel(loss: LineLoss, delta?: number): string {
  if (loss === "l2") return "L2 = ½r²";
  if (loss === "l1") return "L1 = ∣r∣";
  return `Huber, δ = ${delta ?? 1}`;
}

/** ℓ(r) (left) and ∂ℓ/∂ŷ (right) of L2, L1 and Huber against the residual r = ŷ − y; a slider over δ. */
export function residualCurvesFigure(input: { residuals: number[]; deltas: number[]; active?: number }): Figure {
  const fn = "residualCurvesFigure";
  checkOptions(fn, input, ["residuals", "deltas", "active?"]);
  const r = checkNumberArray(fn, "residuals", input.residuals);
  checkNumberArray(fn, "deltas", input.deltas).forEach((d, i) => checkRange(fn, `deltas[${i}]`, d, { min: 0, minOpen: true }));
  optionalNumber(fn, "active", input.active);
  const pair = (loss: LineLoss, delta: number | undefined, opts: { dash?: "dash" | "solid" } = {}): Trace[] => {
    const name = lineLossLabel(loss, delta);
    const style = { name, color: LINE_LOSS_COLORS[loss], dash: opts.dash, width: loss === "huber" ? 3 : 2 };
    return [
      line(r, residualLoss(r, { loss, delta }), { ...style, hover: `${name}<br>r = %{x:.3g}: ℓ = %{y:.4g}<extra></extra>` }),
      onRight(line(r, residualGradient(r, { loss, delta }), { ...style, hover: `${name}<br>r = %{x:.3g}: ∂ℓ/∂ŷ = %{y:.4g}<extra></extra>` })),
    ];
  };
  const base = [...pair("l2", undefined, { dash: "dash" }), ...pair("l1", undefined, { dash: "dash" })];
  const steps: SliderStep[] = input.deltas.map((delta) => ({
    label: String(delta),
    traces: [
      ...pair("huber", delta),
      points([-delta, delta], residualLoss([-delta, delta], { loss: "huber", delta }), {
        name: "|r| = δ: quadratic turns linear",
        color: "#000000",
        size: 8,
        hover: `|r| = δ = ${delta}<br>ℓ = %{y:.4g}<extra></extra>`,
      }),
    ],
  }));
  const fig = sliderFigure(base, steps, {
    title: "L2, L1 and Huber against the residual r = ŷ − y",
    xTitle: "residual r = ŷ − y",
    yTitle: "loss ℓ(r)",
    sliderTitle: "Huber's δ",
    active: Math.max(0, input.deltas.indexOf(input.active ?? input.deltas[0])),
    layout: twoPanels(
      { title: "loss", xTitle: "residual r = ŷ − y", yTitle: "loss ℓ(r)" },
      { title: "gradient: the pull on ŷ", xTitle: "residual r = ŷ − y", yTitle: "∂ℓ/∂ŷ" },
    ),
  });
  return clearSlider(fig, { headings: true });
}

/** The data of a line fit: x and y of one length, and the outlier's index among them. */
function checkPointsAndOutlier(fn: string, input: { x: unknown; y: unknown; outlier: unknown }): void {
  const x = checkNumberArray(fn, "x", input.x);
  const y = checkNumberArray(fn, "y", input.y);
  if (y.length !== x.length) throw new ShapeError(fn, "y", `as many values as 'x' (${x.length})`, `${y.length}`);
  checkInteger(fn, "outlier", input.outlier, { min: 0, max: x.length - 1 });
}

/** One entry per loss: { loss, delta?, <key>: numbers } (a point's pulls, the slopes over heights). */
function checkPerLoss(fn: string, arg: string, value: unknown, key: string): void {
  checkList<Record<string, unknown>>(fn, arg, value, 1).forEach((p, k) => {
    checkOptions(fn, p, ["loss", "delta?", key], `${arg}[${k}]`);
    checkOneOf(fn, `${arg}[${k}].loss`, p.loss, LINE_LOSSES);
    optional(p.delta, (v) => checkRange(fn, `${arg}[${k}].delta`, v, { min: 0, minOpen: true }));
    checkNumberArray(fn, `${arg}[${k}].${key}`, p[key], { minLength: 0 });
  });
}

/** Line fits of `fitLine`, each checked for form. */
function checkFits(fn: string, arg: string, value: unknown): void {
  checkList<LineFit>(fn, arg, value).forEach((f, k) => {
    checkObject(fn, f, `${arg}[${k}]`, "a line fit of fitLine");
    checkOneOf(fn, `${arg}[${k}].loss`, f.loss, LINE_LOSSES);
    checkNumberArray(fn, `${arg}[${k}].theta`, f.theta, { minLength: 2 });
  });
}

/** Hover text of each data point, the outlier named. */
function pointTexts(x: number[], y: number[], outlier: number): string[] {
  return x.map((xi, i) => `point ${i + 1}${i === outlier ? " (the outlier)" : ""}: x = ${xi}, y = ${y[i]}`);
}

function fitLineTrace(fit: LineFit, xs: number[], opts: { width?: number } = {}): Trace {
  const [a, b] = fit.theta;
  const name = `${lineLossLabel(fit.loss, fit.delta)}: ŷ = ${a.toFixed(2)} + ${b.toFixed(3)}·x`;
  return line(xs, xs.map((v) => a + b * v), {
    name,
    color: LINE_LOSS_COLORS[fit.loss],
    width: opts.width ?? 2.5,
    dash: fit.loss === "l2" ? "solid" : fit.loss === "l1" ? "dash" : "solid",
    hover: `${name}<br>x = %{x:.3g}: ŷ = %{y:.4g}<extra></extra>`,
  });
}

/**
 * The data with its outlier marked, the L2 and L1 lines, and the Huber line for each δ of `huberFits`
 * on a slider.
 */
export function lineFitsFigure(input: {
  x: number[];
  y: number[];
  outlier: number;
  fits: LineFit[];
  huberFits: LineFit[];
  active?: number;
  title?: string;
}): Figure {
  const fn = "lineFitsFigure";
  checkOptions(fn, input, ["x", "y", "outlier", "fits", "huberFits", "active?", "title?"]);
  checkPointsAndOutlier(fn, input);
  checkFits(fn, "fits", input.fits);
  checkFits(fn, "huberFits", input.huberFits);
  if (input.huberFits.length === 0) throw new ShapeError(fn, "huberFits", "at least one Huber fit", "an empty array");
  optionalNumber(fn, "active", input.active);
  optional(input.title, (v) => checkString(fn, "title", v));
  const { x, y, outlier } = input;
  const lo = Math.min(...x);
  const hi = Math.max(...x);
  const xs = linspace(lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo), 2);
  const texts = pointTexts(x, y, outlier);
  const keep = x.map((_, i) => i).filter((i) => i !== outlier);
  const base: Trace[] = [
    points(keep.map((i) => x[i]), keep.map((i) => y[i]), { name: "data", color: "#555555", text: keep.map((i) => texts[i]) }),
    points([x[outlier]], [y[outlier]], { name: "the outlier", color: "#000000", symbol: "x", size: 12, text: [texts[outlier]] }),
    ...input.fits.map((f) => fitLineTrace(f, xs)),
  ];
  const deltas = input.huberFits.map((f) => f.delta ?? 1);
  const steps: SliderStep[] = input.huberFits.map((f) => ({ label: String(f.delta), traces: [fitLineTrace(f, xs, { width: 3 })] }));
  const fig = sliderFigure(base, steps, {
    title: input.title ?? "Lines fitted under L2, L1 and Huber",
    xTitle: "x",
    yTitle: "y",
    sliderTitle: "Huber's δ",
    active: Math.max(0, deltas.indexOf(input.active ?? deltas[0])),
    layout: { legend: { x: 0.01, y: 0.99, bgcolor: "rgba(255,255,255,0.8)" } },
  });
  return clearSlider(fig);
}

/** Each point's pull ∂ℓᵢ/∂ŷᵢ on one line under each loss, as grouped bars over the points. */
export function pullsFigure(input: {
  x: number[];
  y: number[];
  outlier: number;
  pulls: { loss: LineLoss; delta?: number; pulls: number[] }[];
  title: string;
}): Figure {
  const fn = "pullsFigure";
  checkOptions(fn, input, ["x", "y", "outlier", "pulls", "title"]);
  checkPointsAndOutlier(fn, input);
  checkPerLoss(fn, "pulls", input.pulls, "pulls");
  checkString(fn, "title", input.title);
  const labels = input.x.map((xi, i) => (i === input.outlier ? `x = ${xi} (outlier)` : `x = ${xi}`));
  const order = input.x.map((_, i) => i).sort((a, b) => input.x[a] - input.x[b]);
  const traces = input.pulls.map((p) =>
    bars(order.map((i) => labels[i]), order.map((i) => p.pulls[i]), {
      name: lineLossLabel(p.loss, p.delta),
      color: LINE_LOSS_COLORS[p.loss],
      text: order.map((i) => `${lineLossLabel(p.loss, p.delta)}<br>point at x = ${input.x[i]}, y = ${input.y[i]}<br>pull ∂ℓ/∂ŷ = ${p.pulls[i].toPrecision(3)}`),
    }),
  );
  return figure(traces, { title: input.title, xTitle: "data point", yTitle: "pull ∂ℓᵢ/∂ŷᵢ", layout: { barmode: "group" } });
}

/** The fitted slope against the height of the outlier, one line per loss. */
export function influenceFigure(input: {
  heights: number[];
  slopes: { loss: LineLoss; delta?: number; slopes: number[] }[];
  actual: number;
  xOfOutlier: number;
}): Figure {
  const fn = "influenceFigure";
  checkOptions(fn, input, ["heights", "slopes", "actual", "xOfOutlier"]);
  checkNumberArray(fn, "heights", input.heights);
  checkPerLoss(fn, "slopes", input.slopes, "slopes");
  checkNumber(fn, "actual", input.actual);
  checkNumber(fn, "xOfOutlier", input.xOfOutlier);
  const traces: Trace[] = input.slopes.map((s) =>
    line(input.heights, s.slopes, {
      name: lineLossLabel(s.loss, s.delta),
      color: LINE_LOSS_COLORS[s.loss],
      hover: `${lineLossLabel(s.loss, s.delta)}<br>outlier at y = %{x:.3g}: slope θ₁ = %{y:.4g}<extra></extra>`,
    }),
  );
  const all = input.slopes.flatMap((s) => s.slopes);
  traces.push(
    line([input.actual, input.actual], [Math.min(...all), Math.max(...all)], {
      name: "the data's outlier",
      color: "#000000",
      dash: "dot",
      width: 1,
      hover: `the outlier's real height y = ${input.actual}<extra></extra>`,
    }),
  );
  return figure(traces, {
    title: `How far the outlier (at x = ${input.xOfOutlier}) drags the fitted slope`,
    xTitle: `height y of the point at x = ${input.xOfOutlier}`,
    yTitle: "fitted slope θ₁",
  });
}
