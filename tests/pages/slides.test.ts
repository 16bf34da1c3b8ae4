/**
 * The lessons' curated reveal.js decks (built with the pages) work offline: 10-15 slides, speaker
 * notes, no code, every figure drawn and interactive, nothing fetched from the network, nothing logged
 * as an error. Saves a screenshot of each deck in build/screenshots/.
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import { courseNotebooks, pageName, ROOT } from "../notebooks/helpers";
import { openOffline } from "./chromium";
import { EXECUTED, SHOTS, SITE, figureCount, useBrowser } from "./site";

const browser = useBrowser();

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
    const opened = await openOffline(browser(), pathToFileURL(deck).href);
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
