/**
 * The course in the JupyterLab a lecturer opens (`npm start`'s JupyterLab from .venv, with the
 * set-up's settings and extension), driven by headless Chromium. Every lesson, one after the other
 * in one JupyterLab, each in a fresh tab and kernel that are shut down afterwards: Run → Run All
 * Cells, then checks that every code cell ran, none shows stderr, every figure was drawn by the
 * Plotly renderer, and every live figure moved while its cell trained (epochs read from the figure
 * titles), ended on its last epoch, and kept one renderer of constant height (no flicker, no jump).
 * One training lesson also gets Kernel → Restart Kernel and Run All Cells, and one exercise runs.
 * Throughout, JupyterLab must never offer to go online (the news prompt) and the page must request
 * nothing outside this machine. Screenshots go to build/screenshots/jupyterlab-*.png and a summary of
 * what the live figures showed to build/jupyterlab-live.json. Run by scripts/test.sh
 * (LOSSLAB_LAB_TESTS=1) after the notebook stage; it stops every process it started.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { ROOT, courseNotebooks } from "../notebooks/helpers";
import { launch } from "../pages/chromium";
import { descendants, stillRunning } from "./processes";
import { startLab, type LabServer } from "./server";

/** Every lesson (as git holds them), then one exercise; paths under notebooks/. */
const LESSONS = courseNotebooks()
  .filter((f) => path.dirname(f) === path.join(ROOT, "notebooks"))
  .map((f) => path.basename(f));
const EXERCISE = "exercises/00_gradient_of_the_cost.ipynb";
export const LAB_NOTEBOOKS = [...LESSONS, EXERCISE].filter((nb) => fs.existsSync(path.join(ROOT, "notebooks", nb)));
/** The training lesson that also gets Restart Kernel and Run All, and must show at least three epochs while it trains. */
const WATCHED = "05_softmax_vs_modified_softmax.ipynb";
const NEWS_PROMPT = "Would you like to get notified about official Jupyter news?";

let lab: LabServer;
let browser: Browser;
const summary: Record<string, Record<string, unknown> | number> = {};
const stageStart = Date.now();
/** The summary entry of one notebook. */
const entry = (notebook: string) => (summary[notebook] ??= {}) as Record<string, unknown>;

beforeAll(async () => {
  lab = await startLab();
  browser = await launch();
}, 120_000);

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
  if (notebook === WATCHED) {
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

describe.each(LAB_NOTEBOOKS.map((nb) => [nb]))("JupyterLab: %s", (notebook) => {
  const runs = notebook === WATCHED ? ["Run All", "Restart Kernel and Run All"] : ["Run All"];
  it(`${runs.join(", then ")}: every cell runs without errors, figures are drawn, live figures move and end on their last frame; no prompt to go online`, async () => {
    const started = Date.now();
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const origin = new URL(lab.url(notebook)).origin;
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
    let news = false;
    try {
      await page.goto(lab.url(notebook));
      await page.waitForSelector(".jp-NotebookPanel .jp-Cell", { timeout: 60_000 });
      for (const run of runs) {
        await runAndCheck(page, notebook, run !== "Run All");
        const taken = await takeSamples(page);
        news ||= taken.news;
        checkLive(notebook, run, liveReports(taken.samples), barReports(taken.bars, taken.barsShown));
      }
      if (notebook === WATCHED) await checkSavedLastFrames(page, notebook);
      news ||= (await page.getByText(NEWS_PROMPT).count()) > 0;
      expect(news ? `the prompt "${NEWS_PROMPT}" appeared` : "no prompt to go online").toBe("no prompt to go online");
      expect(external).toEqual([]);
      expect(pageErrors).toEqual([]);
    } catch (e) {
      console.log(`JupyterLab log:\n${lab.log().slice(-4000)}`);
      throw e;
    } finally {
      entry(notebook).seconds = Math.round((Date.now() - started) / 100) / 10;
      fs.mkdirSync(path.join(ROOT, "build", "screenshots"), { recursive: true });
      const shot = page.locator(".losslab-LivePlotly, .jp-RenderedPlotly").first();
      await shot.scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => undefined);
      await page.screenshot({ path: path.join(ROOT, "build", "screenshots", `jupyterlab-${notebook.replace(/[/.]/g, "_")}.png`) }).catch(() => undefined);
      // close the tab and its kernel before the next notebook: never two trainings at once
      await context.close();
      await lab.shutdownKernels();
    }
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
