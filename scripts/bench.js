#!/usr/bin/env node
// npm run bench: how fast the course is, in figures to keep in the README.
//  1. Training speed of the reference model (lib/src/bench: the margin lessons' 784-256-128-2 network
//     with a softmax head and with an ArcFace head) on every TensorFlow.js backend available
//     (tensorflow, wasm, cpu) and, where PyTorch is installed (LOSSLAB_TORCH_PYTHON, or a python
//     with torch), in PyTorch on 1 thread and on all threads: all side by side in one run, each in
//     its own process, driven round-robin; medians of single steps and the ratio to PyTorch.
//  2. What each margin head adds to a softmax step, all six heads (the margin heads in both loss
//     formulations) training side by side in one process on the fastest backend (benchmarkHeads:
//     paired per-round ratios, robust to load), repeated --head-repeats times (default 3);
//     the formulations behind formulationFor, side by side on tensorflow and wasm; and a profile of
//     one softmax and one ArcFace step: the slowest kernels.
//  1a. The Conv-4 step (scripts/bench_conv4.js): the native backend under TensorFlow's thread settings
//     and PyTorch on 1 and 2 threads, side by side; the threads each process starts; a tf.profile.
//  3. A mining step (scripts/bench_mining.js: triplet mining with the distances or mask read back,
//     against the device forms), tensorflow and wasm side by side, round-robin like part 1.
//  4. Memory: tf.memory().numTensors over 1,000 steps on each backend (200 on cpu; flat means no leak).
//  5. The run time of every notebook, one at a time in a fresh kernel, and of the whole course.
// Options: --steps N (default 100), --head-repeats N (default 3), --no-notebooks, --no-memory,
//          --no-profile, --no-mining, --only-mining (part 3 alone), --only-heads (part 2's head table alone, on LOSSLAB_BACKEND or tensorflow),
//          --only-fixed-cost (part 5's fixed cost of a notebook alone), --conv4-steps N (default 30),
//          --no-conv4, --only-conv4 (part 1a alone).
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const steps = option("--steps", 100);
const headRepeats = option("--head-repeats", 3);
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
const { Contestant } = require("./bench_contestant");
const { miningSection } = require("./bench_mining");
const { conv4Section } = require("./bench_conv4");

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
  // the native backend with TensorFlow's pools at one thread each, beside PyTorch on one thread
  const oneThread = { TF_NUM_INTRAOP_THREADS: "1", TF_NUM_INTEROP_THREADS: "1" };
  contestants.push(new Contestant("TensorFlow.js tensorflow, 1 TF thread", "tensorflow-1thread", "softmax", "node", [path.join("scripts", "bench_worker.js"), "tensorflow", "--serve", "softmax"], 10, oneThread));
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
const isBackend = (r) => !r.backend.startsWith("torch") && !r.backend.endsWith("thread");
const fastest = (head) => results.filter((r) => r.head === head && isBackend(r)).sort((a, b) => a.medianMsPerStep - b.medianMsPerStep)[0];
let soft;

async function main() {
  if (args.includes("--only-fixed-cost")) return fixedCost();
  if (args.includes("--only-conv4")) return conv4Section({ steps: option("--conv4-steps", 30), py, root });
  if (args.includes("--only-mining")) return miningSection({ steps: Math.max(30, Math.round(steps / 3)) });
  if (args.includes("--only-heads")) {
    soft = { backend: process.env.LOSSLAB_BACKEND || "tensorflow" };
    return heads();
  }
  console.log(`\n## Training speed, side by side: reference model 784-256-128-2, batch 128, Adam; ${steps} steps each (cpu: ${Math.ceil(steps / 10)}), in blocks of 10 taken in turn`);
  if (!py) console.log("(PyTorch: not installed here; set LOSSLAB_TORCH_PYTHON to a python with torch for the ratios)");
  const contestants = await sideBySide();
  for (const c of contestants) if (!c.error) results.push({ backend: c.backend, head: c.head, medianMsPerStep: median(c.ms), steps: c.ms.length });
  const torchAt = (threads, head) => results.find((r) => r.backend === `torch${threads}` && r.head === head);
  const cores = os.cpus().length;
  console.log(`| contestant | head | steps | ms/step (median) | samples/s | ÷ PyTorch 1 thread | ÷ PyTorch ${cores} threads |\n|---|---|---|---|---|---|---|`);
  for (const c of contestants) {
    if (c.error) {
      console.log(`| ${c.label} | ${c.head} | | not available: ${c.error.slice(0, 90)} | | | |`);
      continue;
    }
    const r = results.find((x) => x.backend === c.backend && x.head === c.head);
    const ratio = (ref) => (ref && ref !== r ? f1(r.medianMsPerStep / ref.medianMsPerStep) + "×" : "");
    console.log(`| ${c.label} | ${c.head} | ${r.steps} | ${f1(r.medianMsPerStep)} | ${Math.round((128 * 1000) / r.medianMsPerStep)} | ${ratio(torchAt(1, c.head))} | ${ratio(torchAt(cores, c.head))} |`);
  }
  soft = fastest("softmax");
  if (!args.includes("--no-conv4")) await conv4Section({ steps: option("--conv4-steps", 30), py, root });
  await rest();
}

async function rest() {
heads();
if (!args.includes("--no-mining")) await miningSection({ steps: Math.max(30, Math.round(steps / 3)) });
others();
}

function heads() {
// 2. margin heads side by side, in both margin-loss formulations (formulations.ts), the whole
// comparison repeated in fresh processes: medians over the repeats, and their spread
if (soft) {
  const n = Math.max(steps, 200);
  const repeats = [];
  for (let k = 0; k < headRepeats; k++) {
    const r = lastJson(run("node", [path.join("scripts", "bench_worker.js"), soft.backend, "--heads", String(n), "tensor,host"]).out);
    if (r.error) {
      console.log(`\n## Margin heads: failed: ${r.error}`);
      break;
    }
    repeats.push(r.heads);
  }
  if (repeats.length === headRepeats) {
    console.log(`\n## What each head adds to a step (${soft.backend}; the models train side by side, one step each in turn, ${n} steps each; overhead = median over steps of the step's time ÷ the softmax step's of the same round; ${headRepeats} repeats in fresh processes: median and range; target < 10 %)`);
    console.log("| head | margin loss | kernels/step | ms/step (median) | added to softmax (median) | range over repeats |\n|---|---|---|---|---|---|");
    const pct = (v) => `${v >= 0 ? "+" : ""}${f1(v * 100)} %`;
    repeats[0].forEach((h, i) => {
      const overheads = repeats.map((r) => r[i].overhead);
      const chosen = h.marginLoss ? ` ${h.marginLoss}` : "";
      console.log(`| ${h.head} |${chosen} | ${h.kernelsPerStep} | ${f1(median(repeats.map((r) => r[i].medianMsPerStep)))} | ${h.head === "softmax" ? "" : pct(median(overheads))} | ${h.head === "softmax" ? "" : `${pct(Math.min(...overheads))} … ${pct(Math.max(...overheads))}`} |`);
    });
  }
}

}

function others() {
// 2a. formulations: the measurement behind formulationFor (lib/src/backend/formulations.ts)
for (const backend of results.filter((r) => r.head === "softmax" && isBackend(r) && r.backend !== "cpu").map((r) => r.backend)) {
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
  for (const backend of [...new Set(results.filter(isBackend).map((r) => r.backend))]) {
    const n = backend === "cpu" ? 200 : 1000;
    const r = lastJson(run("node", [path.join("scripts", "bench_worker.js"), backend, "softmax", String(n), String(n / 4)]).out);
    console.log(r.error ? `- ${backend}: failed: ${r.error}` : `- ${backend}, ${n} steps: ${r.tensorCounts.join(" → ")}`);
  }
}

// 5. notebooks: first the fixed cost every notebook pays, then every notebook
if (!skipNotebooks) fixedCost();
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

// What a notebook pays before its own work: a fresh tslab kernel running a scratch notebook (never
// written to disk) cell by cell, through nbclient as scripts/notebooks.py runs them. CPU seconds of
// the kernel process (user + system, all threads) next to wall time: on a loaded machine the wall
// time mostly measures waiting, the CPU time what the step costs.
const FIXED_COST_CELLS = [
  ["a first cell (TypeScript compile of a plain expression)", "1 + 1"],
  ["require(\"losslab\") (JavaScript of losslab and TensorFlow.js, no types)", 'const ll = { ...require("losslab"), ...require("losslab-course") }; typeof ll.setup'],
  ["import { setup } from \"losslab\" (type-checks the .d.ts of losslab and @tensorflow/tfjs)", 'import { setup } from "losslab"; 1'],
  ["await setup() (loads the backend: libtensorflow for tensorflow)", "await setup(); 1"],
  ["a second small cell", "2 + 2"],
];
const FIXED_COST_PY = `
import json, os, sys, time, nbformat
from nbclient import NotebookClient
cells = json.loads(sys.argv[1])
nb = nbformat.v4.new_notebook()
nb.metadata["kernelspec"] = {"name": "tslab", "display_name": "TypeScript", "language": "typescript"}
nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
tick = os.sysconf("SC_CLK_TCK")
def cpu(pid):
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / tick
t0 = time.time()
client = NotebookClient(nb, kernel_name="tslab", timeout=600, startup_timeout=120, resources={"metadata": {"path": sys.argv[2]}})
rows = []
with client.setup_kernel():
    pid = client.km.provisioner.process.pid
    rows.append({"wall": time.time() - t0, "cpu": cpu(pid)})
    for i, cell in enumerate(nb.cells):
        a, ca = time.time(), cpu(pid)
        client.execute_cell(cell, i)
        rows.append({"wall": time.time() - a, "cpu": cpu(pid) - ca})
print(json.dumps(rows))
`;
function fixedCost() {
  const r = run(path.join(".venv", "bin", "python"), ["-c", FIXED_COST_PY, JSON.stringify(FIXED_COST_CELLS.map((c) => c[1])), path.join(root, "notebooks")]);
  const line = r.out.trim().split("\n").reverse().find((l) => l.startsWith("["));
  if (!line) {
    console.log(`\n## Fixed cost of a notebook: failed: ${r.out.trim().split("\n").slice(-2).join(" ")}`);
    return;
  }
  const rows = JSON.parse(line);
  console.log(`\n## Fixed cost of a notebook: a fresh tslab kernel, cell by cell (load ${os.loadavg().map(f1).join(" ")})`);
  console.log("| step | wall s | CPU s (kernel process) |\n|---|---|---|");
  const names = ["kernel start (tslab, TypeScript, @types)", ...FIXED_COST_CELLS.map((c) => c[0])];
  rows.forEach((row, i) => console.log(`| ${names[i]} | ${row.wall.toFixed(2)} | ${row.cpu.toFixed(2)} |`));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
