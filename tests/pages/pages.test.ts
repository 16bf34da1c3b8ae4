/**
 * The built pages (npm run build, or the notebook step of npm test) work offline: every figure the
 * notebook showed is drawn by plotly.js, the maths is typeset, nothing is fetched from the network
 * and nothing is logged as an error. Saves a screenshot of each page in build/screenshots/. The
 * lessons' slide decks are tested in slides.test.ts (a file of their own, so jest runs both at once).
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import { courseNotebooks, pageName } from "../notebooks/helpers";
import { openOffline } from "./chromium";
import { EXECUTED, SHOTS, SITE, figureCount, useBrowser } from "./site";

const browser = useBrowser();

describe.each(courseNotebooks().map((f) => [pageName(f)]))("page %s", (stem) => {
  it("draws every figure offline, typesets its maths, and logs no error", async () => {
    const page = path.join(SITE, `${stem}.html`);
    const executed = path.join(EXECUTED, `${stem}.ipynb`);
    expect(fs.existsSync(page)).toBe(true);
    const expected = figureCount(executed);
    const opened = await openOffline(browser(), pathToFileURL(page).href);
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
