// Retrieval evaluation at the size of Stanford Online Products: N embeddings (default 60,000 × 128-D, in
// classes of 5, SOP's ~11k classes of ~5 images) evaluated against themselves by retrievalMetrics
// (precision@1, R-precision, MAP@R, MAP, MRR at k = "maxBinCount"), in blocks of queries on the device, on
// the native backend (tensorflow; LOSSLAB_BACKEND picks another). Reported: seconds and the process's
// extra peak memory (growth of the maximum resident set, which counts TensorFlow's native buffers);
// then pml's AccuracyCalculator on the same embeddings (scripts/bench_retrieval_pml.py, with
// /work/torchvenv/bin/python or $PYTHON, when PyTorch and pml are installed), and the metrics of both.
// Also clusteringMetrics (k-means + NMI/AMI) on a 10,000-row subset of 100 classes. Part of
// `npm run bench` (`--only-retrieval`), or alone:
//
// Run: node_modules/.bin/tsc -b lib && node scripts/bench_retrieval.js [n=60000] [dim=128] [perClass=5]
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const maxRssMB = () => process.resourceUsage().maxRSS / 1024;

/** Class centres plus noise, seeded: row i of class ⌊i / perClass⌋ (Float32Array [n·dim]). */
function syntheticEmbeddings(ll, n, dim, perClass) {
  const rng = new ll.Rng(7);
  const classes = Math.ceil(n / perClass);
  const centres = Float32Array.from({ length: classes * dim }, () => rng.normal());
  const data = new Float32Array(n * dim);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(i / perClass);
    labels[i] = c;
    for (let j = 0; j < dim; j++) data[i * dim + j] = centres[c * dim + j] + 0.9 * rng.normal();
  }
  return { data, labels };
}

function runPml(data, labels, n, dim) {
  const python = process.env.PYTHON ?? "/work/torchvenv/bin/python";
  if (!fs.existsSync(python)) return { skipped: `no Python at ${python}` };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-retrieval-"));
  const [embFile, labelFile] = [path.join(dir, "emb.f32"), path.join(dir, "labels.i32")];
  fs.writeFileSync(embFile, Buffer.from(data.buffer));
  fs.writeFileSync(labelFile, Buffer.from(labels.buffer));
  const run = spawnSync(python, [path.join(__dirname, "bench_retrieval_pml.py"), embFile, labelFile, String(n), String(dim), "1000"], { encoding: "utf8", maxBuffer: 1 << 26 });
  fs.rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) return { skipped: `pml failed: ${(run.stderr || "").trim().split("\n").slice(-1)[0]}` };
  return JSON.parse(run.stdout.trim().split("\n").slice(-1)[0]);
}

async function retrievalSection({ n = 60000, dim = 128, perClass = 5, pml = true } = {}) {
  const ll = { ...require("losslab"), ...require("losslab-course") };
  const { tf } = ll;
  const choice = await ll.selectBackend(process.env.LOSSLAB_BACKEND ?? "tensorflow");
  const { data, labels } = syntheticEmbeddings(ll, n, dim, perClass);
  const embeddings = tf.tensor2d(data, [n, dim]);
  // warm-up on a small slice: kernels and their first allocations are not the measurement
  tf.tidy(() => ll.retrievalMetrics({ query: tf.slice(embeddings, [0, 0], [500, -1]), queryLabels: labels.slice(0, 500), k: "maxBinCount" }));
  const rssBefore = maxRssMB();
  const start = process.hrtime.bigint();
  const metrics = ll.retrievalMetrics({ query: embeddings, queryLabels: labels, k: "maxBinCount" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const extraPeakMB = maxRssMB() - rssBefore;
  const blockSize = Math.max(1, Math.floor(ll.RETRIEVAL_BLOCK_ELEMENTS / n));
  console.log(`\nRetrieval evaluation: ${n} × ${dim}-D embeddings (classes of ${perClass}) against themselves, k = maxBinCount = ${metrics.k}, ${choice.name} backend, blocks of ${blockSize} queries`);
  console.log(`  losslab retrievalMetrics: ${seconds.toFixed(1)} s, extra peak memory ${extraPeakMB.toFixed(0)} MB (growth of max RSS)`);
  const row = (name, m) => `  ${name.padEnd(26)} P@1 ${m.p1.toFixed(4)}  R-precision ${m.rp.toFixed(4)}  MAP@R ${m.mapr.toFixed(4)}  MRR ${m.mrr.toFixed(4)}`;
  console.log(row("losslab", { p1: metrics.precisionAt1, rp: metrics.rPrecision, mapr: metrics.meanAveragePrecisionAtR, mrr: metrics.meanReciprocalRank }));
  let pmlResult = { skipped: "not run (--no-pml)" };
  if (pml) {
    pmlResult = runPml(data, labels, n, dim);
    if (pmlResult.skipped) console.log(`  pml: ${pmlResult.skipped}`);
    else {
      const m = pmlResult.metrics;
      console.log(`  pml ${pmlResult.version} AccuracyCalculator (CustomKNN L2, batches of 1000, torch ${pmlResult.torch}, 2 threads): ${pmlResult.seconds.toFixed(1)} s, extra peak memory ${pmlResult.extraPeakMB.toFixed(0)} MB`);
      console.log(row("pml", { p1: m.precision_at_1, rp: m.r_precision, mapr: m.mean_average_precision_at_r, mrr: m.mean_reciprocal_rank }));
    }
  }
  // NMI and AMI: k-means with as many clusters as classes (20 iterations), on a subset of 100 classes
  const subsetRows = Math.min(n, 100 * perClass * 20);
  const sub = syntheticEmbeddings(ll, subsetRows, dim, Math.ceil(subsetRows / 100));
  const subset = tf.tensor2d(sub.data, [subsetRows, dim]);
  const t0 = process.hrtime.bigint();
  const clustering = ll.clusteringMetrics({ embeddings: subset, labels: sub.labels });
  const clusterSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`  clusteringMetrics, ${subsetRows} × ${dim}-D in 100 classes: NMI ${clustering.NMI.toFixed(4)}, AMI ${clustering.AMI.toFixed(4)}, ${clusterSeconds.toFixed(1)} s`);
  tf.dispose([embeddings, subset]);
  return { n, dim, seconds, extraPeakMB, metrics, pml: pmlResult, clustering: { rows: subsetRows, seconds: clusterSeconds, NMI: clustering.NMI, AMI: clustering.AMI } };
}

module.exports = { retrievalSection };

if (require.main === module) {
  const [n, dim, perClass] = process.argv.slice(2).filter((a) => !a.startsWith("--")).map(Number);
  retrievalSection({ n: n || 60000, dim: dim || 128, perClass: perClass || 5, pml: !process.argv.includes("--no-pml") }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
