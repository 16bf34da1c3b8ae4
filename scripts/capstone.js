#!/usr/bin/env node
// npm run capstone: lesson 09's results table outside Jupyter. Trains every loss of the course on MNIST
// digits 0-7 with the notebook's budget and prints the table as Markdown (progress goes to stderr).
// Options: --epochs N, --per-digit N, --seed N, --losses softmax,arcFace,... (defaults: the notebook's).
const path = require("path");
const losslab = require(path.resolve(__dirname, "..", "lib", "dist"));

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const number = (name) => (opt(name) === undefined ? undefined : Number(opt(name)));

async function main() {
  const backend = await losslab.selectBackend();
  process.stderr.write(`losslab ${losslab.VERSION} · ${backend.description}\n`);
  const options = { ...losslab.CAPSTONE_DEFAULTS };
  if (number("epochs") !== undefined) options.epochs = number("epochs");
  if (number("per-digit") !== undefined) options.perDigit = number("per-digit");
  if (number("seed") !== undefined) options.seed = number("seed");
  if (opt("losses") !== undefined) options.losses = opt("losses").split(",");
  options.onProgress = (p) => {
    if (p.done) process.stderr.write(`${p.index + 1}/${p.total} ${p.name}: done at ${p.seconds.toFixed(1)} s\n`);
  };
  const result = await losslab.runCapstone(options);
  const b = result.budget;
  console.log(`Capstone: ${b.trainImages} training images of digits ${result.seenDigits.join(", ")}, ` +
    `${b.epochs} epochs of batches of ${b.batchSize} (${b.stepsPerLoss} Adam steps, learning rate ${b.learningRate}) per loss, ` +
    `${b.embeddingSize}-D features; open set: digits ${result.unseenDigits.join(", ")}, threshold chosen on pairs of held-out ` +
    `${result.seenDigits.join(", ")} digits. ${result.seconds.toFixed(1)} s on ${backend.name}.\n`);
  losslab.table(losslab.capstoneTableRows(result));
  console.log("\n" + losslab.capstoneVerdict(result));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
