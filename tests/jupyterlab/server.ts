/**
 * A JupyterLab server from .venv for browser tests: on a free localhost port, with a random token
 * (the token stays on), serving a scratch copy of notebooks/ inside build/ so that Run All and
 * autosave never touch the committed notebooks. stop() ends the whole process group.
 */
import { spawn, type ChildProcess } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as net from "net";
import * as path from "path";
import { ROOT } from "../notebooks/helpers";

export interface LabServer {
  url: (notebook: string) => string;
  root: string;
  stop: () => Promise<void>;
  log: () => string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, ms: number, proc: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new Error(`JupyterLab exited early (code ${proc.exitCode}):\n${log()}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`JupyterLab did not answer at ${url} within ${ms} ms:\n${log()}`);
}

export async function startLab(): Promise<LabServer> {
  const root = path.join(ROOT, "build", "jupyterlab-test", "notebooks");
  fs.rmSync(root, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, "notebooks"), root, { recursive: true });
  // user settings of this scratch server: no news prompt over the notebook
  const settings = path.join(ROOT, "build", "jupyterlab-test", "settings");
  fs.mkdirSync(path.join(settings, "@jupyterlab", "apputils-extension"), { recursive: true });
  fs.writeFileSync(
    path.join(settings, "@jupyterlab", "apputils-extension", "notification.jupyterlab-settings"),
    JSON.stringify({ fetchNews: "false", checkForUpdates: false }),
  );
  const port = await freePort();
  const token = crypto.randomBytes(24).toString("hex");
  const args = [
    "lab",
    "--no-browser",
    "--ServerApp.ip=127.0.0.1",
    `--ServerApp.port=${port}`,
    "--ServerApp.port_retries=0",
    `--ServerApp.root_dir=${root}`,
    `--IdentityProvider.token=${token}`,
    "--MappingKernelManager.default_kernel_name=tslab",
    "--LabApp.news_url=None",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    `--LabApp.user_settings_dir=${settings}`,
  ];
  if (process.getuid?.() === 0) args.push("--allow-root");
  let output = "";
  const proc = spawn(path.join(ROOT, ".venv", "bin", "jupyter"), args, {
    cwd: ROOT,
    detached: true, // its own process group, so stop() also ends the kernels it started
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, JUPYTER_CONFIG_DIR: path.join(ROOT, "build", "jupyterlab-test", "config") },
  });
  proc.stdout!.on("data", (d) => (output += d));
  proc.stderr!.on("data", (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (proc.exitCode !== null || proc.pid === undefined) return;
    const exited = new Promise((r) => proc.once("exit", r));
    try {
      process.kill(-proc.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-proc.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHttp(`${base}/api/status?token=${token}`, 60_000, proc, () => output);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    url: (notebook) => `${base}/lab/tree/${notebook.split(path.sep).map(encodeURIComponent).join("/")}?token=${token}&reset`,
    root,
    stop,
    log: () => output,
  };
}
