/**
 * Notebooks are committed clean: no outputs, no execution counts, the tslab kernel in their metadata.
 * Checked on what git holds (the index), not the work tree: a lesson run in JupyterLab (autosave
 * writes its outputs) or a student's edited exercise must not fail npm test; committing them would.
 */
import * as path from "path";
import { ROOT, asCommitted, committedNotebooks, courseNotebooks, dirtyCells, runRunner } from "./helpers";

const fixtures = committedNotebooks(path.join(ROOT, "tests", "fixtures", "notebooks"));

describe.each([...courseNotebooks(), ...fixtures].map((f) => [path.relative(ROOT, f)]))("%s", (file) => {
  const nb = JSON.parse(asCommitted(file).text);

  it("is committed with no outputs and no execution counts (clean it with: npm run clean-notebooks)", () => {
    expect(dirtyCells(nb)).toEqual([]);
  });

  it("runs on the tslab TypeScript kernel", () => {
    expect(nb.metadata.kernelspec).toEqual({ name: "tslab", display_name: "TypeScript", language: "typescript" });
  });
});

const lessonFiles = courseNotebooks().filter((f) => path.dirname(f) === path.join(ROOT, "notebooks"));

describe.each(lessonFiles.map((f) => [path.relative(ROOT, f)]))("lecture mode: %s", (file) => {
  const nb = JSON.parse(asCommitted(file).text);
  const types: string[] = nb.cells.map((c: { metadata: { slideshow?: { slide_type?: string } } }) => c.metadata.slideshow?.slide_type);

  it("carries slide metadata on every cell (add it with: npm run slide-tags)", () => {
    expect(types.filter((t) => t === undefined)).toEqual([]);
  });

  it("opens with a title slide and skips the set-up cell", () => {
    expect(types[0]).toBe("slide");
    const setup = nb.cells.findIndex((c: { source: string | string[] }) => [c.source].flat().join("").includes("await setup("));
    expect(setup).toBeGreaterThan(0);
    expect(types[setup]).toBe("skip");
  });
});

describe("the course", () => {
  it("has lesson notebooks named NN_topic.ipynb (NNa_, NNb_ for a lesson in two parts)", () => {
    const lessons = courseNotebooks().filter((f) => path.dirname(f) === path.join(ROOT, "notebooks"));
    expect(lessons.length).toBeGreaterThan(0);
    for (const f of lessons) expect(path.basename(f)).toMatch(/^\d\d[a-z]?_[a-z0-9_]+\.ipynb$/);
  });
});

describe("curated lecture decks (scripts/notebooks.py slide-plan, computed from the sources)", () => {
  const lines = runRunner(["slide-plan", ...lessonFiles]).stdout.trim().split("\n").filter(Boolean);
  const plans: { notebook: string; slides: number; slidesWithNotes: number; cells: string[] }[] = lines.map((l) => JSON.parse(l));

  it("plans one deck per lesson", () => {
    expect(plans.map((p) => p.notebook)).toEqual(lessonFiles.map((f) => path.relative(ROOT, f)));
  });

  it.each(lessonFiles.map((f) => [path.relative(ROOT, f)]))("%s: 10-15 slides, speaker notes on at least two", (file) => {
    const plan = plans.find((p) => p.notebook === file)!;
    expect(plan.slides).toBeGreaterThanOrEqual(10);
    expect(plan.slides).toBeLessThanOrEqual(15);
    expect(plan.slidesWithNotes).toBeGreaterThanOrEqual(2);
  });
});
