#!/usr/bin/env node
// Exercise 09's data: trains one Conv-4 as the Omniglot experiment does (its splits, network, budget and
// objective; CosFace s = 30, m = 0.2, seed 0 unless told) and saves the L2-normalised embeddings of the
// 20 official one-shot runs' images, rounded, with the one-shot error they give:
//   node scripts/omniglot_run_embeddings.js [--seed N] [--epochs N] [--out FILE]
// writes data/results/omniglot_run_embeddings.json (lib/course/src/exercises/lesson09_embeddings.ts).
// Needs the Omniglot archives (data/omniglot/ or LOSSLAB_OMNIGLOT_DIR) and the built packages
// (node_modules/.bin/tsc -b lib); the exercise itself only reads the saved file.
const fs = require("fs");
const path = require("path");
const losslab = { ...require("losslab"), ...require("losslab-course") };

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};

(async () => {
  const backend = await losslab.selectBackend("tensorflow");
  const out = path.resolve(option("--out", path.join(__dirname, "..", "data", "results", "omniglot_run_embeddings.json")));
  const saved = await losslab.makeOneShotEmbeddings({
    seed: Number(option("--seed", "0")),
    ...(option("--epochs") ? { epochs: Number(option("--epochs")) } : {}),
    command: `node scripts/omniglot_run_embeddings.js${args.length ? " " + args.join(" ") : ""}`,
    backend: backend.description,
    losslabVersion: losslab.VERSION,
  });
  fs.writeFileSync(out, JSON.stringify(saved) + "\n");
  console.log(`${saved.source}: ${saved.steps} steps on ${saved.trainCharacters} characters (${saved.trainAlphabets.join(", ")}); ` +
    `one-shot error on the ${saved.runs.length} runs ${saved.oneShotErrorPercent.toFixed(2)} %; ${saved.seconds.toFixed(1)} s; wrote ${out}`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
