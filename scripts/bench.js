#!/usr/bin/env node
// npm run bench: how fast the course is, in figures to keep in the README.
//  1. Training speed of the reference model (lib/src/bench: the margin lessons' 784-256-128-2 network
//     with a softmax head and with an ArcFace head) on every TensorFlow.js backend available
//     (tensorflow, wasm, cpu) and, where PyTorch is installed (LOSSLAB_TORCH_PYTHON, or a python
//     with torch), in PyTorch on 1 thread and on all threads: all side by side in one run, each in
//     its own process, driven round-robin; medians of single steps and the ratio to PyTorch.
//  2. What each margin head adds to a softmax step, all six heads training side by side in one
//     process on the fastest backend (benchmarkHeads: medians of single steps, robust to load);
//     the formulations behind formulationFor, side by side on tensorflow and wasm; and a profile of
//     one softmax and one ArcFace step: the slowest kernels.
//  4. Memory: tf.memory().numTensors over 1,000 steps on each backend (200 on cpu; flat means no leak).
//  5. The run time of every notebook, one at a time in a fresh kernel, and of the whole course.
// Options: --steps N (default 100), --no-notebooks, --no-memory, --no-profile.
const { spawn, spawnSync } = require("child_process");
const readline = require("readline");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const steps = Number(args[args.indexOf("--steps") + 1]) || 100;
const skipNotebooks = args.includes("--no-notebooks");
const skipMemory = args.includes("--no-memory");

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { cwd: root, encoding: "utf8", maxBuffer: 1 << 26, ...opts });
  return { status: r.status, out: (r.stdout || "") + (r.stderr || "") };
}
function lastJson(text) {
  const line = text.trim().split("\n").reverse().find((l) => l.startsWith("{"));
  return line ? JSON.parse(line) : { error: text.trim().split("\n").slice(-3).join(" ") };
}
const f1 = (v) => v.toFixed(1);

console.log(`losslab bench · ${os.cpus().length} cores (${os.cpus()[0].model.trim()}) · node ${process.version} · load ${os.loadavg().map(f1).join(" ")}`);

// 1. backends and PyTorch, side by side: one serving process per contestant, driven round-robin
// (a block of steps each in turn), so a burst of load from elsewhere falls on all of them alike.
class Contestant {
  constructor(label, backend, head, cmd, argv, block) {
    Object.assign(this, { label, backend, head, block, ms: [], error: null });
    this.proc = spawn(cmd, argv, { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    this.lines = readline.createInterface({ input: this.proc.stdout });
    // replies in order: each JSON line resolves the oldest pending next(), or waits for one
    this.waiting = [];
    this.replies = [];
    this.stderr = "";
    this.proc.stderr.on("data", (d) => (this.stderr += d));
    const deliver = (reply) => (this.waiting.length ? this.waiting.shift()(reply) : this.replies.push(reply));
    this.lines.on("line", (line) => line.startsWith("{") && deliver(JSON.parse(line)));
    this.proc.on("exit", () => {
      this.exited = { error: this.stderr.trim().split("\n").pop() || "exited" };
      this.waiting.splice(0).forEach((w) => w(this.exited));
    });
  }
  next() {
    if (this.replies.length) return Promise.resolve(this.replies.shift());
    if (this.exited) return Promise.resolve(this.exited);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  async request(line) {
    const reply = this.next();
    this.proc.stdin.write(line + "\n");
    return reply;
  }
  quit() {
    this.proc.stdin.end("quit\n");
  }
}

function torchPython() {
  const candidates = [process.env.LOSSLAB_TORCH_PYTHON, path.join(root, ".venv", "bin", "python"), "python3"].filter(Boolean);
  return candidates.find((py) => run(py, ["-c", "import torch"]).status === 0);
}

const results = [];
const py = torchPython();
async function sideBySide() {
  const contestants = [];
  for (const backend of ["tensorflow", "wasm", "cpu"]) {
    for (const head of ["softmax", "arcface"]) {
      const worker = path.join("scripts", "bench_worker.js");
      contestants.push(new Contestant(`TensorFlow.js ${backend}`, backend, head, "node", [worker, backend, "--serve", head], backend === "cpu" ? 1 : 10));
    }
  }
  if (py) {
    for (const threads of [1, os.cpus().length]) {
      for (const head of ["softmax", "arcface"]) {
        const script = path.join("python", "reference", "bench_torch.py");
        contestants.push(new Contestant(`PyTorch, ${threads} thread${threads > 1 ? "s" : ""}`, `torch${threads}`, head, py, [script, "--head", head, "--threads", String(threads), "--serve"], 10));
      }
    }
  }
  // start one at a time: libtensorflow and wasm load faster without competition
  for (const c of contestants) {
    const ready = await c.next();
    if (ready.error) c.error = ready.error;
  }
  const live = contestants.filter((c) => !c.error);
  const rounds = Math.ceil(steps / 10);
  for (let r = 0; r < rounds; r++) {
    for (const c of live) {
      const reply = await c.request(String(c.block));
      if (reply.error) c.error = reply.error;
      else c.ms.push(...reply.ms);
    }
  }
  contestants.forEach((c) => c.quit());
  return contestants;
}

const { median } = { ...require("losslab"), ...require("losslab-course") };
const fastest = (head) => results.filter((r) => r.head === head && !r.backend.startsWith("torch")).sort((a, b) => a.medianMsPerStep - b.medianMsPerStep)[0];
let soft;

async function main() {
  console.log(`\n## Training speed, side by side: reference model 784-256-128-2, batch 128, Adam; ${steps} steps each (cpu: ${Math.ceil(steps / 10)}), in blocks of 10 taken in turn`);
  if (!py) console.log("(PyTorch: not installed here; set LOSSLAB_TORCH_PYTHON to a python with torch for the ratios)");
  const contestants = await sideBySide();
  for (const c of contestants) if (!c.error) results.push({ backend: c.backend, head: c.head, medianMsPerStep: median(c.ms), steps: c.ms.length });
  const torch1 = (head) => results.find((r) => r.backend === "torch1" && r.head === head);
  console.log("| contestant | head | steps | ms/step (median) | samples/s | ÷ PyTorch 1 thread |\n|---|---|---|---|---|---|");
  for (const c of contestants) {
    if (c.error) {
      console.log(`| ${c.label} | ${c.head} | | not available: ${c.error.slice(0, 90)} | | |`);
      continue;
    }
    const r = results.find((x) => x.backend === c.backend && x.head === c.head);
    const ref = torch1(c.head);
    console.log(`| ${c.label} | ${c.head} | ${r.steps} | ${f1(r.medianMsPerStep)} | ${Math.round((128 * 1000) / r.medianMsPerStep)} | ${ref ? f1(r.medianMsPerStep / ref.medianMsPerStep) + "×" : ""} |`);
  }
  soft = fastest("softmax");
  rest();
}

function rest() {
// 2. margin heads side by side
if (soft) {
  const r = lastJson(run("node", [path.join("scripts", "bench_worker.js"), soft.backend, "--heads", String(Math.max(steps, 200))]).out);
  if (r.error) console.log(`\n## Margin heads: failed: ${r.error}`);
  else {
    console.log(`\n## What each head adds to a step (${soft.backend}; the six models train side by side, median of ${Math.max(steps, 200)} steps each; target < 10 %)`);
    console.log("| head | ms/step (median) | added to softmax |\n|---|---|---|");
    for (const h of r.heads) console.log(`| ${h.head} | ${f1(h.medianMsPerStep)} | ${h.head === "softmax" ? "" : `${h.overhead >= 0 ? "+" : ""}${f1(h.overhead * 100)} %`} |`);
  }
}

// 2a. formulations: the measurement behind formulationFor (lib/src/backend/formulations.ts)
for (const backend of results.filter((r) => r.head === "softmax" && !r.backend.startsWith("torch") && r.backend !== "cpu").map((r) => r.backend)) {
  const r = lastJson(run("node", [path.join("scripts", "bench_worker.js"), backend, "--formulations", String(Math.max(steps, 200))]).out);
  if (r.error) {
    console.log(`\n## Formulations (${backend}): failed: ${r.error}`);
    continue;
  }
  console.log(`\n## Formulations on ${backend}: the reference softmax step written four ways, side by side (median of ${Math.max(steps, 200)} steps each); * = the one formulationFor picks`);
  console.log("| dense backward products | optimiser | ms/step (median) |\n|---|---|---|");
  for (const f of r.formulations) console.log(`| ${f.dense} | ${f.optimizer} | ${f1(f.medianMsPerStep)}${f.chosen ? " *" : ""} |`);
}

// 2b. profile: where a step's time goes
const skipProfile = args.includes("--no-profile");
if (soft && !skipProfile) {
  for (const head of ["softmax", "arcface"]) {
    const p = lastJson(run("node", [path.join("scripts", "bench_worker.js"), soft.backend, "--profile", head]).out);
    if (p.error) {
      console.log(`\n## Profile (${head}): failed: ${p.error}`);
      continue;
    }
    const share = (ms) => `${f1((ms / p.kernelMs) * 100)} %`;
    console.log(`\n## Profile of a ${head} step (${p.backend}, tf.profile, mean of 10 steps): ${Math.round(p.kernelsPerStep)} kernels, ${f1(p.kernelMs)} ms as the profiler times them; an unprofiled step takes ${f1(p.msPerStep)} ms (median)`);
    console.log("| kernel · input shapes | calls | ms/step | share of kernel time |\n|---|---|---|---|");
    for (const k of p.kernels.slice(0, 10)) console.log(`| ${k.kernel} | ${k.calls} | ${k.ms.toFixed(2)} | ${share(k.ms)} |`);
    const rest = p.kernels.slice(10);
    const restMs = rest.reduce((s, k) => s + k.ms, 0);
    console.log(`| ${rest.length} other kernels | ${Math.round(rest.reduce((s, k) => s + k.calls, 0))} | ${restMs.toFixed(2)} | ${share(restMs)} |`);
  }
}

// 4. memory, on every backend that ran
if (!skipMemory) {
  console.log("\n## Memory: tf.memory().numTensors during training (softmax head; flat means no leak)");
  for (const backend of [...new Set(results.filter((r) => !r.backend.startsWith("torch")).map((r) => r.backend))]) {
    const n = backend === "cpu" ? 200 : 1000;
    const r = lastJson(run("node", [path.join("scripts", "bench_worker.js"), backend, "softmax", String(n), String(n / 4)]).out);
    console.log(r.error ? `- ${backend}: failed: ${r.error}` : `- ${backend}, ${n} steps: ${r.tensorCounts.join(" → ")}`);
  }
}

// 5. notebooks
if (!skipNotebooks) {
  console.log("\n## Notebooks, one at a time, each in a fresh kernel (budgets: 20 s, training 60 s, course 5 min)");
  const start = Date.now();
  const r = run(path.join(".venv", "bin", "python"), [path.join("scripts", "notebooks.py"), "run", "--jobs", "1"]);
  console.log("| notebook | seconds |\n|---|---|");
  for (const line of r.out.split("\n")) {
    const m = /^(PASS|FAIL)\s+(\S+)\s+([\d.]+) s$/.exec(line);
    if (m) console.log(`| ${m[2]}${m[1] === "FAIL" ? " (FAILED)" : ""} | ${m[3]} |`);
  }
  console.log(`\nWhole course: ${f1((Date.now() - start) / 1000)} s (${r.out.trim().split("\n").pop()})`);
}
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
