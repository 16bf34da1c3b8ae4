/**
 * The built pages (npm run build, or the notebook step of npm test) work offline: every figure the
 * notebook showed is drawn by plotly.js, the maths is typeset, nothing is fetched from the network
 * and nothing is logged as an error. Saves a screenshot of each page in build/screenshots/.
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import type { Browser } from "playwright-core";
import { courseNotebooks, pageName, ROOT } from "../notebooks/helpers";
import { launch, openOffline } from "./chromium";

const SITE = path.join(ROOT, "build", "site");
const EXECUTED = path.join(ROOT, "build", "notebooks");
const SHOTS = path.join(ROOT, "build", "screenshots");
const PLOTLY = "application/vnd.plotly.v1+json";

/** Figures the executed notebook showed (display outputs carrying the Plotly MIME type). */
function figureCount(executed: string): number {
  const nb = JSON.parse(fs.readFileSync(executed, "utf8"));
  return nb.cells
    .flatMap((c: { outputs?: { data?: Record<string, unknown> }[] }) => c.outputs ?? [])
    .filter((o: { data?: Record<string, unknown> }) => o.data && PLOTLY in o.data).length;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  fs.mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(courseNotebooks().map((f) => [pageName(f)]))("page %s", (stem) => {
  it("draws every figure offline, typesets its maths, and logs no error", async () => {
    const page = path.join(SITE, `${stem}.html`);
    const executed = path.join(EXECUTED, `${stem}.ipynb`);
    expect(fs.existsSync(page)).toBe(true);
    const expected = figureCount(executed);
    const opened = await openOffline(browser, pathToFileURL(page).href);
    const drawn = async () =>
      opened.page.$$eval(".losslab-figure", (els) => els.filter((e) => e.querySelector(".main-svg")).length);
    await opened.page.waitForFunction(
      (n) => document.querySelectorAll(".losslab-figure .main-svg").length >= n && document.querySelectorAll("mjx-container").length > 0,
      expected,
      { timeout: 30_000 },
    );
    expect(await opened.page.$$eval(".losslab-figure", (els) => els.length)).toBe(expected);
    expect(await drawn()).toBe(expected);
    await opened.page.screenshot({ path: path.join(SHOTS, `${stem}.png`), fullPage: true });
    expect(opened.external).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.page.context().close();
  });
});

const lessons = courseNotebooks().filter((f) => path.dirname(f) === path.join(ROOT, "notebooks"));

describe.each(lessons.map((f) => [pageName(f)]))("slides %s", (stem) => {
  it("is a reveal.js deck that works offline: every slide reachable, every figure drawn, no error", async () => {
    const deck = path.join(SITE, "slides", `${stem}.slides.html`);
    expect(fs.existsSync(deck)).toBe(true);
    const expected = figureCount(path.join(EXECUTED, `${stem}.ipynb`));
    const opened = await openOffline(browser, pathToFileURL(deck).href);
    await opened.page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady(), undefined, { timeout: 30_000 });
    const total = await opened.page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
    expect(total).toBeGreaterThan(1);
    await opened.page.waitForFunction((n) => document.querySelectorAll(".losslab-figure .main-svg").length >= n, expected, { timeout: 30_000 });
    expect(await opened.page.$$eval(".losslab-figure", (els) => els.length)).toBe(expected);
    // walk through every slide: the resize hook must not throw on any of them
    for (let i = 0; i < total; i++) await opened.page.keyboard.press("Space");
    await opened.page.screenshot({ path: path.join(SHOTS, `slides-${stem}.png`) });
    expect(opened.external).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.page.context().close();
  });
});

describe("the course site", () => {
  it("links every lesson, its slides, every exercise and its solution from index.html", () => {
    const index = fs.readFileSync(path.join(SITE, "index.html"), "utf8");
    for (const f of courseNotebooks()) {
      const name = pageName(f);
      expect(index).toContain(`href="${name}.html"`);
      if (!name.includes("--")) expect(index).toContain(`href="slides/${name}.slides.html"`);
    }
  });
});
