/**
 * The processes a test started, read from Linux's /proc: every descendant of this process (JupyterLab
 * runs in its own process group but is still our child; its kernels and Chromium's helpers are its
 * and Playwright's children). Used to prove that the JupyterLab test leaves nothing behind.
 */
import * as fs from "fs";

interface ProcessInfo {
  pid: number;
  parent: number;
  /** State letter: R, S, D, Z (zombie: exited, not yet reaped), ... */
  state: string;
  command: string;
}

function readProcess(pid: number): ProcessInfo | undefined {
  try {
    // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so split at the last ")"
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = stat.lastIndexOf(")");
    const [state, parent] = stat.slice(close + 2).split(" ");
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
    return { pid, parent: Number(parent), state, command };
  } catch {
    return undefined; // gone meanwhile
  }
}

function allProcesses(): ProcessInfo[] {
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((p): p is ProcessInfo => p !== undefined);
}

/** Every running descendant of `root` (children, their children, ...). */
export function descendants(root: number): ProcessInfo[] {
  const all = allProcesses();
  const found: ProcessInfo[] = [];
  let frontier = [root];
  while (frontier.length > 0) {
    const next = all.filter((p) => frontier.includes(p.parent));
    found.push(...next);
    frontier = next.map((p) => p.pid);
  }
  return found;
}

/** Those of `processes` still alive (a zombie has exited and counts as gone). */
export function stillRunning(processes: ProcessInfo[]): ProcessInfo[] {
  return processes.map((p) => readProcess(p.pid)).filter((p): p is ProcessInfo => p !== undefined && p.state !== "Z");
}
