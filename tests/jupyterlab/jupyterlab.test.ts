/**
 * The course in the JupyterLab a user opens: for a lesson, a training lesson and an exercise, open
 * the notebook in headless Chromium, choose Run → Run All Cells, wait for the kernel, and check that
 * every code cell ran, none shows an error or stderr, and every figure was drawn by JupyterLab's
 * Plotly renderer; then clear the outputs and Run All again in the same kernel. Screenshots go to build/screenshots/jupyterlab-*.png. Run by scripts/test.sh
 * (LOSSLAB_LAB_TESTS=1) after the notebook stage; it stops every process it started.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { ROOT } from "../notebooks/helpers";
import { launch } from "../pages/chromium";
import { descendants, stillRunning } from "./processes";
import { startLab, type LabServer } from "./server";

/** The notebooks driven through JupyterLab (paths under notebooks/). */
export const LAB_NOTEBOOKS = [
  "00_supervised_learning_and_gradient_descent.ipynb",
  "05_softmax_vs_modified_softmax.ipynb", // a training lesson: live figures while MNIST features train
  "exercises/00_gradient_of_the_cost.ipynb",
].filter((nb) => fs.existsSync(path.join(ROOT, "notebooks", nb)));

let lab: LabServer;
let browser: Browser;

beforeAll(async () => {
  lab = await startLab();
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await lab?.stop();
});

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
      if (Date.now() - quietSince > 2000) return;
    } else {
      quietSince = 0;
    }
    await page.waitForTimeout(250);
  }
  throw new Error("the TypeScript kernel did not become idle within 90 s");
}

/** One Run All, then the checks: every cell ran, no error or stderr, every figure drawn by the Plotly renderer. */
async function runAllAndCheck(page: Page, notebook: string, round: number): Promise<void> {
  await kernelReady(page);
  if (round > 1) {
    // clear the counts of the first round, so the wait below sees this round's
    await page.locator(".lm-MenuBar-itemLabel", { hasText: /^Edit$/ }).click();
    await page.locator(".lm-Menu-itemLabel", { hasText: /^Clear Outputs of All Cells$/ }).click();
  }
  await runAll(page);
  // Run All has started when some prompt shows [*] or a count; click again if a dialog ate it
  const started = () =>
    page.waitForFunction(
      () => Array.from(document.querySelectorAll(".jp-NotebookPanel .jp-CodeCell .jp-InputPrompt")).some((p) => /\[(\*|\d+)\]/.test(p.textContent ?? "")),
      undefined,
      { timeout: 15_000 },
    );
  await started().catch(async () => {
    await kernelReady(page);
    await runAll(page);
    await started();
  });
  const codeCells = await page.locator(".jp-NotebookPanel:visible .jp-CodeCell").count();
  expect(codeCells).toBeGreaterThan(0);
  // done when every code cell shows an execution count, and none is queued or running
  await page.waitForFunction(
    () => {
      const prompts = Array.from(document.querySelectorAll(".jp-NotebookPanel .jp-CodeCell .jp-InputPrompt"));
      return prompts.length > 0 && prompts.every((p) => /^\[\d+\]:$/.test((p.textContent ?? "").trim()));
    },
    undefined,
    { timeout: 180_000, polling: 500 },
  );
  const stderr = await page.locator(".jp-NotebookPanel .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").allTextContents();
  expect(stderr).toEqual([]);
  const plotlyOutputs = await page.locator(".jp-NotebookPanel .jp-RenderedPlotly").count();
  await page.waitForFunction(
    (n) => document.querySelectorAll(".jp-NotebookPanel .jp-RenderedPlotly .plot-container .main-svg").length >= n,
    plotlyOutputs,
    { timeout: 60_000 },
  );
  const html = await page.locator(".jp-NotebookPanel .jp-RenderedPlotly").evaluateAll((els) => els.length);
  expect(html).toBe(plotlyOutputs);
  if (!notebook.startsWith("exercises/")) expect(plotlyOutputs).toBeGreaterThan(0);
}

async function runAll(page: Page): Promise<void> {
  await page.locator(".lm-MenuBar-itemLabel", { hasText: /^Run$/ }).click();
  await page.locator(".lm-Menu-itemLabel", { hasText: /^Run All Cells$/ }).click();
}

describe.each(LAB_NOTEBOOKS.map((nb) => [nb]))("JupyterLab: %s", (notebook) => {
  it("runs every cell with Run All, twice, without errors, and draws every figure with the Plotly renderer", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    try {
      await page.goto(lab.url(notebook));
      await page.waitForSelector(".jp-NotebookPanel .jp-Cell", { timeout: 60_000 });
      // twice in the same kernel: re-running every cell must work too (the course's standard)
      for (const round of [1, 2]) {
        await runAllAndCheck(page, notebook, round);
      }
      expect(pageErrors).toEqual([]);
    } catch (e) {
      console.log(`JupyterLab log:\n${lab.log().slice(-4000)}`);
      throw e;
    } finally {
      fs.mkdirSync(path.join(ROOT, "build", "screenshots"), { recursive: true });
      await page.locator(".jp-RenderedPlotly").first().scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => undefined);
      await page.screenshot({ path: path.join(ROOT, "build", "screenshots", `jupyterlab-${notebook.replace(/[/.]/g, "_")}.png`) }).catch(() => undefined);
      await context.close();
    }
  }, 900_000);
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
