// Part of npm run bench: the Conv-4 training step (lib/course/src/bench/conv4_run.ts: losslab's Conv4,
// 4 × [conv 3×3 64, batch norm, ReLU, max-pool 2] on 28×28×1, a 292-way softmax layer, batch 64, Adam)
// on the native backend under several TensorFlow thread settings, and the same network in PyTorch
// (python/reference/bench_torch.py --model conv4) on 1 and 2 threads: each contestant its own process,
// driven round-robin (a block of steps each in turn), all in one run. Then which threads the native
// backend starts (counted in /proc, per setting) and a tf.profile of the step.
const os = require("os");
const path = require("path");
const { Contestant } = require("./bench_contestant");

const f1 = (v) => v.toFixed(1);
const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const BATCH = 64;

/** TensorFlow's thread settings tried on the native backend: environment variables read when its context is made. */
const SETTINGS = [
  { name: "TensorFlow's defaults", threads: os.cpus().length, env: {} },
  { name: "TF_NUM_INTRAOP_THREADS=2 TF_NUM_INTEROP_THREADS=1", threads: 2, env: { TF_NUM_INTRAOP_THREADS: "2", TF_NUM_INTEROP_THREADS: "1" } },
  { name: "TF_NUM_INTRAOP_THREADS=1 TF_NUM_INTEROP_THREADS=1", threads: 1, env: { TF_NUM_INTRAOP_THREADS: "1", TF_NUM_INTEROP_THREADS: "1" } },
];

async function conv4Section({ steps, py, root }) {
  const block = 2;
  console.log(`\n## Conv-4 training step, side by side: 4 × [conv 3×3 64, batch norm, ReLU, max-pool 2] on 28×28×1, 292-way softmax, batch ${BATCH}, Adam; ${steps} steps each in blocks of ${block} taken in turn (one run, one machine: only the ratios mean anything)`);
  const contestants = SETTINGS.map((s) => Object.assign(new Contestant(`TensorFlow.js tensorflow, ${s.name}`, "tensorflow", "conv4", "node", [path.join("scripts", "bench_worker.js"), "tensorflow", "--serve-conv4"], block, s.env), { threads: s.threads }));
  if (py) {
    for (const threads of [1, 2]) {
      const script = path.join("python", "reference", "bench_torch.py");
      contestants.push(Object.assign(new Contestant(`PyTorch, ${threads} thread${threads > 1 ? "s" : ""}`, `torch${threads}`, "conv4", py, [script, "--model", "conv4", "--threads", String(threads), "--serve"], block), { threads }));
    }
  } else console.log("(PyTorch: not installed here; set LOSSLAB_TORCH_PYTHON to a python with torch for the ratios)");
  for (const c of contestants) {
    c.ready = await c.next();
    if (c.ready.error) c.error = c.ready.error;
  }
  const live = contestants.filter((c) => !c.error);
  for (let r = 0; r < Math.ceil(steps / block); r++) {
    for (const c of live) {
      const reply = await c.request(String(block));
      if (reply.error) c.error = reply.error;
      else c.ms.push(...reply.ms);
    }
  }
  contestants.forEach((c) => c.quit());
  const torch = (threads) => contestants.find((c) => c.backend === `torch${threads}` && !c.error);
  console.log("| contestant | threads | steps | ms/step (median) | images/s | ÷ PyTorch, same threads |\n|---|---|---|---|---|---|");
  const rows = [];
  for (const c of contestants) {
    if (c.error) {
      console.log(`| ${c.label} | ${c.threads} | | not available: ${c.error.slice(0, 90)} | | |`);
      continue;
    }
    const ms = median(c.ms);
    const ref = torch(c.threads);
    rows.push({ label: c.label, backend: c.backend, threads: c.threads, ms, env: c.env });
    console.log(`| ${c.label} | ${c.threads} | ${c.ms.length} | ${f1(ms)} | ${Math.round((BATCH * 1000) / ms)} | ${ref && ref !== c ? f1(ms / median(ref.ms)) + "×" : ""} |`);
  }
  // the threads each process runs, counted in /proc/PID/task: the difference between settings is TensorFlow's pools
  const native = contestants.filter((c) => c.backend === "tensorflow" && !c.error && c.ready.threads !== null);
  if (native.length) {
    console.log("\nThreads of each native-backend process (/proc/self/task), at start (Node alone) and after 5 steps:");
    for (const c of native) console.log(`- ${c.label}: ${c.ready.threadsAtStart} → ${c.ready.threads}`);
    const torchReady = contestants.filter((c) => c.backend.startsWith("torch") && !c.error).map((c) => `${c.label}: intra-op ${c.ready.threads}, inter-op ${c.ready.interopThreads}`);
    if (torchReady.length) console.log(`- ${torchReady.join("; ")} (torch.get_num_threads / get_num_interop_threads)`);
  }
  // profile the step under the fastest native setting
  const best = rows.filter((r) => r.backend === "tensorflow").sort((a, b) => a.ms - b.ms)[0];
  if (best) {
    const { spawnSync } = require("child_process");
    const r = spawnSync("node", [path.join("scripts", "bench_worker.js"), "tensorflow", "--profile-conv4"], { cwd: root, encoding: "utf8", env: { ...process.env, ...best.env }, maxBuffer: 1 << 26 });
    const line = (r.stdout || "").trim().split("\n").reverse().find((l) => l.startsWith("{"));
    const p = line ? JSON.parse(line) : { error: (r.stderr || "").trim().split("\n").pop() };
    if (p.error) console.log(`\n## Profile of a Conv-4 step: failed: ${p.error}`);
    else {
      const share = (ms) => `${f1((ms / p.kernelMs) * 100)} %`;
      console.log(`\n## Profile of a Conv-4 step (tensorflow, ${best.label.replace("TensorFlow.js tensorflow, ", "")}; tf.profile, mean of 10 steps): ${Math.round(p.kernelsPerStep)} kernels, ${f1(p.kernelMs)} ms as the profiler times them; an unprofiled step takes ${f1(p.msPerStep)} ms (median)`);
      console.log("| kernel · input shapes | calls | ms/step | share of kernel time |\n|---|---|---|---|");
      for (const k of p.kernels.slice(0, 15)) console.log(`| ${k.kernel} | ${k.calls} | ${k.ms.toFixed(2)} | ${share(k.ms)} |`);
      const rest = p.kernels.slice(15);
      const restMs = rest.reduce((s, k) => s + k.ms, 0);
      console.log(`| ${rest.length} other kernels | ${Math.round(rest.reduce((s, k) => s + k.calls, 0))} | ${restMs.toFixed(2)} | ${share(restMs)} |`);
    }
  }
  return rows;
}

module.exports = { conv4Section, SETTINGS };
