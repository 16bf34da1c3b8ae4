// A mining step on the tensorflow and wasm backends, in ms (median and quartiles of timed steps):
// the distance matrix read back to the CPU by the miners that read it (mineSemiHard, and
// mineBatchHard as it was), mineBatchHard choosing on the device, pml's TripletMarginMiner with one
// read-back of its mask (mine + forward), and the mask kept on the device (mask + forwardMasked);
// TFA's semi-hard triplets and batch-all both ways: the host miners (mineSemiHardTfa, mineBatchAll)
// against their device masks (semiHardTfaMask, batchAllMask) feeding forwardMasked.
// Every step ends with reading the gradient, so asynchronous work is counted. Within a backend the
// variants run interleaved, one step each in turn; the two backends are one serving process each,
// driven round-robin in blocks of 5 rounds (scripts/bench_contestant.js), so load from elsewhere falls
// on all of them alike. Part 3 of `npm run bench`, or alone:
//
// Run: node_modules/.bin/tsc -b lib && node scripts/bench_mining.js [steps=30] [batch=64] [dim=32]
const ll = { ...require("losslab"), ...require("losslab-course") };
const { Contestant } = require("./bench_contestant");

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

/** The variants of one mining step, on this process's backend (selected before). */
function miningVariants(n, dim) {
  const { tf } = ll;
  const rng = new ll.Rng(1);
  const embeddings = tf.tensor2d(Array.from({ length: n }, () => Array.from({ length: dim }, () => rng.normal())));
  const labels = Int32Array.from({ length: n }, (_, i) => i % 8);
  const miner = new ll.TripletMarginMiner({ typeOfTriplets: "semihard", margin: 0.2 });
  const loss = new ll.TripletMarginLoss({ margin: 0.2 });
  const squared = new ll.LpDistance({ normalizeEmbeddings: false, power: 2 });
  // the host miners' losses written over a mask: TFA's mean with margin 1, batch-all's mean over the kept triplets
  const tfaLoss = new ll.TripletMarginLoss({ margin: 1, distance: squared, reducer: new ll.MeanReducer() });
  const batchAllLoss = new ll.TripletMarginLoss({ margin: 0.2, distance: squared, reducer: new ll.MeanReducer() });
  const gradientOf = (f) => tf.tidy(() => tf.sum(tf.grad(f)(embeddings)).dataSync()[0]);
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
    "semiHardTfaMask + forwardMasked (TFA's triplets, no read-back)": () => {
      const mask = ll.semiHardTfaMask({ embeddings, labels });
      gradientOf((e) => tfaLoss.forwardMasked(e, labels, mask));
      mask.dispose();
    },
    "mineBatchAll + batchTripletLoss (reads N×N distances)": () => {
      const t = ll.mineBatchAll({ embeddings, labels });
      gradientOf((e) => ll.batchTripletLoss({ embeddings: e, labels, triplets: t }));
    },
    "batchAllMask + forwardMasked (no read-back)": () => {
      const mask = ll.batchAllMask({ embeddings, labels });
      gradientOf((e) => batchAllLoss.forwardMasked(e, labels, mask));
      mask.dispose();
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
  return { variants, embeddings };
}

/** --serve: prints {"ready":true} after 3 warm-up rounds, then for each line "K" runs K rounds and prints every variant's K times (ms). */
async function serve(backend, n, dim) {
  await ll.selectBackend(backend);
  const { variants, embeddings } = miningVariants(n, dim);
  const round = (times) => {
    for (const [name, step] of Object.entries(variants)) {
      const t0 = process.hrtime.bigint();
      step();
      times?.[name].push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  for (let k = 0; k < 3; k++) round();
  const baseline = ll.tf.memory().numTensors;
  console.log(JSON.stringify({ ready: true }));
  const lines = require("readline").createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line.trim() === "quit") break;
    const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    for (let k = 0; k < Number(line); k++) round(times);
    console.log(JSON.stringify({ ms: times, leakedTensors: ll.tf.memory().numTensors - baseline }));
  }
  embeddings.dispose();
  lines.close();
}

/**
 * The mining step on tensorflow and wasm side by side (one serving process each, blocks of 5 rounds in
 * turn), printed as a table: ms per step, median [q1, q3], per variant and backend. Returns the figures.
 */
async function miningSection({ steps = 30, n = 64, dim = 32 } = {}) {
  const backends = ["tensorflow", "wasm"];
  const block = 5;
  const contestants = backends.map((b) => new Contestant(`TensorFlow.js ${b}`, b, "mining", process.execPath, [__filename, "--serve", b, String(n), String(dim)], block));
  for (const c of contestants) {
    const ready = await c.next();
    if (ready.error) c.error = ready.error;
  }
  const live = contestants.filter((c) => !c.error);
  const times = new Map(live.map((c) => [c, {}]));
  for (let r = 0; r < Math.ceil(steps / block); r++) {
    for (const c of live) {
      if (c.error) continue;
      const reply = await c.request(String(block));
      if (reply.error) { c.error = reply.error; continue; }
      c.leaked = reply.leakedTensors;
      for (const [name, ms] of Object.entries(reply.ms)) (times.get(c)[name] ??= []).push(...ms);
    }
  }
  contestants.forEach((c) => c.quit());
  console.log(`\n## A mining step, tensorflow and wasm side by side: batch ${n} × ${dim}, 8 classes, ${Math.ceil(steps / block) * block} steps per variant ` +
    `(blocks of ${block} in turn); ms per step, median [q1, q3]; each step ends reading the gradient`);
  console.log(`| mining step | ${backends.join(" | ")} |\n|---|${backends.map(() => "---").join("|")}|`);
  const fmt = (q) => `${q.median.toFixed(2)} [${q.q1.toFixed(2)}, ${q.q3.toFixed(2)}]`;
  const names = Object.keys(times.get(live[0]) ?? {});
  const figures = {};
  for (const name of names) {
    figures[name] = Object.fromEntries(contestants.map((c) => [c.backend, c.error ? null : quartiles(times.get(c)[name])]));
    console.log(`| ${name} | ${contestants.map((c) => (c.error ? `not measured: ${c.error.slice(0, 60)}` : fmt(figures[name][c.backend]))).join(" | ")} |`);
  }
  console.log(`Tensors left after the steps: ${contestants.map((c) => `${c.backend} ${c.error ? "—" : c.leaked}`).join(", ")}.`);
  return figures;
}

module.exports = { miningSection };

if (require.main === module) {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === "--serve") {
    const [backend, n, dim] = rest;
    serve(backend, Number(n), Number(dim));
  } else {
    const [steps = "30", n = "64", dim = "32"] = process.argv.slice(2);
    miningSection({ steps: Number(steps), n: Number(n), dim: Number(dim) });
  }
}
