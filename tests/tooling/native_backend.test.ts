/**
 * scripts/native_backend.sh on machines where the offline build cannot work: it must say why in one
 * line and leave the set-up going (exit 0), so the course falls back to WebAssembly. Run on a scratch
 * copy of the script with a stand-in tfjs-node package and a stand-in `uname`, never on node_modules.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

function scratch(unameOutput: { s: string; m: string }): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-native-"));
  fs.mkdirSync(path.join(dir, "scripts"));
  fs.copyFileSync(path.join(ROOT, "scripts", "native_backend.sh"), path.join(dir, "scripts", "native_backend.sh"));
  // a tfjs-node without its addon and without its install script: what npm ci --ignore-scripts leaves offline
  const pkg = path.join(dir, "node_modules", "@tensorflow", "tfjs-node");
  fs.mkdirSync(pkg, { recursive: true });
  fs.writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name: "@tensorflow/tfjs-node", version: "4.22.0", main: "missing.js" }));
  const bin = path.join(dir, "bin");
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, "uname"), `#!/bin/sh\n[ "$1" = -m ] && echo ${unameOutput.m} || echo ${unameOutput.s}\n`, { mode: 0o755 });
  return { dir, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } };
}

function runScript(dir: string, env: NodeJS.ProcessEnv): string {
  return execFileSync("bash", [path.join(dir, "scripts", "native_backend.sh")], { cwd: dir, env, encoding: "utf8", timeout: 60000 });
}

describe("scripts/native_backend.sh where it cannot build", () => {
  it("on another OS and CPU: one sentence saying so, the WebAssembly fall-back, exit 0, nothing downloaded", () => {
    const { dir, env } = scratch({ s: "Darwin", m: "arm64" });
    try {
      const out = runScript(dir, env);
      expect(out).toContain("setup: native backend: the offline build needs Linux on x86-64 (this is Darwin arm64)");
      expect(out).toContain("the course runs on the WebAssembly backend instead.");
      expect(fs.existsSync(path.join(dir, ".native"))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("without tfjs-node in node_modules: says so and exits 0", () => {
    const { dir, env } = scratch({ s: "Linux", m: "x86_64" });
    try {
      fs.rmSync(path.join(dir, "node_modules"), { recursive: true });
      expect(runScript(dir, env)).toContain("setup: native backend: @tensorflow/tfjs-node is not in node_modules; the course runs on the WebAssembly backend instead.");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
