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

/** What scripts/notebooks.py's deck_plan put in a deck (written beside it by the build). */
interface DeckSummary {
  slides: number;
  slidesWithNotes: number;
  figures: number;
}

describe.each(lessons.map((f) => [pageName(f)]))("slides %s", (stem) => {
  it("is a curated reveal.js deck that works offline: 10-15 slides, speaker notes, no code, every figure drawn and interactive", async () => {
    const deck = path.join(SITE, "slides", `${stem}.slides.html`);
    expect(fs.existsSync(deck)).toBe(true);
    const summary: DeckSummary = JSON.parse(fs.readFileSync(path.join(SITE, "slides", `${stem}.deck.json`), "utf8"));
    // the deck shows figures the notebook drew, never more
    expect(summary.figures).toBeLessThanOrEqual(figureCount(path.join(EXECUTED, `${stem}.ipynb`)));
    expect(summary.figures).toBeGreaterThan(0);
    const opened = await openOffline(browser, pathToFileURL(deck).href);
    type RevealApi = { isReady(): boolean; getTotalSlides(): number; hasPlugin(id: string): boolean };
    await opened.page.waitForFunction(() => (window as unknown as { Reveal?: RevealApi }).Reveal?.isReady(), undefined, { timeout: 30_000 });
    const total = await opened.page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getTotalSlides());
    expect(total).toBe(summary.slides);
    expect(total).toBeGreaterThanOrEqual(10);
    expect(total).toBeLessThanOrEqual(15);
    expect(await opened.page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.hasPlugin("notes"))).toBe(true);
    // speaker notes: the slides that carry them, counted in the page
    const withNotes = await opened.page.$$eval(".reveal .slides section", (sections) =>
      sections.filter((s) => s.querySelector(":scope > aside.notes, :scope > * aside.notes") && !s.querySelector("section")).length);
    expect(summary.slidesWithNotes).toBeGreaterThanOrEqual(2);
    expect(withNotes).toBe(summary.slidesWithNotes);
    // a lecture deck shows outputs, not code
    expect(await opened.page.$$eval(".reveal .jp-CodeCell .jp-InputArea", (els) => els.length)).toBe(0);
    await opened.page.waitForFunction((n) => document.querySelectorAll(".losslab-figure .main-svg").length >= n, summary.figures, { timeout: 30_000 });
    expect(await opened.page.$$eval(".losslab-figure", (els) => els.length)).toBe(summary.figures);
    // interactive: each figure is a live plotly graph with its data and its mode bar, not a picture
    expect(await opened.page.$$eval(".losslab-figure", (els) =>
      els.filter((e) => Array.isArray((e as unknown as { data?: unknown[] }).data) && e.querySelector(".modebar-container, .modebar")).length)).toBe(summary.figures);
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
