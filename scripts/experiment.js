#!/usr/bin/env node
// Lesson 09's experiments that are too long for a notebook, on the native backend; each writes its
// results as JSON under data/results/ (or --out FILE), which the lesson shows and a test re-runs:
//   node scripts/experiment.js open-set    (npm run experiment:open-set)   lib/src/experiments/open_set.ts
//   node scripts/experiment.js reproduce   (npm run experiment:reproduce)  lib/src/experiments/reproduce_fashion_mlp.ts
//   node scripts/experiment.js omniglot    (npm run experiment:omniglot)   lib/course/src/experiments/omniglot/
//     (Conv-4 on Omniglot: tuning, main table, CosFace margin sweep, class-count sweep, drift slice; needs
//     the archives in data/omniglot/ or LOSSLAB_OMNIGLOT_DIR; LOSSLAB_WORKERS sets the threads)
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
  omniglot: {
    file: "omniglot.json",
    // the results so far are saved after every phase, so a run cut short leaves what it finished
    run: (provenance, save) => losslab.runOmniglotExperiment({
      ...provenance,
      onProgress: (line) => err(`[${new Date().toISOString().slice(11, 19)}] ${line}`),
      onPhase: (partial) => {
        save(partial);
        err(`[${new Date().toISOString().slice(11, 19)}] phase ${partial.phases[partial.phases.length - 1]} done, results so far saved (${partial.seconds.toFixed(0)} s)`);
      },
    }),
    json: (results) => losslab.omniglotResultsJson(results),
    print: (results) => {
      const d = results.data;
      console.log(`Omniglot experiment: Conv-4 (${results.config.network.filters} filters, ${results.config.network.embeddingSize}-D), ` +
        `${d.trainCharacters} training characters of ${d.trainAlphabets.join(", ")} (${d.trainImages} images), ${results.config.training.epochs} epochs; ` +
        `${results.config.seeds.length} seeds; unseen: the ${d.oneShotRuns} official one-shot runs and ${d.testAlphabets.join(", ")} (${d.testImages} images); ` +
        `${results.totalSteps} training steps on ${results.workers} thread(s).\n`);
      console.log("Published one-shot error rates beside ours:");
      losslab.table(losslab.omniglotPublishedRows(results));
      console.log("\nTuning (validation alphabet " + d.validationAlphabets.join(", ") + "):");
      losslab.table(losslab.omniglotTuningRows(results));
      console.log("\nUnseen characters (mean ± s.e. over seeds):");
      losslab.table(losslab.omniglotMainRows(results));
      console.log("\nSeen characters (held-out drawers) and angles:");
      losslab.table(losslab.omniglotSeenRows(results));
      console.log("\nCosFace margin sweep (s = " + results.marginSweep.s + "):");
      losslab.table(losslab.omniglotMarginRows(results));
      console.log("\nClass-count sweep (same epochs per image):");
      losslab.table(losslab.omniglotClassSweepRows(results));
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

// what made the results, as it was typed: the npm script, or this script with its arguments
const command = process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}` : ["node scripts/experiment.js", ...process.argv.slice(2)].join(" ");

// the commit the code came from ("-dirty" when tracked files differ from it); "" outside a git checkout
function gitCommit() {
  const git = (...a) => require("child_process").execFileSync("git", a, { cwd: path.resolve(__dirname, ".."), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  try {
    return git("rev-parse", "HEAD") + (git("status", "--porcelain", "--untracked-files=no") ? "-dirty" : "");
  } catch {
    return "";
  }
}

async function main() {
  const experiment = EXPERIMENTS[name];
  if (!experiment) throw new Error(`scripts/experiment.js: the first argument must be one of ${Object.keys(EXPERIMENTS).join(", ")}, got '${name}'.`);
  const backend = await losslab.selectBackend();
  err(`losslab ${losslab.VERSION} · ${backend.description}`);
  const out = resultsFile(experiment.file);
  const save = (results) => {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, experiment.json(results));
  };
  const results = await experiment.run({ command, commit: gitCommit(), backend: backend.description, losslabVersion: losslab.VERSION }, save);
  save(results);
  experiment.print(results);
  console.log(`\nTime: ${results.seconds.toFixed(1)} s on ${backend.name}. Results written to ${path.relative(process.cwd(), out)}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
