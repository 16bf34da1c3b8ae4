/**
 * scripts/test_summary.js, the closing lines of `npm test`: one line per stage with its counts and
 * (from the file scripts/test.sh writes) its wall time, the stages' total time, then the total counts;
 * a missing result counts as a failure.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.resolve(__dirname, "..", "..");
let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-summary-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function summary(files: Record<string, string>, args: string[], times?: string): string[] {
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const env = { ...process.env, LOSSLAB_STAGE_TIMES: times === undefined ? "" : path.join(dir, "times.txt") };
  if (times !== undefined) fs.writeFileSync(path.join(dir, "times.txt"), times);
  return execFileSync(process.execPath, [path.join(root, "scripts", "test_summary.js"), ...args.map((a) => (a.includes(".") ? path.join(dir, a) : a))], { env, encoding: "utf8" }).trim().split("\n");
}
const jestResult = (passed: number, failed: number) => JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numRuntimeErrorTestSuites: 0 });

describe("test_summary.js", () => {
  it("prints each stage's counts with its wall time, the untimed-count stages' times, and the total time", () => {
    const lines = summary(
      { "jest-wasm.json": jestResult(10, 0), "jest-tooling.json": jestResult(3, 1), "notebooks.log": "PASS a 1 s\n35 passed, 0 failed\n" },
      ["notebooks.log", "0", "jest-wasm.json", "jest-tooling.json"],
      "type check\t30000\njest wasm\t90000\njest tooling\t60000\nnotebooks\t120000\n",
    );
    expect(lines).toEqual([
      "jest wasm:             10 passed, 0 failed  [1.5 min]",
      "jest tooling:          3 passed, 1 failed  [1.0 min]",
      "notebooks:             35 passed, 0 failed  [2.0 min]",
      "type check:            0.5 min",
      "time: 5.0 min over 4 stages",
      "total: 48 passed, 1 failed",
    ]);
  });

  it("without times prints the counts alone, and counts a missing result and a failed type check as failures", () => {
    const lines = summary({ "jest-cpu.json": jestResult(2, 0), "nb.log": "nothing\n" }, ["nb.log", "2", "jest-cpu.json", "jest-pages.json"]);
    expect(lines).toEqual([
      "jest cpu:              2 passed, 0 failed",
      `jest pages:            0 passed, 1 failed (no jest results in ${path.join(dir, "jest-pages.json")})`,
      `notebooks:             0 passed, 1 failed (no count line in ${path.join(dir, "nb.log")})`,
      "type check:            0 passed, 1 failed",
      "total: 2 passed, 3 failed",
    ]);
  });
});
