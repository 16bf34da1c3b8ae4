/**
 * Lesson 09's picture: one panel per loss, in a grid, of held-out features of the trained digits and of
 * the unseen digits, all projected on the unit sphere (3-D features) or the unit circle (2-D). Trained
 * digits are dots in their course colour (`classColor`); the unseen digits keep their colours too but are
 * drawn as larger diamonds (3-D) or crosses (2-D) and named "(unseen)" in the legend. Classifier panels
 * show their class weight directions. Built from `sphereFigure` / `featureFigure`, re-laid out as a grid.
 */
import type { CapstoneFeatures } from "../capstone/run_capstone";
import { ShapeError } from "losslab";
import { checkInteger, checkNumberArray, checkObject, checkOptions } from "losslab/internal";
import { featureFigure, sphereFigure, type FeaturePanel } from "./feature_plots";
import { checkList, checkString, optional } from "./plot_checks";
import type { Figure, Layout, Trace } from "../notebook/figure_types";

export interface CapstoneFigureOptions {
  title?: string;
  /** Panels per row. @default 4 */
  columns?: number;
  /** The digits never trained on, drawn distinctly. @default [8, 9] */
  unseenDigits?: number[];
}

/** A loss's features as one panel: held-out seen digits, then the unseen ones. */
export function capstonePanel(f: CapstoneFeatures): FeaturePanel {
  return {
    title: f.name,
    features: [...f.seen.features, ...f.unseen.features],
    labels: [...f.seen.labels, ...f.unseen.labels],
    weights: f.weights ?? undefined,
    projected: true,
  };
}

/** Marks the traces of unseen digits: another symbol, larger, "(unseen)" in the legend and hover. */
function markUnseen(trace: Trace, unseen: number[], threeD: boolean): Trace {
  const match = typeof trace.name === "string" ? /^digit (\d)$/.exec(trace.name) : null;
  if (!match || !unseen.includes(Number(match[1])) || trace.mode !== "markers") return trace;
  const marker = { ...(trace.marker as Record<string, unknown>), symbol: threeD ? "diamond" : "x", size: threeD ? 3 : 7, opacity: 0.9 };
  const text = (trace.text as string[]).map((t) => t.replace(/^digit (\d)/, "digit $1 (unseen: never trained on)"));
  return { ...trace, name: `digit ${match[1]} (unseen)`, marker, text };
}

/** The grid of feature pictures, one panel per loss (see the module comment). */
export function capstoneFeatureFigure(features: CapstoneFeatures[], options: CapstoneFigureOptions = {}): Figure {
  const fn = "capstoneFeatureFigure";
  if (checkList(fn, "features", features).length === 0) throw new ShapeError(fn, "features", "at least one loss's features", "an empty array (no features to draw)");
  features.forEach((f, k) => {
    checkObject(fn, f, `features[${k}]`, "a loss's features from runCapstone");
    checkObject(fn, f.seen, `features[${k}].seen`, "{ features, labels }");
    checkObject(fn, f.unseen, `features[${k}].unseen`, "{ features, labels }");
  });
  checkOptions(fn, options, ["title?", "columns?", "unseenDigits?"]);
  optional(options.title, (v) => checkString(fn, "title", v));
  optional(options.columns, (v) => checkInteger(fn, "columns", v, { min: 1 }));
  optional(options.unseenDigits, (v) => checkNumberArray(fn, "unseenDigits", v, { minLength: 0 }));
  const d = features[0].seen.features[0]?.length ?? 0;
  if (d !== 2 && d !== 3) throw new Error(`losslab.capstoneFeatureFigure: features must be 2-D or 3-D, got ${d}-D`);
  const unseen = options.unseenDigits ?? [8, 9];
  const n = features.length;
  const cols = Math.min(options.columns ?? 4, n);
  const rows = Math.ceil(n / cols);
  const title = options.title ?? `Held-out features of every loss on the unit ${d === 3 ? "sphere" : "circle"}: dots trained digits, ${d === 3 ? "diamonds" : "crosses"} the unseen digits ${unseen.join(" and ")}`;
  const panels = features.map(capstonePanel);
  if (d === 2) {
    const fig = featureFigure(panels, { title, columns: cols });
    fig.data = fig.data.map((t) => markUnseen(t, unseen, false));
    return fig;
  }
  const fig = sphereFigure(panels, { title });
  fig.data = fig.data.map((t) => markUnseen(t, unseen, true));
  // sphereFigure lays the scenes out in one row: move them to a grid of `cols` columns
  const layout = fig.layout as Layout;
  const gapX = 0.01;
  const rowHeight = 0.92 / rows;
  const annotations = layout.annotations as Record<string, unknown>[];
  panels.forEach((_, k) => {
    const scene = layout[k === 0 ? "scene" : `scene${k + 1}`] as { domain: { x: number[]; y: number[] }; camera: unknown };
    const [c, r] = [k % cols, Math.floor(k / cols)];
    const x = [c / cols + gapX, (c + 1) / cols - gapX];
    const top = 0.95 - r * rowHeight;
    scene.domain = { x, y: [top - rowHeight + 0.02, top - 0.01] };
    // closer than sphereFigure's camera: the small panels of a grid need the sphere to fill them
    scene.camera = { eye: { x: 1.0, y: 1.0, z: 0.65 } };
    annotations[k] = { ...annotations[k], x: (x[0] + x[1]) / 2, y: top, yanchor: "bottom" };
  });
  layout.height = 60 + rows * 360;
  layout.margin = { l: 10, r: 10, t: 70, b: 10 };
  return fig;
}
