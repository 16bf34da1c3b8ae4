/** Shared by the notebook tooling tests: where things are, and how to run the runner. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const PYTHON = path.join(ROOT, ".venv", "bin", "python");
export const RUNNER = path.join(ROOT, "scripts", "notebooks.py");

/** Fails with a clear message when `npm run setup` has not been run. */
export function requireVenv(): void {
  if (!fs.existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: run 'npm run setup' (npm test does it first).`);
}

/** Runs scripts/notebooks.py with arguments; returns exit status and output. */
export function runRunner(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  requireVenv();
  const r = spawnSync(PYTHON, [RUNNER, ...args], { cwd: ROOT, encoding: "utf8", timeout: 300_000, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function git(args: string[], root: string) {
  return spawnSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
}

/** True when `root` is the top of a git work tree (not a tarball, not a folder inside another repository). */
export function isGitRoot(root = ROOT): boolean {
  const top = git(["rev-parse", "--show-toplevel"], root);
  return top.status === 0 && fs.realpathSync(top.stdout.trim()) === fs.realpathSync(root);
}

/**
 * The text of a file as git's index has it (what is committed, or staged to be), or, where `root`
 * is not the top of a git work tree (a tarball) or the file is not in git, as the work tree has it.
 */
export function asCommitted(file: string, root = ROOT): { text: string; from: "git" | "work tree" } {
  if (isGitRoot(root)) {
    const shown = git(["show", `:${path.relative(root, path.resolve(root, file)).split(path.sep).join("/")}`], root);
    if (shown.status === 0) return { text: shown.stdout, from: "git" };
  }
  return { text: fs.readFileSync(path.resolve(root, file), "utf8"), from: "work tree" };
}

/** The notebooks directly in `dir` that git's index holds (all in the work tree where there is no git). */
export function committedNotebooks(dir: string, root = ROOT): string[] {
  if (!isGitRoot(root)) {
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".ipynb")).map((f) => path.join(dir, f)).sort() : [];
  }
  const listed = git(["ls-files", "-z", "--", path.relative(root, dir) || "."], root).stdout.split("\0");
  return listed
    .filter((f) => f.endsWith(".ipynb"))
    .map((f) => path.resolve(root, f))
    .filter((f) => path.dirname(f) === path.resolve(dir))
    .sort();
}

type NotebookCell = { cell_type: string; outputs?: unknown[]; execution_count?: number | null };

/** The numbers (from 1) of a notebook's code cells that hold outputs or an execution count. */
export function dirtyCells(nb: { cells: NotebookCell[] }): number[] {
  return nb.cells
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.cell_type === "code" && ((c.outputs ?? []).length > 0 || c.execution_count != null))
    .map(({ i }) => i + 1);
}

const COURSE_DIRS = ["", "exercises", path.join("exercises", "solutions")].map((d) => path.join(ROOT, "notebooks", d));

/**
 * Every notebook of the course (lessons, exercises, their solutions) that git holds, as npm test
 * runs them (a scratch notebook a student made is not one); without git, those in the work tree.
 */
export function courseNotebooks(): string[] {
  return COURSE_DIRS.flatMap((d) => committedNotebooks(d)).sort();
}

/** The name of a notebook's page and executed copy in build/ (mirrors page_name in scripts/notebooks.py). */
export function pageName(notebook: string): string {
  return path.relative(path.join(ROOT, "notebooks"), notebook).replace(/\.ipynb$/, "").split(path.sep).join("--");
}
