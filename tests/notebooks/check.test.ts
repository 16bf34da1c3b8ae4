/**
 * `npm run check -- NN`: a student runs their own exercise (the copy in the work tree) in a fresh
 * kernel and reads the checker's verdicts in the terminal, with PASS or FAIL and the exit status.
 */
import * as fs from "fs";
import * as path from "path";
import { ROOT, runRunner } from "./helpers";

const EXERCISE = path.join("notebooks", "exercises", "03_softmax_cross_entropy.ipynb");
const SOLUTION = path.join("notebooks", "exercises", "solutions", "03_softmax_cross_entropy.ipynb");

describe("notebooks.py check", () => {
  it("passes a right answer and prints every check", () => {
    const r = runRunner(["check", SOLUTION]);
    expect(r.stdout).toMatch(/softmax cross-entropy: all \d+ checks pass\./);
    expect(r.stdout).toContain("- ✓ ");
    expect(r.stdout.trim().split("\n").pop()).toMatch(/^PASS  notebooks\/exercises\/solutions\/03_softmax_cross_entropy\.ipynb: every check passes/);
    expect(r.status).toBe(0);
  });

  it("fails a wrong answer and says in words what is wrong", () => {
    // the student's copy: the exercise with a wrong body (beside the exercises, as a student's edit would be)
    const nb = JSON.parse(fs.readFileSync(path.join(ROOT, EXERCISE), "utf8"));
    const cell = nb.cells.find((c: { source: string | string[] }) => [c.source].flat().join("").includes("return notYet();"));
    cell.source = [[cell.source].flat().join("").replace("return notYet();", "return labels.map(() => 0);")];
    fs.mkdirSync(path.join(ROOT, "build"), { recursive: true });
    const dir = fs.mkdtempSync(path.join(ROOT, "build", "check-"));
    const mine = path.join(dir, "03_mine.ipynb");
    fs.writeFileSync(mine, JSON.stringify(nb));
    try {
      const r = runRunner(["check", mine]);
      expect(r.stdout).toMatch(/softmax cross-entropy: \d+ of \d+ checks pass\./);
      expect(r.stdout).toMatch(/- ✗ .*expected .*, got 0/);
      expect(r.stdout.trim().split("\n").pop()).toMatch(/^FAIL  .*03_mine\.ipynb: not every check passes yet/);
      expect(r.status).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names the exercises when it cannot find the one asked for", () => {
    const r = runRunner(["check", "99"]);
    expect(r.stdout).toContain("no exercise '99': give its number (00, 01, 02, 03, 03b, 04a, 04b, 05, 06, 07, 08, 09)");
    expect(r.status).toBe(2);
  });

  it("a number with two exercises (04: 04a and 04b) asks for one of them", () => {
    const r = runRunner(["check", "4"]);
    expect(r.stdout).toContain("'4' is 2 exercises, 04a and 04b: give one of them");
    expect(r.status).toBe(2);
  });
});
