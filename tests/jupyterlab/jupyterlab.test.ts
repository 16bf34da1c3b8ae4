/**
 * The course in the JupyterLab a lecturer opens (`npm start`'s JupyterLab from .venv, with the
 * set-up's settings and extension), driven by headless Chromium, in one JupyterLab. Each notebook is
 * executed once, by the notebooks stage before this one (nbclient, build/notebooks), and that
 * execution is checked here in two ways:
 * - Opened: every lesson's and the exercise's executed copy is opened in a fresh tab and checked as
 *   JupyterLab shows it: it is the notebook git holds, every code cell ran, no output is stderr or an
 *   error, every figure is drawn by the Plotly renderer, the maths is typeset, every live figure is
 *   drawn by the live renderer on its last epoch and every progress bar left on screen is full. The
 *   runner's record of every frame of each live output (build/notebooks/<page>.live.json) must show a
 *   live figure that keeps one renderer (every frame carries the live marker: JupyterLab redraws it in
 *   place) and one size (the layout's height and width never change), with epochs that only move
 *   forward to the last one.
 * - Run All: where only a kernel driven by the browser proves it, the notebook runs again in JupyterLab
 *   (Run → Run All Cells, fresh tab and kernel, shut down afterwards): the same checks on what it shows,
 *   and every live figure watched every 100 ms while it trains (epochs read from the figure titles):
 *   it moves, ends on its last epoch and keeps one renderer of constant height (no flicker, no jump), and
 *   every progress bar left on screen ends full. That is lesson 05 (live figures and a progress bar; run
 *   by Kernel → Restart Kernel and Run All Cells, which restarts the tab's fresh kernel and runs every
 *   cell once; at least three epochs seen while it trains; then File → Save Notebook, whose saved live
 *   figures hold their last epoch) and one exercise (run by Run → Run All Cells).
 * Throughout, JupyterLab must never offer to go online (the news prompt), the page must request nothing
 * outside this machine and log no uncaught error. Screenshots go to build/screenshots/jupyterlab-*.png
 * and a summary of what the live figures showed to build/jupyterlab-live.json. Run by scripts/test.sh
 * (LOSSLAB_LAB_TESTS=1) after the notebook stage; it stops every process it started.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ROOT, asCommitted, courseNotebooks, pageName } from "../notebooks/helpers";
import { launch } from "../pages/chromium";
import { descendants, stillRunning } from "./processes";
import { EXECUTED_DIR, startLab, type LabServer } from "./server";

/** Every lesson (as git holds them), then one exercise; paths under notebooks/. */
const LESSONS = courseNotebooks()
  .filter((f) => path.dirname(f) === path.join(ROOT, "notebooks"))
  .map((f) => path.basename(f));
const EXERCISE = "exercises/00_gradient_of_the_cost.ipynb";
export const LAB_NOTEBOOKS = [...LESSONS, EXERCISE].filter((nb) => fs.existsSync(path.join(ROOT, "notebooks", nb)));
/** The training lesson run by Restart Kernel and Run All in JupyterLab, which must show at least three epochs while it trains. */
const WATCHED = "05_softmax_vs_modified_softmax.ipynb";
/**
 * The notebooks that also get a real Run All in JupyterLab (see above): lesson 05 has both kinds of live
 * output (live figures and a progress bar left on screen), so the browser watches the live renderer and
 * the bar at work there; the exercise is the other kind of notebook.
 */
export const RUN_ALL = [WATCHED, EXERCISE].filter((nb) => LAB_NOTEBOOKS.includes(nb));
const NEWS_PROMPT = "Would you like to get notified about official Jupyter news?";
/** The name of the check of an executed copy, as opened, in the summary and in checkLive. */
const OPENED = "opened (executed copy)";
const PLOTLY_MIME = "application/vnd.plotly.v1+json";
const LIVE_PLOTLY_MIME = "application/vnd.losslab.live-plotly+json"; // lib/course/src/notebook/display.ts

/** The name of a notebook's executed copy in build/notebooks (and in the served tree's executed/). */
const executedName = (notebook: string) => `${pageName(path.join(ROOT, "notebooks", notebook))}.ipynb`;
const executedFile = (notebook: string) => path.join(ROOT, "build", "notebooks", executedName(notebook));

let lab: LabServer;
let browser: Browser;
const summary: Record<string, Record<string, unknown> | number> = {};
const stageStart = Date.now();
/** The summary entry of one notebook. */
const entry = (notebook: string) => (summary[notebook] ??= {}) as Record<string, unknown>;

beforeAll(async () => {
  lab = await startLab();
  browser = await launch();
}, 240_000);

afterAll(async () => {
  summary.seconds = Math.round((Date.now() - stageStart) / 1000);
  fs.mkdirSync(path.join(ROOT, "build"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "build", "jupyterlab-live.json"), JSON.stringify(summary, null, 1));
  await browser?.close();
  await lab?.stop();
});

/**
 * Installed in every page before JupyterLab loads: every 100 ms, the title, height and renderer of
 * each live figure (losslab-live-plotly's renderer), the value of each live progress bar, whether
 * their cell is running, and whether the news prompt is on screen. Only changes are kept.
 */
function sampler(prompt: string): void {
  type Sample = { cell: number; out: number; node: number; title: string; busy: boolean; height: number; frames: number };
  type Bar = { cell: number; out: number; value: number; max: number; busy: boolean };
  const w = window as unknown as { __losslab: { samples: Sample[]; bars: Bar[]; news: boolean } };
  w.__losslab = { samples: [], bars: [], news: false };
  let nodes = 0;
  const last = new Map<string, string>();
  setInterval(() => {
    for (const toast of Array.from(document.querySelectorAll(".Toastify__toast, .jp-Notification-Toast, .jp-toast"))) {
      if ((toast.textContent ?? "").includes(prompt)) w.__losslab.news = true;
    }
    const cells = Array.from(document.querySelectorAll(".jp-NotebookPanel .jp-CodeCell"));
    cells.forEach((cell, i) => {
      const busy = /\[\*\]/.test(cell.querySelector(".jp-InputPrompt")?.textContent ?? "");
      Array.from(cell.querySelectorAll<HTMLElement>(".losslab-LivePlotly")).forEach((el, j) => {
        if (!el.dataset.sampleNode) el.dataset.sampleNode = String(++nodes);
        const s: Sample = {
          cell: i,
          out: j,
          node: Number(el.dataset.sampleNode),
          title: el.querySelector(".gtitle")?.textContent ?? "",
          busy,
          height: Math.round(el.getBoundingClientRect().height),
          frames: Number(el.dataset.losslabFrames ?? 0),
        };
        const key = `${i}/${j}`;
        const value = JSON.stringify([s.node, s.title, s.busy, s.height]);
        if (last.get(key) !== value) {
          last.set(key, value);
          w.__losslab.samples.push(s);
        }
      });
      Array.from(cell.querySelectorAll<HTMLProgressElement>(".jp-OutputArea-output progress")).forEach((el, j) => {
        const bar: Bar = { cell: i, out: j, value: el.value, max: el.max, busy };
        const key = `bar ${i}/${j}`;
        const value = JSON.stringify([bar.value, bar.max, bar.busy]);
        if (last.get(key) !== value) {
          last.set(key, value);
          w.__losslab.bars.push(bar);
        }
      });
    });
  }, 100);
}

type Sample = { cell: number; out: number; node: number; title: string; busy: boolean; height: number; frames: number };
type Bar = { cell: number; out: number; value: number; max: number; busy: boolean };
type Taken = { samples: Sample[]; bars: Bar[]; news: boolean; barsShown: string[] };

/** Takes (and clears) the page's samples, and whether the news prompt was seen. */
async function takeSamples(page: Page): Promise<Taken> {
  return page.evaluate(() => {
    const w = window as unknown as { __losslab: Taken };
    // the bars still on screen at the end ("cell/output"): a bar its cell replaced by a closing message is not
    const barsShown: string[] = [];
    Array.from(document.querySelectorAll(".jp-NotebookPanel .jp-CodeCell")).forEach((cell, i) =>
      Array.from(cell.querySelectorAll(".jp-OutputArea-output progress")).forEach((_, j) => barsShown.push(`${i}/${j}`)));
    const taken = { ...w.__losslab, barsShown };
    w.__losslab.samples = [];
    w.__losslab.bars = [];
    return taken;
  });
}

/** Groups samples by their output (cell and place in it), in the order they were taken. */
function byOutput<T extends { cell: number; out: number }>(samples: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const s of samples) groups.set(`${s.cell}/${s.out}`, [...(groups.get(`${s.cell}/${s.out}`) ?? []), s]);
  return [...groups.values()];
}

interface BarReport {
  cell: number;
  /** Still on screen at the end of the run (not replaced by the cell's closing message). */
  shownAtEnd: boolean;
  /** Distinct values shown while its cell ran. */
  valuesWhileRunning: number;
  last: string;
}

/** What each live progress bar showed during one run. */
function barReports(bars: Bar[], shown: string[]): BarReport[] {
  return byOutput(bars).map((bs) => {
    const last = bs[bs.length - 1];
    return { cell: last.cell + 1, shownAtEnd: shown.includes(`${last.cell}/${last.out}`), valuesWhileRunning: new Set(bs.filter((b) => b.busy).map((b) => b.value)).size, last: `${last.value}/${last.max}` };
  });
}

interface LiveReport {
  cell: number;
  /** Distinct epochs on the title while its cell ran. */
  epochsWhileRunning: number[];
  lastTitle: string;
  lastEpoch: string;
  renderers: number;
  heights: number[];
  frames: number;
}

/** What each live figure showed during one run. */
function liveReports(samples: Sample[]): LiveReport[] {
  return byOutput(samples).map((ss) => {
    const epoch = (t: string) => /epoch (\d+)\/(\d+)/.exec(t);
    const running = ss.filter((s) => s.busy && epoch(s.title)).map((s) => Number(epoch(s.title)![1]));
    const last = ss[ss.length - 1];
    const m = epoch(last.title);
    return {
      cell: last.cell + 1,
      epochsWhileRunning: [...new Set(running)].sort((a, b) => a - b),
      lastTitle: last.title,
      lastEpoch: m ? `${m[1]}/${m[2]}` : "",
      renderers: new Set(ss.map((s) => s.node)).size,
      // heights once drawn (a title is there)
      heights: [...new Set(ss.filter((s) => s.title !== "").map((s) => s.height))],
      frames: Math.max(...ss.map((s) => s.frames)),
    };
  });
}

/** If JupyterLab asks which kernel to start, answer TypeScript (the notebook's own kernel). */
async function answerKernelDialog(page: Page): Promise<void> {
  const dialog = page.locator(".jp-Dialog", { hasText: "Select Kernel" });
  if (await dialog.isVisible()) {
    await dialog.locator("select").selectOption({ label: "TypeScript" });
    await dialog.locator("button", { hasText: "Select" }).click();
  }
}

/** Waits until the notebook's kernel is idle with no dialog open, answering a kernel dialog if one comes. */
async function kernelReady(page: Page): Promise<void> {
  const until = Date.now() + 90_000;
  let quietSince = 0;
  while (Date.now() < until) {
    await answerKernelDialog(page);
    const idle = /TypeScript \| Idle/.test((await page.locator(".jp-StatusBar-Widget, #jp-main-statusbar").allTextContents()).join(" "));
    const dialog = await page.locator(".jp-Dialog").isVisible();
    if (idle && !dialog) {
      if (quietSince === 0) quietSince = Date.now();
      if (Date.now() - quietSince > 1000) return;
    } else {
      quietSince = 0;
    }
    await page.waitForTimeout(250);
  }
  throw new Error("the TypeScript kernel did not become idle within 90 s");
}

async function menu(page: Page, top: string, item: RegExp): Promise<void> {
  await page.locator(".lm-MenuBar-itemLabel", { hasText: new RegExp(`^${top}$`) }).click();
  await page.locator(".lm-Menu-itemLabel", { hasText: item }).click();
}

/** Run All (or Restart Kernel and Run All), then waits for every cell and checks outputs and figures. */
async function runAndCheck(page: Page, notebook: string, restart: boolean): Promise<void> {
  await kernelReady(page);
  if (restart) {
    // clear the counts of the run before, so the wait below sees this run's
    await menu(page, "Edit", /^Clear Outputs of All Cells$/);
    await menu(page, "Kernel", /^Restart Kernel and Run All Cells/);
    await page.locator(".jp-Dialog .jp-mod-accept").click();
  } else {
    await menu(page, "Run", /^Run All Cells$/);
  }
  // the run has started when some prompt shows [*] or a count; choose Run All again if a dialog ate it
  const started = () =>
    page.waitForFunction(
      () => Array.from(document.querySelectorAll(".jp-NotebookPanel .jp-CodeCell .jp-InputPrompt")).some((p) => /\[(\*|\d+)\]/.test(p.textContent ?? "")),
      undefined,
      { timeout: 15_000 },
    );
  await started().catch(async () => {
    await kernelReady(page);
    await menu(page, "Run", /^Run All Cells$/);
    await started();
  });
  const codeCells = await page.locator(".jp-NotebookPanel:visible .jp-CodeCell").count();
  expect(codeCells).toBeGreaterThan(0);
  // done when no cell is queued or running ([*]) for two polls in a row: all ran, or the run stopped at an error
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __losslabQuiet?: number };
      const prompts = Array.from(document.querySelectorAll(".jp-NotebookPanel .jp-CodeCell .jp-InputPrompt"));
      const quiet = prompts.length > 0 && !prompts.some((p) => /\[\*\]/.test(p.textContent ?? ""));
      w.__losslabQuiet = quiet ? (w.__losslabQuiet ?? 0) + 1 : 0;
      return w.__losslabQuiet >= 2;
    },
    undefined,
    { timeout: 300_000, polling: 250 },
  );
  // what a failed cell said comes first, then which cells did not run
  const stderr = await page.locator(".jp-NotebookPanel .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").allTextContents();
  expect(stderr.map((t) => t.slice(0, 2000))).toEqual([]);
  const prompts = await page.locator(".jp-NotebookPanel .jp-CodeCell .jp-InputPrompt").allTextContents();
  const notRun = prompts.map((t, i) => ({ t: t.trim(), i })).filter(({ t }) => !/^\[\d+\]:$/.test(t)).map(({ i }) => `code cell ${i + 1}`);
  expect(notRun).toEqual([]);
  const plotlyOutputs = await page.locator(".jp-NotebookPanel .jp-RenderedPlotly").count();
  await page.waitForFunction(
    (n) => document.querySelectorAll(".jp-NotebookPanel .jp-RenderedPlotly .plot-container .main-svg").length >= n,
    plotlyOutputs,
    { timeout: 60_000 },
  );
  if (!notebook.startsWith("exercises/")) expect(plotlyOutputs).toBeGreaterThan(0);
  await page.waitForTimeout(300); // one more sample of the last frames
}

/** The live outputs of one run: each figure ended on its last epoch, with one renderer of one height; each bar full. */
function checkLive(notebook: string, run: string, reports: LiveReport[], bars: BarReport[]): void {
  entry(notebook)[run] = reports;
  if (bars.length > 0) entry(notebook)[`${run}: progress bars`] = bars;
  // a bar left on screen must be full; one the cell replaced with its closing message (02, 03) ended anyway
  for (const b of bars.filter((bar) => bar.shownAtEnd)) {
    const [v, max] = b.last.split("/");
    const where = `${notebook} (${run}), progress bar in cell ${b.cell}`;
    expect(`${where}: ends at ${v}/${max}`).toBe(`${where}: ends at ${max}/${max}`);
  }
  for (const r of reports) {
    const where = `${notebook} (${run}), live figure in cell ${r.cell}`;
    if (r.lastEpoch) {
      const [k, n] = r.lastEpoch.split("/");
      expect(`${where}: ends on epoch ${k}/${n}`).toBe(`${where}: ends on epoch ${n}/${n}`);
    }
    expect(`${where}: ${r.renderers} renderer(s)`).toBe(`${where}: 1 renderer(s)`);
    expect(`${where}: heights ${r.heights.join(", ")}`).toBe(`${where}: heights ${r.heights[0]}`);
  }
  if (notebook === WATCHED && run !== OPENED) {
    expect(reports.length).toBeGreaterThan(0);
    const best = Math.max(...reports.map((r) => r.epochsWhileRunning.length));
    expect(`${notebook} (${run}): at most ${best} epochs seen while training`).toMatch(/at most ([3-9]|\d\d+) epochs/);
  }
}

/** File → Save Notebook, then each live figure in the saved file must be at its last epoch. */
async function checkSavedLastFrames(page: Page, notebook: string): Promise<void> {
  const file = path.join(lab.root, notebook);
  const before = fs.statSync(file).mtimeMs;
  await menu(page, "File", /^Save Notebook$/);
  type Output = { data?: Record<string, { layout?: { title?: { text?: string } | string } }> };
  type Saved = { cells: { outputs?: Output[] }[] };
  // saved when the file has changed and reads as whole JSON (the server may still be writing it)
  let nb: Saved | undefined;
  for (let i = 0; i < 80 && nb === undefined; i++) {
    await page.waitForTimeout(250);
    if (fs.statSync(file).mtimeMs === before) continue;
    try {
      nb = JSON.parse(fs.readFileSync(file, "utf8")) as Saved;
    } catch {
      // half written: read it again
    }
  }
  if (nb === undefined) throw new Error(`${notebook} was not saved within 20 s of File → Save Notebook`);
  const titles = nb.cells
    .flatMap((c) => c.outputs ?? [])
    .filter((o) => o.data && "application/vnd.losslab.live-plotly+json" in o.data) // LIVE_PLOTLY_MIME
    .map((o) => {
      const t = o.data!["application/vnd.plotly.v1+json"]?.layout?.title;
      return typeof t === "string" ? t : t?.text ?? "";
    });
  entry(notebook).saved = titles;
  expect(titles.length).toBeGreaterThan(0);
  for (const t of titles) expect(t).toMatch(/epoch (\d+)\/\1\b/);
}

/** A fresh tab (browser context) on a notebook, refusing and recording every request that leaves this machine. */
async function openTab(url: string): Promise<{ context: BrowserContext; page: Page; external: string[]; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const origin = new URL(url).origin;
  const external: string[] = [];
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith("data:") || u.startsWith("blob:")) return route.continue();
    external.push(u);
    return route.abort();
  });
  await context.addInitScript(sampler, NEWS_PROMPT);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector(".jp-NotebookPanel .jp-Cell", { timeout: 60_000 });
  return { context, page, external, pageErrors };
}

/**
 * Runs `body` in a fresh tab on the notebook (a path in the served tree), then checks that no prompt to
 * go online appeared, nothing outside this machine was requested and the page logged no uncaught
 * error; saves a screenshot, closes the tab and shuts down its kernel.
 */
async function inTab(notebook: string, served: string, shot: string, body: (page: Page) => Promise<boolean>): Promise<void> {
  const started = Date.now();
  let tab: Awaited<ReturnType<typeof openTab>> | undefined;
  try {
    tab = await openTab(lab.url(served));
    let news = await body(tab.page);
    news ||= (await tab.page.getByText(NEWS_PROMPT).count()) > 0;
    expect(news ? `the prompt "${NEWS_PROMPT}" appeared` : "no prompt to go online").toBe("no prompt to go online");
    expect(tab.external).toEqual([]);
    expect(tab.pageErrors).toEqual([]);
  } catch (e) {
    console.log(`JupyterLab log:\n${lab.log().slice(-4000)}`);
    throw e;
  } finally {
    entry(notebook)[`${shot}: seconds`] = Math.round((Date.now() - started) / 100) / 10;
    if (tab) {
      fs.mkdirSync(path.join(ROOT, "build", "screenshots"), { recursive: true });
      const first = tab.page.locator(".losslab-LivePlotly, .jp-RenderedPlotly").first();
      await first.scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => undefined);
      const file = `jupyterlab-${shot === OPENED ? "executed-" : ""}${notebook.replace(/[/.]/g, "_")}.png`;
      await tab.page.screenshot({ path: path.join(ROOT, "build", "screenshots", file) }).catch(() => undefined);
      // close the tab and its kernel before the next notebook: never two kernels at once
      await tab.context.close();
    }
    await lab.shutdownKernels();
  }
}

type NbOutput = { output_type: string; name?: string; data?: Record<string, unknown> };
type NbCell = { cell_type: string; source: string | string[]; execution_count?: number | null; outputs?: NbOutput[] };
const joined = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join("") : v ?? "");

/** The runner's record of one live output: every frame it sent (scripts/notebooks.py, record_live_frame). */
interface LiveRecord {
  cell: number;
  frames: { mime: string[]; title?: string; height?: number | null; width?: number | null; progress?: string }[];
}

/**
 * What the runner saw of each live output while the notebook ran: a live figure carries the live marker
 * in every frame (so JupyterLab keeps one renderer and redraws it in place), keeps one layout size, and its
 * epochs only move forward, to the last one; lesson 05's show at least three epochs.
 */
function checkLiveRecord(notebook: string, records: LiveRecord[]): void {
  const figures = records.filter((r) => r.frames.some((f) => f.mime.includes(PLOTLY_MIME)));
  entry(notebook)["runner: live figures"] = figures.map((r) => ({ cell: r.cell, frames: r.frames.length, first: r.frames[0].title, last: r.frames[r.frames.length - 1].title }));
  for (const r of figures) {
    const where = `${notebook} (runner), live figure in cell ${r.cell}`;
    const plain = r.frames.filter((f) => !f.mime.includes(LIVE_PLOTLY_MIME)).length;
    expect(`${where}: ${plain} of ${r.frames.length} frames without the live marker`).toBe(`${where}: 0 of ${r.frames.length} frames without the live marker`);
    const sizes = [...new Set(r.frames.map((f) => `${f.height ?? "auto"}×${f.width ?? "auto"}`))];
    expect(`${where}: layout sizes ${sizes.join(", ")}`).toBe(`${where}: layout sizes ${sizes[0]}`);
    const epochs = r.frames.map((f) => /epoch (\d+)\/(\d+)/.exec(f.title ?? "")).filter((m): m is RegExpExecArray => m !== null);
    if (epochs.length === 0) continue;
    const ks = epochs.map((m) => Number(m[1]));
    const backwards = ks.filter((k, i) => i > 0 && k < ks[i - 1]).length;
    expect(`${where}: epochs ${ks.join(",")} go back ${backwards} time(s)`).toBe(`${where}: epochs ${ks.join(",")} go back 0 time(s)`);
    const last = epochs[epochs.length - 1];
    expect(`${where}: last frame at epoch ${last[1]}/${last[2]}`).toBe(`${where}: last frame at epoch ${last[2]}/${last[2]}`);
  }
  if (notebook === WATCHED) {
    const best = Math.max(0, ...figures.map((r) => new Set(r.frames.map((f) => /epoch (\d+)\//.exec(f.title ?? "")?.[1]).filter(Boolean)).size));
    expect(`${notebook} (runner): at most ${best} epochs drawn`).toMatch(/at most ([3-9]|\d\d+) epochs/);
  }
}

/** Markdown that holds maths ($…$ or $$…$$ outside code), which MathJax must typeset. */
const hasMaths = (markdown: string) => /\$\$[^$]+\$\$|(^|[^\\$])\$[^$\s][^$\n]*\$/.test(markdown.replace(/```[\s\S]*?```|`[^`\n]*`/g, ""));

/** The checks of an executed copy opened in JupyterLab (see the top of this file). */
async function checkOpened(page: Page, notebook: string): Promise<boolean> {
  const file = executedFile(notebook);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run the notebooks stage first (scripts/notebooks.py run --committed --build)`);
  const nb = JSON.parse(fs.readFileSync(file, "utf8")) as { cells: NbCell[] };
  const committed = JSON.parse(asCommitted(path.join(ROOT, "notebooks", notebook)).text) as { cells: NbCell[] };
  // the execution of the notebook git holds, not of an older version
  expect(nb.cells.map((c) => `${c.cell_type}: ${joined(c.source)}`)).toEqual(committed.cells.map((c) => `${c.cell_type}: ${joined(c.source)}`));
  const code = nb.cells.filter((c) => c.cell_type === "code");
  expect(code.map((c, i) => (c.execution_count == null ? `code cell ${i + 1} did not run` : "ran"))).toEqual(code.map(() => "ran"));
  const outputs = code.flatMap((c) => c.outputs ?? []);
  const bad = outputs.filter((o) => o.output_type === "error" || (o.output_type === "stream" && o.name === "stderr"));
  expect(bad.map((o) => JSON.stringify(o).slice(0, 2000))).toEqual([]);
  const figures = outputs.filter((o) => o.data && PLOTLY_MIME in o.data);
  const liveFigures = figures.filter((o) => LIVE_PLOTLY_MIME in o.data!).length;
  const records = path.join(path.dirname(file), executedName(notebook).replace(/\.ipynb$/, ".live.json"));
  if (!fs.existsSync(records)) throw new Error(`${path.relative(ROOT, records)} is missing: run the notebooks stage first (scripts/notebooks.py run --committed --build)`);
  checkLiveRecord(notebook, JSON.parse(fs.readFileSync(records, "utf8")) as LiveRecord[]);

  // as JupyterLab shows it
  // JupyterLab adds the cells of a long notebook in batches (120 s: a loaded machine has taken over 30 s)
  await page.waitForFunction((n) => document.querySelectorAll(".jp-NotebookPanel .jp-Cell").length >= n, nb.cells.length, { timeout: 120_000 });
  expect(await page.locator(".jp-NotebookPanel .jp-Cell").count()).toBe(nb.cells.length);
  const prompts = await page.locator(".jp-NotebookPanel .jp-CodeCell .jp-InputPrompt").allTextContents();
  expect(prompts.map((t, i) => (/^\[\d+\]:$/.test(t.trim()) ? "ran" : `code cell ${i + 1} shows ${t.trim()}`))).toEqual(code.map(() => "ran"));
  const stderr = await page.locator(".jp-NotebookPanel .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").allTextContents();
  expect(stderr.map((t) => t.slice(0, 2000))).toEqual([]);
  // every figure drawn: a static one by JupyterLab's Plotly renderer, a live one by the live renderer
  await page.waitForFunction(
    ([n, live]) =>
      document.querySelectorAll(".jp-NotebookPanel .jp-RenderedPlotly .plot-container .main-svg").length >= n - live &&
      document.querySelectorAll(".jp-NotebookPanel .losslab-LivePlotly .main-svg").length >= live,
    [figures.length, liveFigures] as const,
    { timeout: 60_000 },
  );
  expect(await page.locator(".jp-NotebookPanel .losslab-LivePlotly").count()).toBe(liveFigures);
  expect(await page.locator(".jp-NotebookPanel .jp-RenderedPlotly").count()).toBeGreaterThanOrEqual(figures.length - liveFigures);
  if (!notebook.startsWith("exercises/")) expect(figures.length).toBeGreaterThan(0);
  // the maths typeset: every markdown cell with maths holds MathJax's output
  const withMaths = nb.cells.map((c, i) => (c.cell_type === "markdown" && hasMaths(joined(c.source)) ? i : -1)).filter((i) => i >= 0);
  await page
    .waitForFunction(
      (cells) => {
        const all = document.querySelectorAll(".jp-NotebookPanel .jp-Cell");
        return cells.every((i) => all[i]?.querySelector("mjx-container") !== null);
      },
      withMaths,
      { timeout: 30_000 },
    )
    .catch(() => undefined);
  const typeset = await page.evaluate(
    (cells) => {
      const all = document.querySelectorAll(".jp-NotebookPanel .jp-Cell");
      return cells.map((i) => (all[i]?.querySelector("mjx-container") ? "typeset" : `markdown cell ${i + 1} not typeset`));
    },
    withMaths,
  );
  expect(typeset).toEqual(withMaths.map(() => "typeset"));
  entry(notebook)[`${OPENED}: markdown cells typeset`] = withMaths.length;
  await page.waitForTimeout(300); // one more sample of the drawn live figures
  const taken = await takeSamples(page);
  const live = liveReports(taken.samples);
  checkLive(notebook, OPENED, live, barReports(taken.bars, taken.barsShown));
  expect(live.length).toBe(liveFigures);
  for (const r of live) expect(`${notebook}, live figure in cell ${r.cell}: ${r.frames} frame(s) drawn`).toMatch(/: [1-9]\d* frame\(s\) drawn$/);
  return taken.news;
}

describe.each(LAB_NOTEBOOKS.map((nb) => [nb]))("JupyterLab, the executed copy: %s", (notebook) => {
  it("is the notebook git holds, every cell ran, no error or stderr, every figure drawn, maths typeset, live figures on their last frame (every frame one renderer, one size)", async () => {
    await inTab(notebook, `${EXECUTED_DIR}/${executedName(notebook)}`, OPENED, (page) => checkOpened(page, notebook));
  }, 300_000);
});

describe.each(RUN_ALL.map((nb) => [nb]))("JupyterLab, Run All: %s", (notebook) => {
  // lesson 05 once, by Restart Kernel and Run All (it ran twice before: Run All, then that; the notebooks
  // stage has already run it, and the exercise proves the Run menu's Run All)
  const runs = notebook === WATCHED ? ["Restart Kernel and Run All"] : ["Run All"];
  it(`${runs.join(", then ")}: every cell runs without errors, figures are drawn, live figures move and end on their last frame; no prompt to go online`, async () => {
    await inTab(notebook, notebook, "Run All", async (page) => {
      let news = false;
      for (const run of runs) {
        await runAndCheck(page, notebook, run !== "Run All");
        const taken = await takeSamples(page);
        news ||= taken.news;
        checkLive(notebook, run, liveReports(taken.samples), barReports(taken.bars, taken.barsShown));
      }
      if (notebook === WATCHED) await checkSavedLastFrames(page, notebook);
      return news;
    });
  }, 600_000);
});

describe("JupyterLab test clean-up", () => {
  it("stops every process it started: JupyterLab, its kernels and Chromium", async () => {
    const started = descendants(process.pid);
    // JupyterLab and Chromium at least are running now
    expect(started.some((p) => p.command.includes("jupyter"))).toBe(true);
    expect(started.some((p) => /chrom/i.test(p.command))).toBe(true);
    await browser.close();
    await lab.stop();
    let left = stillRunning(started);
    for (let wait = 0; wait < 40 && left.length > 0; wait++) {
      await new Promise((r) => setTimeout(r, 250));
      left = stillRunning(started);
    }
    expect(left.map((p) => `${p.pid} ${p.command.slice(0, 120)}`)).toEqual([]);
  }, 60_000);
});
