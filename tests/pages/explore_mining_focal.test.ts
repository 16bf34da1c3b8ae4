/**
 * The Mining and Focal-loss explorables in headless Chromium, from file:// with every network request
 * refused: each page names its lesson, says its backend, trains (frames advance), logs no error and
 * keeps its bundle within the budget; a control changed from the keyboard changes the trained result,
 * measured through the page's test hook (window.losslabExplore) after the same seeded number of steps
 * on the cpu backend (miner: the embedding's spread; γ: the rare class's recall), with the steps per
 * second printed. The bundles are built afresh into a temporary folder (scripts/build_explore.js), so
 * this file needs no full build and never races another test's build of build/site/explore/.
 * Last, the built site's front page: lesson titles, no list numbers, the explorables linked, links resolve.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import { pathToFileURL } from "url";
import type { Browser } from "playwright-core";
import { ROOT } from "../notebooks/helpers";
import { launch, openOffline, type OpenedPage } from "./chromium";
import { closeChecked, expectOpensAndTrains, pausedAt, readHook as hook, retrainFromKeyboard } from "./explore_helpers";

const OUT = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-explore-"));
const SHOTS = path.join(ROOT, "build", "screenshots");
const SITE = path.join(ROOT, "build", "site");

/**
 * Bundle budgets in bytes (minified). Measured 2026-12-07: mining.js 998,735 bytes (265,984 gzip),
 * focal.js 991,069 (263,127), each 958,184 of tfjs (core, layers, cpu and webgl backends), 22,012 /
 * 15,400 of losslab, about 10,000 of the kit and 7,900 / 7,180 of the page. Budgets a little above: 1.1 MB in all, 1.0 MB for tfjs + losslab.
 */
const BUDGET = { total: 1_100_000, library: 1_000_000 };

let browser: Browser;
beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build_explore.js"), OUT, "mining", "focal"], { cwd: ROOT, stdio: "inherit" });
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  fs.rmSync(OUT, { recursive: true, force: true });
});

let opened: OpenedPage | null = null;
afterEach(async () => {
  await closeChecked(opened);
  opened = null;
});
const url = (name: string, query: string) => `${pathToFileURL(path.join(OUT, `${name}.html`)).href}${query}`;

describe.each([
  ["mining", "04b", /Mining triplets/, /Spread of the embedding.*\d\.\d{3}/],
  ["focal", "03", /Focal loss/, /Rare-class recall: cross-entropy [\d.]+ %, focal loss [\d.]+ %/],
])("%s explorable", (name, lesson, title, numbers) => {
  it("stays within its bundle budget", () => {
    const sizes = JSON.parse(fs.readFileSync(path.join(OUT, "sizes.json"), "utf8"))[name];
    const bytes = fs.statSync(path.join(OUT, `${name}.js`)).size;
    console.log(`${name}.js: ${bytes} bytes minified (${sizes.gzip} gzip); ${JSON.stringify(sizes.parts)}; budget ${BUDGET.total} in all, ${BUDGET.library} for tfjs + losslab`);
    expect(sizes.bytes).toBe(bytes);
    expect(bytes).toBeLessThanOrEqual(BUDGET.total);
    expect(sizes.parts.tfjs + sizes.parts.losslab).toBeLessThanOrEqual(BUDGET.library);
    expect(sizes.parts.losslab).toBeGreaterThan(5_000);
  });

  it("opens offline from file://, names its lesson, says its backend, trains and shows its numbers as text", async () => {
    opened = await openOffline(browser, url(name, ""));
    const { page } = opened;
    const { later } = await expectOpensAndTrains(page, { title, lessons: lesson, timeout: 60_000 });
    expect(await page.textContent("#numbers")).toMatch(numbers);
    expect(await page.getAttribute("#live", "aria-live")).toBe("polite");
    expect(await page.getAttribute(`a[href^="../${lesson}_"]`, "href")).toMatch(new RegExp(`^\\.\\./${lesson}_\\w+\\.html$`));
    // every control labelled; the page's own reachable by Tab from Play
    const unlabelled = await page.$$eval("input, select", (els) =>
      els.filter((e) => !(document.querySelector(`label[for="${e.id}"]`)?.textContent ?? "").trim()).map((e) => e.outerHTML));
    expect(unlabelled).toEqual([]);
    const reached: string[] = [];
    await page.focus("#play");
    for (let i = 0; i < 8; i++) {
      reached.push(await page.evaluate(() => document.activeElement?.id ?? ""));
      await page.keyboard.press("Tab");
    }
    for (const id of name === "mining" ? ["miner", "alpha"] : ["gamma", "alpha"]) expect(reached).toContain(id);
    await page.screenshot({ path: path.join(SHOTS, `explore-${name}.png`), fullPage: true });
    console.log(`${name}: backend ${later.backend}, ${later.frames} frames, ${later.steps} steps, ${later.stepsPerSecond.toFixed(1)} steps/s`);
  }, 240_000);
});

describe("Mining explorable: the miner changes the trained result", () => {
  // measured in Node (same code, cpu, seed 1): spread 0.789 at step 0; batch-hard 0.132 at step 30,
  // 0.043 at 60; semi-hard 1.021 at 30, 0.988 at 60
  it("semi-hard vs batch-hard (chosen by keyboard), seed 1, 60 steps on cpu: batch-hard collapses, semi-hard keeps its spread", async () => {
    const N = 60;
    opened = await openOffline(browser, url("mining", `?backend=cpu&miner=semiHard&alpha=0.2&seed=1&pauseAt=${N}`));
    const { page } = opened;
    await pausedAt(page, N, 120_000);
    const semi = await hook(page);
    expect(semi.backend).toBe("cpu");
    await page.focus("#miner");
    await page.keyboard.press("ArrowUp"); // semi-hard → batch-hard
    expect(await page.inputValue("#miner")).toBe("batchHard");
    await retrainFromKeyboard(page, N, 120_000);
    const hard = await hook(page);
    const [s, h] = [semi.metrics, hard.metrics];
    console.log(`mining, seed 1, ${N} steps on cpu: spread ${s.startSpread.toFixed(3)} at step 0; semi-hard ${s.spread.toFixed(3)} (loss ${s.loss.toFixed(4)}), ` +
      `batch-hard ${h.spread.toFixed(3)} (loss ${h.loss.toFixed(4)}); ${hard.stepsPerSecond.toFixed(1)} steps/s (cpu backend, headless Chromium)`);
    expect(h.startSpread).toBeCloseTo(s.startSpread, 6);
    expect(h.spread).toBeLessThan(0.3 * h.startSpread);
    expect(s.spread).toBeGreaterThan(0.6 * s.startSpread);
    expect(h.chosen).toBe(48); // batch-hard: one triplet per anchor of the 6 × 8 batch
    expect(hard.stepsPerSecond).toBeGreaterThan(0);
  });
});

describe("Focal-loss explorable: γ changes the trained result", () => {
  // measured in Node (same code, cpu, seed 0, 60 steps): rare recall cross-entropy 0.110, focal γ = 2 0.300;
  // with γ = 0 (α = 0.5) the focal classifier trains as cross-entropy does
  it("γ from 0 to 2 (by keyboard), seed 0, 60 steps on cpu: the focal classifier's rare-class recall rises above cross-entropy's", async () => {
    const N = 60;
    opened = await openOffline(browser, url("focal", `?backend=cpu&gamma=0&alpha=0.5&seed=0&pauseAt=${N}`));
    const { page } = opened;
    await pausedAt(page, N, 120_000);
    const plain = await hook(page);
    expect(plain.backend).toBe("cpu");
    await page.focus("#gamma");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight"); // step 0.5: γ = 2
    expect(await page.inputValue("#gamma")).toBe("2");
    expect(await page.getAttribute("#gamma", "aria-valuetext")).toBe("2.0");
    await retrainFromKeyboard(page, N, 120_000);
    const focal = await hook(page);
    const [p, q] = [plain.metrics, focal.metrics];
    console.log(`focal, seed 0, ${N} steps on cpu: γ = 0: recall CE ${p.ceRecall.toFixed(3)}, focal ${p.focalRecall.toFixed(3)}; ` +
      `γ = 2: recall CE ${q.ceRecall.toFixed(3)}, focal ${q.focalRecall.toFixed(3)} (precision ${q.focalPrecision.toFixed(3)}); ${focal.stepsPerSecond.toFixed(1)} steps/s (cpu backend, headless Chromium)`);
    expect(Math.abs(p.focalRecall - p.ceRecall)).toBeLessThanOrEqual(0.01);
    expect(q.ceRecall).toBeCloseTo(p.ceRecall, 6); // the cross-entropy side does not see γ
    expect(q.focalRecall - p.focalRecall).toBeGreaterThan(0.1);
    expect(focal.stepsPerSecond).toBeGreaterThan(0);
  });
});

describe("the site's front page", () => {
  // the page tests run after the notebooks' build (scripts/test.sh), which writes the index and the explorables
  it("lists each lesson under its own title with no list numbers, links its explorables, and every link resolves", () => {
    const text = fs.readFileSync(path.join(SITE, "index.html"), "utf8");
    expect(text).not.toMatch(/<ol\b/);
    expect(text).toMatch(/<th scope="row"><a href="06_l_softmax\.html">06 · L-Softmax[^<]*<\/a>/);
    expect(text).toMatch(/<th scope="row"><a href="07_a_softmax_sphereface\.html">07 · A-Softmax \(SphereFace\)<\/a>/);
    for (const name of ["mining", "focal"]) expect(text).toContain(`href="explore/${name}.html"`);
    const hrefs = [...text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    for (const href of hrefs) expect([href, fs.existsSync(path.join(SITE, href))]).toEqual([href, true]);
  });
});
