#!/usr/bin/env node
// npm run bench: how fast the course is, in figures to keep in the README.
//  1. Training speed of the reference model (lib/src/bench: the margin lessons' 784-256-128-2 network
//     with a softmax head and with an ArcFace head), samples/s per TensorFlow.js backend available,
//     each measured in a fresh process: mean and median time of a step.
//  2. What each margin head adds to a softmax step, all six heads training side by side in one
//     process on the fastest backend (benchmarkHeads: medians of single steps, robust to load).
//     And a profile of one softmax and one ArcFace step: the slowest kernels, and the time outside kernels.
//  3. Where PyTorch is installed (LOSSLAB_TORCH_PYTHON, or a python with torch), the same model in
//     PyTorch on 1 thread and on all threads, and the ratio of the medians.
//  4. Memory: tf.memory().numTensors over 1,000 steps (flat means no leak).
//  5. The run time of every notebook, one at a time in a fresh kernel, and of the whole course.
// Options: --steps N (default 100), --no-notebooks, --no-memory, --no-profile.
const { spawnSync } = require("child_process");
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

// 1. backends
const backends = ["tensorflow", "wasm", "cpu"];
const results = [];
console.log(`\n## Training speed: reference model, batch 128, Adam, ${steps} steps after 5 warm-up steps`);
console.log("| backend | head | ms/step (mean) | ms/step (median) | samples/s (mean) |\n|---|---|---|---|---|");
for (const backend of backends) {
  for (const head of ["softmax", "arcface"]) {
    const n = backend === "cpu" ? Math.max(10, Math.round(steps / 5)) : steps;
    const r = lastJson(run("node", [path.join("scripts", "bench_worker.js"), backend, head, String(n)]).out);
    if (r.error) {
      console.log(`| ${backend} | ${head} | not available: ${r.error.slice(0, 80)} | | |`);
      break;
    }
    results.push(r);
    console.log(`| ${backend} | ${head} | ${f1(r.msPerStep)} | ${f1(r.medianMsPerStep)} | ${Math.round(r.samplesPerSecond)} |`);
  }
}
const fastest = (head) => results.filter((r) => r.head === head).sort((a, b) => a.medianMsPerStep - b.medianMsPerStep)[0];
const soft = fastest("softmax");

// 2. margin heads side by side
if (soft) {
  const r = lastJson(run("node", [path.join("scripts", "bench_worker.js"), soft.backend, "--heads", String(Math.max(steps, 200))]).out);
  if (r.error) console.log(`\n## Margin heads: failed: ${r.error}`);
  else {
    console.log(`\n## What each head adds to a step (${soft.backend}; the six models train side by side, median of ${Math.max(steps, 200)} steps each; target < 15 %)`);
    console.log("| head | ms/step (median) | added to softmax |\n|---|---|---|");
    for (const h of r.heads) console.log(`| ${h.head} | ${f1(h.medianMsPerStep)} | ${h.head === "softmax" ? "" : `${h.overhead >= 0 ? "+" : ""}${f1(h.overhead * 100)} %`} |`);
  }
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

// 3. PyTorch
function torchPython() {
  const candidates = [process.env.LOSSLAB_TORCH_PYTHON, path.join(root, ".venv", "bin", "python"), "python3"].filter(Boolean);
  return candidates.find((py) => run(py, ["-c", "import torch"]).status === 0);
}
const py = torchPython();
if (!py) {
  console.log("\n## PyTorch: not installed here (set LOSSLAB_TORCH_PYTHON to a python with torch for the ratio)");
} else {
  console.log(`\n## PyTorch (${py}), same model, batch and optimiser, CPU`);
  console.log("| head | threads | ms/step (mean) | ms/step (median) | TensorFlow.js (fastest backend) ÷ PyTorch, medians |\n|---|---|---|---|---|");
  for (const head of ["softmax", "arcface"]) {
    for (const threads of [1, os.cpus().length]) {
      const r = lastJson(run(py, [path.join("python", "reference", "bench_torch.py"), "--head", head, "--threads", String(threads), "--steps", String(steps)]).out);
      if (r.error) {
        console.log(`| ${head} | ${threads} | failed: ${r.error.slice(0, 80)} | | |`);
        continue;
      }
      const ours = fastest(head);
      console.log(`| ${head} | ${threads} | ${f1(r.msPerStep)} | ${f1(r.medianMsPerStep)} | ${ours ? f1(ours.medianMsPerStep / r.medianMsPerStep) + "×" : "n/a"} |`);
    }
  }
}

// 4. memory
if (!skipMemory && soft) {
  const r = lastJson(run("node", [path.join("scripts", "bench_worker.js"), soft.backend, "softmax", "1000", "250"]).out);
  if (r.error) console.log(`\n## Memory: failed: ${r.error}`);
  else console.log(`\n## Memory: tf.memory().numTensors over 1,000 steps (${soft.backend}, softmax): ${r.tensorCounts.join(" → ")}`);
}

// 5. notebooks
if (!skipNotebooks) {
  console.log("\n## Notebooks, one at a time, each in a fresh kernel (budgets: 20 s, training 90 s, course 8 min)");
  const start = Date.now();
  const r = run(path.join(".venv", "bin", "python"), [path.join("scripts", "notebooks.py"), "run", "--jobs", "1"]);
  console.log("| notebook | seconds |\n|---|---|");
  for (const line of r.out.split("\n")) {
    const m = /^(PASS|FAIL)\s+(\S+)\s+([\d.]+) s$/.exec(line);
    if (m) console.log(`| ${m[2]}${m[1] === "FAIL" ? " (FAILED)" : ""} | ${m[3]} |`);
  }
  console.log(`\nWhole course: ${f1((Date.now() - start) / 1000)} s (${r.out.trim().split("\n").pop()})`);
}
