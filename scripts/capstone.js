#!/usr/bin/env node
// npm run capstone: lesson 09's results table outside Jupyter. Trains every loss of the course on MNIST
// digits 0-7 with the notebook's budget, once per seed, and prints the table (mean ± standard error over
// the seeds: closed-set accuracy, open-set pair accuracy, AUC, TAR, retrieval precision@1 and MAP@R, angles, each annealed
// head's final λ) as Markdown, the verdict, and the time (progress goes to stderr).
// Options: --seeds N (seeds 0…N−1), --epochs N, --per-digit N, --losses softmax,arcFace,..., --dim N (feature size),
// --seen 0,1,2,3,4 --unseen 5,6,7,8,9 (digits trained on / kept for the open set); defaults: the notebook's.
const path = require("path");
const losslab = { ...require("losslab"), ...require("losslab-course") };

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const number = (name, fallback) => (opt(name) === undefined ? fallback : Number(opt(name)));
const digits = (name) => (opt(name) === undefined ? undefined : opt(name).split(",").map(Number));

async function main() {
  const backend = await losslab.selectBackend();
  process.stderr.write(`losslab ${losslab.VERSION} · ${backend.description}\n`);
  const d = losslab.CAPSTONE_DEFAULTS;
  const seedCount = number("seeds", d.seeds);
  const result = await losslab.runCapstoneSeeds({
    seeds: Array.from({ length: seedCount }, (_, k) => k),
    epochs: number("epochs", d.epochs),
    perDigit: number("per-digit", d.perDigit),
    batchSize: d.batchSize,
    learningRate: d.learningRate,
    embeddingSize: number("dim", d.embeddingSize),
    seenDigits: digits("seen"),
    unseenDigits: digits("unseen"),
    losses: opt("losses") === undefined ? undefined : opt("losses").split(","),
    onProgress: (p) => {
      if (p.done) process.stderr.write(`seed ${p.seed} (${p.seedIndex + 1}/${p.seedCount}) ${p.index + 1}/${p.total} ${p.name}: done at ${p.seconds.toFixed(1)} s\n`);
    },
  });
  const first = result.runs[0];
  const b = first.budget;
  console.log(`Capstone, ${result.seeds.length} seeds (${result.seeds.join(", ")}): ${b.trainImages} training images of digits ${first.seenDigits.join(", ")} per seed, ` +
    `${b.epochs} epochs of batches of ${b.batchSize} (${b.stepsPerLoss} Adam steps, learning rate ${b.learningRate}) per loss, ` +
    `${b.embeddingSize}-D features; open set: digits ${first.unseenDigits.join(", ")}, threshold chosen on pairs of held-out ` +
    `${first.seenDigits.join(", ")} digits. Mean ± one standard error over the seeds. ${result.seconds.toFixed(1)} s on ${backend.name}.\n`);
  losslab.table(losslab.capstoneSeedsTableRows(result));
  console.log("\n" + losslab.capstoneSeedsVerdict(result));
  console.log(`\nTime: ${result.seconds.toFixed(1)} s for ${result.seeds.length} seeds × ${result.losses.length} losses.`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
