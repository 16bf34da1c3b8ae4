// A mining step on the tensorflow and wasm backends, in ms (median and quartiles of timed steps,
// interleaved so load affects all variants alike): the distance matrix read back to the CPU by the
// miners that read it (mineSemiHard, and mineBatchHard as it was), mineBatchHard choosing on the device, pml's TripletMarginMiner with one
// read-back of its mask (mine + forward), and the mask kept on the device (mask + forwardMasked).
// Every step ends with reading the gradient, so asynchronous work is counted.
//
// Run: node_modules/.bin/tsc -b lib && node scripts/bench_mining.js [steps=30] [batch=64] [dim=32]
// (one process per backend, started by this script).
const { spawnSync } = require("child_process");
const ll = { ...require("losslab"), ...require("losslab-course") };

function quartiles(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.round(q * (s.length - 1)))];
  return { median: ll.median(values), q1: at(0.25), q3: at(0.75) };
}

/** The former mineBatchHard: the whole distance matrix read back, then a loop per anchor. */
function batchHardByReadBack(embeddings, labels) {
  const d = ll.pairwiseDistances(embeddings);
  const dist = d.dataSync();
  d.dispose();
  const n = labels.length;
  const a = [], p = [], q = [];
  for (let i = 0; i < n; i++) {
    let hp = -1, hn = -1;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const v = dist[i * n + j];
      if (labels[j] === labels[i]) { if (hp < 0 || v > dist[i * n + hp]) hp = j; } else if (hn < 0 || v < dist[i * n + hn]) hn = j;
    }
    if (hp >= 0 && hn >= 0) { a.push(i); p.push(hp); q.push(hn); }
  }
  return { anchors: Int32Array.from(a), positives: Int32Array.from(p), negatives: Int32Array.from(q) };
}

async function measure(backend, steps, n, dim) {
  await ll.selectBackend(backend);
  const { tf } = ll;
  const rng = new ll.Rng(1);
  const embeddings = tf.tensor2d(Array.from({ length: n }, () => Array.from({ length: dim }, () => rng.normal())));
  const labels = Int32Array.from({ length: n }, (_, i) => i % 8);
  const miner = new ll.TripletMarginMiner({ typeOfTriplets: "semihard", margin: 0.2 });
  const loss = new ll.TripletMarginLoss({ margin: 0.2 });
  const gradientOf = (f) => {
    const g = tf.tidy(() => tf.sum(tf.grad(f)(embeddings)).dataSync()[0]);
    return g;
  };
  const variants = {
    "mineSemiHard + batchTripletLoss (reads N×N distances)": () => {
      const t = ll.mineSemiHard({ embeddings, labels });
      gradientOf((e) => ll.batchTripletLoss({ embeddings: e, labels, triplets: t }));
    },
    "batch hard, N×N distances read back (mineBatchHard before)": () => {
      const t = batchHardByReadBack(embeddings, labels);
      gradientOf((e) => ll.batchTripletLoss({ embeddings: e, labels, triplets: t }));
    },
    "mineBatchHard on the device (2N indices read back)": () => {
      const t = ll.mineBatchHard({ embeddings, labels });
      gradientOf((e) => ll.batchTripletLoss({ embeddings: e, labels, triplets: t }));
    },
    "tfaTripletSemiHardLoss (TFA's masked min/max, no read-back)": () => {
      gradientOf((e) => ll.tfaTripletSemiHardLoss({ embeddings: e, labels }));
    },
    "mineSemiHardTfa + batchTripletLoss (reads N×N distances)": () => {
      const t = ll.mineSemiHardTfa({ embeddings, labels });
      gradientOf((e) => ll.batchTripletLoss({ embeddings: e, labels, triplets: t, margin: 1 }));
    },
    "TripletMarginMiner.mine + forward (reads the N³ mask)": () => {
      const t = miner.mine(embeddings, labels);
      gradientOf((e) => loss.forward(e, labels, t));
      ll.disposeIndicesTuple(t);
    },
    "TripletMarginMiner.mask + forwardMasked (no read-back)": () => {
      const mask = miner.mask(embeddings, labels);
      gradientOf((e) => loss.forwardMasked(e, labels, mask));
      mask.dispose();
    },
  };
  const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let s = -3; s < steps; s++) {
    for (const [name, step] of Object.entries(variants)) {
      const t0 = process.hrtime.bigint();
      step();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (s >= 0) times[name].push(ms);
    }
  }
  const leaked = tf.memory().numTensors - 1;
  embeddings.dispose();
  return { backend, n, dim, steps, leakedTensors: leaked, ms: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, quartiles(v)])) };
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "--worker") {
  const [backend, steps, n, dim] = rest;
  measure(backend, Number(steps), Number(n), Number(dim)).then((r) => console.log(JSON.stringify(r)));
} else {
  const [steps = "30", n = "64", dim = "32"] = process.argv.slice(2);
  for (const backend of ["tensorflow", "wasm"]) {
    const run = spawnSync(process.execPath, [__filename, "--worker", backend, steps, n, dim], { encoding: "utf8" });
    const line = run.stdout.trim().split("\n").pop();
    if (run.status !== 0 || !line || !line.startsWith("{")) {
      console.log(`${backend}: not measured (${(run.stderr || "").trim().split("\n").pop()})`);
      continue;
    }
    const r = JSON.parse(line);
    console.log(`\n${backend}: batch ${r.n} × ${r.dim}, 8 classes, ${r.steps} steps, ms per step (median [q1, q3]); tensors left: ${r.leakedTensors}`);
    for (const [name, q] of Object.entries(r.ms)) console.log(`  ${name.padEnd(62)} ${q.median.toFixed(2).padStart(8)}  [${q.q1.toFixed(2)}, ${q.q3.toFixed(2)}]`);
  }
}
