#!/usr/bin/env node
// Lesson 09's experiments that are too long for a notebook, on the native backend; each writes its
// results as JSON under data/results/ (or --out FILE), which the lesson shows and a test re-runs:
//   node scripts/experiment.js open-set    (npm run experiment:open-set)   lib/src/experiments/open_set.ts
//   node scripts/experiment.js reproduce   (npm run experiment:reproduce)  lib/src/experiments/reproduce_fashion_mlp.ts
// Prints the tables (mean ± s.e. over the seeds), the verdict or the published figure, and the time;
// progress goes to stderr.
const fs = require("fs");
const path = require("path");
const losslab = { ...require("losslab"), ...require("losslab-course") };

const [name, ...args] = process.argv.slice(2);
const at = args.indexOf("--out");
const resultsFile = (file) => (at >= 0 ? path.resolve(args[at + 1]) : path.resolve(__dirname, "..", "data", "results", file));
const err = (line) => process.stderr.write(line + "\n");

const EXPERIMENTS = {
  "open-set": {
    file: "open_set.json",
    run: (provenance) => losslab.runOpenSetExperiment({
      ...provenance,
      onProgress: (p) => {
        if (p.done) err(`seed ${p.seed} (${p.seedIndex + 1}/${p.seedCount}) ${p.index + 1}/${p.total} ${p.name}: done at ${p.seconds.toFixed(1)} s`);
      },
    }),
    json: (results) => losslab.openSetResultsJson(results),
    print: (results) => {
      const d = results.data;
      console.log(`Open-set experiment, ${results.seeds.length} seeds: ${d.trainImages} training images of ${d.seenClasses.join(", ")}; ` +
        `${results.stepsPerLoss} Adam steps per head; ${results.config.embeddingSize}-D features. Open sets: ${d.unseenClasses.join(", ")} ` +
        `(${d.unseenImages} images) and ${d.extraUnseen} (${d.extraUnseenImages}).\n`);
      losslab.table(losslab.openSetTableRows(results));
      console.log("");
      losslab.table(losslab.openSetAngleRows(results));
      console.log("\n" + losslab.openSetVerdict(results));
    },
  },
  reproduce: {
    file: "fashion_mlp.json",
    run: (provenance) => losslab.runFashionMlpReproduction({
      ...provenance,
      onRun: (r) => err(`seed ${r.seed}: test accuracy ${(100 * r.testAccuracy).toFixed(2)} % in ${r.seconds.toFixed(1)} s`),
    }),
    json: (results) => JSON.stringify(results, null, 1) + "\n",
    print: (results) => {
      console.log(results.published.source + "\n");
      losslab.table(losslab.fashionMlpTableRows(results));
    },
  },
};

async function main() {
  const experiment = EXPERIMENTS[name];
  if (!experiment) throw new Error(`scripts/experiment.js: the first argument must be one of ${Object.keys(EXPERIMENTS).join(", ")}, got '${name}'.`);
  const backend = await losslab.selectBackend();
  err(`losslab ${losslab.VERSION} · ${backend.description}`);
  const results = await experiment.run({ command: `npm run experiment:${name}`, backend: backend.description, losslabVersion: losslab.VERSION });
  const out = resultsFile(experiment.file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, experiment.json(results));
  experiment.print(results);
  console.log(`\nTime: ${results.seconds.toFixed(1)} s on ${backend.name}. Results written to ${path.relative(process.cwd(), out)}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
