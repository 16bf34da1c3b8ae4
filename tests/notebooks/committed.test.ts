/**
 * npm test judges what git holds, not the work tree: a notebook run in JupyterLab (autosave writes
 * its outputs) or a student's edited exercise neither fails the outputs check nor is what the
 * runner executes; a notebook committed with outputs does fail the check. Proved on scratch git
 * repositories holding a copy of scripts/notebooks.py, and on a folder without git (a tarball).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PYTHON, RUNNER, asCommitted, committedNotebooks, dirtyCells, requireVenv } from "./helpers";

/** A one-code-cell tslab notebook; with `ran`, as JupyterLab saves it after running. */
function notebook(source: string, ran = false): string {
  const cell = {
    cell_type: "code",
    execution_count: ran ? 1 : null,
    id: "c1",
    metadata: {},
    outputs: ran ? [{ output_type: "stream", name: "stdout", text: ["ran\n"] }] : [],
    source: [source],
  };
  return JSON.stringify({
    cells: [cell],
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  });
}

function sh(cwd: string, cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", timeout: 120_000 });
  if (r.error) throw r.error;
  return r;
}

/** A scratch project: notebooks/lesson.ipynb committed clean (`committed` as its code), under git if `withGit`. */
function project(committed: string, withGit: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-committed-"));
  fs.mkdirSync(path.join(dir, "notebooks"));
  fs.mkdirSync(path.join(dir, "scripts"));
  fs.copyFileSync(RUNNER, path.join(dir, "scripts", "notebooks.py"));
  fs.writeFileSync(path.join(dir, "notebooks", "lesson.ipynb"), notebook(committed));
  if (withGit) {
    sh(dir, "git", ["init", "-q"]);
    commitAll(dir);
  }
  return dir;
}

function commitAll(dir: string): void {
  sh(dir, "git", ["add", "."]);
  sh(dir, "git", ["-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-qm", "x"]);
}

const lesson = (dir: string) => path.join(dir, "notebooks", "lesson.ipynb");

describe("the outputs check reads git's index", () => {
  const dir = project('console.log("committed");', true);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("passes a committed clean notebook that has outputs in the work tree (a lesson run in JupyterLab)", () => {
    fs.writeFileSync(lesson(dir), notebook('console.log("committed");', true));
    expect(dirtyCells(JSON.parse(fs.readFileSync(lesson(dir), "utf8")))).toEqual([1]);
    const seen = asCommitted(lesson(dir), dir);
    expect(seen.from).toBe("git");
    expect(dirtyCells(JSON.parse(seen.text))).toEqual([]);
  });

  it("does not list a notebook git does not hold (a student's scratch notebook)", () => {
    fs.writeFileSync(path.join(dir, "notebooks", "Untitled.ipynb"), notebook("1", true));
    expect(committedNotebooks(path.join(dir, "notebooks"), dir)).toEqual([lesson(dir)]);
  });

  it("fails a notebook committed with outputs", () => {
    commitAll(dir);
    expect(dirtyCells(JSON.parse(asCommitted(lesson(dir), dir).text))).toEqual([1]);
  });

  it("reads the work tree where there is no git (a tarball)", () => {
    const plain = project("1", false);
    try {
      fs.writeFileSync(lesson(plain), notebook("1", true));
      const seen = asCommitted(lesson(plain), plain);
      expect(seen.from).toBe("work tree");
      expect(dirtyCells(JSON.parse(seen.text))).toEqual([1]);
      expect(committedNotebooks(path.join(plain, "notebooks"), plain)).toEqual([lesson(plain)]);
    } finally {
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe("notebooks.py run --committed", () => {
  const edited = 'throw new Error("the edited working copy ran");';
  const run = (dir: string) => {
    requireVenv();
    return sh(dir, PYTHON, [path.join(dir, "scripts", "notebooks.py"), "run", "--committed"]);
  };

  it("runs the notebook as committed, not the edited work-tree copy, and skips notebooks git does not hold", () => {
    const dir = project('console.log("the committed version ran");', true);
    try {
      fs.writeFileSync(lesson(dir), notebook(edited, true));
      fs.writeFileSync(path.join(dir, "notebooks", "Untitled.ipynb"), notebook(edited));
      const r = run(dir);
      expect(r.stdout).toContain("note: notebooks/Untitled.ipynb is not in git: skipped");
      expect(r.stdout).toMatch(/^PASS  notebooks\/lesson\.ipynb /m);
      expect(r.stdout.trim().split("\n").pop()).toBe("1 passed, 0 failed");
      expect(r.status).toBe(0);
      // its scratch copies are gone
      expect(fs.readdirSync(path.join(dir, "build")).filter((f) => f.startsWith("committed-"))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("falls back to the work tree with a one-line note where there is no git", () => {
    const dir = project(edited, false);
    try {
      const r = run(dir);
      expect(r.stdout).toContain("note: no git repository here: running the notebooks as they are in the work tree");
      expect(r.stdout).toMatch(/^FAIL  notebooks\/lesson\.ipynb /m);
      expect(r.stdout).toContain("the edited working copy ran");
      expect(r.status).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
