/**
 * Lesson 04's figures: 2-D embeddings of digits (one colour per digit, `classColor`; hovering a point
 * names the digit and its test image), histograms of positive- and negative-pair distances with the
 * threshold t, the easy / semi-hard / hard split of 1000 random triplets epoch by epoch, the spread of the
 * embeddings as the naive loss collapses them, and the contrastive loss's two forms against d.
 * Several runs in one figure get a slider, which works in exported pages too.
 */
import { histogram } from "../analysis/histogram";
import type { ContrastiveCurves } from "../metric_learning/conventions";
import { snapshotStatus, type EmbeddingRun, type EmbeddingSnapshot } from "../metric_learning/train_embedding";
import type { PairVerification } from "../metric_learning/verify";
import { figure, line, sliderFigure, type SliderStep } from "./figure";
import { ShapeError } from "losslab";
import { checkInteger, checkNestedNumbers, checkObject, checkOptions, checkRange } from "losslab/internal";
import { classColor, seriesColor } from "./palette";
import { checkData, checkEntries, checkList, checkString, optional } from "./plot_checks";
import { bars, onRight, twoPanels } from "./panels";
import type { Figure, Layout, Trace } from "../notebook/figure_types";

const fmt = (v: number, digits = 3) => String(Number(v.toPrecision(digits)));

/** Room between the x-axis title and the slider of `sliderFigure`, smaller slider labels (six runs fit). */
function roomForSlider(fig: Figure): Figure {
  const sliders = fig.layout.sliders as Record<string, unknown>[];
  sliders[0] = { ...sliders[0], pad: { t: 70 }, font: { size: 11 }, x: 0, len: 1 };
  fig.layout.margin = { ...(fig.layout.margin as object), r: 80, b: 150 };
  fig.layout.height = (fig.layout.height as number) + 30;
  return fig;
}

/** The embeddings of one run. */
export interface EmbeddingPanel {
  /** Shown as the figure's title when this panel is on screen. */
  title: string;
  /** The slider's label (default: the title). */
  label?: string;
  /** One row per digit, 2 numbers each. */
  embeddings: number[][];
  labels: ArrayLike<number>;
  /** Row of each digit in its set, for the hover text ("test image 123"). */
  rows?: ArrayLike<number>;
  /** Name of the set the rows refer to. @default "test image" */
  rowName?: string;
}

/** One scatter trace per digit, in digit order, each in its class colour. */
function digitTraces(panel: EmbeddingPanel): Trace[] {
  const classes = [...new Set(Array.from(panel.labels))].sort((a, b) => a - b);
  const rowName = panel.rowName ?? "test image";
  return classes.map((c) => {
    const idx = Array.from({ length: panel.labels.length }, (_, i) => i).filter((i) => panel.labels[i] === c);
    return {
      type: "scatter",
      mode: "markers",
      name: `digit ${c}`,
      legendgroup: `digit ${c}`,
      x: idx.map((i) => panel.embeddings[i][0]),
      y: idx.map((i) => panel.embeddings[i][1]),
      text: idx.map((i) => {
        const e = panel.embeddings[i];
        const where = panel.rows ? ` · ${rowName} ${panel.rows[i]}` : "";
        return `digit ${c}${where}<br>f(x) = (${fmt(e[0])}, ${fmt(e[1])})`;
      }),
      hovertemplate: "%{text}<extra></extra>",
      marker: { color: classColor(c), size: 6, opacity: 0.8 },
    };
  });
}

/** Axis ranges that hold every point with a 6 % border (equal scales are set by the layout). */
function rangeOf(points: number[][], k: number): [number, number] {
  const v = points.map((p) => p[k]);
  const lo = Math.min(...v);
  const hi = Math.max(...v);
  const pad = 0.06 * Math.max(hi - lo, 1e-6);
  return [lo - pad, hi + pad];
}

function embeddingAxes(panel: EmbeddingPanel): Layout {
  return {
    xaxis: { title: { text: "f(x)₁" }, range: rangeOf(panel.embeddings, 0), zeroline: false },
    // equal scales: a circle stays a circle, distances read the same both ways
    yaxis: { title: { text: "f(x)₂" }, range: rangeOf(panel.embeddings, 1), zeroline: false, scaleanchor: "x", scaleratio: 1 },
  };
}

/** 2-D embeddings, one trace per digit; with several panels, a slider picks the run. */
export function embeddingFigure(panels: EmbeddingPanel[], options: { title?: string; sliderTitle?: string; active?: number; height?: number } = {}): Figure {
  const fn = "embeddingFigure";
  checkEntries<EmbeddingPanel>(fn, "panels", panels, "at least one panel", ["title", "label?", "embeddings", "labels", "rows?", "rowName?"], (p, at) => {
    checkNestedNumbers(fn, `${at}.embeddings`, checkList(fn, `${at}.embeddings`, p.embeddings));
    if (p.embeddings.some((e) => e.length !== 2)) throw new ShapeError(fn, `${at}.embeddings`, `2-D embeddings (panel '${p.title}')`, "rows of another length");
    const labels = checkData(fn, `${at}.labels`, p.labels);
    if (labels.length !== p.embeddings.length) throw new ShapeError(fn, `${at}.labels`, `one label per embedding (${p.embeddings.length})`, `${labels.length}`);
    optional(p.rows, (v) => checkData(fn, `${at}.rows`, v));
    optional(p.rowName, (v) => checkString(fn, `${at}.rowName`, v));
  });
  checkOptions(fn, options, ["title?", "sliderTitle?", "active?", "height?"]);
  optional(options.title, (v) => checkString(fn, "title", v));
  optional(options.sliderTitle, (v) => checkString(fn, "sliderTitle", v));
  optional(options.active, (v) => checkInteger(fn, "active", v, { min: 0, max: panels.length - 1 }));
  const height = optional(options.height, (v) => checkRange(fn, "height", v, { min: 0, minOpen: true })) ?? 560;
  if (panels.length === 1) {
    const p = panels[0];
    return figure(digitTraces(p), { title: options.title ?? p.title, xTitle: "f(x)₁", yTitle: "f(x)₂", height, layout: embeddingAxes(p) });
  }
  const active = options.active ?? 0;
  const steps: SliderStep[] = panels.map((p) => ({
    label: p.label ?? p.title,
    traces: digitTraces(p),
    layout: { title: { text: p.title }, ...embeddingAxes(p) },
  }));
  return roomForSlider(
    sliderFigure([], steps, {
      title: panels[active].title,
      xTitle: "f(x)₁",
      yTitle: "f(x)₂",
      sliderTitle: options.sliderTitle ?? "run",
      active,
      height,
      layout: embeddingAxes(panels[active]),
    }),
  );
}

/** The panel of a run's last snapshot: its test digits after training. */
export function runPanel(run: EmbeddingRun): EmbeddingPanel {
  const s = run.final;
  return { title: `${run.name}: test digits after ${s.epoch} epochs (spread ${fmt(s.spread, 2)})`, label: run.label, embeddings: s.embeddings, labels: s.labels, rows: s.rows };
}

/** The live picture of a training run: its watched digits after the last epoch. */
export function embeddingSnapshotFigure(name: string, s: EmbeddingSnapshot): Figure {
  return embeddingFigure([{ title: `${name} · ${snapshotStatus(s)}`, embeddings: s.embeddings, labels: s.labels, rows: s.rows }], { title: `${name}<br><sub>${snapshotStatus(s)}</sub>` });
}

/** Distances of the test pairs of one run, and its threshold. */
export interface DistanceHistogram {
  title: string;
  label?: string;
  /** Distances of positive (same digit) pairs. */
  positive: number[];
  /** Distances of negative (different digits) pairs. */
  negative: number[];
  /** t: "same" when d < t. */
  threshold: number;
  /** Accuracy at t, shown in the threshold's hover text. */
  accuracy?: number;
}

/** The histogram input of a verified run: its test-pair distances and the threshold fitted on training pairs. */
export function verificationHistogram(run: EmbeddingRun, v: PairVerification): DistanceHistogram {
  return {
    title: `${run.name}: test-pair distances, t fitted on training pairs (test accuracy ${(100 * v.accuracy).toFixed(1)} %, ROC AUC ${v.auc.toFixed(3)})`,
    label: run.label,
    positive: v.positive,
    negative: v.negative,
    threshold: v.threshold,
    accuracy: v.accuracy,
  };
}

function histogramTraces(h: DistanceHistogram, bins: number): { traces: Trace[]; layout: Layout } {
  const all = [...h.positive, ...h.negative];
  const max = Math.max(...all, Number.isFinite(h.threshold) ? h.threshold : 0);
  const width = max / bins;
  const kinds: [string, number[], number][] = [
    ["positive pairs (same digit)", h.positive, 2],
    ["negative pairs (different digits)", h.negative, 1],
  ];
  const traces: Trace[] = kinds.map(([name, values, colour]) => {
    const g = histogram(values, { bins, min: 0, max: max || 1 });
    return {
      type: "bar",
      name,
      x: g.centres,
      y: g.density,
      width: width || 1 / bins,
      marker: { color: seriesColor(colour), opacity: 0.6 },
      hovertemplate: `${name}<br>d ≈ %{x:.3g}: density %{y:.3g}<extra></extra>`,
    };
  });
  const top = Math.max(...traces.flatMap((t) => t.y as number[]));
  const acc = h.accuracy === undefined ? "" : `, test accuracy ${(100 * h.accuracy).toFixed(1)} %`;
  if (Number.isFinite(h.threshold)) {
    traces.push({
      type: "scatter",
      mode: "lines",
      name: `threshold t = ${fmt(h.threshold)}`,
      x: [h.threshold, h.threshold],
      y: [0, 1.05 * top],
      line: { color: "#000000", dash: "dash", width: 2 },
      hovertemplate: `t = ${fmt(h.threshold)}: "same digit" when d < t${acc}<extra></extra>`,
    });
  }
  return { traces, layout: { xaxis: { title: { text: "distance d = ‖f(x₁) − f(x₂)‖" }, range: [0, max || 1], zeroline: false }, yaxis: { title: { text: "density" }, range: [0, 1.1 * top], zeroline: false } } };
}

/** Overlaid histograms of positive- and negative-pair distances with the threshold t; a slider for several runs. */
export function distanceHistogramFigure(sets: DistanceHistogram[], options: { title?: string; bins?: number; active?: number } = {}): Figure {
  const fn = "distanceHistogramFigure";
  checkEntries<DistanceHistogram>(fn, "sets", sets, "at least one set of distances", ["title", "label?", "positive", "negative", "threshold", "accuracy?"], (h, at) => {
    checkData(fn, `${at}.positive`, h.positive);
    checkData(fn, `${at}.negative`, h.negative);
    // a threshold may be ±Infinity (no pair on one side): it is then left out of the figure
    if (typeof h.threshold !== "number" || Number.isNaN(h.threshold)) checkRange(fn, `${at}.threshold`, h.threshold, {});
    optional(h.accuracy, (v) => checkRange(fn, `${at}.accuracy`, v, { min: 0, max: 1 }));
  });
  checkOptions(fn, options, ["title?", "bins?", "active?"]);
  optional(options.title, (v) => checkString(fn, "title", v));
  const bins = checkInteger(fn, "bins", options.bins ?? 40, { min: 1, max: 10000 });
  optional(options.active, (v) => checkInteger(fn, "active", v, { min: 0, max: sets.length - 1 }));
  const drawn = sets.map((h) => histogramTraces(h, bins));
  const common = { xTitle: "distance d = ‖f(x₁) − f(x₂)‖", yTitle: "density", height: 460 };
  // the legend sits inside, top right (over the long tail of negative pairs), leaving the slider the full width
  const legend = { x: 0.99, xanchor: "right", y: 0.98, bgcolor: "rgba(255,255,255,0.8)" };
  if (sets.length === 1) {
    return figure(drawn[0].traces, { ...common, title: options.title ?? sets[0].title, layout: { barmode: "overlay", legend, ...drawn[0].layout } });
  }
  const active = options.active ?? 0;
  const steps: SliderStep[] = sets.map((h, k) => ({ label: h.label ?? h.title, traces: drawn[k].traces, layout: { title: { text: h.title }, ...drawn[k].layout } }));
  return roomForSlider(sliderFigure([], steps, { ...common, title: sets[active].title, sliderTitle: "run", active, layout: { barmode: "overlay", legend, ...drawn[active].layout } }));
}

/** A list of runs of `trainEmbedding`, each checked for form (an object with its snapshots). */
function checkRuns(fn: string, runs: unknown): EmbeddingRun[] {
  return checkList<EmbeddingRun>(fn, "runs", runs).map((r, k) => {
    checkObject(fn, r, `runs[${k}]`, "a run of trainEmbedding");
    checkList(fn, `runs[${k}].snapshots`, r.snapshots, 1);
    return r;
  });
}

/** Stacked bars per epoch: hard, semi-hard (kept by the notes' rule) and easy triplets of the probe. */
function categoryTraces(run: EmbeddingRun): Trace[] {
  const epochs = run.snapshots.map((s) => s.epoch);
  const kinds: [string, keyof EmbeddingSnapshot, number, string][] = [
    ["semi-hard: kept by the notes' rule", "semiHard", 2, "D(A,P) < D(A,N) < D(A,P) + α"],
    ["hard: D(A,N) ≤ D(A,P), discarded", "hard", 1, "the negative is no farther than the positive"],
    ["easy: loss already 0", "easy", 4, "D(A,N) ≥ D(A,P) + α"],
  ];
  return kinds.map(([name, key, colour, rule]) =>
    bars(epochs, run.snapshots.map((s) => s[key] as number), {
      name,
      color: colour,
      text: run.snapshots.map((s) => `epoch ${s.epoch}: ${s[key]} of ${s.triplets} triplets ${name.split(":")[0]} (${rule})`),
    }),
  );
}

/** The notes' procedure as training goes on: of 1000 random triplets, how many are hard, semi-hard, easy; a slider over runs. */
export function tripletCategoryFigure(runs: EmbeddingRun[], options: { active?: number } = {}): Figure {
  const fn = "tripletCategoryFigure";
  if (checkRuns(fn, runs).length === 0) throw new ShapeError(fn, "runs", "at least one run", "an empty array");
  checkOptions(fn, options, ["active?"]);
  optional(options.active, (v) => checkInteger(fn, "active", v, { min: 0, max: runs.length - 1 }));
  const titleOf = (r: EmbeddingRun) =>
    r.miner === "notes"
      ? `Training with the notes' rule: which of ${r.final.triplets} random test triplets does it keep?`
      : `Training with ${r.label} mining: which of ${r.final.triplets} random test triplets would the notes' rule keep?`;
  const triplets = runs[0].snapshots[0].triplets;
  const common = {
    xTitle: "epoch (0: before training)",
    yTitle: `triplets (of ${triplets})`,
    height: 480,
    // the legend on top, under the title: the slider below keeps the full width
    layout: { barmode: "stack", yaxis: { range: [0, triplets] }, legend: { orientation: "h", x: 0, y: 1.01, yanchor: "bottom" }, margin: { l: 60, r: 20, t: 95, b: 50 } },
  };
  if (runs.length === 1) return figure(categoryTraces(runs[0]), { ...common, title: titleOf(runs[0]) });
  const active = options.active ?? 0;
  const steps = runs.map((r) => ({ label: r.label, traces: categoryTraces(r), layout: { title: { text: titleOf(r) } } }));
  const fig = roomForSlider(sliderFigure([], steps, { ...common, title: titleOf(runs[active]), sliderTitle: "run", active }));
  fig.layout.margin = { ...(fig.layout.margin as object), t: 95 };
  return fig;
}

/**
 * The collapse, step by step: left, the spread of the embeddings (RMS distance from their mean, log
 * scale); right, the mean distance of positive and of negative test pairs. One colour per run.
 */
export function spreadFigure(runs: EmbeddingRun[], options: { title?: string } = {}): Figure {
  checkRuns("spreadFigure", runs);
  checkOptions("spreadFigure", options, ["title?"]);
  optional(options.title, (v) => checkString("spreadFigure", "title", v));
  const traces: Trace[] = [];
  runs.forEach((r, k) => {
    const perEpoch = r.history.steps / Math.max(1, r.final.epoch);
    const steps = r.snapshots.map((s) => s.epoch * perEpoch);
    const series = (values: number[], what: string, dash: "solid" | "dash") =>
      line(steps, values, { name: r.label, color: k, dash, hover: `${r.name}<br>step %{x}: ${what} %{y:.3g}<extra></extra>` });
    // one legend entry per run (its spread); the right panel's lines share the run's colour
    traces.push({ ...series(r.snapshots.map((s) => s.spread), "spread", "solid"), legendgroup: r.label });
    traces.push({ ...onRight(series(r.snapshots.map((s) => s.positiveDistance), "mean distance of positive pairs", "solid")), legendgroup: r.label });
    traces.push({ ...onRight(series(r.snapshots.map((s) => s.negativeDistance), "mean distance of negative pairs", "dash")), legendgroup: r.label });
  });
  const logAxis = { type: "log", dtick: "D2" };
  const layout = twoPanels(
    { title: "spread of the embeddings", xTitle: "training step", yTitle: "RMS distance from the mean embedding", yaxis: logAxis },
    { title: "mean distance of test pairs (dashed: different digits)", xTitle: "training step", yTitle: "mean ‖f(x₁) − f(x₂)‖", yaxis: logAxis },
  );
  return figure(traces, { title: options.title ?? "Does the embedding collapse?", xTitle: "training step", yTitle: "spread", height: 470, layout: { ...layout, legend: { orientation: "h", x: 0, y: -0.2 } } });
}

/** The contrastive loss of a similar and of a dissimilar pair against d: the notes' form and Hadsell's. */
export function contrastiveCurvesFigure(c: ContrastiveCurves): Figure {
  const d = c.distances;
  const m = fmt(c.margin);
  const traces = [
    line(d, c.notes.similar, { name: "notes, similar pair (y = 0): d²", color: 2 }),
    line(d, c.notes.dissimilar, { name: `notes, dissimilar pair (y = 1): max(0, m² − d²)`, color: 1 }),
    line(d, c.hadsell.similar, { name: "Hadsell et al., similar: ½d²", color: 2, dash: "dot" }),
    line(d, c.hadsell.dissimilar, { name: "Hadsell et al., dissimilar: ½max(0, m − d)²", color: 1, dash: "dot" }),
  ];
  const top = Math.max(...traces.flatMap((t) => t.y as number[]));
  traces.push({ type: "scatter", mode: "lines", name: `margin m = ${m}`, x: [c.margin, c.margin], y: [0, top], line: { color: "#888888", dash: "dash", width: 1 }, hovertemplate: `m = ${m}: dissimilar pairs farther than m cost nothing<extra></extra>` });
  return figure(traces, { title: `The contrastive loss of one pair against its distance d (m = ${m})`, xTitle: "distance d = ‖f(x₁) − f(x₂)‖", yTitle: "loss of the pair", height: 440 });
}
