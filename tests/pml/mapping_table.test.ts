// The library README's table of pytorch-metric-learning's classes: one row for every public class of
// pml's losses, miners, reducers, regularizers, distances and samplers (the list pml 2.9.0 itself
// gives, recorded by scripts/fixtures/pml_reference_more.py), and every losslab name it gives is exported.
import * as fs from "fs";
import * as path from "path";
import * as losslab from "losslab";
import { pmlMore } from "./fixture_more";

const readme = fs.readFileSync(path.join(__dirname, "..", "..", "lib", "losslab", "README.md"), "utf8");
const section = readme.split("## pytorch-metric-learning, class by class")[1]?.split("\n## ")[0] ?? "";
const rows = section.split("\n").filter((l) => l.startsWith("| `")).map((l) => l.split("|").map((c) => c.trim()));

describe("README: pml's classes and their losslab counterparts", () => {
  it("has one row for every public pml class, and no other", () => {
    const pml = Object.values(pmlMore.classes as Record<string, string[]>).flat().sort();
    const listed = rows.map((r) => r[1].replace(/`/g, "")).sort();
    expect(pml.length).toBeGreaterThan(70);
    expect(listed).toEqual(pml);
  });

  it("every losslab name in the table is exported, and every implemented row says what it follows", () => {
    let named = 0;
    for (const [, , ours, follows] of rows) {
      if (ours.startsWith("not yet")) continue;
      const names = [...ours.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]).filter((n) => /^[A-Za-z]/.test(n) && !/^(embeddingRegularizer|embeddingRegWeight|weightRegularizer|weightRegWeight)$/.test(n));
      for (const n of names) expect([n, n in losslab]).toEqual([n, true]);
      named += names.length;
      if (!ours.startsWith("not as a class")) expect(follows).toMatch(/pml 2\.9\.0/);
    }
    expect(named).toBeGreaterThan(45);
  });
});
