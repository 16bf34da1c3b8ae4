/**
 * Rich output for notebooks under the tslab kernel. A figure goes out as one display bundle holding
 * the Plotly MIME type (an object, drawn by JupyterLab's Plotly renderer and VS Code) and a
 * `text/html` rendition that draws offline in exported pages. Outside a kernel (jest, a script)
 * every call prints a plain-text line instead, so library code never depends on Jupyter.
 */
import { figureHtml } from "./figure_html";
import type { Figure } from "./figure_types";
import { InputTypeError } from "losslab";
import { checkBoolean, checkInteger, checkNumber, checkObject, checkOptions, describe } from "losslab/internal";

export const PLOTLY_MIME = "application/vnd.plotly.v1+json";

/**
 * Marks a live figure's bundle for the course's JupyterLab extension (labextension/losslab-live-plotly,
 * installed into .venv by the set-up), which redraws the Plotly entry in place on every update:
 * jupyterlab-plotly alone keeps the first frame. Front ends without it pass the unknown type over.
 */
export const LIVE_PLOTLY_MIME = "application/vnd.losslab.live-plotly+json";

/** A Jupyter display bundle: MIME type → data. */
export type Bundle = { [mime: string]: unknown };

type Writer = (msg: { data: Bundle; metadata: object; transient: object }, update: boolean) => void;

/**
 * tslab's own writer of `display_data` messages. Its public API sends one MIME type per output; the
 * internal writer (tslab 1.0.22, pinned in package.json) sends a whole bundle. Kept in this one place.
 */
function kernelWriter(): Writer | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const jupyter = require("tslab/dist/jupyter") as { lastWriteDisplayData: Writer | null };
    return jupyter.lastWriteDisplayData ?? null;
  } catch {
    return null;
  }
}

/** True when running inside a tslab kernel that can show rich output. */
export function inNotebook(): boolean {
  return kernelWriter() !== null;
}

const state = { plotlyIncluded: false, counter: 0, nonce: Math.random().toString(36).slice(2, 8) };

/** Forgets that plotly.js was already sent: the next figure inlines it again (called by `setup`). */
export function resetFigures(): void {
  state.plotlyIncluded = false;
}

function newId(prefix: string): string {
  state.counter += 1;
  return `losslab-${prefix}-${state.nonce}-${state.counter}`;
}

/** Writes a bundle as a new output, or over the output `displayId` when `update` is true. */
export function writeBundle(data: Bundle, displayId?: string, update = false): void {
  const write = kernelWriter();
  if (write === null) {
    const text = data["text/plain"];
    if (typeof text === "string") process.stdout.write(text + "\n");
    return;
  }
  write({ data, metadata: {}, transient: displayId ? { display_id: displayId } : {} }, update);
}

function figureTitle(fig: Figure): string {
  const t = fig.layout.title as { text?: string } | string | undefined;
  return typeof t === "string" ? t : t?.text ?? "untitled";
}

/** A figure argument: an object { data: traces, layout }, as the figure builders return. */
function checkFigure(fn: string, fig: unknown): void {
  checkObject(fn, fig, "fig", "a figure { data, layout }");
  const f = fig as Record<string, unknown>;
  if (!Array.isArray(f.data)) throw new InputTypeError(fn, "fig.data", "an array of traces", describe(f.data));
  checkObject(fn, f.layout, "fig.layout", "a layout object");
}

/** The bundle of a figure; plotly.js is inlined in the first figure of a run. */
export function figureBundle(fig: Figure, opts: { includePlotly?: boolean } = {}): Bundle {
  checkFigure("figureBundle", fig);
  checkOptions("figureBundle", opts, ["includePlotly?"]);
  if (opts.includePlotly !== undefined) checkBoolean("figureBundle", "includePlotly", opts.includePlotly);
  const include = opts.includePlotly ?? !state.plotlyIncluded;
  if (include) state.plotlyIncluded = true;
  return {
    [PLOTLY_MIME]: fig,
    "text/html": figureHtml(fig, newId("fig"), include),
    "text/plain": `<Figure: ${figureTitle(fig)} (${fig.data.length} traces)>`,
  };
}

/** Shows a Plotly figure in the notebook. */
export function show(fig: Figure): void {
  checkFigure("show", fig);
  writeBundle(figureBundle(fig));
}

/** Shows Markdown (numbers computed by the cell, quoted in prose). */
export function markdown(text: string): void {
  writeBundle({ "text/markdown": text, "text/plain": text });
}

/** Shows a LaTeX formula (display maths). */
export function latex(tex: string): void {
  const wrapped = tex.trim().startsWith("$") ? tex : `$$${tex}$$`;
  writeBundle({ "text/latex": wrapped, "text/markdown": wrapped, "text/plain": tex });
}

/** Shows a table; `rows` are objects whose keys are the column headers. */
export function table(rows: Record<string, string | number>[], opts: { digits?: number } = {}): void {
  if (!Array.isArray(rows)) throw new InputTypeError("table", "rows", "an array of row objects", describe(rows));
  rows.forEach((r, i) => {
    checkObject("table", r, `rows[${i}]`, "a row object { column: value }");
    for (const [k, v] of Object.entries(r)) {
      // left out (undefined or null) is an empty cell
      if (v !== undefined && v !== null && typeof v !== "string" && typeof v !== "number") {
        throw new InputTypeError("table", `rows[${i}].${k}`, "a number or a string", describe(v));
      }
    }
  });
  checkOptions("table", opts, ["digits?"]);
  if (opts.digits !== undefined) checkInteger("table", "digits", opts.digits, { min: 1, max: 100 });
  if (rows.length === 0) {
    markdown("*(empty table)*");
    return;
  }
  const digits = opts.digits ?? 4;
  const cols = Object.keys(rows[0]);
  // a "|" inside a cell would end the cell early: escape it
  const cell = (v: string | number) => (typeof v === "number" ? formatNumber(v, digits) : v.replace(/\|/g, "\\|"));
  const md = [
    `| ${cols.map(cell).join(" | ")} |`,
    `| ${cols.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${cols.map((c) => cell(r[c] ?? "")).join(" | ")} |`),
  ].join("\n");
  writeBundle({ "text/markdown": md, "text/plain": md });
}

/** A number with `digits` significant digits, without trailing zeros or exponent for ordinary sizes. */
export function formatNumber(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return "0";
  const abs = Math.abs(v);
  if (abs >= 1e-4 && abs < 1e7) return String(Number(v.toPrecision(digits)));
  return v.toExponential(digits - 1);
}

/**
 * One output that is rewritten in place: live progress, a training curve that grows. Under a
 * notebook runner only its last state is kept, so executed notebooks stay small.
 */
export class LiveOutput {
  private readonly id = newId("live");
  private written = false;

  private write(data: Bundle): void {
    writeBundle(data, this.id, this.written);
    this.written = true;
  }

  /** Replaces the output with plain text. */
  text(s: string): void {
    this.write({ "text/plain": s });
  }

  /** Replaces the output with Markdown. */
  markdown(s: string): void {
    this.write({ "text/markdown": s, "text/plain": s });
  }

  /**
   * Replaces the output with a figure. Pass `final: true` on the last update: only then is the
   * offline HTML rendition (with plotly.js, if no figure has carried it yet) attached, so a training
   * loop does not resend plotly.js at every step.
   */
  figure(fig: Figure, opts: { final?: boolean } = {}): void {
    checkFigure("LiveOutput.figure", fig);
    checkOptions("LiveOutput.figure", opts, ["final?"]);
    if (opts.final !== undefined) checkBoolean("LiveOutput.figure", "final", opts.final);
    // every frame, the last one too, keeps the live marker: JupyterLab then keeps one renderer for
    // the output and redraws it in place (a change of preferred MIME type would re-create it)
    const marker = { [LIVE_PLOTLY_MIME]: {} };
    if (opts.final) {
      this.write({ ...marker, ...figureBundle(fig) });
    } else {
      this.write({ ...marker, [PLOTLY_MIME]: fig, "text/plain": `<Figure: ${figureTitle(fig)} (live)>` });
    }
  }

  /** Replaces the output with a progress bar: `done` of `total`, and a short status text. */
  progress(done: number, total: number, status = ""): void {
    checkNumber("LiveOutput.progress", "done", done);
    checkNumber("LiveOutput.progress", "total", total);
    if (typeof status !== "string") throw new InputTypeError("LiveOutput.progress", "status", "a string", describe(status));
    const frac = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
    const pct = Math.round(frac * 100);
    const width = 30;
    const filled = Math.round(frac * width);
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    const text = `${bar} ${pct}% (${done}/${total})${status ? " " + status : ""}`;
    const html =
      `<div style="font-family:monospace"><progress value="${done}" max="${total}" style="width:240px"></progress> ` +
      `${pct}% (${done}/${total}) ${escapeHtml(status)}</div>`;
    this.write({ "text/html": html, "text/plain": text });
  }
}

/** A new live output. */
export function live(): LiveOutput {
  return new LiveOutput();
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
