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
export function runRunner(args: string[]): { status: number | null; stdout: string; stderr: string } {
  requireVenv();
  const r = spawnSync(PYTHON, [RUNNER, ...args], { cwd: ROOT, encoding: "utf8", timeout: 300_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every notebook of the course (lessons, exercises, their solutions). */
export function courseNotebooks(): string[] {
  const nb = path.join(ROOT, "notebooks");
  const dirs = [nb, path.join(nb, "exercises"), path.join(nb, "exercises", "solutions")];
  return dirs
    .filter((d) => fs.existsSync(d))
    .flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith(".ipynb")).map((f) => path.join(d, f)))
    .sort();
}

/** The name of a notebook's page and executed copy in build/ (mirrors page_name in scripts/notebooks.py). */
export function pageName(notebook: string): string {
  return path.relative(path.join(ROOT, "notebooks"), notebook).replace(/\.ipynb$/, "").split(path.sep).join("--");
}
