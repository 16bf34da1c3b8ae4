/**
 * The explorables (build/site/explore/, made by scripts/build_explore.js) in headless Chromium, from
 * file:// with every network request refused: each page says its backend, trains (frames advance),
 * logs no error, keeps its bundle within the budget, and its controls work from the keyboard. For the
 * Margins page, moving m changes the trained result, measured through the page's test hook
 * (window.losslabExplore) after the same seeded number of steps on the cpu backend.
 *
 * The bundles are (re)built in beforeAll when missing or older than their sources, so this file does
 * not depend on a full `npm run build`.
 */
import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";
import { pathToFileURL } from "url";
import type { Browser } from "playwright-core";
import { ROOT } from "../notebooks/helpers";
import { launch, openOffline, type OpenedPage } from "./chromium";
import { closeChecked, expectOpensAndTrains, pausedAt, readHook as hook, retrainFromKeyboard } from "./explore_helpers";

const EXPLORE = path.join(ROOT, "build", "site", "explore");
const SHOTS = path.join(ROOT, "build", "screenshots");
const SOURCES = [path.join(ROOT, "lib", "course", "src", "explore"), path.join(ROOT, "lib", "losslab", "src"), path.join(ROOT, "scripts", "build_explore.js")];

/**
 * Bundle budgets in bytes (minified, build_explore.js's sizes.json). Measured 2026-12-07 for
 * margins.js: 1,067,702 bytes, of which tfjs (core, layers, cpu and webgl backends, with long and
 * seedrandom) 914,617, losslab 19,703, the kit 13,811 and the page 118,919 (105 KB of it the shipped
 * digits). Budgets a little above: 1.25 MB in all, 1.0 MB for tfjs + losslab.
 */
const BUDGET: Record<string, { total: number; library: number }> = {
  margins: { total: 1_250_000, library: 1_000_000 },
};

function newestSource(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newestSource(path.join(p, f))));
}

function built(name: string): boolean {
  const js = path.join(EXPLORE, `${name}.js`);
  const html = path.join(EXPLORE, `${name}.html`);
  if (!fs.existsSync(js) || !fs.existsSync(html)) return false;
  return Math.min(fs.statSync(js).mtimeMs, fs.statSync(html).mtimeMs) >= Math.max(...SOURCES.map(newestSource));
}

let browser: Browser;
beforeAll(async () => {
  if (!built("margins")) execFileSync(process.execPath, [path.join(ROOT, "scripts", "build_explore.js"), EXPLORE, "margins"], { cwd: ROOT, stdio: "inherit" });
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe("explorable bundles", () => {
  it.each(Object.keys(BUDGET))("%s stays within its size budget", (name) => {
    const bytes = fs.statSync(path.join(EXPLORE, `${name}.js`)).size;
    const sizes = JSON.parse(fs.readFileSync(path.join(EXPLORE, "sizes.json"), "utf8"))[name];
    console.log(`${name}.js: ${bytes} bytes minified (${sizes.gzip} gzip); ${JSON.stringify(sizes.parts)}; budget ${BUDGET[name].total} in all, ${BUDGET[name].library} for tfjs + losslab`);
    expect(sizes.bytes).toBe(bytes);
    expect(bytes).toBeLessThanOrEqual(BUDGET[name].total);
    expect(sizes.parts.tfjs + sizes.parts.losslab).toBeLessThanOrEqual(BUDGET[name].library);
    // the library is in the bundle (not left out by a wrong alias), and so is tfjs
    expect(sizes.parts.losslab).toBeGreaterThan(5_000);
    expect(sizes.parts.tfjs).toBeGreaterThan(500_000);
  });
});

describe("Margins explorable", () => {
  const url = (query: string) => `${pathToFileURL(path.join(EXPLORE, "margins.html")).href}${query}`;
  let opened: OpenedPage | null = null;
  afterEach(async () => {
    await closeChecked(opened);
    opened = null;
  });

  it("opens offline from file://, names the lessons it belongs to, says its backend and trains", async () => {
    opened = await openOffline(browser, url(""));
    const { page } = opened;
    const { later } = await expectOpensAndTrains(page, { title: /Margins/, lessons: "05,06,07,08", timeout: 40_000 });
    // the measured numbers are on the page as text, and in a polite live region
    expect(await page.textContent("#numbers")).toMatch(/intra-class angle.*\d+\.\d°/);
    expect(await page.getAttribute("#live", "aria-live")).toBe("polite");
    expect(await page.textContent("#live")).toMatch(/Step \d+\./);
    await page.screenshot({ path: path.join(SHOTS, "explore-margins.png"), fullPage: true });
    console.log(`margins: backend ${later.backend}, ${later.frames} frames, ${later.steps} steps, ${later.stepsPerSecond.toFixed(1)} steps/s`);
  });

  it("moving the CosFace margin m from 0 to 0.35 (by keyboard) changes the trained angles: same seed, 60 steps, cpu backend", async () => {
    const N = 60;
    opened = await openOffline(browser, url(`?backend=cpu&head=cosface&m=0&s=10&seed=1&pauseAt=${N}`));
    const { page } = opened;
    await pausedAt(page, N, 50_000);
    const plain = await hook(page);
    expect(plain.backend).toBe("cpu");
    // m from the keyboard: the slider's step is 0.05, so seven presses of → give 0.35
    await page.focus("#m");
    for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowRight");
    expect(await page.inputValue("#m")).toBe("0.35");
    expect(await page.getAttribute("#m", "aria-valuetext")).toBe("0.35 cosine");
    await retrainFromKeyboard(page, N, 50_000);
    const margin = await hook(page);
    const p = plain.metrics;
    const q = margin.metrics;
    console.log(
      `margins, CosFace s = 10, seed 1, ${N} steps on cpu: m = 0: intra ${p.intraMean.toFixed(1)}°, inter min ${p.interMin.toFixed(1)}°, accuracy ${p.accuracy}; ` +
        `m = 0.35: intra ${q.intraMean.toFixed(1)}°, inter min ${q.interMin.toFixed(1)}°, accuracy ${q.accuracy}; ${margin.stepsPerSecond.toFixed(1)} steps/s (cpu backend, headless Chromium)`,
    );
    // measured here (Node, same code, cpu): inter min 39.5° → 58.2°, intra 10.9° → 9.7°
    expect(q.interMin - p.interMin).toBeGreaterThan(5);
    expect(p.intraMean - q.intraMean).toBeGreaterThan(0.5);
    expect(margin.stepsPerSecond).toBeGreaterThan(0);
  });

  it("has labelled controls, each reachable and operable from the keyboard", async () => {
    opened = await openOffline(browser, url("?backend=cpu&autoplay=0&head=cosface"));
    const { page } = opened;
    await page.waitForFunction(() => "losslabExplore" in window, undefined, { timeout: 30_000 });
    // every input and select has a <label for> with text; every button a name
    const unlabelled = await page.$$eval("input, select", (els) =>
      els.filter((e) => !(document.querySelector(`label[for="${e.id}"]`)?.textContent ?? "").trim()).map((e) => e.outerHTML));
    expect(unlabelled).toEqual([]);
    expect(await page.$$eval("button", (els) => els.filter((b) => !(b.textContent ?? "").trim()).length)).toBe(0);
    // Tab walks through the controls in order
    const reached: string[] = [];
    await page.focus("#play");
    for (let i = 0; i < 12; i++) {
      reached.push(await page.evaluate(() => document.activeElement?.id ?? ""));
      await page.keyboard.press("Tab");
    }
    for (const id of ["play", "step", "reset", "seed", "head", "m", "s", "dim"]) expect(reached).toContain(id);
    // Space on Step: exactly one step
    expect((await hook(page)).steps).toBe(0);
    await page.focus("#step");
    await page.keyboard.press("Space");
    await page.keyboard.press("Space");
    expect((await hook(page)).steps).toBe(2);
    // the head menu from the keyboard: L-Softmax shows λ and an integer m, hides s
    expect(await page.isVisible("#lambda")).toBe(false);
    await page.focus("#head");
    await page.keyboard.press("ArrowUp"); // cosface → asoftmax
    await page.keyboard.press("ArrowUp"); // → lsoftmax
    expect(await page.inputValue("#head")).toBe("lsoftmax");
    expect(await page.isVisible("#lambda")).toBe(true);
    expect(await page.isVisible("#s")).toBe(false);
    expect(await page.getAttribute("#m", "step")).toBe("1");
    await page.focus("#lambda");
    await page.keyboard.press("Home");
    expect(await page.inputValue("#lambda")).toBe("0");
    // the sphere: focusable, turned by the arrow keys (the picture changes)
    await page.focus("#dim");
    await page.keyboard.press("ArrowDown");
    expect(await page.inputValue("#dim")).toBe("3");
    const sphere = page.locator("canvas[tabindex='0']");
    await sphere.focus();
    const before = await sphere.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    await page.keyboard.press("ArrowLeft");
    expect(await sphere.evaluate((c) => (c as HTMLCanvasElement).toDataURL())).not.toBe(before);
    expect(await sphere.getAttribute("aria-label")).toMatch(/arrow keys/);
  });
});
