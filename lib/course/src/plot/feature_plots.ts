/**
 * Pictures of trained features (lessons 05–09): 2-D features in their original space or projected on
 * the unit circle, several runs side by side, the same run epoch by epoch, and 3-D features on the
 * unit sphere with histograms of positive- and negative-pair angles (SphereFace's Figure 5). Each
 * digit keeps its colour (`classColor`); hovering a point names the digit, its test image and its
 * norm and angle.
 */
import { histogram } from "../analysis/histogram";
import { unitVector, vectorNorm } from "../analysis/vectors";
import { degrees } from "losslab";
import type { FeatureSnapshot } from "../training/train_head";
import { figure, linspace, sliderFigure } from "./figure";
import { InputTypeError } from "losslab";
import { checkBoolean, checkInteger, checkNestedNumbers, checkObject, checkOptions, checkRange, describe } from "losslab/internal";
import { classColor, seriesColor } from "./palette";
import { checkData, checkList, checkString, optional } from "./plot_checks";
import type { Figure, Layout, Trace } from "../notebook/figure_types";

export interface FeaturePanel {
  /** The panel's heading ("softmax", "m = 2"). */
  title: string;
  /** One row per digit: 2 numbers (plane) or 3 (sphere). */
  features: number[][];
  labels: ArrayLike<number>;
  /** Test-set row of each feature, for the hover text. */
  rows?: ArrayLike<number>;
  /** Class weight vectors, one row a class, drawn as directions. */
  weights?: number[][];
  /** Draw the features divided by their norms: on the unit circle (2-D). @default false */
  projected?: boolean;
}

const fmt = (v: number, digits = 3) => String(Number(v.toPrecision(digits)));

/** "digit 7 · test image 123" plus norm and direction. */
function hoverText(f: number[], label: number, row: number | undefined): string {
  const where = row === undefined ? "" : ` · test image ${row}`;
  const angle = f.length === 2 ? `, direction ${fmt(degrees(Math.atan2(f[1], f[0])), 3)}°` : "";
  return `digit ${label}${where}<br>‖x‖ = ${fmt(vectorNorm(f))}${angle}`;
}

/** Classes present, in increasing order. */
function classesOf(labels: ArrayLike<number>): number[] {
  return [...new Set(Array.from(labels))].sort((a, b) => a - b);
}

/** The scatter traces of one panel, one per class, on axes (xa, ya) or a 3-D scene. */
function panelPoints(panel: FeaturePanel, where: { xaxis?: string; yaxis?: string; scene?: string }, legend: boolean): Trace[] {
  const project = panel.projected || where.scene !== undefined;
  return classesOf(panel.labels).map((c) => {
    const idx = Array.from({ length: panel.labels.length }, (_, i) => i).filter((i) => panel.labels[i] === c);
    const pts = idx.map((i) => (project ? unitVector(panel.features[i]) : panel.features[i]));
    const trace: Trace = {
      type: where.scene ? "scatter3d" : "scatter",
      mode: "markers",
      name: `digit ${c}`,
      legendgroup: `digit ${c}`,
      showlegend: legend,
      x: pts.map((p) => p[0]),
      y: pts.map((p) => p[1]),
      text: idx.map((i) => hoverText(panel.features[i], c, panel.rows?.[i])),
      hovertemplate: "%{text}<extra></extra>",
      marker: { color: classColor(c), size: where.scene ? 2.5 : 5, opacity: 0.75 },
      ...where,
    };
    if (where.scene) trace.z = pts.map((p) => p[2]);
    return trace;
  });
}

/** Class weight directions as lines from the origin, of length `reach`. */
function weightLines(weights: number[][], reach: number, where: { xaxis?: string; yaxis?: string; scene?: string }): Trace[] {
  return weights.map((w, c) => {
    const u = unitVector(w);
    const trace: Trace = {
      type: where.scene ? "scatter3d" : "scatter",
      mode: "lines",
      name: `w${c}`,
      legendgroup: `digit ${c}`,
      showlegend: false,
      x: [0, reach * u[0]],
      y: [0, reach * u[1]],
      line: { color: classColor(c), width: where.scene ? 5 : 2, dash: where.scene ? "solid" : "dash" },
      hovertemplate: `weight w of digit ${c}: ‖w‖ = ${fmt(vectorNorm(w))}<extra></extra>`,
      ...where,
    };
    if (where.scene) trace.z = [0, reach * u[2]];
    return trace;
  });
}

function unitCircle(where: { xaxis: string; yaxis: string }): Trace {
  const t = linspace(0, 2 * Math.PI, 121);
  return { type: "scatter", mode: "lines", x: t.map(Math.cos), y: t.map(Math.sin), line: { color: "#BBBBBB", width: 1 }, hoverinfo: "skip", showlegend: false, name: "unit circle", ...where };
}

/** Axis names of panel k (0-based): "x", "x2", … */
const axisName = (letter: string, k: number) => (k === 0 ? letter : `${letter}${k + 1}`);

/** A non-empty list of feature panels, each checked for form: `features` a rectangular array of numbers, one label per feature. */
function checkPanels(fn: string, panels: unknown): FeaturePanel[] {
  return checkList<FeaturePanel>(fn, "panels", panels, 1).map((p, k) => {
    const at = `panels[${k}]`;
    checkOptions(fn, p, ["title", "features", "labels", "rows?", "weights?", "projected?"], at);
    checkString(fn, `${at}.title`, p.title);
    checkList(fn, `${at}.features`, p.features);
    checkNestedNumbers(fn, `${at}.features`, p.features);
    const labels = checkData(fn, `${at}.labels`, p.labels);
    if (labels.length !== p.features.length) throw new InputTypeError(fn, `${at}.labels`, `one label per feature (${p.features.length})`, `${labels.length}`);
    optional(p.rows, (v) => checkData(fn, `${at}.rows`, v));
    optional(p.weights, (v) => checkNestedNumbers(fn, `${at}.weights`, checkList(fn, `${at}.weights`, v)));
    optional(p.projected, (v) => checkBoolean(fn, `${at}.projected`, v));
    return p;
  });
}

/** Traces and layout of 2-D panels in a grid of `cols` columns (see `featureFigure`). */
function panelGrid(panels: FeaturePanel[], cols: number): { traces: Trace[]; layout: Layout; rows: number } {
  const n = panels.length;
  const rows = Math.ceil(n / cols);
  const gapX = 0.06;
  const gapY = rows > 1 ? 0.14 : 0.04;
  const traces: Trace[] = [];
  const layout: Layout = { annotations: [], showlegend: true, legend: { x: 1.01, y: 1 } };
  panels.forEach((panel, k) => {
    if (panel.features.some((f) => f.length !== 2)) throw new Error(`losslab.featureFigure: panel '${panel.title}' needs 2-D features (use sphereFigure for 3-D)`);
    const [xa, ya] = [axisName("x", k), axisName("y", k)];
    const where = { xaxis: xa, yaxis: ya };
    const reach = panel.projected ? 1.25 : 1.08 * Math.max(1e-9, ...panel.features.map((f) => vectorNorm(f)));
    if (panel.projected) traces.push(unitCircle(where));
    if (panel.weights) traces.push(...weightLines(panel.weights, panel.projected ? 1.2 : reach, where));
    traces.push(...panelPoints(panel, where, k === 0));
    const [c, r] = [k % cols, Math.floor(k / cols)];
    const xDomain = [c / cols + gapX / 2, (c + 1) / cols - gapX / 2];
    const yDomain = [1 - (r + 1) / rows + gapY / 2, 1 - r / rows - gapY / 2];
    const range = [-reach, reach];
    // constrain "domain": equal scales shrink the panel (centred), not stretch its range
    const axis = { range, zeroline: false, constrain: "domain" };
    layout[`xaxis${k === 0 ? "" : k + 1}`] = { ...axis, domain: xDomain, anchor: ya, title: { text: panel.projected ? "x₁/‖x‖" : "x₁" } };
    layout[`yaxis${k === 0 ? "" : k + 1}`] = { ...axis, domain: yDomain, anchor: xa, scaleanchor: xa, scaleratio: 1, title: { text: panel.projected ? "x₂/‖x‖" : "x₂" } };
    (layout.annotations as unknown[]).push({ text: panel.title, x: (xDomain[0] + xDomain[1]) / 2, y: yDomain[1], xref: "paper", yref: "paper", yanchor: "bottom", showarrow: false, font: { size: 13 } });
  });
  return { traces, layout, rows };
}

/**
 * 2-D features, one panel per entry of `panels`, in a grid of `columns` (default: all in one row).
 * Original-space panels are scaled to their largest feature; projected panels show the unit circle.
 */
export function featureFigure(panels: FeaturePanel[], options: { title: string; columns?: number; height?: number }): Figure {
  const fn = "featureFigure";
  checkPanels(fn, panels);
  checkOptions(fn, options, ["title", "columns?", "height?"]);
  checkString(fn, "title", options.title);
  const cols = checkInteger(fn, "columns", options.columns ?? Math.max(1, panels.length), { min: 1 });
  optional(options.height, (v) => checkRange(fn, "height", v, { min: 0, minOpen: true }));
  const { traces, layout, rows } = panelGrid(panels, cols);
  // about square panels in a notebook about 900 px wide (legend included)
  const side = Math.min(400, 780 / cols);
  return figure(traces, { title: options.title, xTitle: "x₁", yTitle: "x₂", height: options.height ?? Math.round(rows * (side + 60) + 90), layout });
}

/** "softmax · epoch 3/8 · test accuracy 91.2 %" for a live title. */
export function snapshotTitle(name: string, s: FeatureSnapshot): string {
  const acc = Number.isNaN(s.testAccuracy) ? "" : ` · test accuracy ${(100 * s.testAccuracy).toFixed(1)} %`;
  const lambda = Number.isNaN(s.lambda) ? "" : ` · λ = ${fmt(s.lambda)}`;
  return `${name} · epoch ${s.epoch}/${s.epochs}${acc}${lambda}`;
}

/** A panel of a snapshot's watched features and its class weights. */
export function snapshotPanel(s: FeatureSnapshot, options: { title: string; projected?: boolean }): FeaturePanel {
  checkObject("snapshotPanel", s, "s", "a feature snapshot (trainHead's onEpoch or a run's final)");
  checkOptions("snapshotPanel", options, ["title", "projected?"]);
  checkString("snapshotPanel", "title", options.title);
  optional(options.projected, (v) => checkBoolean("snapshotPanel", "projected", v));
  return { title: options.title, features: s.features, labels: s.labels, rows: s.rows, weights: s.weights, projected: options.projected };
}

/**
 * The live picture of a 2-D run: the features in their original space and projected on the unit
 * circle, side by side (`projected: "both"`), or one of the two.
 */
export function liveFeatureFigure(name: string, s: FeatureSnapshot, options: { projected?: boolean | "both" } = {}): Figure {
  checkString("liveFeatureFigure", "name", name);
  checkObject("liveFeatureFigure", s, "s", "a feature snapshot");
  checkOptions("liveFeatureFigure", options, ["projected?"]);
  if (options.projected !== undefined && options.projected !== "both" && typeof options.projected !== "boolean") {
    throw new InputTypeError("liveFeatureFigure", "projected", "true, false or \"both\"", describe(options.projected));
  }
  const mode = options.projected ?? "both";
  const panels =
    mode === "both"
      ? [snapshotPanel(s, { title: "original feature space" }), snapshotPanel(s, { title: "projected on the unit circle", projected: true })]
      : [snapshotPanel(s, { title: mode ? "projected on the unit circle" : "original feature space", projected: mode })];
  return featureFigure(panels, { title: snapshotTitle(name, s) });
}

/**
 * One run epoch by epoch, with a slider: the features moving as training goes, in the original space
 * (rescaled at each epoch: the tick labels show the norms growing) and on the unit circle. For pages
 * read without a kernel, where the live figure keeps only its last frame.
 */
export function featureEpochsFigure(name: string, snapshots: FeatureSnapshot[]): Figure {
  const grids = snapshots.map((s) =>
    panelGrid([snapshotPanel(s, { title: "original feature space" }), snapshotPanel(s, { title: "projected on the unit circle", projected: true })], 2),
  );
  const axes = (layout: Layout): Layout => ({ xaxis: layout.xaxis, yaxis: layout.yaxis, xaxis2: layout.xaxis2, yaxis2: layout.yaxis2 });
  const steps = snapshots.map((s, k) => ({ label: String(s.epoch), traces: grids[k].traces, layout: { ...axes(grids[k].layout), title: { text: snapshotTitle(name, s) } } }));
  const last = snapshots.length - 1;
  return sliderFigure([], steps, {
    title: snapshotTitle(name, snapshots[last]),
    xTitle: "x₁",
    yTitle: "x₂",
    sliderTitle: "epoch",
    active: last,
    height: 450,
    layout: { ...grids[last].layout },
  });
}

/** Latitude and longitude lines of the unit sphere, one trace. */
function sphereWireframe(scene: string): Trace {
  const x: (number | null)[] = [];
  const y: (number | null)[] = [];
  const z: (number | null)[] = [];
  const t = linspace(0, 2 * Math.PI, 61);
  for (const lat of [-60, -30, 0, 30, 60].map((d) => (d * Math.PI) / 180)) {
    t.forEach((a) => (x.push(Math.cos(lat) * Math.cos(a)), y.push(Math.cos(lat) * Math.sin(a)), z.push(Math.sin(lat))));
    [x, y, z].forEach((v) => v.push(null));
  }
  for (let k = 0; k < 6; k++) {
    const lon = (k * Math.PI) / 6;
    t.forEach((a) => (x.push(Math.cos(a) * Math.cos(lon)), y.push(Math.cos(a) * Math.sin(lon)), z.push(Math.sin(a))));
    [x, y, z].forEach((v) => v.push(null));
  }
  return { type: "scatter3d", mode: "lines", x, y, z, line: { color: "#CCCCCC", width: 1 }, hoverinfo: "skip", showlegend: false, name: "unit sphere", scene };
}

/** Positive- and negative-pair angles of one panel (radians), for the histogram row. */
export interface PairAngleSet {
  positive: number[];
  negative: number[];
}

/**
 * 3-D features projected on the unit sphere, one scene per panel; with `pairs`, a second row of
 * histograms of positive-pair (same digit) and negative-pair angles under each sphere, as in
 * SphereFace's Figure 5.
 */
export function sphereFigure(panels: FeaturePanel[], options: { title: string; pairs?: PairAngleSet[]; pairCaption?: string; bins?: number }): Figure {
  const fn = "sphereFigure";
  checkPanels(fn, panels);
  checkOptions(fn, options, ["title", "pairs?", "pairCaption?", "bins?"]);
  checkString(fn, "title", options.title);
  optional(options.pairs, (v) =>
    checkList<PairAngleSet>(fn, "pairs", v).forEach((p, k) => {
      checkObject(fn, p, `pairs[${k}]`, "{ positive, negative }: pair angles in radians");
      checkData(fn, `pairs[${k}].positive`, p.positive);
      checkData(fn, `pairs[${k}].negative`, p.negative);
    }),
  );
  optional(options.pairCaption, (v) => checkString(fn, "pairCaption", v));
  optional(options.bins, (v) => checkInteger(fn, "bins", v, { min: 1, max: 10000 }));
  const n = panels.length;
  const gap = 0.02;
  const traces: Trace[] = [];
  const top = options.pairs ? 0.36 : 0;
  const layout: Layout = { annotations: [], legend: { x: 1.01, y: 1, itemsizing: "constant" } };
  const bins = options.bins ?? 36;
  // every histogram on one y scale, so that equal heights mean equal densities from panel to panel
  const densities = (options.pairs ?? []).map((pairs) => [pairs.positive, pairs.negative].map((values) => histogram(values.map(degrees), { bins, min: 0, max: 180 })));
  const yMax = Math.max(1e-12, ...densities.flat().flatMap((h) => h.density));
  panels.forEach((panel, k) => {
    if (panel.features.some((f) => f.length !== 3)) throw new Error(`losslab.sphereFigure: panel '${panel.title}' needs 3-D features`);
    const scene = k === 0 ? "scene" : `scene${k + 1}`;
    const x = [k / n + gap, (k + 1) / n - gap];
    traces.push(sphereWireframe(scene));
    if (panel.weights) traces.push(...weightLines(panel.weights, 1.25, { scene }));
    traces.push(...panelPoints(panel, { scene }, k === 0));
    // the wireframe is the reference: no grid, ticks or background boxes
    // and no axis titles: without ticks they only floated between the panels
    const axis = { range: [-1.3, 1.3], title: { text: "" }, showticklabels: false, showspikes: false, showgrid: false, showbackground: false, zeroline: false };
    layout[scene] = {
      domain: { x, y: [top, 0.95] },
      xaxis: axis,
      yaxis: axis,
      zaxis: axis,
      aspectmode: "cube",
      camera: { eye: { x: 1.45, y: 1.45, z: 0.9 } },
    };
    (layout.annotations as unknown[]).push({ text: panel.title, x: (x[0] + x[1]) / 2, y: 0.97, xref: "paper", yref: "paper", showarrow: false, font: { size: 13 } });
    const pairs = options.pairs?.[k];
    if (pairs) {
      const [xa, ya] = [axisName("x", k), axisName("y", k)];
      const kinds: [string, number, number][] = [["positive pairs (same digit)", 0, 1], ["negative pairs (different digits)", 1, 0]];
      for (const [name, which, colour] of kinds) {
        const h = densities[k][which];
        traces.push({
          type: "bar", name, x: h.centres, y: h.density, width: 180 / bins, xaxis: xa, yaxis: ya,
          marker: { color: seriesColor(colour), opacity: 0.6 }, legendgroup: name, showlegend: k === 0,
          hovertemplate: `${name}<br>angle %{x:.0f}°: density %{y:.4f}<extra>${panel.title}</extra>`,
        });
      }
      layout[`xaxis${k === 0 ? "" : k + 1}`] = { domain: [k / n + 0.03, (k + 1) / n - 0.03], range: [0, 180], dtick: 45, anchor: ya, title: { text: "angle (°)" } };
      layout[`yaxis${k === 0 ? "" : k + 1}`] = { domain: [0, 0.27], anchor: xa, title: { text: k === 0 ? "density" : "" }, showticklabels: k === 0,
        range: [0, 1.05 * yMax], autorange: false };
    }
  });
  if (options.pairs) {
    layout.barmode = "overlay";
    if (options.pairCaption) (layout.annotations as unknown[]).push({ text: options.pairCaption, x: 0.5, y: 0.31, xref: "paper", yref: "paper", showarrow: false, font: { size: 12 } });
  }
  return figure(traces, { title: options.title, xTitle: "", yTitle: "", height: options.pairs ? 720 : 480, layout });
}

/** The live picture of a 3-D run: its features on the unit sphere. */
export function liveSphereFigure(name: string, s: FeatureSnapshot): Figure {
  return sphereFigure([snapshotPanel(s, { title: "features on the unit sphere" })], { title: snapshotTitle(name, s) });
}
