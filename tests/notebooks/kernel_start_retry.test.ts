/**
 * A kernel that never starts is the machine's fault, not the notebook's (jupyter_client picks free ports and another
 * process can take one before tslab binds it): the runner tries one fresh kernel more and says so, and a notebook whose
 * kernels never start still fails.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT, runRunner } from "./helpers";

/** A kernel spec named "tslab" (found first through JUPYTER_PATH) that dies at start `failures` times, then runs tslab. */
function flakyKernel(failures: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-flaky-kernel-"));
  const spec = path.join(dir, "kernels", "tslab");
  fs.mkdirSync(spec, { recursive: true });
  const count = path.join(dir, "starts");
  const script = path.join(dir, "kernel.sh");
  fs.writeFileSync(script, `#!/usr/bin/env bash
n=$(cat "${count}" 2>/dev/null || echo 0); echo $((n + 1)) > "${count}"
[ "$n" -lt ${failures} ] && exit 1
exec "${path.join(ROOT, "node_modules", ".bin", "tslab")}" "$@"
`, { mode: 0o755 });
  fs.writeFileSync(path.join(spec, "kernel.json"), JSON.stringify({ argv: [script, "kernel", "--config-path", "{connection_file}"], display_name: "TypeScript", language: "typescript" }));
  return dir;
}

const passes = path.join("tests", "fixtures", "notebooks", "passes.ipynb");

describe("scripts/notebooks.py run, when a kernel does not start", () => {
  it("runs the notebook in a second kernel and says so", () => {
    const dir = flakyKernel(1);
    const r = runRunner(["run", passes], { JUPYTER_PATH: dir });
    expect(r.stdout).toMatch(/^PASS  tests\/fixtures\/notebooks\/passes\.ipynb  \d+\.\d s  \(its first kernel never started; ran in a second one\)$/m);
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, "starts"), "utf8").trim()).toBe("2");
  }, 300_000);

  it("fails the notebook when the second kernel does not start either, and tries no third", () => {
    const dir = flakyKernel(5);
    const r = runRunner(["run", passes], { JUPYTER_PATH: dir });
    expect(r.stdout).toMatch(/^FAIL  tests\/fixtures\/notebooks\/passes\.ipynb/m);
    expect(r.stdout).toContain("before the first cell ran failed");
    expect(r.status).toBe(1);
    expect(fs.readFileSync(path.join(dir, "starts"), "utf8").trim()).toBe("2");
  }, 300_000);
});

describe("scripts/tslab_kernel.js, when a port of its connection file is taken", () => {
  it("exits with status 1 at once, naming the bind failure, instead of running without its sockets", async () => {
    const net = await import("net");
    const { spawnSync } = await import("child_process");
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as { port: number }).port;
    const free = async () => {
      const s = net.createServer();
      await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
      const p = (s.address() as { port: number }).port;
      await new Promise<void>((resolve) => s.close(() => resolve()));
      return p;
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-kernel-ports-"));
    const connection = path.join(dir, "kernel.json");
    fs.writeFileSync(connection, JSON.stringify({
      shell_port: await free(), iopub_port: port, stdin_port: await free(), control_port: await free(), hb_port: await free(),
      ip: "127.0.0.1", key: "k", transport: "tcp", signature_scheme: "hmac-sha256", kernel_name: "tslab",
    }));
    const started = Date.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "tslab_kernel.js"), "kernel", "--config-path", connection], { encoding: "utf8", timeout: 60_000 });
    taken.close();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/tslab_kernel: the kernel's sockets did not bind \(EADDRINUSE\)/);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 90_000);
});
