/**
 * A JupyterLab server from .venv for browser tests: on a free localhost port, with a random token
 * (the token stays on), serving a scratch copy of notebooks/ inside build/ (each notebook as git
 * holds it, so a lesson run in JupyterLab or an edited exercise does not change what is tested, and
 * Run All and autosave never touch the work tree), and in executed/ the notebooks stage's executed
 * copies from build/notebooks. Its configuration is JupyterLab's own plus the
 * set-up's .venv settings (news and update checks off): a fresh, empty user configuration, nothing
 * else, so the test sees what `npm start` shows. stop() ends the whole process group.
 */
import { spawn, type ChildProcess } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as net from "net";
import * as path from "path";
import { ROOT, asCommitted, courseNotebooks } from "../notebooks/helpers";

/** The folder of the served tree that holds the notebooks stage's executed copies. */
export const EXECUTED_DIR = "executed";

export interface LabServer {
  url: (notebook: string) => string;
  root: string;
  /** Shuts down every kernel session (what closing a notebook and its kernel does). */
  shutdownKernels: () => Promise<number>;
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
  const scratch = path.join(ROOT, "build", "jupyterlab-test");
  fs.rmSync(scratch, { recursive: true, force: true }); // no settings or workspaces left from a run before
  const root = path.join(scratch, "notebooks");
  fs.cpSync(path.join(ROOT, "notebooks"), root, { recursive: true, filter: (src) => !src.endsWith(".ipynb") });
  for (const nb of courseNotebooks()) {
    const copy = path.join(root, path.relative(path.join(ROOT, "notebooks"), nb));
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.writeFileSync(copy, asCommitted(nb).text);
  }
  // the notebooks stage's executed copies (build/notebooks/<page name>.ipynb), opened as they are
  const executed = path.join(ROOT, "build", "notebooks");
  if (fs.existsSync(executed)) {
    fs.cpSync(executed, path.join(root, EXECUTED_DIR), { recursive: true, filter: (src) => src === executed || src.endsWith(".ipynb") });
  }
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
  ];
  if (process.getuid?.() === 0) args.push("--allow-root");
  let output = "";
  const proc = spawn(path.join(ROOT, ".venv", "bin", "jupyter"), args, {
    cwd: ROOT,
    detached: true, // its own process group, so stop() also ends the kernels it started
    stdio: ["ignore", "pipe", "pipe"],
    // user settings and workspaces live under the config dir: a fresh one, as on a first start
    env: { ...process.env, JUPYTER_CONFIG_DIR: path.join(scratch, "config") },
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
    // 180 s: on a machine loaded by other work, importing the server extensions alone has taken over 60 s
    await waitForHttp(`${base}/api/status?token=${token}`, 180_000, proc, () => output);
  } catch (e) {
    await stop();
    throw e;
  }
  const api = (what: string, method = "GET") => fetch(`${base}/api/${what}?token=${token}`, { method });
  const shutdownKernels = async () => {
    const sessions = (await (await api("sessions")).json()) as { id: string }[];
    await Promise.all(sessions.map((s) => api(`sessions/${s.id}`, "DELETE")));
    return sessions.length;
  };
  return {
    shutdownKernels,
    url: (notebook) => `${base}/lab/tree/${notebook.split(path.sep).map(encodeURIComponent).join("/")}?token=${token}&reset`,
    root,
    stop,
    log: () => output,
  };
}
