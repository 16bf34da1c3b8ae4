/**
 * README's "Teaching from it": the per-lesson minutes measured by scripts/lesson_minutes.py (its table in the
 * README is the one in scripts/lesson_minutes.json), and a 90-minute lecture and a three-lecture series, each a table of timed slots
 * naming a lesson, the cells to show by their headings (“…”) and the figures by their cell ids (`…`). A lecturer
 * who follows it must find every one of them: the link resolves, each heading is a heading of that notebook,
 * each id is a figure cell of that notebook that its curated deck shows as a slide, and the minutes add up to
 * the title's; each slot's minutes cover the measured minutes of the sections it names (and of the named figures
 * outside them) and never exceed the whole lesson's. The lessons' own links (the exercises and the next lesson in their closing cells) must resolve too.
 * Notebooks are read as git holds them.
 */
import * as fs from "fs";
import * as path from "path";
import { ROOT, asCommitted, courseNotebooks, runRunner } from "../notebooks/helpers";

interface Slot {
  table: string;
  minutes: number;
  notebook: string;
  headings: string[];
  figures: string[];
}

interface Cell {
  cell_type: string;
  id: string;
  source: string | string[];
}

const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

function section(text: string, title: string): string {
  const start = text.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README.md has no section '## ${title}'`);
  const end = text.indexOf("\n## ", start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

const TEACHING = section(README, "Teaching from it");

/** Every table under a heading that ends "(N minutes)", with its slots. */
function tables(text: string): { title: string; minutes: number; slots: Slot[] }[] {
  const out: { title: string; minutes: number; slots: Slot[] }[] = [];
  let current: { title: string; minutes: number; slots: Slot[] } | undefined;
  for (const lineRaw of text.split("\n")) {
    const line = lineRaw.trim();
    const heading = /^#{3,4} (.+) \((\d+) minutes\)$/.exec(line);
    if (heading) {
      current = { title: heading[1], minutes: Number(heading[2]), slots: [] };
      out.push(current);
      continue;
    }
    if (!current || !line.startsWith("|") || /^\|\s*(min|---)/.test(line)) continue;
    // split on unescaped pipes ("P(different \| d)" stays one cell)
    const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
    const link = /\]\(([^)]+\.ipynb)\)/.exec(cells[1]);
    current.slots.push({
      table: current.title,
      minutes: Number(cells[0]),
      notebook: link ? link[1] : "",
      headings: [...cells[2].matchAll(/“([^”]+)”/g)].map((m) => m[1]),
      figures: [...cells[3].matchAll(/`([^`]+)`/g)].map((m) => m[1]),
    });
  }
  return out;
}

const paths = tables(TEACHING);
const slots = paths.flatMap((t) => t.slots);
const text = (c: Cell) => [c.source].flat().join("");
const notebookCells = (file: string): Cell[] => JSON.parse(asCommitted(file).text).cells;

/** deck_plan's slide type of each cell, from scripts/notebooks.py slide-plan. */
function deckTypes(file: string): string[] {
  const out = runRunner(["slide-plan", path.join(ROOT, file)]);
  if (out.status !== 0) throw new Error(`slide-plan ${file} failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim()).cells;
}

describe("README: Teaching from it", () => {
  it("has one 90-minute lecture and a series of three 90-minute lectures", () => {
    expect(paths.map((p) => p.minutes)).toEqual([90, 90, 90, 90]);
    expect(paths[0].title).toMatch(/^One 90-minute lecture/);
    expect(paths.slice(1).map((p) => p.title.split(":")[0])).toEqual(["Lecture 1", "Lecture 2", "Lecture 3"]);
  });

  it.each(paths.map((p) => [p.title, p]))("%s: the minutes of its slots add up to its title's", (_title, p) => {
    const table = p as { minutes: number; slots: Slot[] };
    expect(table.slots.length).toBeGreaterThan(1);
    for (const s of table.slots) expect(Number.isInteger(s.minutes) && s.minutes > 0).toBe(true);
    expect(table.slots.reduce((a, s) => a + s.minutes, 0)).toBe(table.minutes);
  });

  it("links only to files that exist", () => {
    const links = [...TEACHING.matchAll(/\]\(([^)#]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect([link, fs.existsSync(path.join(ROOT, link))]).toEqual([link, true]);
  });

  const planned = new Map<string, string[]>();
  it.each(slots.map((s) => [`${s.table} · ${s.notebook}`, s]))("%s: every named heading and figure is in the notebook and its deck", (_name, slot) => {
    const s = slot as Slot;
    expect(s.notebook).toMatch(/^notebooks\/\d\d[a-z]?_[a-z0-9_]+\.ipynb$/);
    expect(s.headings.length + s.figures.length).toBeGreaterThan(0);
    const cells = notebookCells(s.notebook);
    const headings = cells.filter((c) => c.cell_type === "markdown").map((c) => text(c).trimStart().split("\n")[0])
      .filter((l) => l.startsWith("#")).map((l) => l.replace(/^#+\s*/, "").trim());
    for (const h of s.headings) expect([h, headings.includes(h)]).toEqual([h, true]);
    if (!planned.has(s.notebook)) planned.set(s.notebook, deckTypes(s.notebook));
    const types = planned.get(s.notebook)!;
    for (const id of s.figures) {
      const k = cells.findIndex((c) => c.id === id);
      expect([id, k >= 0]).toEqual([id, true]);
      // a figure cell (it shows a figure or draws one live), on a slide of the lesson's deck
      expect([id, /\bshow\(|\blive:\s/.test(text(cells[k]))]).toEqual([id, true]);
      expect([id, ["slide", "subslide"].includes(types[k])]).toEqual([id, true]);
    }
  });
});

describe("links in the lessons", () => {
  const lessons = courseNotebooks().filter((f) => path.dirname(f) === path.join(ROOT, "notebooks"));
  it.each(lessons.map((f) => [path.relative(ROOT, f)]))("%s: every link to a notebook resolves", (file) => {
    const cells = notebookCells(file).filter((c) => c.cell_type === "markdown");
    for (const c of cells) {
      for (const m of text(c).matchAll(/\]\(([^)#]+\.ipynb)\)/g)) {
        const target = path.join(ROOT, "notebooks", m[1]);
        expect([m[1], fs.existsSync(target)]).toEqual([m[1], true]);
      }
    }
  });
});

interface SectionMinutes {
  heading: string;
  minutes: number;
}

interface LessonMinutes {
  minutes: number;
  sections: SectionMinutes[];
}

const MINUTES: { method: { figureMinutes: number }; lessons: Record<string, LessonMinutes> } =
  JSON.parse(fs.readFileSync(path.join(ROOT, "scripts", "lesson_minutes.json"), "utf8"));

/** The heading of the section each cell is in: the last Markdown heading line at or before it. */
function sectionOfCells(cells: Cell[]): string[] {
  let current = "(before the first heading)";
  return cells.map((c) => {
    if (c.cell_type === "markdown") {
      for (const line of text(c).split("\n")) {
        const m = /^#{1,4}\s+(.*\S)\s*$/.exec(line);
        if (m) current = m[1];
      }
    }
    return current;
  });
}

/** The minutes a slot needs: its named sections in full, plus the figures it names outside them. */
function neededMinutes(s: Slot): number {
  const lesson = MINUTES.lessons[s.notebook];
  const named = new Set(s.headings);
  const sections = lesson.sections.filter((x) => named.has(x.heading));
  const cells = notebookCells(s.notebook);
  const sectionOf = sectionOfCells(cells);
  const outside = s.figures.filter((id) => !named.has(sectionOf[cells.findIndex((c) => c.id === id)]));
  return sections.reduce((a, x) => a + x.minutes, 0) + outside.length * MINUTES.method.figureMinutes;
}

describe("README: the minutes of each lesson and of the teaching paths", () => {
  it("measured every lesson, and the README's per-lesson table is the measured one", () => {
    const lessons = courseNotebooks().filter((f) => path.dirname(f) === path.join(ROOT, "notebooks")).map((f) => path.relative(ROOT, f)).sort();
    expect(Object.keys(MINUTES.lessons).sort()).toEqual(lessons);
    const block = /<!-- lesson-minutes:start -->\n([\s\S]*?)\n<!-- lesson-minutes:end -->/.exec(README);
    expect(block).not.toBeNull();
    const rows = block![1].split("\n").filter((l) => /^\| \[/.test(l));
    const shown = Object.fromEntries(rows.map((l) => {
      const cells = l.slice(1, -1).split("|").map((c) => c.trim());
      return [/\]\(([^)]+)\)/.exec(cells[0])![1], Number(cells[1])];
    }));
    expect(shown).toEqual(Object.fromEntries(Object.entries(MINUTES.lessons).map(([k, v]) => [k, v.minutes])));
    for (const [file, lesson] of Object.entries(MINUTES.lessons)) {
      const sum = lesson.sections.reduce((a, x) => a + x.minutes, 0);
      expect([file, lesson.minutes]).toEqual([file, Math.ceil(sum - 1e-9)]);
    }
  });

  it("says how many hours the lessons take, as measured", () => {
    const total = Object.values(MINUTES.lessons).reduce((a, l) => a + l.minutes, 0);
    const stated = /The lessons take about (\d+(?:\.5)?) hours/.exec(TEACHING);
    expect(stated).not.toBeNull();
    expect(Math.abs(Number(stated![1]) - total / 60)).toBeLessThanOrEqual(0.25);
  });

  it.each(slots.map((s) => [`${s.table} · ${s.notebook}`, s]))("%s: its minutes cover what it shows and no more than the lesson", (_name, slot) => {
    const s = slot as Slot;
    const lesson = MINUTES.lessons[s.notebook];
    expect(lesson).toBeDefined();
    for (const h of s.headings) expect([h, lesson.sections.some((x) => x.heading === h)]).toEqual([h, true]);
    expect(s.minutes).toBeGreaterThanOrEqual(Math.ceil(neededMinutes(s) - 1e-9));
    expect(s.minutes).toBeLessThanOrEqual(lesson.minutes);
  });
});
