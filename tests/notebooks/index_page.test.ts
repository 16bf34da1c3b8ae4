/**
 * The site's front page (write_index in scripts/notebooks.py, run as `notebooks.py index --site DIR` on a
 * site already built): each lesson under its notebook's own first heading, no list numbers beside the
 * lessons' numbers, one line of what it teaches, its slides, exercises, solutions and explorables beside
 * it, the explorables' own section, and every link resolving. Run on a small fake site in a temporary
 * folder (empty pages named as the build names them, two explorable pages with the meta tags
 * scripts/build_explore.js writes), so it needs no notebook build.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT, courseNotebooks, pageName, requireVenv, runRunner } from "./helpers";

const LINES: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, "scripts", "lesson_lines.json"), "utf8"));

function firstHeading(notebook: string): string {
  const cells: { cell_type: string; source: string | string[] }[] = JSON.parse(fs.readFileSync(notebook, "utf8")).cells;
  const text = (c: { source: string | string[] }) => (Array.isArray(c.source) ? c.source.join("") : c.source);
  const heading = cells.map(text).find((s) => s.trimStart().startsWith("# "))!;
  return heading.trimStart().split("\n")[0].replace(/^#\s+/, "").trim();
}

function explorablePage(title: string, teaches: string, lessons: string): string {
  return `<!DOCTYPE html><html><head><title>${title} · losslab explorable</title>\n<meta name="losslab-explorable" content="${teaches}">\n` +
    `<meta name="losslab-lessons" content="${lessons}"></head><body></body></html>\n`;
}

describe("notebooks.py index: the course's home page", () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-index-"));
  const notebooks = courseNotebooks();
  const lessons = notebooks.filter((f) => path.dirname(f) === path.join(ROOT, "notebooks"));
  let index = "";

  beforeAll(() => {
    requireVenv();
    for (const dir of ["slides", "explore", "api"]) fs.mkdirSync(path.join(site, dir));
    for (const f of notebooks) fs.writeFileSync(path.join(site, `${pageName(f)}.html`), "<!DOCTYPE html><title>page</title>");
    for (const f of lessons) fs.writeFileSync(path.join(site, "slides", `${pageName(f)}.slides.html`), "<!DOCTYPE html>");
    fs.writeFileSync(path.join(site, "api", "index.html"), "<!DOCTYPE html>");
    fs.writeFileSync(path.join(site, "explore", "mining.html"), explorablePage("Mining triplets", "Watch batch-hard &amp; semi-hard mining", "04b"));
    fs.writeFileSync(path.join(site, "explore", "margins.html"), explorablePage("Margins", "Move m and s", "05,06,07,08"));
    const r = runRunner(["index", "--site", site]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    index = fs.readFileSync(path.join(site, "index.html"), "utf8");
  });

  afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

  /** The row of a lesson's page in the lessons table. */
  const row = (stem: string) => {
    const m = new RegExp(`<tr><th scope="row"><a href="${stem}\\.html">([^<]*)</a></th><td>([^<]*)</td><td>(.*?)</td></tr>`).exec(index);
    if (!m) throw new Error(`no row for ${stem} in index.html`);
    return { title: m[1], line: m[2], extras: m[3] };
  };
  const unescape = (s: string) => s.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

  it("puts each lesson under its notebook's first heading, with its line of what it teaches", () => {
    expect(lessons.length).toBeGreaterThanOrEqual(11);
    for (const f of lessons) {
      const stem = pageName(f);
      const number = stem.split("_")[0];
      const r = row(stem);
      expect([stem, unescape(r.title)]).toEqual([stem, firstHeading(f)]);
      expect([stem, unescape(r.line)]).toEqual([stem, LINES[number]]);
    }
    expect(row("06_l_softmax").title).toBe("06 · L-Softmax: a margin on the angle");
    expect(row("07_a_softmax_sphereface").title).toBe("07 · A-Softmax (SphereFace)");
  });

  it("has no numbered list beside the lessons' own numbers", () => {
    expect(index).not.toMatch(/<ol\b/);
    expect(index).toContain('<table id="lessons">');
  });

  it("gives each lesson its slides, its exercises with their solutions, and its explorables", () => {
    const exercises = notebooks.filter((f) => path.dirname(f) === path.join(ROOT, "notebooks", "exercises"));
    for (const f of lessons) {
      const stem = pageName(f);
      const number = stem.split("_")[0];
      const { extras } = row(stem);
      expect(extras).toContain(`href="slides/${stem}.slides.html"`);
      const own = exercises.filter((e) => {
        const n = path.basename(e).split("_")[0];
        return n === number || (n.slice(0, 2) === number && !lessons.some((l) => pageName(l).split("_")[0] === n));
      });
      expect([stem, own.length > 0]).toEqual([stem, true]);
      for (const e of own) {
        expect(extras).toContain(`href="${pageName(e)}.html"`);
        expect(extras).toContain(`href="${pageName(e).replace("exercises--", "exercises--solutions--")}.html"`);
      }
      expect([stem, extras.includes('href="explore/mining.html"')]).toEqual([stem, number === "04b"]);
      expect([stem, extras.includes('href="explore/margins.html"')]).toEqual([stem, ["05", "06", "07", "08"].includes(number)]);
    }
  });

  it("lists the explorables with what they teach, the exercises, and the API reference", () => {
    expect(index).toContain('<h2>Explorables</h2>');
    expect(index).toContain('<a href="explore/mining.html">Mining triplets</a>: Watch batch-hard &amp; semi-hard mining (lesson 04b)');
    expect(index).toContain('<a href="explore/margins.html">Margins</a>: Move m and s (lessons 05, 06, 07, 08)');
    expect(index).toContain('<a href="api/index.html">losslab API reference</a>');
    expect(index).toContain("Exercise 00 · The gradient of J(θ)");
  });

  it("links only to files of the site, every notebook's page among them", () => {
    const hrefs = [...index.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    for (const href of hrefs) expect([href, fs.existsSync(path.join(site, href))]).toEqual([href, true]);
    for (const f of notebooks) expect(hrefs).toContain(`${pageName(f)}.html`);
  });
});
