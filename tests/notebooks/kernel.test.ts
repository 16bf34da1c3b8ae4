/**
 * The course's kernel (scripts/tslab_kernel.js, registered by the set-up): tslab with only @types/node
 * included automatically, and requests answered once its sockets are bound (no EBUSY at start).
 */
import * as fs from "fs";
import * as path from "path";
import { ROOT, runRunner } from "./helpers";

const fixture = (name: string) => path.join("tests", "fixtures", "notebooks", name);

describe("the course's tslab kernel", () => {
  it("is the one the set-up registers", () => {
    const spec = JSON.parse(fs.readFileSync(path.join(ROOT, ".venv", "share", "jupyter", "kernels", "tslab", "kernel.json"), "utf8"));
    expect(spec.argv).toEqual([path.join(ROOT, "scripts", "tslab_kernel.js"), "kernel", "--config-path", "{connection_file}"]);
    fs.accessSync(spec.argv[0], fs.constants.X_OK);
  });

  it("types Node's globals and modules and an imported package, and starts without a socket error", () => {
    // three fresh kernels: each start used to race its iopub bind against the first request
    const r = runRunner(["run", fixture("node_types.ipynb"), fixture("node_types.ipynb"), fixture("passes.ipynb"), "--save", path.join(ROOT, "build", "kernel-test")]);
    expect(r.stdout).toMatch(/^PASS  tests\/fixtures\/notebooks\/node_types\.ipynb/m);
    expect(r.status).toBe(0);
    const saved = JSON.parse(fs.readFileSync(path.join(ROOT, "build", "kernel-test", "node_types.ipynb"), "utf8"));
    const text = (i: number) => saved.cells[i].outputs.map((o: { text?: string[] | string }) => [o.text ?? ""].flat().join("")).join("");
    expect(text(1)).toBe("node true, package.json true\n");
    expect(text(2)).toBe("4\n");
    expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/EBUSY|UnhandledPromiseRejection|blocked by a bind/);
  }, 300_000);

  it("leaves out the test tooling's global types (jest's describe)", () => {
    const r = runRunner(["run", fixture("test_globals.ipynb")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Cannot find name 'describe'/);
  }, 300_000);
});
