/**
 * The notebook runner must fail a broken tslab notebook and say which notebook, which cell and why
 * (tslab sends no error output, so a runner that looks for one would pass it: see FACTS.md).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runRunner } from "./helpers";

const FIXTURES = path.join("tests", "fixtures", "notebooks");
const fixture = (name: string) => path.join(FIXTURES, `${name}.ipynb`);

describe("scripts/notebooks.py run", () => {
  let result: ReturnType<typeof runRunner>;
  const saved = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-runner-"));
  beforeAll(() => {
    result = runRunner(["run", "--jobs", "2", "--save", saved, ...["passes", "type_error", "thrown_error", "rejected_promise"].map(fixture)]);
  });

  /** The block of report lines about one notebook. */
  function block(name: string): string {
    const lines = result.stdout.split("\n");
    const start = lines.findIndex((l) => l.includes(fixture(name)) && /^(PASS|FAIL) /.test(l));
    expect(start).toBeGreaterThanOrEqual(0);
    const end = lines.findIndex((l, i) => i > start && /^(PASS|FAIL) |^notebooks: /.test(l));
    return lines.slice(start, end).join("\n");
  }

  it("exits non-zero and ends with the plain count line", () => {
    expect(result.status).toBe(1);
    const last = result.stdout.trim().split("\n").pop();
    expect(last).toBe("1 passed, 3 failed");
  });

  it("passes a good notebook and prints its time", () => {
    expect(block("passes")).toMatch(/^PASS  tests\/fixtures\/notebooks\/passes\.ipynb  \d+\.\d s$/);
  });

  it("keeps one output per live display, at its last state, and figures as one bundle", () => {
    type Output = { output_type: string; data?: Record<string, unknown> };
    const nb = JSON.parse(fs.readFileSync(path.join(saved, "passes.ipynb"), "utf8"));
    const cells = nb.cells.filter((c: { cell_type: string }) => c.cell_type === "code");
    const progress: Output[] = cells[cells.length - 2].outputs;
    expect(progress).toHaveLength(1);
    expect(progress[0].output_type).toBe("display_data");
    expect([progress[0].data!["text/plain"]].flat().join("")).toContain("100% (5/5) step 5");
    const fig: Output[] = cells[cells.length - 1].outputs;
    expect(fig).toHaveLength(1);
    expect(Object.keys(fig[0].data!).sort()).toEqual(["application/vnd.plotly.v1+json", "text/html", "text/plain"]);
    expect(typeof fig[0].data!["application/vnd.plotly.v1+json"]).toBe("object");
  });

  it("reports a type error with the cell number, its source and the compiler's message", () => {
    const b = block("type_error");
    expect(b).toMatch(/^FAIL /);
    expect(b).toContain("cell 3 of 3 failed");
    expect(b).toContain('| const typed: number = "not a number";');
    expect(b).toContain("Type 'string' is not assignable to type 'number'.");
  });

  it("reports a thrown exception with its message, and stops before the next cell", () => {
    const b = block("thrown_error");
    expect(b).toContain("cell 2 of 3 failed");
    expect(b).toContain("| function fail(): never {");
    expect(b).toContain("Error: deliberate failure in thrown_error");
  });

  it("reports an awaited rejected promise with its message", () => {
    const b = block("rejected_promise");
    expect(b).toContain("cell 2 of 3 failed");
    expect(b).toContain("| await later();");
    expect(b).toContain("Error: deliberate rejection in rejected_promise");
  });
});
