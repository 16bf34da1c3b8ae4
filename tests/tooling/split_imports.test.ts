/**
 * scripts/split_imports.py, which points every import at the package that exports the name
 * (issue 16): the repository is already split (a run would change nothing), and the statement
 * splitter sorts names, keeps the author's formatting where nothing moves, and reports what it
 * cannot place.
 */
import { spawnSync } from "child_process";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const python = path.join(root, ".venv", "bin", "python");

it("the tree is split: --check would change no file and finds no misplaced name", () => {
  const run = spawnSync(python, ["scripts/split_imports.py", "--check"], { cwd: root, encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^split_imports: exports: losslab \d+, losslab-course \d+, losslab\/internal \d+; would change 0 files$/m);
}, 300000);

it("splits an import by package, is idempotent, and reports a name neither package exports", () => {
  const probe = `
import json, sys
sys.path.insert(0, "scripts")
import split_imports as s
exports = {s.LIBRARY: {"huberLoss", "tf", "LossOptions"}, s.INTERNAL: {"checkRange"}, s.COURSE: {"show", "figure"}}
# the module names are joined here so that the script, run on this repository, does not take these for imports
lib, course = '"loss' + 'lab"', '"loss' + 'lab-course"'
source = 'import { show, huberLoss, type LossOptions, figure as f, tf } from ' + lib + ';\\nconst x = 1;'
once = s.split_statements(source, "probe", exports)
twice = s.split_statements(once, "probe", exports)
unknown = s.split_statements('import { nowhere } from ' + course + ';', "probe", exports)
print(json.dumps({"once": once, "twice": twice, "unknown": unknown, "problems": s.problems}))
`;
  const run = spawnSync(python, ["-c", probe], { cwd: root, encoding: "utf8" });
  expect(run.stderr).toBe("");
  const out = JSON.parse(run.stdout);
  const from = (name: string) => `from "${name}"`;
  expect(out.once).toBe(`import { huberLoss, type LossOptions, tf } ${from("losslab")};\nimport { show, figure as f } ${from("losslab-course")};\nconst x = 1;`);
  expect(out.twice).toBe(out.once);
  expect(out.unknown).toBe(`import { nowhere } ${from("losslab-course")};`);
  expect(out.problems).toEqual(["probe: 'nowhere' is exported by neither losslab nor losslab-course"]);
});
